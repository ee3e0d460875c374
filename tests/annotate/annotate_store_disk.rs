//! The store and the sidecar changed on disk while it is open: merging three ways, taking changes
//! in without writing, a vanished file written again, a broken file never written (its change
//! kept in memory), hand edits read as written, and no-op edits that write nothing.

use std::fs;

use super::annotate_store::{fixture, on_disk, open, Fixture, PHRASE};
use crate::common::annotations::*;
use hamish::annotate::merge::{Conflict, Side};
use hamish::annotate::model::AnnotationId;
use hamish::annotate::sidecar::write;
use hamish::annotate::store::{Applied, Edit, OpenError, SaveError, Store};
use hamish::annotate::time::Timestamp;
use hamish::text::Article;

/// Another hamish changes the note of `id` on disk, at `secs` since the epoch (later than any
/// edit made here).
fn their_note(f: &Fixture, id: &AnnotationId, note: &str, secs: i64) {
    let mut theirs = on_disk(f);
    let b = theirs.annotations.get_mut(id).unwrap();
    b.note = note.into();
    b.updated = Timestamp::from_unix(secs, 0);
    fs::write(&f.sidecar, write(&theirs)).unwrap();
}

/// This hamish sets the note (and the colour, if given) of `id`, saving at once.
fn edit_note(store: &mut Store, id: &AnnotationId, note: &str, color: Option<&str>) -> Applied {
    let edit = Edit {
        note: Some(note.into()),
        color: color.map(Into::into),
        ..Edit::default()
    };
    store.edit(id, edit).unwrap()
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
    let applied = edit_note(&mut store, &both, "mine, earlier", None);
    // That edit was made after the merge, so it is simply ours now; make a real conflict:
    let saved = applied.saved.unwrap();
    assert_eq!(saved.merge, None);

    their_note(&f, &both, "theirs again, later", 4_000_000_100);
    let applied = edit_note(&mut store, &both, "mine, earlier", Some("red"));
    let report = applied.saved.unwrap().merge.expect("merged");
    // Theirs changed the note, ours the colour: merged field by field, no conflict.
    assert!(report.conflicts.is_empty(), "{report:?}");
    let applied = edit_note(&mut store, &both, "mine, earlier", None);
    their_note(&f, &both, "theirs again, later", 4_000_000_200);
    drop(applied);
    let applied = edit_note(&mut store, &both, "mine, once more", None);
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
    assert_eq!(
        disk.annotations[&both].color, "red",
        "ours, changed on our side only"
    );
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
