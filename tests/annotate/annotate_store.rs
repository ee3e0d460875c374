//! The store API as the reader uses it: open, add, query, edit, delete, confirm, re-anchor,
//! undo/redo — each checked against what is on disk afterwards. Changes made to the sidecar on
//! disk meanwhile are in `annotate_store_disk.rs`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::annotations::*;
use hamish::annotate::anchor::AnchorState;
use hamish::annotate::model::Sidecar;
use hamish::annotate::sidecar::parse;
use hamish::annotate::store::{Edit, EditError, Store};
use hamish::text::Article;

pub(crate) struct Fixture {
    _dir: tempfile::TempDir,
    pub(crate) article: PathBuf,
    pub(crate) sidecar: PathBuf,
}

pub(crate) fn fixture(text: &str) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("000_634842d1e9bc2a25.txt");
    fs::write(&article, text).unwrap();
    let sidecar = dir.path().join("000_634842d1e9bc2a25.txt.annotations.toml");
    Fixture {
        _dir: dir,
        article,
        sidecar,
    }
}

pub(crate) fn open(path: &Path) -> Store {
    let article = Article::load(path).unwrap();
    let opened = Store::open(path, &article).unwrap();
    if let Some(saved) = opened.saved {
        saved.unwrap();
    }
    opened.store
}

pub(crate) fn on_disk(f: &Fixture) -> Sidecar {
    parse(&fs::read_to_string(&f.sidecar).unwrap()).unwrap()
}

pub(crate) const PHRASE: &str = "ليس تحالفاً عسكرياً";

#[test]
fn an_added_annotation_is_on_disk_at_once_and_reads_back() {
    let text = seed("000");
    let f = fixture(&text);
    let mut store = open(&f.article);
    assert!(!f.sidecar.exists(), "opening alone writes nothing");
    let range = find(&text, PHRASE, 0);
    let applied = store
        .add(
            range.clone(),
            ["quote", "putin", "quote"],
            "yellow",
            "سطر\nثان",
        )
        .unwrap();
    applied.saved.unwrap();
    assert_eq!(store.location().path, f.sidecar);
    assert!(!store.location().fallback);

    let raw = fs::read_to_string(&f.sidecar).unwrap();
    assert!(raw.starts_with("# Annotations for 000_634842d1e9bc2a25.txt, written by hamish."));
    let disk = on_disk(&f);
    assert_eq!(disk.article.file, "000_634842d1e9bc2a25.txt");
    assert_eq!(disk.article.sha256.len(), 64);
    let a = &disk.annotations[&applied.id];
    assert_eq!((a.start, a.end), (range.start, range.end));
    assert_eq!(a.exact, PHRASE);
    assert!(text.contains(&format!("{}{}{}", a.prefix, a.exact, a.suffix)));
    assert_eq!(a.prefix.chars().count(), 32);
    assert_eq!(a.tags, ["putin", "quote"]);
    assert_eq!((a.color.as_str(), a.note.as_str()), ("yellow", "سطر\nثان"));
    assert!(a.created.is_some() && a.created == a.updated);
    assert_eq!(applied.id.as_str().len(), 26);

    let again = open(&f.article);
    let entries = again.annotations();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].state, &AnchorState::Anchored);
    assert_eq!(entries[0].range, Some(&range));
    assert_eq!(again.sidecar(), &disk);
}

#[test]
fn queries_follow_reading_order() {
    let text = seed("000");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let late = find(&text, "الحرب العالمية الثانية", 0);
    let early = find(&text, "تحالف عسكري مع الصين", 0);
    let inner = find(&text, "عسكري", 0);
    let id_late = store.add(late.clone(), ["b"], "blue", "").unwrap().id;
    let id_early = store.add(early.clone(), ["a"], "yellow", "").unwrap().id;
    let id_inner = store.add(inner.clone(), ["c"], "red", "").unwrap().id;
    assert!(inner.start > early.start && inner.end <= early.end);

    let order: Vec<_> = store
        .annotations()
        .iter()
        .map(|e| e.annotation.id.clone())
        .collect();
    assert_eq!(order, [id_early.clone(), id_inner.clone(), id_late.clone()]);
    let under: Vec<_> = store
        .at(inner.start + 1)
        .iter()
        .map(|e| e.annotation.id.clone())
        .collect();
    assert_eq!(under, [id_early.clone(), id_inner.clone()]);
    assert!(store.at(early.start - 1).is_empty());
    assert!(store.at(early.end).is_empty());
    let screen: Vec<_> = store
        .overlapping(0..late.start + 1)
        .iter()
        .map(|e| e.annotation.id.clone())
        .collect();
    assert_eq!(screen.len(), 3);
    assert_eq!(store.next_after(0).unwrap().annotation.id, id_early);
    assert_eq!(
        store.next_after(early.start).unwrap().annotation.id,
        id_inner
    );
    assert_eq!(
        store.next_after(inner.start).unwrap().annotation.id,
        id_late
    );
    assert!(store.next_after(late.start).is_none());
    assert_eq!(
        store.previous_before(late.start).unwrap().annotation.id,
        id_inner
    );
    assert_eq!(
        store.previous_before(inner.start).unwrap().annotation.id,
        id_early
    );
    assert!(store.previous_before(early.start).is_none());
    assert_eq!(
        store.tags().into_iter().collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    assert_eq!(store.counts().total, 3);
    assert_eq!(store.get(&id_late).unwrap().annotation.color, "blue");
}

#[test]
fn edits_deletes_and_undo_redo_are_each_saved() {
    let text = seed("001");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let range = find(&text, "قمة شي-بوتين", 0);
    let id = store.add(range, ["summit"], "yellow", "").unwrap().id;

    store
        .edit(
            &id,
            Edit {
                tags: Some(vec!["قمة".into(), "summit".into()]),
                note: Some("ملاحظة".into()),
                ..Edit::default()
            },
        )
        .unwrap()
        .saved
        .unwrap();
    let a = &on_disk(&f).annotations[&id];
    assert_eq!(a.tags, ["summit", "قمة"]);
    assert_eq!((a.note.as_str(), a.color.as_str()), ("ملاحظة", "yellow"));

    store.delete(&id).unwrap().saved.unwrap();
    // The sidecar was created by this store: holding nothing, it is removed (issue 10).
    assert!(!f.sidecar.exists());

    // Undo the delete, then the edit, then the add; redo them all.
    store.undo().unwrap().saved.unwrap();
    assert_eq!(on_disk(&f).annotations[&id].note, "ملاحظة");
    store.undo().unwrap().saved.unwrap();
    assert_eq!(on_disk(&f).annotations[&id].note, "");
    assert_eq!(on_disk(&f).annotations[&id].tags, ["summit"]);
    store.undo().unwrap().saved.unwrap();
    assert!(!f.sidecar.exists(), "no header-only file is left");
    assert!(store.undo().is_none());
    assert!(store.can_redo());
    store.redo().unwrap().saved.unwrap();
    store.redo().unwrap().saved.unwrap();
    assert_eq!(on_disk(&f).annotations[&id].note, "ملاحظة");
    store.redo().unwrap().saved.unwrap();
    assert!(!f.sidecar.exists());
    assert!(!store.can_redo());

    assert_eq!(
        store.delete(&id).unwrap_err(),
        EditError::UnknownId(id.clone())
    );
    assert_eq!(
        store.add(5..5, ["x"], "", "").unwrap_err(),
        EditError::EmptyRange
    );
    assert!(matches!(
        store.add(0..1_000_000, ["x"], "", ""),
        Err(EditError::OutOfRange { .. })
    ));
}

#[test]
fn selections_are_widened_to_whole_clusters() {
    let text = "قالَّ بوتين".to_string();
    let f = fixture(&text);
    let mut store = open(&f.article);
    // Chars 2..3 are ل and a shadda: the cluster ل+َ+ّ is 2..5.
    let id = store.add(2..3, ["x"], "", "").unwrap().id;
    let a = &store.get(&id).unwrap().annotation.clone();
    assert_eq!((a.start, a.end), (2, 5));
    assert_eq!(a.exact, "لَّ");
}

#[test]
fn moved_annotations_are_saved_when_the_article_changes() {
    let text = seed("000");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let range = find(&text, PHRASE, 1);
    let id = store.add(range.clone(), ["q"], "", "").unwrap().id;
    let old_sha = on_disk(&f).article.sha256;
    drop(store);

    let inserted = "فقرة مضافة في البداية.\n\n";
    fs::write(&f.article, format!("{inserted}{text}")).unwrap();
    let article = Article::load(&f.article).unwrap();
    let opened = Store::open(&f.article, &article).unwrap();
    opened.saved.expect("moved annotations are saved").unwrap();
    let shift = inserted.chars().count();
    let e = opened.store.get(&id).unwrap();
    assert_eq!(
        e.state,
        &AnchorState::Moved {
            from: range.clone()
        }
    );
    let disk = on_disk(&f);
    assert_eq!(disk.annotations[&id].start, range.start + shift);
    assert_ne!(disk.article.sha256, old_sha);
    assert_eq!(opened.store.counts().moved, 1);
}

#[test]
fn needs_review_is_confirmed_or_reanchored_and_orphans_stay_in_the_file() {
    let text = seed("000");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let review = store
        .add(find(&text, "الناتو العالمي", 0), ["r"], "", "")
        .unwrap()
        .id;
    let orphan = store
        .add(find(&text, "توماس غراهام", 0), ["o"], "", "note")
        .unwrap()
        .id;
    drop(store);

    let sentence = text
        .split(". ")
        .find(|s| s.contains("الناتو العالمي"))
        .unwrap();
    let edited = replace_once(&text, sentence, "ثم تحدث عن «الناتو العالمي» فقط");
    let edited = edited.replace("توماس غراهام", "باحث أمريكي");
    fs::write(&f.article, &edited).unwrap();
    let mut store = open(&f.article);
    let counts = store.counts();
    assert_eq!((counts.needs_review, counts.orphaned), (1, 1), "{counts:?}");
    let order: Vec<_> = store
        .annotations()
        .iter()
        .map(|e| e.annotation.id.clone())
        .collect();
    assert_eq!(order.last(), Some(&orphan), "orphans are listed last");
    assert_eq!(store.get(&orphan).unwrap().range, None);
    assert_eq!(on_disk(&f).annotations[&orphan].exact, "توماس غراهام");
    assert_eq!(on_disk(&f).annotations[&orphan].note, "note");

    store.confirm(&review).unwrap().saved.unwrap();
    let a = &on_disk(&f).annotations[&review];
    assert_eq!(chars(&edited, a.start..a.end), "الناتو العالمي");
    assert_eq!(store.get(&review).unwrap().state, &AnchorState::Anchored);
    assert_eq!(
        store.confirm(&review).unwrap_err(),
        EditError::NotUnderReview(review.clone())
    );

    let new_place = find(&edited, "باحث أمريكي", 0);
    store
        .reanchor(&orphan, new_place.clone())
        .unwrap()
        .saved
        .unwrap();
    let a = &on_disk(&f).annotations[&orphan];
    assert_eq!(
        (a.start, a.end, a.exact.as_str()),
        (new_place.start, new_place.end, "باحث أمريكي")
    );
    assert_eq!(a.tags, ["o"]);
    assert_eq!(store.counts().orphaned, 0);
}
