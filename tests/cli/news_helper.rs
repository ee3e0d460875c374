//! The two programs: `hamish` hands `add`, `feed` and `fetch` to `hamish-news` beside it, so
//! the reader's binary carries none of the web-page parsers (their tables are relocated at every
//! start of a position-independent binary: issue 18's first frame). Without `hamish-news` the
//! news commands say how to get it; `hamish-news` refuses the reader's commands, and a `hamish`
//! of another version.

use std::path::Path;
use std::process::Command;

const HAMISH: &str = env!("CARGO_BIN_EXE_hamish");
const HAMISH_NEWS: &str = env!("CARGO_BIN_EXE_hamish-news");

/// A name from html5ever's table of HTML's named character references.
const ENTITY: &[u8] = b"DoubleLongRightArrow";

fn holds(program: &str, needle: &[u8]) -> bool {
    let bytes = std::fs::read(program).unwrap();
    memchr::memmem::find(&bytes, needle).is_some()
}

#[test]
fn the_readers_binary_carries_no_html_parser_and_hamish_news_does() {
    assert!(holds(HAMISH_NEWS, ENTITY), "the probe finds the table");
    assert!(
        !holds(HAMISH, ENTITY),
        "hamish links the HTML parser: something the reader runs calls into fetch's page code"
    );
}

/// `hamish` copied alone into `dir`.
fn hamish_alone(dir: &Path) -> std::path::PathBuf {
    let alone = dir.join("hamish");
    if std::fs::hard_link(HAMISH, &alone).is_err() {
        std::fs::copy(HAMISH, &alone).unwrap();
    }
    alone
}

#[test]
fn without_hamish_news_beside_it_the_news_commands_say_how_to_get_it() {
    let dir = tempfile::tempdir().unwrap();
    let alone = hamish_alone(dir.path());
    for args in [
        &["add", "https://example.org/a"][..],
        &["fetch"],
        &["feed", "list"],
    ] {
        let out = Command::new(&alone)
            .args(args)
            .env("XDG_CONFIG_HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path())
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.starts_with("hamish: hamish-news is missing beside ")
                && err.contains("cargo install --path ."),
            "{args:?}: {err}"
        );
    }
    // What does not fetch still runs.
    let out = Command::new(&alone).arg("--version").output().unwrap();
    assert!(out.status.success());
}

#[test]
fn hamish_news_passes_the_exit_status_and_refuses_the_readers_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(HAMISH)
        .arg("fetch")
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no feeds yet"), "{err}");
    let out = Command::new(HAMISH_NEWS).args(["tags"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("run the rest with hamish"), "{err}");
}

#[test]
fn hamish_news_of_another_version_refuses_the_hamish_that_started_it() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(HAMISH_NEWS)
            .args(args)
            .env("HAMISH_CALLER_VERSION", "0.0.9")
            .env("XDG_CONFIG_HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path())
            .output()
            .unwrap()
    };
    let said = " was started by hamish 0.0.9: install both from the same build";
    let out = run(&["fetch"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.starts_with("hamish: hamish-news ") && err.contains(said),
        "{err}"
    );
    // The reader gets it as a line it shows.
    let out = run(&["--for-reader"]);
    let line = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        line.starts_with("{\"stopped\":{\"why\":") && line.contains(said),
        "{line}"
    );
}
