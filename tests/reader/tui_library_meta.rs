//! The library with citation metadata: titles, sources and dates from sidecars (an Arabic title
//! and source, a date), an article without metadata as before, and sorting by each order with
//! the `o` key (the order named in the heading).

use std::path::{Path, PathBuf};

use hamish::tui::app::App;
use hamish::tui::screens::library::state::Library;

use crate::common::reader::*;

fn annotation(id: char, start: usize) -> String {
    format!(
        "\n[[annotations]]\nid = \"01J0000000000000000000000{id}\"\nstart = {start}\nend = {}\nexact = \"x\"\n",
        start + 1
    )
}

/// a.txt: metadata (Arabic title and source, a date), one annotation; b.txt: none at all;
/// c.txt: an older date only, two annotations.
fn library(dir: &Path) -> Library {
    std::fs::write(dir.join("a.txt"), "السطر الأول\nx\n").unwrap();
    std::fs::write(dir.join("b.txt"), "Beta first line\nx\n").unwrap();
    std::fs::write(dir.join("c.txt"), "Alpha first line\nx x\n").unwrap();
    let a = "version = 1\n\n[article]\nfile = \"a.txt\"\ntitle = \"عنوان من البيانات\"\n\
             source = \"الجزيرة\"\npublished = 2024-03-01\n";
    std::fs::write(
        dir.join("a.txt.annotations.toml"),
        format!("{a}{}", annotation('1', 12)),
    )
    .unwrap();
    let c = "version = 1\n\n[article]\nfile = \"c.txt\"\npublished = 2023-12-31T10:00:00Z\n";
    let c = format!("{c}{}{}", annotation('2', 17), annotation('3', 19));
    std::fs::write(dir.join("c.txt.annotations.toml"), c).unwrap();
    let mut lib = Library::load(dir).unwrap();
    // Frames do not depend on where the temporary directory is.
    lib.dir = PathBuf::from("library");
    lib
}

fn names(app: &App) -> Vec<String> {
    let lib = app.library.as_ref().unwrap();
    lib.shown
        .iter()
        .map(|&i| lib.entries[i].name.clone())
        .collect()
}

#[test]
fn titles_sources_and_dates_come_from_the_sidecars() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(dir.path());
    let titles: Vec<_> = lib.entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        ["عنوان من البيانات", "Beta first line", "Alpha first line"]
    );
    assert_eq!(lib.entries[0].meta.source.as_deref(), Some("الجزيرة"));
    assert!(lib.entries[1].meta.is_empty());
    let counts: Vec<_> = lib.entries.iter().map(|e| e.annotations).collect();
    assert_eq!(counts, [1, 0, 2]);
    let mut app = app((60, 12));
    app.open_library(lib);
    press(&mut app, &["/"]);
    type_text(&mut app, "الجزيره");
    assert_eq!(names(&app), ["a.txt"], "the source is filtered on too");
}

#[test]
fn o_sorts_by_date_title_and_annotations_then_by_file_name_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app((60, 12));
    app.open_library(library(dir.path()));
    assert_eq!(names(&app), ["a.txt", "b.txt", "c.txt"]);
    press(&mut app, &["j", "o"]);
    assert_eq!(names(&app), ["a.txt", "c.txt", "b.txt"], "newest first");
    let lib = app.library.as_ref().unwrap();
    assert_eq!(
        lib.selected_entry().unwrap().name,
        "b.txt",
        "selection kept"
    );
    press(&mut app, &["o"]);
    assert_eq!(names(&app), ["c.txt", "b.txt", "a.txt"], "by title");
    press(&mut app, &["o"]);
    assert_eq!(names(&app), ["c.txt", "a.txt", "b.txt"], "most annotated");
    press(&mut app, &["o"]);
    assert_eq!(names(&app), ["a.txt", "b.txt", "c.txt"]);
}

#[test]
fn library_with_metadata_sorted_by_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app((60, 12));
    app.open_library(library(dir.path()));
    press(&mut app, &["o"]);
    insta::assert_snapshot!(frame(&app));
}

/// Opens `name` of the library from the library (Enter on it).
fn open(dir: &Path, name: &str) -> App {
    let mut app = app((60, 8));
    let mut lib = library(dir);
    lib.dir = dir.to_path_buf();
    app.open_library(lib);
    let at = names(&app).iter().position(|n| n == name).unwrap();
    for _ in 0..at {
        press(&mut app, &["j"]);
    }
    press(&mut app, &["enter"]);
    app
}

#[test]
fn the_article_header_shows_the_title_date_and_source_right_aligned() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), "a.txt");
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn an_article_without_metadata_has_its_first_line_as_header_once_scrolled_past_it() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), "b.txt");
    let screen = screen_text(frame(&app).buffer());
    let rows: Vec<&str> = screen.lines().collect();
    assert_eq!(
        rows[0].trim(),
        "",
        "not twice: the title line is just below"
    );
    assert_eq!(rows[1].trim(), "Beta first line", "the text starts below");
    let text: String = std::iter::once("Gamma title line\n".to_string())
        .chain((1..40).map(|n| format!("line {n}\n")))
        .collect();
    let (_dir, _path, mut app) = temp_article("g.txt", &text, (60, 8));
    press(&mut app, &["j"]);
    let screen = screen_text(frame(&app).buffer());
    let rows: Vec<&str> = screen.lines().collect();
    assert_eq!(
        rows[0].trim(),
        "Gamma title line",
        "the header keeps the title in view"
    );
    assert_eq!(rows[1].trim(), "line 1");
}
