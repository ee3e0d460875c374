//! Crash safety: a hamish killed with SIGKILL at a random moment while saving, 200 times, always
//! leaves a sidecar that parses and is either the version before or a version it meant to write.
//!
//! The child is this test binary itself, re-run on `child_adds_annotations_until_killed` with
//! `HAMISH_CRASH_CHILD` naming the article. It adds annotations one by one (each saved) and
//! reports each completed save on stdout; the parent waits for a random number of completed saves
//! (0–2) and then kills it after a further random delay, so kills land before, during and between
//! writes.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::time::Duration;

use crate::common::annotations::*;
use crate::common::sidecars::*;
use hamish::annotate::model::{AnnotationId, Sidecar};
use hamish::annotate::save::is_temporary_of;
use hamish::annotate::sidecar::{parse_bytes, write};
use hamish::annotate::store::Store;
use hamish::text::Article;

const CHILD_ENV: &str = "HAMISH_CRASH_CHILD";
const CHILD_TEST: &str = "annotate_crash::child_adds_annotations_until_killed";
const KILLS: usize = 200;

/// Adds annotations with notes "n0", "n1", … (continuing after the ones present) to the article
/// at `path`, saving each, `limit` times (forever when `None`). Prints "saved" after each save.
fn add_annotations(path: &Path, limit: Option<usize>) {
    let article = Article::load(path).unwrap();
    let opened = Store::open(path, &article).unwrap();
    let mut store = opened.store;
    let text = article.text().to_owned();
    let mut k = store
        .annotations()
        .iter()
        .filter(|e| e.annotation.note.starts_with('n'))
        .count();
    let len = article.char_len();
    let mut out = std::io::stdout();
    while limit.is_none_or(|l| k < l) {
        let start = (k * 7919) % (len - 40);
        let range = start..start + 10 + k % 30;
        let applied = store
            .add(range, ["crash"], "red", &format!("n{k}"))
            .unwrap();
        applied.saved.unwrap();
        writeln!(out, "saved n{k}").unwrap();
        out.flush().unwrap();
        k += 1;
    }
    drop(text);
}

#[test]
fn child_adds_annotations_until_killed() {
    match std::env::var_os(CHILD_ENV) {
        Some(path) => add_annotations(Path::new(&path), None),
        None => {
            // Run directly, the child's work is checked once in-process.
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("a.txt");
            fs::write(&path, seed("000")).unwrap();
            add_annotations(&path, Some(3));
            let s =
                parse_bytes(&fs::read(dir.path().join("a.txt.annotations.toml")).unwrap()).unwrap();
            let notes: BTreeSet<_> = s.annotations.values().map(|a| a.note.as_str()).collect();
            assert_eq!(notes, BTreeSet::from(["n0", "n1", "n2"]));
        }
    }
}

/// That `new`, written in `round` after `old`, holds everything `old` held, unchanged, plus
/// the next annotations in order, at least `wait_for` of them (the saves the child reported).
fn assert_a_newer_version(round: usize, old: &Sidecar, new: &Sidecar, wait_for: u64) {
    // A newer version: everything that was there, unchanged, plus the next annotations
    // in order.
    for (id, a) in &old.annotations {
        assert_eq!(new.annotations.get(id), Some(a), "round {round}: {id} lost");
    }
    let added: Vec<&AnnotationId> = new
        .annotations
        .keys()
        .filter(|id| !old.annotations.contains_key(*id))
        .collect();
    let base = old
        .annotations
        .values()
        .filter(|a| a.note.starts_with('n'))
        .count();
    let mut notes: Vec<usize> = added
        .iter()
        .map(|id| new.annotations[*id].note[1..].parse().unwrap())
        .collect();
    notes.sort();
    let expected: Vec<usize> = (base..base + added.len()).collect();
    assert_eq!(notes, expected, "round {round}");
    assert!(
        added.len() as u64 >= wait_for,
        "round {round}: completed saves missing"
    );
}

#[cfg(unix)]
#[test]
fn sigkill_while_saving_leaves_the_old_or_the_new_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed("003");
    let article = dir.path().join("003.txt");
    fs::write(&article, &text).unwrap();
    let sidecar = dir.path().join("003.txt.annotations.toml");
    // Enough annotations that each save writes a sizeable file.
    fs::write(&sidecar, write(&big_sidecar("003.txt", &text, 400))).unwrap();

    let mut rng = Rng(0x1234_5678_9abc_def1);
    let (mut unchanged, mut advanced) = (0, 0);
    for round in 0..KILLS {
        let before = fs::read(&sidecar).unwrap();
        let old = parse_bytes(&before).unwrap();
        let mut child = spawn_self(CHILD_TEST, &[(CHILD_ENV, article.as_os_str() as &OsStr)]);
        let wait_for = rng.below(3);
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut seen = 0;
        while seen < wait_for {
            match lines.next() {
                // The harness may have printed "test … ... " before the first line.
                Some(Ok(line)) if line.contains("saved n") => seen += 1,
                Some(Ok(_)) => {}
                other => panic!("round {round}: child stopped early: {other:?}"),
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(8000)));
        child.kill().unwrap();
        child.wait().unwrap();

        let after = fs::read(&sidecar).unwrap();
        let new = parse_bytes(&after)
            .unwrap_or_else(|e| panic!("round {round}: the sidecar does not parse: {e}"));
        assert_eq!(
            write(&new).into_bytes(),
            after,
            "round {round}: not a complete file"
        );
        if after == before {
            unchanged += 1;
            continue;
        }
        advanced += 1;
        assert_a_newer_version(round, &old, &new, wait_for);
    }
    eprintln!("{KILLS} kills: {unchanged} left the old version, {advanced} a newer one");
    assert!(
        advanced > 0,
        "the children's reported saves reached the disk"
    );
    // Only the sidecar and at most one leftover temporary file.
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "003.txt" && n != "003.txt.annotations.toml")
        .collect();
    let name = std::ffi::OsStr::new("003.txt.annotations.toml");
    assert!(
        names.len() <= 1
            && names
                .iter()
                .all(|n| is_temporary_of(std::ffi::OsStr::new(n), name)),
        "{names:?}"
    );
}
