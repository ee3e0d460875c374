//! Anchoring states as a person opening the same files sees them (issue 10): a hand-written
//! annotation at its offsets is anchored and its file left alone by anchoring; a changed
//! wording needs review with the old quote kept on disk until confirmed; and opening the same
//! article again and again reports the same state each time, however garbled the context.

use std::fs;

use crate::common::annotations::*;
use hamish::annotate::anchor::AnchorState;
use hamish::annotate::model::{Annotation, AnnotationId, Sidecar};
use hamish::annotate::sidecar::{parse, write};
use hamish::annotate::store::Store;
use hamish::text::Article;

fn open(path: &std::path::Path) -> Store {
    let article = Article::load(path).unwrap();
    let opened = Store::open(path, &article).unwrap();
    if let Some(saved) = opened.saved {
        saved.unwrap();
    }
    opened.store
}

fn setup(text: &str, a: Annotation) -> (tempfile::TempDir, std::path::PathBuf, AnnotationId) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, text).unwrap();
    let mut sidecar = Sidecar::new("a.txt");
    let id = a.id.clone();
    sidecar.annotations.insert(id.clone(), a);
    fs::write(dir.path().join("a.txt.annotations.toml"), write(&sidecar)).unwrap();
    (dir, article, id)
}

#[test]
fn a_hand_written_annotation_is_anchored() {
    let text = seed("000");
    let mut a = annotate(&text, "لكنه يتسم بالشفافية", 0);
    (a.prefix, a.suffix) = (String::new(), String::new());
    let (_dir, article, id) = setup(&text, a);
    let store = open(&article);
    assert_eq!(store.get(&id).unwrap().state, &AnchorState::Anchored);
    assert_eq!(store.counts().needs_review, 0);
}

#[test]
fn a_changed_wording_needs_review_keeps_the_old_quote_and_confirming_takes_the_new() {
    let text = seed("000");
    let old = "لكنه يتسم بالشفافية، ولا يوجد شيء سري هناك";
    let new = "لكنه يتسم بشفافية، ولا يوجد شيء سري هناك";
    let a = annotate(&text, old, 0);
    let (dir, article, id) = setup(&text, a);
    fs::write(&article, text.replacen("يتسم بالشفافية", "يتسم بشفافية", 1)).unwrap();
    let sidecar = dir.path().join("a.txt.annotations.toml");
    for _ in 0..3 {
        let store = open(&article);
        let e = store.get(&id).unwrap();
        assert!(
            matches!(e.state, AnchorState::NeedsReview { .. }),
            "{:?}",
            e.state
        );
        assert_eq!(e.annotation.exact, old);
        assert_eq!(store.reworded(&id), Some(new));
        let disk = parse(&fs::read_to_string(&sidecar).unwrap()).unwrap();
        assert_eq!(disk.annotations[&id].exact, old, "the cited quote stays");
    }
    let mut store = open(&article);
    store.confirm(&id).unwrap().saved.unwrap();
    assert_eq!(store.get(&id).unwrap().state, &AnchorState::Anchored);
    let disk = parse(&fs::read_to_string(&sidecar).unwrap()).unwrap();
    assert_eq!(disk.annotations[&id].exact, new);
    assert_eq!(store.reworded(&id), None);
}

#[test]
fn a_garbled_context_gives_the_same_state_on_every_open() {
    // A short quote that occurs many times, its context garbled by hand, the checksum stale:
    // hamish cannot tell which occurrence it is. Whatever it says, it says it every time.
    let text = seed("000");
    let phrase = "بوتين";
    assert!(text.matches(phrase).count() > 2);
    let mut a = annotate(&text, phrase, 2);
    a.prefix = "كلام لا علاقة له بالنص".into();
    a.suffix = "ولا هذا أيضاً".into();
    let (_dir, article, id) = setup(&text, a);
    let states: Vec<AnchorState> = (0..5)
        .map(|_| open(&article).get(&id).unwrap().state.clone())
        .collect();
    assert!(
        states.iter().all(|s| s == &states[0]),
        "states changed between opens: {states:?}"
    );
}

#[test]
fn hand_written_quotes_that_occur_elsewhere_are_anchored_at_their_offsets() {
    // Every passage occurs three times; annotations without context or checksum (one with
    // spaces at its ends, which the search trims: it used to "move") must neither move nor
    // change between opens: offsets that hold the quote are an exact anchor (issue 15; they
    // used to need review).
    let one = seed("000");
    let text = one.repeat(3);
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, &text).unwrap();
    let mut sidecar = Sidecar::new("a.txt");
    for (n, phrase) in ["ليس تحالفاً عسكرياً", " يتسم بالشفافية،", "بوتين"]
        .iter()
        .enumerate()
    {
        let mut a = annotate(&text, phrase, n % 2 + 1);
        (a.prefix, a.suffix) = (String::new(), String::new());
        sidecar.annotations.insert(a.id.clone(), a);
    }
    fs::write(dir.path().join("a.txt.annotations.toml"), write(&sidecar)).unwrap();
    for _ in 0..3 {
        let store = open(&article);
        for e in store.annotations() {
            let stored = e.annotation.start..e.annotation.end;
            assert_eq!(e.state, &AnchorState::Anchored, "{:?}", e.annotation.exact);
            assert_eq!(e.range, Some(&stored));
        }
        let on_disk =
            parse(&fs::read_to_string(dir.path().join("a.txt.annotations.toml")).unwrap()).unwrap();
        for (id, a) in &sidecar.annotations {
            assert_eq!(on_disk.annotations[id].start, a.start, "offsets kept");
        }
    }
}

#[test]
fn a_hand_written_quote_found_twice_is_anchored_and_its_file_left_alone() {
    // The quote occurs twice and there is no context: its offsets hold it, so it is anchored
    // there; nothing moved, so there is nothing to save and the file stays byte for byte.
    let text = seed("000").repeat(2);
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, &text).unwrap();
    let at = find(&text, "بوتين", 0);
    let hand = format!(
        "# my notes\n[[annotations]]\nid = \"x1\"\nstart = {}\nend = {}\nexact = \"بوتين\"\n",
        at.start, at.end
    );
    let sidecar = dir.path().join("a.txt.annotations.toml");
    fs::write(&sidecar, &hand).unwrap();
    for _ in 0..2 {
        let article_text = Article::load(&article).unwrap();
        let opened = Store::open(&article, &article_text).unwrap();
        assert!(opened.saved.is_none(), "nothing to save");
        assert_eq!(opened.store.counts().needs_review, 0);
        assert_eq!(opened.store.counts().anchored, 1);
        assert_eq!(fs::read_to_string(&sidecar).unwrap(), hand);
    }
}
