//! The store API as the reader uses it: open, add, query, edit, delete, confirm, re-anchor,
//! undo/redo — each checked against what is on disk afterwards — and merging with changes made
//! to the sidecar on disk, and refusing to touch a broken sidecar.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::annotations::*;
use hamish::annotate::anchor::AnchorState;
use hamish::annotate::merge::{Conflict, Side};
use hamish::annotate::model::{AnnotationId, Sidecar};
use hamish::annotate::sidecar::{parse, write};
use hamish::annotate::store::{Edit, EditError, OpenError, SaveError, Store};
use hamish::annotate::time::Timestamp;
use hamish::text::Article;

struct Fixture {
    _dir: tempfile::TempDir,
    article: PathBuf,
    sidecar: PathBuf,
}

fn fixture(text: &str) -> Fixture {
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

fn open(path: &Path) -> Store {
    let article = Article::load(path).unwrap();
    let opened = Store::open(path, &article).unwrap();
    if let Some(saved) = opened.saved {
        saved.unwrap();
    }
    opened.store
}

fn on_disk(f: &Fixture) -> Sidecar {
    parse(&fs::read_to_string(&f.sidecar).unwrap()).unwrap()
}

const PHRASE: &str = "ليس تحالفاً عسكرياً";

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

#[test]
fn changes_on_disk_are_merged_three_ways() {
    let text = seed("002");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let keep = store
        .add(find(&text, "شويغو", 0), ["k"], "", "")
        .unwrap()
        .id;
    let gone = store
        .add(find(&text, "وانغ يي", 0), ["g"], "", "")
        .unwrap()
        .id;
    let both = store
        .add(find(&text, "روسيا والصين", 0), ["b"], "", "base")
        .unwrap()
        .id;

    // Another hamish (or a git pull) changes the file: adds one, deletes one, edits one later.
    let mut theirs = on_disk(&f);
    theirs.annotations.remove(&gone);
    let mut added = theirs.annotations[&keep].clone();
    added.id = AnnotationId::new("01ZZZZZZZZZZZZZZZZZZZZZZZZ").unwrap();
    added.note = "from the other side".into();
    theirs.annotations.insert(added.id.clone(), added.clone());
    let b = theirs.annotations.get_mut(&both).unwrap();
    b.note = "theirs, later".into();
    b.updated = Timestamp::from_unix(4_000_000_000, 0);
    fs::write(&f.sidecar, write(&theirs)).unwrap();

    // Meanwhile this hamish edits the same annotation (earlier) and adds one.
    let mine = store.add(find(&text, "موسكو", 0), ["m"], "", "").unwrap();
    let report = mine.saved.unwrap().merge.expect("merged");
    assert_eq!(report.added, [added.id.clone()]);
    assert_eq!(report.removed, std::slice::from_ref(&gone));
    let applied = store
        .edit(
            &both,
            Edit {
                note: Some("mine, earlier".into()),
                ..Edit::default()
            },
        )
        .unwrap();
    // That edit was made after the merge, so it is simply ours now; make a real conflict:
    let saved = applied.saved.unwrap();
    assert_eq!(saved.merge, None);

    let mut theirs = on_disk(&f);
    let b = theirs.annotations.get_mut(&both).unwrap();
    b.note = "theirs again, later".into();
    b.updated = Timestamp::from_unix(4_000_000_100, 0);
    fs::write(&f.sidecar, write(&theirs)).unwrap();
    let applied = store
        .edit(
            &both,
            Edit {
                note: Some("mine, earlier".into()),
                color: Some("red".into()),
                ..Edit::default()
            },
        )
        .unwrap();
    let report = applied.saved.unwrap().merge.expect("merged");
    assert_eq!(
        report.conflicts,
        [Conflict {
            id: both.clone(),
            kept: Side::Theirs
        }]
    );

    let disk = on_disk(&f);
    let ids: Vec<_> = disk.annotations.keys().cloned().collect();
    assert!(ids.contains(&keep) && ids.contains(&added.id) && ids.contains(&mine.id));
    assert!(!ids.contains(&gone));
    assert_eq!(disk.annotations[&both].note, "theirs again, later");
    assert_eq!(store.sidecar(), &disk);
    assert!(store.get(&added.id).is_some());
}

#[test]
fn sync_takes_in_changes_without_writing() {
    let text = seed("004");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let id = store
        .add(find(&text, "بوتين", 0), ["x"], "", "")
        .unwrap()
        .id;
    let mut theirs = on_disk(&f);
    theirs.annotations.get_mut(&id).unwrap().note = "hand edit".into();
    let hand = write(&theirs);
    fs::write(&f.sidecar, &hand).unwrap();
    let saved = store.sync().unwrap();
    assert_eq!(saved.merge.unwrap().changed, std::slice::from_ref(&id));
    assert_eq!(store.get(&id).unwrap().annotation.note, "hand edit");
    assert_eq!(fs::read_to_string(&f.sidecar).unwrap(), hand);
}

#[test]
fn a_vanished_sidecar_is_written_again() {
    let text = seed("004");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let first = store
        .add(find(&text, "بوتين", 0), ["x"], "", "")
        .unwrap()
        .id;
    fs::remove_file(&f.sidecar).unwrap();
    let second = store
        .add(find(&text, "ترامب", 0), ["y"], "", "")
        .unwrap()
        .id;
    let disk = on_disk(&f);
    assert!(disk.annotations.contains_key(&first) && disk.annotations.contains_key(&second));
}

#[test]
fn a_broken_sidecar_is_reported_and_never_written() {
    let text = seed("000");
    let f = fixture(&text);
    let broken = "version = 1\n\n[[annotations]]\nid = \"A\"\nstart = 3\nend = \"oops\"\n";
    fs::write(&f.sidecar, broken).unwrap();
    let article = Article::load(&f.article).unwrap();
    let err = Store::open(&f.article, &article).unwrap_err();
    let OpenError::Unparsable { path, error } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(path, &f.sidecar);
    assert_eq!((error.line, error.column), (6, 7));
    assert!(err.to_string().contains("line 6, column 7"), "{err}");
    // The hint names no command to paste: a file name like `x';touch PWNED;'.txt` would
    // have turned `mv '<path>' …` into a command injection.
    assert!(err.hint().contains("rename it"), "{}", err.hint());
    assert!(!err.hint().contains("mv "), "{}", err.hint());
    assert!(!err.hint().contains("000"), "{}", err.hint());
    assert_eq!(fs::read_to_string(&f.sidecar).unwrap(), broken);
}

#[test]
fn a_sidecar_broken_while_open_is_left_byte_for_byte_and_the_change_kept() {
    let text = seed("003");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let first = store
        .add(find(&text, "بوتين", 0), ["x"], "", "")
        .unwrap()
        .id;
    let good = fs::read(&f.sidecar).unwrap();
    let mut broken = good.clone();
    broken.extend_from_slice(b"\n[[annotations]\nhalf-typed = ");
    fs::write(&f.sidecar, &broken).unwrap();

    let applied = store
        .add(find(&text, "شي جين بينغ", 0), ["y"], "", "")
        .unwrap();
    let err = applied.saved.unwrap_err();
    assert!(matches!(err, SaveError::Unparsable { .. }), "{err:?}");
    assert!(err.hint().contains("will not write"));
    assert_eq!(fs::read(&f.sidecar).unwrap(), broken, "untouched");
    assert!(store.get(&applied.id).is_some(), "kept in memory");

    // Fixed by hand (the half-typed part removed): the next save merges and writes both.
    fs::write(&f.sidecar, &good).unwrap();
    store.sync().unwrap();
    let disk = on_disk(&f);
    assert!(disk.annotations.contains_key(&first) && disk.annotations.contains_key(&applied.id));
}

#[test]
fn hand_edits_are_read_as_written_and_unknown_keys_survive() {
    let text = seed("000");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let id = store
        .add(find(&text, PHRASE, 0), ["q"], "yellow", "")
        .unwrap()
        .id;
    drop(store);
    let raw = fs::read_to_string(&f.sidecar).unwrap();
    let edited = raw
        .replace("version = 1\n", "version = 1\nreviewer = \"ليلى\"\n")
        .replace(
            "tags = [\"q\"]",
            // (An empty note is not written, so the hand-written one is added here.)
            "tags = [\"zeta\", \"alpha\"]\nconfidence = 0.9\nsource = { page = 3 }\n\
             note = '''\nكتبتها بيدي\n'''",
        );
    fs::write(&f.sidecar, &edited).unwrap();

    let mut store = open(&f.article);
    let a = store.get(&id).unwrap().annotation.clone();
    assert_eq!(a.tags, ["alpha", "zeta"]);
    assert_eq!(a.note, "كتبتها بيدي\n");
    assert_eq!(a.extra["confidence"].as_float(), Some(0.9));
    store
        .edit(
            &id,
            Edit {
                color: Some("green".into()),
                ..Edit::default()
            },
        )
        .unwrap()
        .saved
        .unwrap();
    let disk = on_disk(&f);
    assert_eq!(disk.extra["reviewer"].as_str(), Some("ليلى"));
    let a = &disk.annotations[&id];
    assert_eq!(a.extra["source"]["page"].as_integer(), Some(3));
    assert_eq!(a.color, "green");
    assert_eq!(a.note, "كتبتها بيدي\n");
    // Only the colour's and `updated`'s lines changed: the hand-written rest is kept as it was.
    let updated = |text: &str| {
        let line = text.lines().find(|l| l.starts_with("updated = ")).unwrap();
        line.to_string()
    };
    assert_eq!(
        fs::read_to_string(&f.sidecar).unwrap(),
        edited
            .replace("color = \"yellow\"", "color = \"green\"")
            .replace(
                &updated(&edited),
                &format!("updated = {}", a.updated.unwrap())
            )
    );
}

#[test]
fn an_edit_that_changes_nothing_writes_nothing() {
    let text = seed("001");
    let f = fixture(&text);
    let mut store = open(&f.article);
    let id = store
        .add(find(&text, "بكين", 0), ["b", "a"], "yellow", "n")
        .unwrap()
        .id;
    let before = fs::read(&f.sidecar).unwrap();
    let unchanged = Edit {
        tags: Some(vec!["a".into(), "b".into(), "a".into()]),
        color: Some("yellow".into()),
        note: Some("n".into()),
    };
    let applied = store.edit(&id, unchanged).unwrap();
    assert_eq!(applied.saved.unwrap(), Default::default());
    assert_eq!(fs::read(&f.sidecar).unwrap(), before);
    store.undo().unwrap().saved.unwrap();
    assert!(!f.sidecar.exists(), "the one undo undid the add");
}
