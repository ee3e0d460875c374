//! Two hamish processes annotating the same article at the same time lose nothing: each adds
//! annotations, deletes one of its own and edits a shared one, saving after every change; in the
//! end the sidecar holds every annotation either added, minus the deleted ones, and one of the
//! two edits of the shared one.
//!
//! The children are this test binary, re-run on `child_annotates` with `HAMISH_CONCURRENT_CHILD`
//! naming the article and `HAMISH_CONCURRENT_NAME` the writer.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use crate::common::annotations::*;
use crate::common::sidecars::*;
use hamish::annotate::sidecar::parse_bytes;
use hamish::annotate::store::{Edit, Store};
use hamish::text::Article;

const CHILD_TEST: &str = "annotate_concurrent::child_annotates";
const ARTICLE_ENV: &str = "HAMISH_CONCURRENT_CHILD";
const NAME_ENV: &str = "HAMISH_CONCURRENT_NAME";
const ADDS: usize = 40;

/// What one writer does: add `ADDS` annotations noted "<name>-<k>", delete "<name>-0", and set
/// the note of the annotation noted "shared" to "shared by <name>". Prints the ids it added.
fn annotate_as(path: &Path, name: &str) {
    let article = Article::load(path).unwrap();
    let mut store = Store::open(path, &article).unwrap().store;
    let len = article.char_len();
    let mut out = std::io::stdout();
    let mut first = None;
    for k in 0..ADDS {
        let start = (k * 613 + name.len() * 97) % (len - 30);
        let applied = store
            .add(start..start + 12, [name], "", &format!("{name}-{k}"))
            .unwrap();
        applied.saved.unwrap();
        writeln!(out, "added {}", applied.id).unwrap();
        first.get_or_insert(applied.id);
        if k == ADDS / 2 {
            let shared = store
                .annotations()
                .iter()
                .find(|e| e.annotation.note.starts_with("shared"))
                .map(|e| e.annotation.id.clone())
                .unwrap();
            let edit = Edit {
                note: Some(format!("shared by {name}")),
                ..Edit::default()
            };
            store.edit(&shared, edit).unwrap().saved.unwrap();
        }
    }
    let first = first.unwrap();
    store.delete(&first).unwrap().saved.unwrap();
    writeln!(out, "deleted {first}").unwrap();
    out.flush().unwrap();
}

#[test]
fn child_annotates() {
    match (std::env::var_os(ARTICLE_ENV), std::env::var(NAME_ENV)) {
        (Some(path), Ok(name)) => annotate_as(Path::new(&path), &name),
        _ => {
            // Run directly: one writer alone, checked in-process.
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("a.txt");
            let text = seed("004");
            fs::write(&path, &text).unwrap();
            let mut store = Store::open(&path, &Article::from_text(text.clone()))
                .unwrap()
                .store;
            store
                .add(find(&text, "بوتين", 0), ["s"], "", "shared")
                .unwrap();
            drop(store);
            annotate_as(&path, "solo");
            let s =
                parse_bytes(&fs::read(dir.path().join("a.txt.annotations.toml")).unwrap()).unwrap();
            assert_eq!(s.annotations.len(), ADDS);
            assert!(s.annotations.values().any(|a| a.note == "shared by solo"));
            assert!(!s.annotations.values().any(|a| a.note == "solo-0"));
        }
    }
}

/// Runs the two writers, "alpha" and "beta", on the article at `path` at once; the ids they
/// added and those they deleted.
fn run_two_writers(path: &std::path::Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let children: Vec<_> = ["alpha", "beta"]
        .into_iter()
        .map(|name| {
            let child = spawn_self(
                CHILD_TEST,
                &[
                    (ARTICLE_ENV, path.as_os_str()),
                    (NAME_ENV, OsStr::new(name)),
                ],
            );
            (name, child)
        })
        .collect();
    let mut added = BTreeSet::new();
    let mut deleted = BTreeSet::new();
    for (name, mut child) in children {
        let stdout = child.stdout.take().unwrap();
        for line in BufReader::new(stdout).lines() {
            // The test harness may have printed "test child_annotates ... " before a line.
            let line = line.unwrap();
            if let Some((_, id)) = line.split_once("added ") {
                added.insert(id.to_owned());
            } else if let Some((_, id)) = line.split_once("deleted ") {
                deleted.insert(id.to_owned());
            }
        }
        assert!(child.wait().unwrap().success(), "writer {name} failed");
    }
    (added, deleted)
}

#[test]
fn two_processes_annotating_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed("000");
    let path = dir.path().join("000.txt");
    fs::write(&path, &text).unwrap();
    // A sidecar to start from, holding the annotation both will edit.
    fs::write(
        dir.path().join("000.txt.annotations.toml"),
        hamish::annotate::sidecar::write(&big_sidecar("000.txt", &text, 50)),
    )
    .unwrap();
    let mut store = Store::open(&path, &Article::from_text(text.clone()))
        .unwrap()
        .store;
    store
        .add(find(&text, "بوتين", 0), ["s"], "", "shared")
        .unwrap();
    drop(store);

    let (added, deleted) = run_two_writers(&path);
    assert_eq!((added.len(), deleted.len()), (2 * ADDS, 2));

    let s = parse_bytes(&fs::read(dir.path().join("000.txt.annotations.toml")).unwrap()).unwrap();
    let ids: BTreeSet<String> = s.annotations.keys().map(|i| i.to_string()).collect();
    for id in &added {
        assert_eq!(
            ids.contains(id),
            !deleted.contains(id),
            "annotation {id} (deleted: {})",
            deleted.contains(id)
        );
    }
    assert_eq!(s.annotations.len(), 50 + 1 + 2 * ADDS - 2);
    let shared: Vec<_> = s
        .annotations
        .values()
        .filter(|a| a.note.starts_with("shared"))
        .collect();
    assert_eq!(shared.len(), 1);
    assert!(
        ["shared by alpha", "shared by beta"].contains(&shared[0].note.as_str()),
        "{}",
        shared[0].note
    );
}
