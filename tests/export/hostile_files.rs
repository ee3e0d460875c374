//! Files that are not what their names say, and exports aimed at their own inputs (issue 19,
//! H1, H2, L5): a named pipe or a link to `/dev/zero` where an annotations file should be made
//! `export`, `tags` and `meta` hang or exhaust memory; `export -o` onto an article or its
//! annotations file replaced it, exit 0. Each command here must end (a bounded wait, then the
//! test fails saying it hung), name the file, and leave every file as it was.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::bounded::{mkfifo, output_within_a_minute};

use crate::library::{fixed_library, text, SEEDS};

/// Runs hamish in `dir` with its own XDG directories; fails the test if it has not ended
/// within a minute (it would otherwise hang the suite).
pub fn bounded(dir: &Path, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hamish"));
    command
        .args(args)
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".data"));
    output_within_a_minute(command, &format!("hamish {args:?}"))
}

/// Every file below `dir` (not the XDG directories) with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| {
            let is_file = std::fs::symlink_metadata(&p).unwrap().is_file();
            let bytes = is_file.then(|| std::fs::read(&p).unwrap());
            (p, bytes)
        })
        .collect();
    v.sort();
    v
}

#[test]
fn a_pipe_or_dev_zero_for_an_annotations_file_is_named_and_skipped_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let fifo = d.join(format!("{}.annotations.toml", SEEDS[1]));
    std::fs::remove_file(&fifo).unwrap();
    mkfifo(&fifo);
    let zero = d.join(format!("{}.annotations.toml", SEEDS[2]));
    std::fs::remove_file(&zero).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let before = snapshot(d);
    for args in [
        &["export", ".", "--format", "csv"][..],
        &["tags", "."],
        &["meta", SEEDS[1]],
        &["meta", SEEDS[2]],
    ] {
        let o = bounded(d, args);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("named pipe") || err.contains("character device"),
            "{args:?} names what the file is: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    // The readable article is still exported.
    let o = bounded(d, &["export", ".", "--format", "csv"]);
    assert!(text(&o.stdout).contains("بوتين"), "{}", text(&o.stdout));
    assert_eq!(snapshot(d), before, "nothing was changed");
}

#[test]
fn export_onto_its_own_article_or_annotations_is_refused_and_both_survive() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    std::fs::hard_link(d.join(SEEDS[0]), d.join("other-name.csv")).unwrap();
    let sidecar = format!("{}.annotations.toml", SEEDS[0]);
    let before = snapshot(d);
    for (paths, target) in [
        (".", SEEDS[0]),
        (".", sidecar.as_str()),
        (SEEDS[0], SEEDS[0]),
        (SEEDS[0], sidecar.as_str()),
        (".", "other-name.csv"),
        (".", "./000_634842d1e9bc2a25.txt"),
        (".", "new.annotations.toml"),
    ] {
        for format in ["md", "csv", "qdpx"] {
            let o = bounded(d, &["export", paths, "--format", format, "-o", target]);
            let err = text(&o.stderr);
            assert_eq!(o.status.code(), Some(1), "{paths} -o {target}: {err}");
            assert!(err.starts_with("hamish: will not write"), "{err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }
    assert_eq!(
        snapshot(d),
        before,
        "every article and annotation is as it was"
    );
}

#[test]
fn dash_is_standard_output_pipes_are_refused_and_qdpx_can_be_piped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let o = bounded(d, &["export", ".", "--format", "csv", "-o", "-"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).starts_with("\u{feff}file,"));
    assert!(!d.join("-").exists(), "no file named -");
    let fifo = d.join("out.pipe");
    mkfifo(&fifo);
    let o = bounded(d, &["export", ".", "-o", "out.pipe"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("a named pipe"),
        "{}",
        text(&o.stderr)
    );
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo_like());
    // Standard output is a pipe here: the archive goes through it.
    let o = bounded(d, &["export", ".", "--format", "qdpx"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(o.stdout.starts_with(b"PK\x03\x04"), "a zip archive");
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn a_full_disk_on_the_command_line_says_nothing_was_saved_and_leaves_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let before = snapshot(d);
    let note = "ن".repeat(2_000);
    let bin = env!("CARGO_BIN_EXE_hamish");
    for args in [
        format!("annotate {} --quote بوتين --nth 2 --note {note}", SEEDS[0]),
        format!("meta {} --title {note}", SEEDS[0]),
    ] {
        // A file-size limit below the sidecar's size: the write fails as on a full disk.
        let o = Command::new("bash")
            .arg("-c")
            .arg(format!("ulimit -f 4; exec '{bin}' {args}"))
            .current_dir(d)
            .env("XDG_CONFIG_HOME", d.join(".config"))
            .env("XDG_DATA_HOME", d.join(".data"))
            .output()
            .unwrap();
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "not killed by SIGXFSZ: {err}");
        assert!(
            err.contains("File too large") && err.ends_with("nothing was saved\n"),
            "{err}"
        );
        assert!(
            !err.contains("kept in memory") && !err.contains("at path"),
            "{err}"
        );
        assert_eq!(snapshot(d), before, "no change and no temporary file left");
        let temporary = std::fs::read_dir(d)
            .unwrap()
            .any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".tmp"));
        assert!(!temporary);
    }
}
