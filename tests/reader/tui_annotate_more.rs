//! Annotating in the reader, continued: the annotation list with confirm and re-select, a broken
//! sidecar, merges with another hamish, the data-directory fallback, tag colours from the config
//! and tag completion from the library, selections on cluster boundaries, drawing at any size.

use std::collections::BTreeMap;

use crate::common::reader::*;
use hamish::tui::app::App;
use hamish::tui::screens::library::state::Library;

use super::tui_annotate::{annotate, count, selected, sidecar, view, QUOTE};

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
    list_shows_review_then_orphan(&mut app);
    confirm_in_the_list(&mut app, &path);
    reselect_the_orphan(&mut app, &path);
}

/// `A`: the list in reading order, the orphan last, each saying how it anchored.
fn list_shows_review_then_orphan(app: &mut App) {
    press(app, &["A"]);
    assert!(app.list().is_some());
    // In reading order, the orphan last.
    let names: Vec<String> = view(app)
        .notes
        .store()
        .unwrap()
        .annotations()
        .iter()
        .map(|e| e.annotation.tags[0].clone())
        .collect();
    assert_eq!(names, ["review", "orphan"]);
    let shown = screen_text(frame(app).buffer());
    assert!(shown.contains("needs review · review"), "{shown}");
    assert!(shown.contains("not found (orphaned) · orphan"), "{shown}");
}

/// The orphan cannot be gone to nor confirmed; `c` confirms the one needing review, on disk.
fn confirm_in_the_list(app: &mut App, path: &std::path::Path) {
    // The orphan cannot be gone to; it can be re-selected.
    press(app, &["j", "enter"]);
    assert!(app.list().is_some());
    assert!(app.message.as_deref().unwrap().contains("r places it"));
    press(app, &["c"]);
    assert!(app
        .message
        .as_deref()
        .unwrap()
        .contains("does not need review"));
    press(app, &["k", "c"]);
    assert_eq!(app.message.as_deref(), Some("review: place confirmed"));
    let on_disk = sidecar(path);
    let review = on_disk
        .annotations
        .values()
        .find(|a| a.tags == ["review"])
        .unwrap();
    assert_eq!(
        view(app).article.slice_chars(review.start..review.end),
        "الناتو العالمي"
    );
}

/// `r` on the orphan: caret mode; a search selects the new place; `a` moves it there.
fn reselect_the_orphan(app: &mut App, path: &std::path::Path) {
    press(app, &["j", "r"]);
    assert!(app.list().is_none() && app.reselect.is_some());
    assert!(view(app).caret.is_some());
    search(app, "باحث أمريكي");
    press(app, &["a"]);
    assert!(
        app.editor().is_none(),
        "re-selecting moves, it does not open the editor"
    );
    assert_eq!(
        app.message.as_deref(),
        Some("orphan: placed on the selection")
    );
    let store = view(app).notes.store().unwrap();
    assert_eq!(store.counts().orphaned, 0);
    let orphan = sidecar(path);
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
    assert_eq!(app.list().unwrap().selected, 0);
    press(&mut app, &["j", "j", "j"]);
    assert_eq!(app.list().unwrap().selected, 1);
    press(&mut app, &["enter"]);
    assert!(app.list().is_none());
    assert_eq!(selected(&app).as_deref(), Some("الناتو العالمي"));
    let start = view(&app).selection.clone().unwrap().start;
    assert!(
        view(&app).row_of(start).is_some(),
        "the passage is on screen"
    );
    // The list opens on the annotation the selection is in.
    press(&mut app, &["A"]);
    assert_eq!(app.list().unwrap().selected, 1);
    press(&mut app, &["x"]);
    assert_eq!(count(&app), 1);
    assert!(app.list().is_some(), "the list stays open after a delete");
    press(&mut app, &["u"]);
    assert_eq!(count(&app), 2);
    press(&mut app, &["e"]);
    assert!(app.list().is_none());
    assert_eq!(app.editor().unwrap().tags, "two");
    press(&mut app, &["esc", "A", "esc"]);
    assert!(app.list().is_none());
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

#[test]
fn after_e_saves_the_passage_shows_in_its_colour_and_brackets_go_on_from_it() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    annotate(&mut app, QUOTE, "quote");
    annotate(&mut app, "الناتو العالمي", "nato");
    press(&mut app, &["g", "esc", "]"]);
    assert_eq!(selected(&app).as_deref(), Some(QUOTE));
    press(&mut app, &["e", "enter"]);
    assert!(app.message.as_deref().unwrap().starts_with("saved: quote"));
    // Nothing is selected any more: the passage is drawn in its highlight colour.
    assert_eq!(selected(&app), None);
    let buf = frame(&app).buffer().clone();
    let theme = app.theme();
    let selection = style_mask(&buf, theme.text.patch(theme.selection), '#');
    assert!(selection.is_empty(), "{selection:?}");
    let highlighted: usize = theme
        .highlights
        .iter()
        .map(|(_, style)| style_mask(&buf, theme.text.patch(*style), '^').len())
        .sum();
    assert!(highlighted > 0);
    // ] goes on from the annotation just edited, as it did while it was selected.
    press(&mut app, &["]"]);
    assert_eq!(selected(&app).as_deref(), Some("الناتو العالمي"));
    // Esc forgets where it was: e finds nothing under the (cleared) selection.
    press(&mut app, &["esc", "e"]);
    assert!(app.editor().is_none());
}
