//! Annotating in the reader, key by key, against articles copied into temporary directories:
//! selecting (search, caret mode, mouse), the editor, the sidecar it writes, edit, delete, undo
//! and redo, jumps. The list, broken and merged sidecars, tag colours and completion are in
//! `tui_annotate_more.rs`.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::reader::*;
use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use hamish::annotate::anchor::AnchorState;
use hamish::annotate::model::Sidecar;
use hamish::annotate::sidecar::parse_bytes;
use hamish::tui::app::{reading_column, App, Effect};
use hamish::tui::article::ArticleView;
use hamish::tui::panels::editor::Field;

pub(crate) const QUOTE: &str = "ليس تحالفاً عسكرياً";

pub(crate) fn view(app: &App) -> &ArticleView {
    app.article.as_ref().expect("an article is open")
}

pub(crate) fn selected(app: &App) -> Option<String> {
    let v = view(app);
    v.selection
        .clone()
        .map(|r| v.article.slice_chars(r).to_string())
}

pub(crate) fn sidecar(path: &Path) -> Sidecar {
    let file = format!("{}.annotations.toml", path.display());
    parse_bytes(&std::fs::read(file).expect("the sidecar was written")).unwrap()
}

pub(crate) fn count(app: &App) -> usize {
    view(app).notes.store().unwrap().annotations().len()
}

/// Searches `phrase`, opens the editor with `a`, types `tags`, saves.
pub(crate) fn annotate(app: &mut App, phrase: &str, tags: &str) {
    search(app, phrase);
    press(app, &["a"]);
    assert!(app.editor().is_some(), "{:?}", app.message);
    type_text(app, tags);
    press(app, &["enter"]);
    assert!(app.editor().is_none());
}

#[test]
fn search_then_a_then_tags_then_enter_writes_the_phrase_with_its_offsets() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    search(&mut app, QUOTE);
    assert_eq!(selected(&app).as_deref(), Some(QUOTE));
    let range = view(&app).selection.clone().unwrap();
    press(&mut app, &["a"]);
    let editor = app.editor().unwrap();
    assert_eq!(editor.focus, Field::Tags);
    assert_eq!(editor.quote, QUOTE);
    type_text(&mut app, "quote, putin");
    press(&mut app, &["enter"]);
    // The status line echoes the tags as saved (sorted), not as typed.
    assert_eq!(app.message.as_deref(), Some("annotated: putin, quote"));
    let file = sidecar(&path);
    assert_eq!(file.annotations.len(), 1);
    let a = file.annotations.values().next().unwrap();
    assert_eq!(a.exact, QUOTE);
    assert_eq!((a.start, a.end), (range.start, range.end));
    assert_eq!(view(&app).article.slice_chars(a.start..a.end), QUOTE);
    assert_eq!(a.tags, ["putin", "quote"]);
    assert_eq!(a.color, "yellow");
    // The selection is gone so the highlight shows; reopening finds it anchored.
    assert_eq!(view(&app).selection, None);
    reopen(&mut app, &path);
    let store = view(&app).notes.store().unwrap();
    assert_eq!(store.annotations()[0].state, &AnchorState::Anchored);
}

#[test]
fn without_a_selection_a_says_how_to_make_one() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    press(&mut app, &["a"]);
    assert!(app.editor().is_none());
    assert_eq!(
        app.message.as_deref(),
        Some("select a passage first (v, or / to search)")
    );
    press(&mut app, &["e"]);
    assert!(app
        .message
        .as_deref()
        .unwrap()
        .starts_with("no annotation under"));
}

#[test]
fn the_editor_takes_arabic_tags_a_colour_and_a_note_and_esc_cancels() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    search(&mut app, QUOTE);
    press(&mut app, &["a"]);
    type_text(&mut app, "اقتباس، بوتين, war");
    press(&mut app, &["esc"]);
    assert!(app.editor().is_none());
    assert_eq!(app.message.as_deref(), Some("not saved"));
    assert!(!Path::new(&format!("{}.annotations.toml", path.display())).exists());
    press(&mut app, &["a"]);
    type_text(&mut app, "اقتباس, بوتين");
    press(&mut app, &["down", "right", "right", "down"]);
    type_text(&mut app, "ملاحظة أولى");
    press(&mut app, &["ctrl-j"]);
    type_text(&mut app, "second line");
    press(&mut app, &["enter"]);
    let file = sidecar(&path);
    let a = file.annotations.values().next().unwrap();
    assert_eq!(a.tags, ["اقتباس", "بوتين"]);
    assert_eq!(a.color, "blue");
    assert_eq!(a.note, "ملاحظة أولى\nsecond line");
}

#[test]
fn ctrl_e_asks_for_the_external_editor_and_takes_its_note() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    search(&mut app, QUOTE);
    press(&mut app, &["a", "ctrl-e"]);
    assert_eq!(
        std::mem::take(&mut app.effects),
        [Effect::EditNoteExternally]
    );
    app.finish_external_edit(Ok("written in vi\n".into()));
    assert!(app.effects.is_empty());
    let editor = app.editor().unwrap();
    assert_eq!(
        (editor.note.as_str(), editor.focus),
        ("written in vi", Field::Note)
    );
    app.finish_external_edit(Err("vi exited with 1; note unchanged".into()));
    assert_eq!(app.editor().unwrap().note, "written in vi");
    assert!(app.message.as_deref().unwrap().contains("note unchanged"));
}

#[test]
fn edit_delete_undo_and_redo() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, QUOTE, "quote");
    annotate(&mut app, "الناتو العالمي", "nato");
    assert_eq!(count(&app), 2);
    // ] from the top selects the first annotation; e opens it filled in.
    press(&mut app, &["g", "esc", "]"]);
    assert_eq!(selected(&app).as_deref(), Some(QUOTE));
    press(&mut app, &["e"]);
    assert_eq!(app.editor().unwrap().tags, "quote");
    press(&mut app, &["ctrl-u"]);
    type_text(&mut app, "quote, putin");
    press(&mut app, &["enter"]);
    assert_eq!(app.message.as_deref(), Some("saved: putin, quote"));
    let tags_on_disk = |path: &Path| {
        let mut all: Vec<Vec<String>> = sidecar(path)
            .annotations
            .values()
            .map(|a| a.tags.clone())
            .collect();
        all.sort();
        all
    };
    assert_eq!(tags_on_disk(&path), [vec!["nato"], vec!["putin", "quote"]]);
    // x deletes what the selection is in, and says how to undo it.
    press(&mut app, &["]"]);
    assert_eq!(selected(&app).as_deref(), Some("الناتو العالمي"));
    press(&mut app, &["x"]);
    assert_eq!(app.message.as_deref(), Some("deleted nato — u undoes"));
    assert_eq!(tags_on_disk(&path), [vec!["putin", "quote"]]);
    press(&mut app, &["u"]);
    assert_eq!(app.message.as_deref(), Some("undone: nato brought back"));
    assert_eq!(tags_on_disk(&path).len(), 2);
    press(&mut app, &["u"]);
    assert_eq!(app.message.as_deref(), Some("undone: quote restored"));
    assert_eq!(tags_on_disk(&path), [vec!["nato"], vec!["quote"]]);
    press(&mut app, &["ctrl-r"]);
    assert_eq!(tags_on_disk(&path), [vec!["nato"], vec!["putin", "quote"]]);
    press(&mut app, &["ctrl-r"]);
    assert_eq!(app.message.as_deref(), Some("redone: nato removed"));
    press(&mut app, &["ctrl-r"]);
    assert_eq!(app.message.as_deref(), Some("nothing to redo"));
}

#[test]
fn brackets_go_round_the_annotations_in_reading_order() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, "الناتو العالمي", "b");
    annotate(&mut app, QUOTE, "a");
    press(&mut app, &["g", "esc", "["]);
    assert_eq!(selected(&app).as_deref(), Some("الناتو العالمي"));
    assert_eq!(app.message.as_deref(), Some("on to the last annotation"));
    press(&mut app, &["["]);
    assert_eq!(selected(&app).as_deref(), Some(QUOTE));
    // The status line shows the tags of the annotation the selection is in.
    let text = screen_text(frame(&app).buffer());
    assert!(
        text.lines().last().unwrap().trim_start().starts_with("a "),
        "{text}"
    );
    press(&mut app, &["]", "]"]);
    assert_eq!(selected(&app).as_deref(), Some(QUOTE));
    assert_eq!(app.message.as_deref(), Some("back to the first annotation"));
}

#[test]
fn caret_mode_selects_words_sentences_and_paragraphs_and_the_screen_follows() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    // The top line starts with the title: "نفى الرئيس الروسي …".
    press(&mut app, &["v"]);
    assert_eq!(selected(&app).as_deref(), Some("ن"));
    press(&mut app, &["w"]);
    assert_eq!(selected(&app).as_deref(), Some("نفى"));
    press(&mut app, &["w", "w"]);
    assert_eq!(selected(&app).as_deref(), Some("نفى الرئيس الروسي"));
    press(&mut app, &["b"]);
    assert_eq!(selected(&app).as_deref(), Some("نفى الرئيس"));
    // ← goes on in reading order in Arabic, → back.
    press(&mut app, &["left"]);
    assert_eq!(selected(&app).as_deref(), Some("نفى الرئيس "));
    press(&mut app, &["right", "right"]);
    assert_eq!(selected(&app).as_deref(), Some("نفى الرئي"));
    press(&mut app, &["s"]);
    let sentence = selected(&app).unwrap();
    assert!(sentence.starts_with("نفى الرئيس الروسي") && sentence.ends_with('.'));
    press(&mut app, &["esc"]);
    assert_eq!((view(&app).caret.clone(), selected(&app)), (None, None));
    // Down, line by line, past the bottom: the screen follows the caret.
    press(&mut app, &["v"]);
    for _ in 0..40 {
        press(&mut app, &["down"]);
    }
    let caret = view(&app).caret.clone().unwrap();
    assert!(view(&app).top().block > 0);
    assert!(view(&app).row_of(caret.at.start).is_some());
    press(&mut app, &["p"]);
    let paragraph = selected(&app).unwrap();
    let text = view(&app).article.text();
    assert!(text.lines().any(|l| l.trim() == paragraph), "{paragraph}");
    // v again leaves caret mode but keeps the selection for a.
    press(&mut app, &["v"]);
    assert!(view(&app).caret.is_none());
    assert_eq!(selected(&app), Some(paragraph));
    // In caret mode b is a word back; outside it is a page up again.
    press(&mut app, &["esc", "G", "b"]);
    assert!(view(&app).caret.is_none());
}

fn click(app: &mut App, kind: MouseEventKind, (x, y): (u16, u16), at: Instant) {
    let event = MouseEvent {
        kind,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    };
    app.mouse_at(&event, at);
}

/// Where article char `offset` is on screen (its text row below the header line).
fn screen_of(app: &App, offset: usize) -> (u16, u16) {
    let v = view(app);
    let row = v.row_of(offset).expect("on screen");
    let anchor = v.rows()[row];
    let layout = v.cache.peek(anchor.block).unwrap();
    let line = layout.line(anchor.line);
    let rel = (offset - v.blocks.get(anchor.block).char_start) as u32;
    let cell = line
        .cells()
        .iter()
        .find(|c| c.chars.contains(&rel))
        .unwrap();
    let indent = hamish::tui::article::caret::indent(&line, v.cache.options());
    let left = reading_column(app.size.0, app.settings.reading_width).0;
    let header = hamish::tui::app::ARTICLE_HEADER_ROWS;
    (left + (indent + cell.x) as u16, row as u16 + header)
}

#[test]
fn the_mouse_selects_by_dragging_double_and_triple_clicks() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    let t0 = Instant::now();
    let ms = Duration::from_millis;
    let down = MouseEventKind::Down(MouseButton::Left);
    let up = MouseEventKind::Up(MouseButton::Left);
    let drag = MouseEventKind::Drag(MouseButton::Left);
    // Press inside "الرئيس", drag into "الروسي": both words whole.
    let from = screen_of(&app, find(&app, "الرئيس", 0).start + 2);
    let to = screen_of(&app, find(&app, "الروسي", 0).start + 1);
    click(&mut app, down, from, t0);
    assert_eq!(selected(&app), None, "a press alone selects nothing");
    click(&mut app, drag, to, t0 + ms(50));
    click(&mut app, up, to, t0 + ms(60));
    assert_eq!(selected(&app).as_deref(), Some("الرئيس الروسي"));
    // Double click: a word; a third click: its paragraph.
    let at = screen_of(&app, find(&app, "فلاديمير", 0).start + 3);
    click(&mut app, down, at, t0 + ms(1000));
    click(&mut app, up, at, t0 + ms(1010));
    click(&mut app, down, at, t0 + ms(1100));
    assert_eq!(selected(&app).as_deref(), Some("فلاديمير"));
    click(&mut app, down, at, t0 + ms(1200));
    let first = view(&app).article.paragraph(0).text.trim().to_string();
    assert_eq!(selected(&app), Some(first));
    // Too slow for a double click.
    click(&mut app, down, at, t0 + ms(3000));
    click(&mut app, down, at, t0 + ms(4000));
    assert_eq!(selected(&app), None);
    // With the mouse given back to the terminal, nothing happens.
    press(&mut app, &["m"]);
    click(&mut app, down, at, t0 + ms(5000));
    click(&mut app, down, at, t0 + ms(5100));
    assert_eq!(selected(&app), None);
}
