//! One library for every command: `export` and `tags` with no path cover the whole library (the
//! saved articles, two feeds holding articles of the same name, a folder listed in the
//! configuration, nested subfolders), each article named by its place in it — read back by
//! Python's csv module, and the REFI-QDA project validated by xmllint with unique sources; a
//! folder given is walked with its subfolders; a path that names nothing, or a library with
//! nothing to export, is exit status 1 with a message.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::library::{hamish_in, refi_qda_schema, require, text};

const STORY: &str = "موسكو تعلن اتفاقا جديدا\n\nقال المتحدث إن الاتفاق يشمل الطاقة والنقل.\n";

/// Writes an article at `path` and annotates its word `الاتفاق` with `tag`, as a person would.
fn annotated(home: &Path, path: &Path, tag: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, STORY).unwrap();
    let file = path.to_str().unwrap();
    let o = hamish_in(home, &["annotate", file, "--quote", "الاتفاق", "--tag", tag]);
    assert!(o.status.success(), "{}", text(&o.stderr));
}

/// A home with saved articles, two feeds both holding `x.txt` (one in nested folders too) and
/// a configured research folder with subfolders; returns the names every export must hold.
fn whole_library(home: &Path) -> Vec<&'static str> {
    let data = home.join(".data/hamish");
    let config = home.join(".config/hamish");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("feeds.toml"),
        "[[feed]]\nname = \"bbc\"\nurl = \"https://example.com/bbc.xml\"\n\n\
         [[feed]]\nname = \"jazeera\"\nurl = \"https://example.com/aj.xml\"\n",
    )
    .unwrap();
    let research = home.join("research");
    std::fs::write(
        config.join("config.toml"),
        format!("library = [\"{}\"]\n", research.display()),
    )
    .unwrap();
    annotated(home, &data.join("articles/x.txt"), "saved");
    annotated(home, &data.join("feeds/bbc/x.txt"), "bbc");
    annotated(home, &data.join("feeds/jazeera/x.txt"), "jazeera");
    annotated(home, &data.join("feeds/jazeera/2025/03/x.txt"), "nested");
    annotated(home, &research.join("x.txt"), "research");
    annotated(home, &research.join("a/b/c/x.txt"), "deep");
    vec![
        "articles/x.txt",
        "feeds/bbc/x.txt",
        "feeds/jazeera/x.txt",
        "feeds/jazeera/2025/03/x.txt",
        "research/x.txt",
        "research/a/b/c/x.txt",
    ]
}

/// The `file` column of a CSV export, as Python's csv module reads it, one value a line.
fn csv_files(csv: &Path) -> Vec<String> {
    let script = "import csv, sys\nfor r in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8-sig')):\n    print(r['file'])";
    let o = Command::new("python3")
        .args(["-c", script])
        .arg(csv)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    text(&o.stdout).lines().map(str::to_owned).collect()
}

#[test]
#[cfg_attr(missing_python3, ignore = "needs python3 (apt-get install python3)")]
fn export_and_tags_with_no_path_cover_the_whole_library_each_article_by_its_place() {
    require("python3", &["--version"], "python3");
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let mut want = whole_library(home);
    let out = home.join("out.csv");
    let o = hamish_in(
        home,
        &["export", "--format", "csv", "-o", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let mut files = csv_files(&out);
    files.sort();
    want.sort();
    assert_eq!(files, want, "one row per article, each file named apart");
    // `tags` sees the same library: every tag, once each.
    let o = hamish_in(home, &["tags"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let counts = text(&o.stdout);
    for tag in ["saved", "bbc", "jazeera", "nested", "research", "deep"] {
        assert!(
            counts.contains(&format!("1\t1\t{tag}\n")),
            "{tag}: {counts}"
        );
    }
}

#[test]
fn a_folder_given_is_walked_with_its_subfolders() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let root = home.join("news");
    let mut want = Vec::new();
    for (i, sub) in ["", "a", "a/b", "a/b/c", "z/y"].iter().enumerate() {
        let path = root.join(sub).join(format!("{i}.txt"));
        annotated(home, &path, "t");
        want.push(Path::new(sub).join(format!("{i}.txt")));
    }
    let o = hamish_in(home, &["export", "news", "--format", "jsonl"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let rows: Vec<serde_json::Value> = text(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut files: Vec<PathBuf> = rows
        .iter()
        .map(|r| PathBuf::from(r["file"].as_str().unwrap()))
        .collect();
    files.sort();
    want.sort();
    assert_eq!(files, want);
    let o = hamish_in(home, &["tags", "news"]);
    assert!(text(&o.stdout).contains("5\t5\tt\n"), "{}", text(&o.stdout));
}

#[test]
#[cfg_attr(
    missing_xmllint,
    ignore = "needs xmllint (apt-get install libxml2-utils)"
)]
fn a_qdpx_of_two_articles_named_alike_is_valid_with_unique_sources() {
    let schema = refi_qda_schema();
    require("xmllint", &["--version"], "libxml2-utils");
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    whole_library(home);
    // Three folders holding `x.txt` (once failed: "Duplicate filename"), then the whole library.
    let feeds = [
        ".data/hamish/feeds/bbc",
        ".data/hamish/feeds/jazeera",
        ".data/hamish/articles",
    ];
    let project = valid_project(home, &schema, &feeds);
    assert_unique_sources(&project, 4);
    assert!(project.contains("jazeera/2025/03/x.txt"), "{project}");
    let project = valid_project(home, &schema, &[]);
    assert_unique_sources(&project, 6);
    assert!(project.contains("feeds/jazeera/2025/03/x.txt"), "{project}");
}

/// The `project.qde` of `hamish export --format qdpx PATHS`, validated by xmllint.
fn valid_project(home: &Path, schema: &Path, paths: &[&str]) -> String {
    let out = home.join("out.qdpx");
    let mut args = vec!["export", "--format", "qdpx", "-o", out.to_str().unwrap()];
    args.extend(paths);
    let o = hamish_in(home, &args);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let unpacked = home.join("unpacked");
    let _ = std::fs::remove_dir_all(&unpacked);
    zip.extract(&unpacked).unwrap();
    let qde = unpacked.join("project.qde");
    let o = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema)
        .arg(&qde)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    std::fs::read_to_string(&qde).unwrap()
}

/// Asserts that `project` has `n` sources, their GUIDs and names all different.
fn assert_unique_sources(project: &str, n: usize) {
    let attr = |name: &str| -> Vec<String> {
        project
            .split("<TextSource ")
            .skip(1)
            .map(|s| {
                let start = s.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                s[start..start + s[start..].find('"').unwrap()].to_string()
            })
            .collect()
    };
    for name in ["guid", "name"] {
        let mut values = attr(name);
        assert_eq!(values.len(), n, "{name}");
        values.sort();
        values.dedup();
        assert_eq!(values.len(), n, "{name}s must be unique: {values:?}");
    }
}

#[test]
fn a_path_naming_nothing_or_nothing_to_export_is_exit_1_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    std::fs::create_dir(home.join("empty")).unwrap();
    for args in [
        &["export", "no-such-folder"][..],
        &["export", "empty"],
        &["tags", "empty"],
        &["tags", "no-such-folder"],
    ] {
        let o = hamish_in(home, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = text(&o.stderr);
        assert!(
            err.contains("no articles") || err.contains("no such"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("{ ") && !err.contains("Os {"), "{err}");
        assert!(o.stdout.is_empty(), "{args:?}");
    }
    // Articles, but no annotation: nothing to export is said, not an empty success.
    std::fs::write(home.join("empty/plain.txt"), STORY).unwrap();
    let o = hamish_in(home, &["export", "empty"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("no annotations"),
        "{}",
        text(&o.stderr)
    );
    // A tag nobody used.
    annotated(home, &home.join("empty/plain.txt"), "t");
    let o = hamish_in(home, &["export", "empty", "--tag", "typo"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("passes the filters"),
        "{}",
        text(&o.stderr)
    );
}
