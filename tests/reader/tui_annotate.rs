//! Annotating in the reader, key by key, against articles copied into temporary directories:
//! selecting (search, caret mode, mouse), the editor, the sidecar it writes, edit, delete, undo
//! and redo, jumps, the list with confirm and re-select, a broken sidecar, merges with another
//! hamish, tag colours from the config, tag completion from the library, the library's counts.

use std::collections::BTreeMap;
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
use hamish::tui::panels::library::Library;

const QUOTE: &str = "ليس تحالفاً عسكرياً";

fn view(app: &App) -> &ArticleView {
    app.article.as_ref().expect("an article is open")
}

fn selected(app: &App) -> Option<String> {
    let v = view(app);
    v.selection
        .clone()
        .map(|r| v.article.slice_chars(r).to_string())
}

fn sidecar(path: &Path) -> Sidecar {
    let file = format!("{}.annotations.toml", path.display());
    parse_bytes(&std::fs::read(file).expect("the sidecar was written")).unwrap()
}

fn count(app: &App) -> usize {
    view(app).notes.store().unwrap().annotations().len()
}

/// Searches `phrase`, opens the editor with `a`, types `tags`, saves.
fn annotate(app: &mut App, phrase: &str, tags: &str) {
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
    assert!(view(&app).top.block > 0);
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

/// Seed 0 with an annotation that needs review once its sentence is rewritten, and one that is
/// not found any more.
fn with_review_and_orphan() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let (dir, path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, "الناتو العالمي", "review");
    annotate(&mut app, "توماس غراهام", "orphan");
    edit_for_review_and_orphan(&path);
    reopen(&mut app, &path);
    (dir, path, app)
}

#[test]
fn opening_says_what_moved_and_the_list_confirms_and_reselects() {
    let (_dir, path, mut app) = with_review_and_orphan();
    assert_eq!(
        app.message.as_deref(),
        Some("1 needs review, 1 not found, A lists them")
    );
    press(&mut app, &["A"]);
    assert!(app.list.is_some());
    // In reading order, the orphan last.
    let names: Vec<String> = view(&app)
        .notes
        .store()
        .unwrap()
        .annotations()
        .iter()
        .map(|e| e.annotation.tags[0].clone())
        .collect();
    assert_eq!(names, ["review", "orphan"]);
    let shown = screen_text(frame(&app).buffer());
    assert!(shown.contains("needs review · review"), "{shown}");
    assert!(shown.contains("not found (orphaned) · orphan"), "{shown}");
    // The orphan cannot be gone to; it can be re-selected.
    press(&mut app, &["j", "enter"]);
    assert!(app.list.is_some());
    assert!(app.message.as_deref().unwrap().contains("r places it"));
    press(&mut app, &["c"]);
    assert!(app
        .message
        .as_deref()
        .unwrap()
        .contains("does not need review"));
    press(&mut app, &["k", "c"]);
    assert_eq!(app.message.as_deref(), Some("review: place confirmed"));
    let on_disk = sidecar(&path);
    let review = on_disk
        .annotations
        .values()
        .find(|a| a.tags == ["review"])
        .unwrap();
    assert_eq!(
        view(&app).article.slice_chars(review.start..review.end),
        "الناتو العالمي"
    );
    // r on the orphan: caret mode; a search selects the new place; a moves it there.
    press(&mut app, &["j", "r"]);
    assert!(app.list.is_none() && app.reselect.is_some());
    assert!(view(&app).caret.is_some());
    search(&mut app, "باحث أمريكي");
    press(&mut app, &["a"]);
    assert!(
        app.editor().is_none(),
        "re-selecting moves, it does not open the editor"
    );
    assert_eq!(
        app.message.as_deref(),
        Some("orphan: placed on the selection")
    );
    let store = view(&app).notes.store().unwrap();
    assert_eq!(store.counts().orphaned, 0);
    let orphan = sidecar(&path);
    let orphan = orphan
        .annotations
        .values()
        .find(|a| a.tags == ["orphan"])
        .unwrap();
    assert_eq!(orphan.exact, "باحث أمريكي");
    assert_eq!(app.reselect, None);
}

#[test]
fn the_list_moves_goes_to_edits_and_deletes() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, QUOTE, "one");
    annotate(&mut app, "الناتو العالمي", "two");
    press(&mut app, &["g", "A"]);
    assert_eq!(app.list.as_ref().unwrap().selected, 0);
    press(&mut app, &["j", "j", "j"]);
    assert_eq!(app.list.as_ref().unwrap().selected, 1);
    press(&mut app, &["enter"]);
    assert!(app.list.is_none());
    assert_eq!(selected(&app).as_deref(), Some("الناتو العالمي"));
    let start = view(&app).selection.clone().unwrap().start;
    assert!(
        view(&app).row_of(start).is_some(),
        "the passage is on screen"
    );
    // The list opens on the annotation the selection is in.
    press(&mut app, &["A"]);
    assert_eq!(app.list.as_ref().unwrap().selected, 1);
    press(&mut app, &["x"]);
    assert_eq!(count(&app), 1);
    assert!(app.list.is_some(), "the list stays open after a delete");
    press(&mut app, &["u"]);
    assert_eq!(count(&app), 2);
    press(&mut app, &["e"]);
    assert!(app.list.is_none());
    assert_eq!(app.editor().unwrap().tags, "two");
    press(&mut app, &["esc", "A", "esc"]);
    assert!(app.list.is_none());
}

#[test]
fn a_broken_sidecar_turns_annotating_off_says_where_and_is_never_written() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, QUOTE, "quote");
    let sidecar_path = format!("{}.annotations.toml", path.display());
    let text = std::fs::read_to_string(&sidecar_path).unwrap();
    let broken = text.replacen("start = ", "start = = ", 1);
    std::fs::write(&sidecar_path, &broken).unwrap();
    let line = broken
        .lines()
        .position(|l| l.starts_with("start = ="))
        .unwrap()
        + 1;
    reopen(&mut app, &path);
    let notice = app.notice().map(String::from).expect("a notice says why");
    assert!(
        notice.contains(&format!("line {line}, column 9")),
        "{notice}"
    );
    assert!(notice.contains("rename it"), "{notice}");
    assert!(app
        .message
        .as_deref()
        .unwrap()
        .starts_with("annotating off"));
    // The notice closes with any key; each annotating key shows it again.
    press(&mut app, &["j"]);
    assert!(app.notice().is_none());
    for keys in [["a"], ["x"], ["u"], ["ctrl-r"], ["e"], ["A"]] {
        press(&mut app, &keys);
        assert!(app.notice().is_some(), "{keys:?}");
        press(&mut app, &["esc"]);
    }
    search(&mut app, QUOTE);
    press(&mut app, &["a", "esc", "]"]);
    assert!(app
        .message
        .as_deref()
        .unwrap()
        .starts_with("annotating off"));
    assert!(app.editor().is_none());
    assert_eq!(std::fs::read_to_string(&sidecar_path).unwrap(), broken);
}

#[test]
fn changes_made_by_another_hamish_are_merged_and_reported() {
    let (_dir, path, mut one) = temp_seed(0, (80, 24));
    let mut two = app((80, 24));
    reopen(&mut two, &path);
    annotate(&mut one, QUOTE, "from-one");
    annotate(&mut two, "الناتو العالمي", "from-two");
    assert_eq!(
        two.message.as_deref(),
        Some("annotated: from-two; 1 annotation added elsewhere")
    );
    assert_eq!(sidecar(&path).annotations.len(), 2);
    // Both edit the same annotation: the later edit is kept, and the status line says so.
    press(&mut two, &["g", "esc", "]", "e", "ctrl-u"]);
    type_text(&mut two, "edited-by-two");
    press(&mut two, &["enter"]);
    press(&mut one, &["g", "esc", "]", "e", "ctrl-u"]);
    type_text(&mut one, "edited-by-one");
    press(&mut one, &["enter"]);
    let message = one.message.clone().unwrap();
    assert!(
        message.contains("edited elsewhere too: kept the later one"),
        "{message}"
    );
    let tags: Vec<String> = sidecar(&path)
        .annotations
        .values()
        .flat_map(|a| a.tags.clone())
        .collect();
    assert!(tags.contains(&"edited-by-one".to_string()), "{tags:?}");
}

#[test]
fn tag_colours_from_the_config_and_tags_from_the_library() {
    let (dir, path, mut app) = temp_seed(0, (80, 24));
    // Another article of the same library uses tags.
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "نص آخر عن بوتين").unwrap();
    let mut other_app = crate::common::reader::app((80, 24));
    reopen(&mut other_app, &other);
    annotate(&mut other_app, "بوتين", "putin, press");
    app.tag_colors = BTreeMap::from([("putin".to_string(), "blue".to_string())]);
    reopen(&mut app, &path);
    search(&mut app, QUOTE);
    press(&mut app, &["a"]);
    type_text(&mut app, "pu");
    press(&mut app, &["tab"]);
    let editor = app.editor().unwrap();
    assert_eq!(editor.tags, "putin");
    assert_eq!(editor.color_name(), "blue");
    press(&mut app, &["enter"]);
    let a = sidecar(&path).annotations.into_values().next().unwrap();
    assert_eq!(
        (a.tags, a.color),
        (vec!["putin".to_string()], "blue".to_string())
    );
    // The library counts annotations per article.
    let library = Library::load(dir.path()).unwrap();
    let counts: Vec<(String, usize)> = library
        .entries
        .iter()
        .map(|e| (e.name.clone(), e.annotations))
        .collect();
    assert_eq!(
        counts,
        [
            ("000_634842d1e9bc2a25.txt".to_string(), 1),
            ("other.txt".to_string(), 1)
        ]
    );
    let mut shown = crate::common::reader::app((80, 24));
    shown.open_library(library);
    let text = screen_text(frame(&shown).buffer());
    assert!(
        text.contains("000_634842d1e9bc2a25.txt · 900 words · 1 annotation"),
        "{text}"
    );
}

#[test]
fn a_sidecar_kept_in_the_data_directory_is_named_in_the_status_line() {
    use hamish::annotate::location::locate_with;
    use hamish::annotate::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "نص قصير").unwrap();
    let article = hamish::text::Article::load(&path).unwrap();
    // As if the directory could not be written.
    let location = locate_with(&path, |_| false).expect("HOME or XDG_DATA_HOME is set");
    assert!(location.fallback);
    let opened = Store::open_at(&path, &article, location.clone()).unwrap();
    let message = hamish::tui::article::notes::opened_message(&opened).unwrap();
    assert!(
        message.contains(&location.path.display().to_string()),
        "{message}"
    );
    assert!(message.contains("not writable"), "{message}");
    assert!(!location.path.exists(), "opening wrote nothing");
}

#[test]
fn unknown_tag_colours_are_warned_about() {
    let app = crate::common::reader::app((80, 24));
    let colours = BTreeMap::from([
        ("a".to_string(), "teal".to_string()),
        ("b".to_string(), "green".to_string()),
    ]);
    let warnings = hamish::tui::unknown_tag_colors(&colours, app.theme());
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("\"teal\""), "{warnings:?}");
}

#[test]
fn caret_selections_always_end_on_cluster_boundaries_and_stay_on_screen() {
    use unicode_segmentation::UnicodeSegmentation;
    // Seed 1 has harakat, lam-alef ligatures and numbers; 40 columns wraps a lot.
    let (_dir, _path, mut app) = temp_seed(1, (40, 12));
    let text = view(&app).article.text().to_string();
    let mut boundaries = vec![0];
    let mut chars = 0;
    for g in text.graphemes(true) {
        chars += g.chars().count();
        boundaries.push(chars);
    }
    let keys = [
        "left", "right", "up", "down", "w", "b", ")", "(", "}", "{", "s", "p", "left", "down",
    ];
    let mut state = 7u32;
    let mut visited = std::collections::BTreeSet::new();
    press(&mut app, &["v"]);
    for step in 0..600 {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let key = keys[(state >> 16) as usize % keys.len()];
        press(&mut app, &[key]);
        let v = view(&app);
        let caret = v.caret.clone().expect("still in caret mode");
        let selection = v.selection.clone().unwrap();
        assert_eq!(selection, caret.selection());
        for end in [selection.start, selection.end] {
            assert!(
                boundaries.binary_search(&end).is_ok(),
                "step {step} ({key}): {selection:?} splits a cluster"
            );
        }
        assert!(
            v.row_of(caret.at.start).is_some(),
            "step {step} ({key}): the caret is off screen"
        );
        visited.insert(caret.at.start);
    }
    assert!(
        visited.len() > 100,
        "the caret went places: {}",
        visited.len()
    );
}

#[test]
fn with_nothing_selected_bracket_takes_an_annotation_at_the_top_of_the_screen() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    press(&mut app, &["v", "w", "w", "a"]);
    type_text(&mut app, "title");
    press(&mut app, &["enter"]);
    assert_eq!(view(&app).selection, None);
    press(&mut app, &["]"]);
    assert_eq!(selected(&app).as_deref(), Some("نفى الرئيس"));
    assert_eq!(app.message, None, "no wrapping needed");
}

#[test]
fn editor_list_and_notice_draw_at_any_size() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, QUOTE, "quote");
    search(&mut app, QUOTE);
    press(&mut app, &["a"]);
    type_text(
        &mut app,
        "بوتين, a long tag that will not fit anywhere at all",
    );
    press(&mut app, &["down", "down"]);
    type_text(&mut app, "ملاحظة\x1b[31m");
    for (w, h) in [
        (1, 1),
        (2, 2),
        (5, 3),
        (10, 4),
        (14, 7),
        (20, 6),
        (22, 9),
        (40, 8),
        (3, 40),
    ] {
        app.resize(w, h);
        let text = screen_text(frame(&app).buffer());
        assert!(!text.contains('\x1b'), "{text}");
    }
    press(&mut app, &["esc", "A"]);
    for (w, h) in [(1, 1), (4, 2), (9, 5), (30, 4), (80, 24)] {
        app.resize(w, h);
        frame(&app);
    }
    press(&mut app, &["esc"]);
    let sidecar = format!("{}.annotations.toml", path.display());
    std::fs::write(&sidecar, "version = [").unwrap();
    reopen(&mut app, &path);
    assert!(app.notice().is_some());
    for (w, h) in [(1, 1), (7, 3), (8, 4), (12, 5), (80, 24)] {
        app.resize(w, h);
        frame(&app);
    }
}

#[test]
fn tags_differing_in_case_are_saved_once_and_echoed_as_saved() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, QUOTE, " Putin, quote,putin , QUOTE");
    assert_eq!(app.message.as_deref(), Some("annotated: Putin, quote"));
    let file = sidecar(&path);
    let a = file.annotations.values().next().unwrap();
    assert_eq!(a.tags, ["Putin", "quote"]);
}

#[test]
fn tab_completion_treats_spellings_differing_in_case_as_one_tag() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, QUOTE, "Putin, press");
    search(&mut app, "الناتو العالمي");
    press(&mut app, &["a"]);
    type_text(&mut app, "putin, p");
    press(&mut app, &["tab"]);
    let editor = app.editor().unwrap();
    assert_eq!(
        editor.tags, "putin, press",
        "Putin is there already, as putin"
    );
    press(&mut app, &["ctrl-u"]);
    type_text(&mut app, "PUTIN");
    press(&mut app, &["tab"]);
    assert_eq!(app.editor().unwrap().tags, "PUTIN", "nothing else to offer");
}
