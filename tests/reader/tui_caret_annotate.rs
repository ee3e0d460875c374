//! `a` with only a caret, key by key (issue 15): one letter is not a passage. `r` then `a` places
//! an orphan on the whole word under the caret, `v` then `a` opens the editor on that word, and a
//! caret on no word (a guillemet) gets a hint instead of a one-character annotation.

use crate::common::reader::*;
use hamish::tui::app::App;
use hamish::tui::panels::editor::Target;

use super::tui_annotate::{annotate, sidecar, view};

/// Whether `range` of the open article is a whole word: more than one char, no space, and no
/// letter just before or after it.
fn is_whole_word(app: &App, range: std::ops::Range<usize>) -> bool {
    let chars: Vec<char> = view(app).article.text().chars().collect();
    let inside = &chars[range.clone()];
    let letter = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphabetic())
    };
    inside.len() > 1
        && !inside.iter().any(|c| c.is_whitespace())
        && !letter(range.start.checked_sub(1))
        && !letter(Some(range.end))
}

#[test]
fn r_then_a_places_an_orphan_on_the_word_under_the_caret_not_a_letter() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, "توماس غراهام", "orphan");
    edit_for_review_and_orphan(&path);
    reopen(&mut app, &path);
    press(&mut app, &["A", "r"]);
    assert!(app.reselect.is_some());
    let message = app.message.clone().unwrap();
    assert!(
        message.contains("select its passage") && !message.contains("move the caret"),
        "{message}"
    );
    press(&mut app, &["a"]);
    assert_eq!(app.reselect, None);
    let on_disk = sidecar(&path);
    let orphan = on_disk.annotations.values().next().unwrap();
    assert!(
        is_whole_word(&app, orphan.start..orphan.end),
        "placed on {:?}",
        orphan.exact
    );
    assert_eq!(
        view(&app).notes.store().unwrap().counts().orphaned,
        0,
        "{:?}",
        app.message
    );
}

#[test]
fn v_then_a_opens_the_editor_on_the_word_under_the_caret() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    press(&mut app, &["v"]);
    let caret = view(&app).caret.clone().unwrap();
    assert_eq!(caret.anchor, caret.at, "only a caret");
    press(&mut app, &["a"]);
    let editor = app.editor().expect("the editor opens");
    let Target::New(range) = editor.target.clone() else {
        panic!("a new annotation");
    };
    assert!(range.contains(&caret.at.start));
    assert!(is_whole_word(&app, range.clone()), "{:?}", editor.quote);
    assert_eq!(editor.quote, view(&app).article.slice_chars(range));
}

#[test]
fn a_caret_on_no_word_gets_a_hint_and_nothing_is_saved() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    search(&mut app, "«");
    press(&mut app, &["v"]);
    assert_eq!(selected_text(&app), "«");
    press(&mut app, &["a"]);
    assert!(app.editor().is_none(), "no editor on a guillemet");
    assert!(
        app.message.as_deref().unwrap().contains("on no word"),
        "{:?}",
        app.message
    );
    assert!(!std::path::Path::new(&format!("{}.annotations.toml", path.display())).exists());
    // Extended over a word, the same caret annotates.
    press(&mut app, &["w", "a"]);
    assert!(app.editor().is_some(), "{:?}", app.message);
}

fn selected_text(app: &App) -> String {
    let v = view(app);
    v.article
        .slice_chars(v.selection.clone().unwrap())
        .to_string()
}
