//! `hamish feed import` and `feed export` with another feed reader's files (issue 16): an OPML
//! file newsboat 2.21 exported (`newsboat -u urls -e`, kept in tests/news/data/) is imported
//! with its titles as names; importing it again adds nothing; hamish's export is read back by
//! newsboat's own importer (`newsboat -i`) and by hamish.

use std::process::Command;

use crate::common::reference::reference_tool;
use crate::run::{stderr, stdout, Home};

const NEWSBOAT_EXPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/news/data/newsboat-2.21-export.opml"
);

#[test]
fn a_newsboat_export_is_imported_once_with_its_titles_as_names() {
    let home = Home::new();
    let o = home.run(&["feed", "import", NEWSBOAT_EXPORT]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).ends_with("5 feeds subscribed, 0 subscribed already, 0 refused\n"));
    let list = stdout(&home.run(&["feed", "list"]));
    let names: Vec<&str> = list
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "BBC عربي",
            "الجزيرة",
            "رادیو فردا",
            "bbc.com",
            "theguardian.com"
        ]
    );
    let again = home.run(&["feed", "import", NEWSBOAT_EXPORT]);
    assert!(stderr(&again).ends_with("0 feeds subscribed, 5 subscribed already, 0 refused\n"));
    assert_eq!(stdout(&home.run(&["feed", "list"])), list);
    let not_opml = home.dir.path().join("x.opml");
    std::fs::write(&not_opml, "<html><body>no</body></html>").unwrap();
    let o = home.run(&["feed", "import", not_opml.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not an OPML file"), "{}", stderr(&o));
}

/// `home`, with the newsboat export imported, exported again to `feeds.opml` in it: that file.
fn exported(home: &Home) -> std::path::PathBuf {
    assert!(home
        .run(&["feed", "import", NEWSBOAT_EXPORT])
        .status
        .success());
    let out = home.dir.path().join("feeds.opml");
    let o = home.run(&["feed", "export", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    out
}

#[test]
fn the_export_is_read_back_by_hamish() {
    let home = Home::new();
    let out = exported(&home);
    let exported = std::fs::read_to_string(&out).unwrap();
    assert!(exported.starts_with("<?xml") && exported.contains("version=\"2.0\""));
    assert_eq!(stdout(&home.run(&["feed", "export"])).trim_end(), exported);
    let other = Home::new();
    assert!(other
        .run(&["feed", "import", out.to_str().unwrap()])
        .status
        .success());
    assert_eq!(
        stdout(&other.run(&["feed", "list"])),
        stdout(&home.run(&["feed", "list"]))
    );
}

#[test]
#[cfg_attr(missing_newsboat, ignore = "needs newsboat (apt-get install newsboat)")]
fn the_export_is_read_by_newsboat() {
    let home = Home::new();
    let out = exported(&home);
    let newsboat = reference_tool("newsboat", "newsboat");
    let urls = home.dir.path().join("urls");
    std::fs::write(&urls, "").unwrap();
    let o = Command::new(newsboat)
        .args(["-C", "/dev/null", "-u"])
        .arg(&urls)
        .arg("-i")
        .arg(&out)
        .env("HOME", home.dir.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let imported = std::fs::read_to_string(&urls).unwrap();
    let ours: Vec<String> = stdout(&home.run(&["feed", "list"]))
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap().to_string())
        .collect();
    assert_eq!(imported.lines().collect::<Vec<_>>(), ours);
}
