//! Hints from the keymap: every key the reader names (the views' key lines, their messages, the
//! status line, the help) is the one the user bound, checked with keys remapped.

use hamish::tui::article::help::CARET;
use hamish::tui::screens::help::help_lines;

use super::tui_screens::{library_with, passages_library, tagged_library};
use super::tui_screens::{list_open, passages_open, passages_shown, remapped};
use crate::common::reader::*;

#[test]
fn the_tags_views_hints_name_the_keys_the_user_bound() {
    let dir = tempfile::tempdir().unwrap();
    tagged_library(dir.path(), 3);
    let keymap = remapped(&[
        ("u", "none"),
        ("U", "undo"),
        ("esc", "none"),
        ("Q", "cancel"),
    ]);
    let mut app = library_with(dir.path(), (80, 24), keymap);
    press(&mut app, &["#"]);
    let screen = screen_text(frame(&app).buffer());
    let keys = screen.lines().nth(1).unwrap();
    assert!(
        keys.contains("· U undo ·") && keys.ends_with("· Q close"),
        "{keys}"
    );
    press(&mut app, &["r", "ctrl-u"]);
    type_text(&mut app, "renamed");
    press(&mut app, &["enter"]);
    let message = app.message.clone().unwrap();
    assert!(message.ends_with(" · U undoes"), "{message}");
    let screen = screen_text(frame(&app).buffer());
    assert!(
        screen.lines().nth(2).unwrap().starts_with(" U undoes «"),
        "{screen}"
    );
    press(&mut app, &["U"]);
    assert!(app.message.as_deref().unwrap().starts_with("undone"));
}

#[test]
fn the_passages_views_hints_name_the_keys_the_user_bound() {
    let dir = tempfile::tempdir().unwrap();
    passages_library(dir.path(), 3);
    let remaps = [
        ("f", "none"),
        ("ctrl-f", "filter_tags"),
        ("esc", "none"),
        ("Q", "cancel"),
    ];
    let mut app = passages_open(dir.path(), (80, 24), remapped(&remaps));
    let screen = screen_text(frame(&app).buffer());
    let keys = screen.lines().nth(1).unwrap();
    assert!(
        keys.contains("· ctrl-f tags ·") && keys.contains("· Q unfilter ·"),
        "{keys}"
    );
    press(&mut app, &["ctrl-f"]);
    type_text(&mut app, "nothing");
    press(&mut app, &["enter"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(
        screen.contains("no passage passes the filters (Q clears them)"),
        "{screen}"
    );
    press(&mut app, &["Q"]);
    assert_eq!(passages_shown(&app), ["q00", "q01", "q02"]);
}

#[test]
fn the_annotation_lists_hints_name_the_keys_the_user_bound() {
    let dir = tempfile::tempdir().unwrap();
    let remaps = [("x", "none"), ("X", "delete_annotation"), ("r", "none")];
    let mut app = list_open(dir.path(), 2, (80, 24), remapped(&remaps));
    let screen = screen_text(frame(&app).buffer());
    let keys = screen.lines().nth(1).unwrap();
    assert!(
        keys.contains("· X delete ·") && !keys.contains("re-select"),
        "{keys}"
    );
    press(&mut app, &["X", "X"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(
        screen.contains("no annotations yet: select a passage (v, or / to search) and press a"),
        "{screen}"
    );
}

#[test]
fn the_status_line_the_help_and_the_articles_messages_name_the_keys_the_user_bound() {
    let keymap = remapped(&[
        ("?", "none"),
        ("f1", "help"),
        ("/", "none"),
        ("ctrl-s", "search"),
        ("v", "none"),
        ("V", "start_selection"),
    ]);
    let mut app = text_app("One sentence here.\n\nAnother one there.\n", (80, 24));
    app.keymap = keymap;
    let screen = screen_text(frame(&app).buffer());
    assert!(
        screen.lines().last().unwrap().ends_with("· f1 help"),
        "{screen}"
    );
    press(&mut app, &["n"]);
    assert_eq!(
        app.message.as_deref(),
        Some("no search yet: press ctrl-s to search")
    );
    press(&mut app, &["a"]);
    assert_eq!(
        app.message.as_deref(),
        Some("select a passage first (V, or ctrl-s to search)")
    );
    press(&mut app, &["f1"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(screen.contains(" keys · f1 or esc closes "), "{screen}");
    let lines = help_lines(&app.keymap, &CARET);
    assert_eq!(lines[0].0, "— caret mode (V) —");
}

#[test]
fn the_merge_line_names_and_takes_the_key_bound_to_complete_a_tag() {
    let dir = tempfile::tempdir().unwrap();
    tagged_library(dir.path(), 3);
    let keymap = remapped(&[("tab", "none"), ("ctrl-n", "complete_tag")]);
    let mut app = library_with(dir.path(), (80, 24), keymap);
    press(&mut app, &["#", "m"]);
    let screen = screen_text(frame(&app).buffer());
    let status = screen.lines().last().unwrap();
    assert!(status.contains("«t00» into (ctrl-n: a tag):"), "{status}");
    type_text(&mut app, "t");
    press(&mut app, &["tab"]);
    assert_eq!(app.prompt().unwrap().text, "t", "tab is not bound any more");
    press(&mut app, &["ctrl-n"]);
    let text = &app.prompt().unwrap().text;
    assert!(text.len() == 3 && text.starts_with("t0"), "{text}");
}
