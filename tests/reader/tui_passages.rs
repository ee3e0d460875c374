//! The passages view (`A` in the library), key by key: every annotation of the library with its
//! article and state, filters by Arabic tags (all of them or any), by text and by state, Enter
//! to the article at the passage and back to the same row, and `e`, `x`, `u` on a passage
//! through its article's store (a broken sidecar never written).

use std::path::{Path, PathBuf};

use hamish::annotate::meta::MetaUpdate;
use hamish::export::State;
use hamish::tui::app::{App, Layer};
use hamish::tui::screens::help::help_lines;
use hamish::tui::screens::library::state::Library;
use hamish::tui::screens::passages::help::HELP as PASSAGES_HELP;
use hamish::tui::screens::passages::state::Passages;
use hamish::tui::screens::Screen;

use super::tui_annotate::{annotate, sidecar, QUOTE};
use crate::common::reader::*;

/// Seeds 0, 1 and 2 copied into a temporary library and annotated in the reader (Arabic tags,
/// one note); seed 0 then edited so that one of its passages needs review and one is not found.
/// Returns the directory, the three articles and an app on the library.
pub(crate) fn annotated_library(size: (u16, u16)) -> (tempfile::TempDir, Vec<PathBuf>, App) {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = (0..3)
        .map(|i| {
            let seed = seed(i);
            let path = dir.path().join(seed.file_name().unwrap());
            std::fs::copy(&seed, &path).unwrap();
            path
        })
        .collect();
    let mut writer = app((80, 24));
    reopen(&mut writer, &paths[0]);
    annotate(&mut writer, QUOTE, "طاقة, سياسة");
    annotate(&mut writer, "الناتو العالمي", "طاقة");
    annotate(&mut writer, "توماس غراهام", "سياسة");
    reopen(&mut writer, &paths[1]);
    annotate(&mut writer, "قمة شي-بوتين", "طاقة, قمة");
    let store = writer.article.as_mut().unwrap().notes.store_mut().unwrap();
    let meta = [
        ("title", "خمسة أشياء من قمة شي وبوتين"),
        ("source", "التلغراف"),
        ("published", "2024-05-17"),
    ];
    let changes = meta.iter().map(|&(k, v)| (k, v.to_string())).collect();
    store.set_meta(&MetaUpdate { changes }).unwrap();
    reopen(&mut writer, &paths[2]);
    search(&mut writer, "مستوى غير مسبوق");
    press(&mut writer, &["a"]);
    type_text(&mut writer, "سياسة");
    press(&mut writer, &["down", "down"]);
    type_text(&mut writer, "تصريح شويغو");
    press(&mut writer, &["enter"]);
    edit_for_review_and_orphan(&paths[0]);
    let mut app = app(size);
    app.open_library(Library::load(dir.path()).unwrap());
    (dir, paths, app)
}

pub(crate) fn passages(app: &App) -> &Passages {
    app.passages().expect("the passages view is open")
}

/// The quotes shown, in order.
fn quotes(app: &App) -> Vec<String> {
    let p = passages(app);
    p.shown
        .iter()
        .map(|&i| p.rows[i].annotation.exact.clone())
        .collect()
}

fn selected_quote(app: &App) -> String {
    let p = passages(app);
    p.selected_passage().unwrap().annotation.exact.clone()
}

#[test]
fn a_in_the_library_shows_every_passage_with_its_article_and_state() {
    let (_dir, paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A"]);
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    let p = passages(&app);
    assert_eq!(p.heading(), "5 passages in 3 articles");
    let states: Vec<State> = p.rows.iter().map(|r| r.state).collect();
    assert!(states.contains(&State::NeedsReview), "{states:?}");
    assert!(states.contains(&State::Orphaned), "{states:?}");
    let first = p.selected_passage().unwrap();
    assert_eq!(p.article_of(first).path, paths[0]);
    assert_eq!(p.rows[4].annotation.note, "تصريح شويغو");
    // The orphan comes last in its article, as in the article's own list.
    assert_eq!(p.rows[2].state, State::Orphaned);
    press(&mut app, &["j", "j", "G"]);
    assert_eq!(passages(&app).selected, 4);
    // The help lists the view's own keys first.
    press(&mut app, &["?"]);
    assert_eq!(app.help_view(), &PASSAGES_HELP);
    let lines = help_lines(&app.keymap, app.help_view());
    assert_eq!(lines[0].0, "— passages (A) —");
    assert!(lines
        .iter()
        .any(|(keys, what)| keys == "f" && what.contains("tags")));
    press(&mut app, &["esc"]);
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    press(&mut app, &["q"]);
    assert!(app.passages().is_none());
    assert_eq!(app.view(), Layer::Library);
}

#[test]
fn tags_typed_in_arabic_filter_all_of_them_or_any_and_esc_clears() {
    let (_dir, _paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "f"]);
    // Typed without its final ta marbuta: tags are folded like search.
    type_text(&mut app, "طاقه");
    press(&mut app, &["enter"]);
    assert!(app.overlay.is_none());
    let p = passages(&app);
    assert_eq!(p.heading(), "3 passages in 2 articles (of 5)");
    assert_eq!(p.filter.describe(), "tags all of: \u{2068}طاقه\u{2069}");
    // The prompt opens on the tags in force and a comma: the next tag is typed after them.
    press(&mut app, &["f"]);
    assert_eq!(app.prompt().unwrap().text, "طاقه, ");
    type_text(&mut app, "سياسة");
    press(&mut app, &["enter"]);
    assert_eq!(quotes(&app), [QUOTE], "all of the two tags");
    press(&mut app, &["o"]);
    assert_eq!(quotes(&app).len(), 5, "any of them");
    assert!(passages(&app).filter.describe().contains("tags any of"));
    // Esc in the prompt puts the filter back as it was.
    press(&mut app, &["f", "ctrl-u"]);
    type_text(&mut app, "قمة");
    assert_eq!(
        quotes(&app),
        ["قمة شي-بوتين"],
        "the filter follows the typing"
    );
    press(&mut app, &["esc"]);
    assert_eq!(quotes(&app).len(), 5);
    press(&mut app, &["esc"]);
    assert!(!passages(&app).filter.is_active());
}

#[test]
fn tab_completes_a_tag_from_the_library() {
    let (_dir, _paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "f"]);
    type_text(&mut app, "ق");
    press(&mut app, &["tab", "enter"]);
    assert_eq!(passages(&app).filter.tags, ["قمة"]);
    // A second tag after a comma; Tab skips the tags already typed.
    press(&mut app, &["f"]);
    type_text(&mut app, "ط");
    press(&mut app, &["tab"]);
    assert_eq!(app.prompt().unwrap().text, "قمة, طاقة, ");
    press(&mut app, &["enter"]);
    assert_eq!(passages(&app).filter.tags, ["قمة", "طاقة"]);
    assert_eq!(quotes(&app), ["قمة شي-بوتين"]);
}

#[test]
fn text_in_quotes_and_notes_and_the_state_filter() {
    let (_dir, _paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "/"]);
    type_text(&mut app, "شويغو");
    press(&mut app, &["enter"]);
    assert_eq!(quotes(&app), ["مستوى غير مسبوق"], "found by its note");
    press(&mut app, &["/", "ctrl-u"]);
    type_text(&mut app, "تحالفا عسكريا");
    press(&mut app, &["enter"]);
    assert_eq!(quotes(&app), [QUOTE], "harakat folded");
    press(&mut app, &["esc", "s"]);
    assert_eq!(passages(&app).filter.state, Some(State::Anchored));
    press(&mut app, &["s", "s"]);
    assert_eq!(passages(&app).filter.state, Some(State::NeedsReview));
    assert_eq!(quotes(&app), ["الناتو العالمي"]);
    press(&mut app, &["s"]);
    assert_eq!(quotes(&app), ["توماس غراهام"]);
    let filters = passages(&app).filter.describe();
    assert!(filters.contains("state: not found (orphaned)"), "{filters}");
    press(&mut app, &["s"]);
    assert_eq!(quotes(&app).len(), 5, "all states again");
}

#[test]
fn enter_reads_the_passage_in_its_article_and_q_or_esc_come_back_to_the_same_row() {
    let (_dir, paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "f"]);
    type_text(&mut app, "سياسة");
    press(&mut app, &["enter", "j", "j"]);
    assert_eq!(selected_quote(&app), "مستوى غير مسبوق");
    press(&mut app, &["enter"]);
    assert_eq!(app.view(), Layer::Article);
    let view = app.article.as_ref().unwrap();
    assert_eq!(view.path, paths[2]);
    let range = view.selection.clone().expect("the passage is selected");
    assert_eq!(view.article.slice_chars(range.clone()), "مستوى غير مسبوق");
    let view = app.article.as_mut().unwrap();
    assert!(view.is_visible(range.start), "scrolled to the passage");
    press(&mut app, &["q"]);
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    assert_eq!(selected_quote(&app), "مستوى غير مسبوق");
    assert_eq!(passages(&app).filter.tags, ["سياسة"]);
    press(&mut app, &["k", "enter"]);
    assert_eq!(app.view(), Layer::Article);
    assert_eq!(app.article.as_ref().unwrap().path, paths[0]);
    press(&mut app, &["v", "esc"]);
    assert_eq!(app.view(), Layer::Article, "esc leaves caret mode first");
    press(&mut app, &["esc"]);
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    assert_eq!(passages(&app).selected, 1);
}

#[test]
fn x_deletes_u_brings_back_and_e_edits_through_the_articles_store() {
    let (_dir, paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "G"]);
    assert_eq!(selected_quote(&app), "مستوى غير مسبوق");
    press(&mut app, &["x"]);
    assert!(sidecar(&paths[2]).annotations.is_empty(), "written at once");
    assert_eq!(passages(&app).heading(), "4 passages in 2 articles");
    assert!(app.message.as_deref().unwrap().contains("u undoes"));
    press(&mut app, &["u"]);
    assert_eq!(sidecar(&paths[2]).annotations.len(), 1);
    assert_eq!(passages(&app).heading(), "5 passages in 3 articles");
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    press(&mut app, &["G", "e"]);
    assert!(app.editor().is_some());
    type_text(&mut app, ", روسيا");
    press(&mut app, &["enter"]);
    assert!(app.editor().is_none(), "{:?}", app.message);
    let a = sidecar(&paths[2]).annotations.into_values().next().unwrap();
    assert_eq!(a.tags.len(), 2);
    assert!(a.tags.contains(&"روسيا".to_string()), "{:?}", a.tags);
    let p = passages(&app);
    assert_eq!(p.selected_passage().unwrap().annotation.tags, a.tags);
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
}

#[test]
fn a_broken_sidecar_is_named_skipped_and_never_written() {
    let (_dir, paths, mut app) = annotated_library((80, 24));
    let broken = PathBuf::from(format!("{}.annotations.toml", paths[1].display()));
    std::fs::write(&broken, "version = 1\n[[annotations]\n").unwrap();
    press(&mut app, &["A"]);
    let p = passages(&app);
    assert_eq!(p.heading(), "4 passages in 2 articles");
    assert_eq!(p.skipped.len(), 1);
    assert!(p.skipped[0].contains("annotations.toml"), "{:?}", p.skipped);
    assert!(app.message.as_deref().unwrap().contains("skipped"));
    // Broken after the view was read: x says why and leaves the file alone.
    let other = Path::new(&format!("{}.annotations.toml", paths[2].display())).to_path_buf();
    std::fs::write(&other, "not = [toml\n").unwrap();
    press(&mut app, &["G", "x"]);
    assert!(app.notice().is_some(), "annotating is off for it");
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "not = [toml\n");
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "version = 1\n[[annotations]\n"
    );
}

#[test]
fn the_view_draws_at_any_size_and_an_empty_library_says_so() {
    let (_dir, _paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "G"]);
    for size in [(1, 1), (5, 3), (6, 4), (7, 5), (12, 6), (20, 8), (30, 30)] {
        app.resize(size.0, size.1);
        frame(&app);
        press(&mut app, &["f"]);
        frame(&app);
        press(&mut app, &["esc", "e"]);
        frame(&app);
        press(&mut app, &["esc"]);
    }
    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("a.txt"), "نص بلا هوامش\n").unwrap();
    let mut app = crate::common::reader::app((60, 12));
    app.open_library(Library::load(empty.path()).unwrap());
    press(&mut app, &["A", "enter", "e", "x", "u", "j"]);
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    assert_eq!(passages(&app).heading(), "0 passages in 0 articles");
    let screen = screen_text(frame(&app).buffer());
    assert!(screen.contains("no passages yet"), "{screen}");
}

#[test]
fn nested_folders_are_read_whole_and_articles_of_one_title_are_told_apart_by_their_names() {
    let dir = tempfile::tempdir().unwrap();
    let paths = [dir.path().join("a/x.txt"), dir.path().join("b/c/x.txt")];
    let mut writer = app((80, 24));
    for path in &paths {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::copy(seed(0), path).unwrap();
        reopen(&mut writer, path);
        annotate(&mut writer, QUOTE, "طاقة");
    }
    let mut app = app((100, 30));
    app.open_library(Library::load(dir.path()).unwrap());
    press(&mut app, &["A"]);
    let p = passages(&app);
    assert_eq!(p.heading(), "2 passages in 2 articles");
    let names: Vec<&str> = p.articles.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["a/x.txt", "b/c/x.txt"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(
        screen.contains("a/x.txt") && screen.contains("b/c/x.txt"),
        "{screen}"
    );
}

/// Each passage's ¶ in the view, by quote, as the exported JSON Lines (the real binary) give it.
fn exported_paragraphs(dir: &Path) -> Vec<(String, Option<u64>)> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(["export", "--format", "jsonl"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rows: Vec<(String, Option<u64>)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["quote"].as_str().unwrap().to_owned(),
                v["paragraph"].as_u64(),
            )
        })
        .collect();
    rows.sort();
    rows
}

fn shown_paragraphs(app: &App) -> Vec<(String, Option<u64>)> {
    let mut rows: Vec<(String, Option<u64>)> = passages(app)
        .rows
        .iter()
        .map(|r| (r.annotation.exact.clone(), r.paragraph.map(|n| n as u64)))
        .collect();
    rows.sort();
    rows
}

#[test]
fn each_passage_shows_the_paragraph_the_exports_cite_also_after_an_edit() {
    let (dir, _paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A"]);
    let exported = exported_paragraphs(dir.path());
    assert!(
        exported.iter().filter(|(_, p)| p.is_some()).count() >= 2,
        "{exported:?}"
    );
    assert_eq!(shown_paragraphs(&app), exported);
    let screen = screen_text(frame(&app).buffer());
    assert!(screen.contains("¶ 1 · "), "{screen}");
    press(&mut app, &["G", "x", "u"]);
    assert_eq!(
        shown_paragraphs(&app),
        exported,
        "after x and u, from the store"
    );
}
