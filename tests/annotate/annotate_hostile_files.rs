//! Files planted beside an article (issue 10, "Opening an article can overwrite any file"): a
//! link under the old fixed temporary name, and sidecars that are links to files hamish must
//! not write. Opening the article saves at once here (the annotation's offsets are stale, so
//! anchoring moves it), so no key press is needed for the attack; each test would have failed on
//! 1ac1469.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;

use hamish::annotate::location::LocateError;
use hamish::annotate::store::{OpenError, Store};
use hamish::text::Article;

const ARTICLE: &str = "ليس تحالفاً عسكرياً بل شراكة.\n";

/// A sidecar whose annotation is one char off and whose sha256 is stale, so opening moves the
/// annotation, re-stamps the sha256 and writes. (A stale sha256 alone no longer makes opening
/// write: issue 10, "never rewrite what did not change".)
const SIDECAR: &str = r#"version = 1

[article]
file = "a.txt"
sha256 = "0000"

[[annotations]]
id = "01J00000000000000000000000"
start = 1
end = 4
exact = "ليس"
"#;

fn open(path: &Path) -> Result<hamish::annotate::store::Opened, OpenError> {
    let article = Article::load(path).unwrap();
    Store::open(path, &article)
}

#[test]
fn a_link_planted_under_the_old_temporary_name_is_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("bashrc");
    fs::write(&victim, "precious\n").unwrap();
    fs::set_permissions(&victim, fs::Permissions::from_mode(0o644)).unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    fs::write(dir.path().join("a.txt.annotations.toml"), SIDECAR).unwrap();
    symlink(&victim, dir.path().join(".a.txt.annotations.toml.tmp")).unwrap();

    let opened = open(&article).unwrap();
    assert!(matches!(opened.saved, Some(Ok(_))), "{:?}", opened.saved);

    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
    let mode = fs::metadata(&victim).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "the victim's mode was changed");
    let written = fs::read_to_string(dir.path().join("a.txt.annotations.toml")).unwrap();
    assert!(
        !written.contains("sha256 = \"0000\""),
        "the sidecar was not re-stamped"
    );
    // Nothing but the article, the sidecar and the planted link.
    let mut names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ".a.txt.annotations.toml.tmp",
            "a.txt",
            "a.txt.annotations.toml",
            "bashrc"
        ]
    );
}

fn assert_refused(article: &Path, why: &str) {
    match open(article) {
        Err(OpenError::Locate(e @ LocateError::UnsafeLink { .. })) => {
            assert!(e.to_string().contains(why), "{e}");
        }
        Err(e) => panic!("refused for the wrong reason: {e}"),
        Ok(_) => panic!("a sidecar link that must be refused was accepted"),
    }
}

#[test]
fn a_sidecar_linked_to_a_file_of_another_user_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("theirs.toml");
    fs::write(&victim, SIDECAR).unwrap();
    // Only root can give a file away; elsewhere the link points to a root-owned file.
    let foreign = if unsafe { libc::geteuid() } == 0 {
        std::os::unix::fs::chown(&victim, Some(65534), Some(65534)).unwrap();
        victim.clone()
    } else {
        Path::new("/etc/hostname").to_path_buf()
    };
    if !foreign.is_file() {
        eprintln!("skipped: no file of another user to point at");
        return;
    }
    let before = fs::read(&foreign).unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    symlink(&foreign, dir.path().join("a.txt.annotations.toml")).unwrap();
    assert_refused(&article, "belongs to another user");
    assert_eq!(fs::read(&foreign).unwrap(), before);
}

#[test]
fn a_sidecar_linked_to_a_device_or_to_nothing_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    let link = dir.path().join("a.txt.annotations.toml");
    symlink("/dev/zero", &link).unwrap();
    assert_refused(&article, "not a regular file");
    fs::remove_file(&link).unwrap();
    symlink(dir.path().join("nowhere.toml"), &link).unwrap();
    assert_refused(&article, "cannot be followed");
    assert!(!dir.path().join("nowhere.toml").exists());
}

#[test]
fn a_sidecar_linked_to_my_own_file_is_still_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("notes");
    fs::create_dir(&repo).unwrap();
    let real = repo.join("a.toml");
    fs::write(&real, SIDECAR).unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    let link = dir.path().join("a.txt.annotations.toml");
    symlink(&real, &link).unwrap();
    let opened = open(&article).unwrap();
    assert!(matches!(opened.saved, Some(Ok(_))), "{:?}", opened.saved);
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(!fs::read_to_string(&real)
        .unwrap()
        .contains("sha256 = \"0000\""));
}

#[test]
fn a_link_retargeted_after_opening_is_not_followed_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("mine.toml");
    fs::write(&real, "version = 1\n").unwrap();
    let other = dir.path().join("other.toml");
    fs::write(&other, "untouched\n").unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    let link = dir.path().join("a.txt.annotations.toml");
    symlink(&real, &link).unwrap();
    let mut store = open(&article).unwrap().store;
    fs::remove_file(&link).unwrap();
    symlink(&other, &link).unwrap();
    let applied = store.add(0..3, ["t"], "yellow", "").unwrap();
    let e = applied.saved.unwrap_err();
    assert!(e.to_string().contains("points elsewhere"), "{e}");
    assert_eq!(fs::read_to_string(&other).unwrap(), "untouched\n");
}
