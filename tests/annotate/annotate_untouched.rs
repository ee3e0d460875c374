//! Sidecars kept in git are not rewritten when nothing changed (issue 10): a hand-written sidecar
//! opened and closed stays byte for byte (also when the article changed but no annotation
//! moved), an edit changes only the edited annotation's lines, an emptied sidecar on disk does
//! not delete the annotations in memory, and a sidecar that existed before is kept when its last
//! annotation goes.

use std::fs;
use std::path::PathBuf;

use crate::common::annotations::*;
use hamish::annotate::model::AnnotationId;
use hamish::annotate::store::{Edit, Store};
use hamish::text::Article;

const PHRASE: &str = "ليس تحالفاً عسكرياً";

struct Fixture {
    _dir: tempfile::TempDir,
    article: PathBuf,
    sidecar: PathBuf,
}

/// The article `text` with a hand-written sidecar `sidecar` beside it.
fn fixture(text: &str, sidecar: &str) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, text).unwrap();
    let path = dir.path().join("a.txt.annotations.toml");
    fs::write(&path, sidecar).unwrap();
    Fixture {
        _dir: dir,
        article,
        sidecar: path,
    }
}

/// A sidecar as the README allows writing it: comments, odd spacing, only the required keys.
fn hand_written(text: &str) -> String {
    let a = find(text, PHRASE, 0);
    let b = find(text, "بوتين", 0);
    format!(
        "# read for the seminar\nversion=1\n\n[[annotations]] # the denial\nid   = \"one\"\n\
         start = {}\nend = {}\nexact = \"{PHRASE}\"\n\n[[annotations]]\nid=\"two\"\n\
         start = {} # by hand\nend = {}\nexact = 'بوتين'\n",
        a.start, a.end, b.start, b.end
    )
}

fn open(f: &Fixture) -> hamish::annotate::store::Opened {
    let article = Article::load(&f.article).unwrap();
    Store::open(&f.article, &article).unwrap()
}

fn id(s: &str) -> AnnotationId {
    AnnotationId::new(s).unwrap()
}

#[test]
fn a_hand_written_sidecar_opened_and_closed_is_byte_for_byte_the_same() {
    let text = seed("000");
    let hand = hand_written(&text);
    let f = fixture(&text, &hand);
    let opened = open(&f);
    assert!(opened.saved.is_none(), "{:?}", opened.saved);
    assert_eq!(opened.store.annotations().len(), 2);
    drop(opened);
    assert_eq!(fs::read_to_string(&f.sidecar).unwrap(), hand);

    // The article changed after the offsets were verified, but nothing moved: still untouched.
    let stale = hand.replace("version=1\n", "version=1\n[article]\nsha256 = \"0000\"\n");
    fs::write(&f.sidecar, &stale).unwrap();
    fs::write(&f.article, format!("{text}\nسطر أضيف في النهاية.\n")).unwrap();
    let opened = open(&f);
    assert!(opened.saved.is_none(), "{:?}", opened.saved);
    drop(opened);
    assert_eq!(fs::read_to_string(&f.sidecar).unwrap(), stale);
}

#[test]
fn editing_one_annotation_changes_only_its_lines() {
    let text = seed("000");
    let hand = hand_written(&text);
    let f = fixture(&text, &hand);
    let mut store = open(&f).store;
    let edit = Edit {
        note: Some("قالها بحزم".into()),
        ..Edit::default()
    };
    store.edit(&id("two"), edit).unwrap().saved.unwrap();
    let after = fs::read_to_string(&f.sidecar).unwrap();
    let updated = store.get(&id("two")).unwrap().annotation.updated.unwrap();
    // `[article]` is stamped along with the write: its file and its checksum, since "two"
    // (بوتين, found many times and written without context) is anchored at the offsets that
    // hold it, so every annotation was found.
    assert_eq!(
        store.get(&id("two")).unwrap().state,
        &hamish::annotate::anchor::AnchorState::Anchored
    );
    let sha = hamish::annotate::fingerprint::sha256_hex(text.as_bytes());
    let stamp = format!("\n[article]\nfile = \"a.txt\"\nsha256 = \"{sha}\"\n");
    let expected = format!("{hand}note = \"قالها بحزم\"\nupdated = {updated}\n").replacen(
        "version=1\n",
        &format!("version=1\n{stamp}"),
        1,
    );
    assert_eq!(after, expected);
}

#[test]
fn an_emptied_sidecar_on_disk_does_not_delete_what_is_in_memory() {
    let text = seed("000");
    for emptied in ["", "version = 1\n", "# cleared\n"] {
        let f = fixture(&text, &hand_written(&text));
        let mut store = open(&f).store;
        fs::write(&f.sidecar, emptied).unwrap();
        let applied = store.add(find(&text, "الصين", 0), ["x"], "", "").unwrap();
        let merge = applied.saved.unwrap().merge.expect("merged with disk");
        assert!(merge.theirs_emptied, "{emptied:?}: {merge:?}");
        assert!(merge.removed.is_empty());
        assert_eq!(store.annotations().len(), 3, "{emptied:?}");
        let disk = hamish::annotate::sidecar::parse(&fs::read_to_string(&f.sidecar).unwrap());
        assert_eq!(disk.unwrap().annotations.len(), 3, "{emptied:?}");
    }
}

#[test]
fn a_sidecar_that_existed_before_is_kept_when_its_last_annotation_goes() {
    let text = seed("000");
    let f = fixture(&text, &hand_written(&text));
    let mut store = open(&f).store;
    store.delete(&id("one")).unwrap().saved.unwrap();
    store.delete(&id("two")).unwrap().saved.unwrap();
    let after = fs::read_to_string(&f.sidecar).unwrap();
    assert!(
        after.starts_with("# read for the seminar\nversion=1\n"),
        "{after}"
    );
    assert!(!after.contains("[[annotations]]"), "{after}");
}

#[test]
fn hand_written_article_keys_survive_an_edit_and_a_metadata_change() {
    let text = seed("000");
    let article = "[article]\n# where it came from\nurl = \"https://example.com/x\"   # kept\n\
                   title = 3\nmine = \"by hand\"\npublished = 2024-03-01\n\n";
    let hand = hand_written(&text).replacen(
        "\n[[annotations]]",
        &format!("\n{article}[[annotations]]"),
        1,
    );
    let f = fixture(&text, &hand);
    let opened = open(&f);
    assert!(opened.saved.is_none(), "{:?}", opened.saved);
    drop(opened);
    assert_eq!(
        fs::read_to_string(&f.sidecar).unwrap(),
        hand,
        "not rewritten"
    );

    let mut store = open(&f).store;
    let edit = Edit {
        note: Some("x".into()),
        ..Edit::default()
    };
    store.edit(&id("one"), edit).unwrap().saved.unwrap();
    let update = hamish::annotate::meta::MetaUpdate {
        changes: vec![("source", "الجزيرة".into())],
    };
    store.set_meta(&update).unwrap();
    let after = fs::read_to_string(&f.sidecar).unwrap();
    for line in article.lines() {
        assert!(
            after.contains(&format!("{line}\n")),
            "{line:?} kept in {after}"
        );
    }
    assert!(after.contains("source = \"الجزيرة\"\n"), "{after}");
    let meta = store.meta();
    assert_eq!(
        meta.title, None,
        "a title that is not text is not used, but kept"
    );
    assert_eq!(meta.source.as_deref(), Some("الجزيرة"));
    assert_eq!(meta.published.as_deref(), Some("2024-03-01"));
}
