//! The tags view (`#`): what keys do to it — counts and tags found together, sorting, moving,
//! renaming a tag typed in Arabic and merging one into another chosen with Tab across the
//! library, undoing that in one step, Enter, closing, a broken sidecar left out — and snapshots
//! of what it looks like, over a library of three seeds annotated with Arabic tags.

use std::fs;
use std::path::{Path, PathBuf};

use hamish::annotate::store::Store;
use hamish::text::Article;
use hamish::tui::app::{App, Layer};
use hamish::tui::screens::library::state::Library;
use hamish::tui::screens::tags::state::TagOrder;
use hamish::tui::screens::Screen;

use crate::common::reader::*;

/// Passages of seeds 0, 1 and 2 with their tags and colours.
const PASSAGES: &[(usize, &str, &[&str], &str)] = &[
    (0, "فلاديمير بوتين", &["روسيا", "بوتين"], "green"),
    (0, "تحالف عسكري", &["عسكري", "الصين"], "yellow"),
    (0, "روسيا والصين تعملان", &["روسيا", "الصين"], "yellow"),
    (1, "فلاديمير بوتين", &["بوتين"], "green"),
    (1, "بكين وموسكو", &["الصين", "روسيا"], "yellow"),
    (2, "التعاون الإستراتيجي", &["الصين", "تعاون"], "blue"),
    (2, "سيرغي شويغو", &["روسيا"], "yellow"),
];

/// Seeds 0–2 copied into `dir` and annotated (through the store, as the reader would).
fn annotated_library(dir: &Path) -> Vec<PathBuf> {
    let paths: Vec<PathBuf> = (0..3)
        .map(|i| {
            let seed = seed(i);
            let path = dir.join(seed.file_name().unwrap());
            fs::copy(&seed, &path).unwrap();
            path
        })
        .collect();
    for &(i, phrase, tags, colour) in PASSAGES {
        let article = Article::load(&paths[i]).unwrap();
        let text = article.text();
        let byte = text.find(phrase).expect("phrase in the seed");
        let start = text[..byte].chars().count();
        let range = start..start + phrase.chars().count();
        let mut store = Store::open(&paths[i], &article).unwrap().store;
        store.add(range, tags, colour, "").unwrap().saved.unwrap();
    }
    paths
}

fn library_of(dir: &Path, size: (u16, u16)) -> App {
    let mut app = app(size);
    let mut library = Library::load(dir).unwrap();
    library.dir = PathBuf::from("library");
    app.open_library(library);
    app
}

fn sidecars(paths: &[PathBuf]) -> Vec<Vec<u8>> {
    paths
        .iter()
        .map(|p| fs::read(format!("{}.annotations.toml", p.display())).unwrap())
        .collect()
}

/// (tag, passages, articles) as the view lists them.
fn rows(app: &App) -> Vec<(String, usize, usize)> {
    let tags = app.tags().unwrap();
    tags.rows
        .iter()
        .map(|r| (r.tag.clone(), r.passages, r.articles))
        .collect()
}

fn row(tag: &str, passages: usize, articles: usize) -> (String, usize, usize) {
    (tag.to_string(), passages, articles)
}

fn selected(app: &App) -> String {
    let tags = app.tags().unwrap();
    tags.selected_tag().unwrap().tag.clone()
}

#[test]
fn hash_lists_every_tag_with_its_counts_and_the_tags_found_with_it() {
    let dir = tempfile::tempdir().unwrap();
    annotated_library(dir.path());
    let mut app = library_of(dir.path(), (80, 24));
    press(&mut app, &["#"]);
    assert!(matches!(app.screen(), Some(Screen::Tags(_))));
    assert_eq!(
        rows(&app),
        [
            row("الصين", 4, 3),
            row("روسيا", 4, 3),
            row("بوتين", 2, 2),
            row("تعاون", 1, 1),
            row("عسكري", 1, 1)
        ]
    );
    let tags = app.tags().unwrap();
    assert_eq!(tags.tagged_articles, 3);
    // الصين with روسيا twice (same passages), with عسكري and تعاون once each.
    let with: Vec<_> = tags.with_selected().to_vec();
    assert_eq!(
        with,
        [
            ("روسيا".to_string(), 2),
            ("تعاون".to_string(), 1),
            ("عسكري".to_string(), 1)
        ]
    );
    assert_eq!(tags.rows[2].color, "green", "بوتين's annotations are green");
    press(&mut app, &["j", "j"]);
    assert_eq!(selected(&app), "بوتين");
    let with = app.tags().unwrap().with_selected().to_vec();
    assert_eq!(with, [("روسيا".to_string(), 1)]);
    // o sorts by name, the selection staying on the same tag; o again by count.
    press(&mut app, &["o"]);
    assert_eq!(app.tags().unwrap().order, TagOrder::Name);
    let names: Vec<String> = rows(&app).into_iter().map(|r| r.0).collect();
    assert_eq!(names, ["الصين", "بوتين", "تعاون", "روسيا", "عسكري"]);
    assert_eq!(selected(&app), "بوتين");
    press(&mut app, &["o", "G"]);
    assert_eq!(selected(&app), "عسكري");
    press(&mut app, &["esc"]);
    assert_eq!(app.view(), Layer::Library);
    press(&mut app, &["#", "q"]);
    assert_eq!(app.view(), Layer::Library, "q closes the view, not hamish");
    assert!(app.effects.is_empty());
}

#[test]
fn a_tag_renamed_in_arabic_changes_every_article_and_u_puts_back_the_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let paths = annotated_library(dir.path());
    let before = sidecars(&paths);
    let mut app = library_of(dir.path(), (80, 24));
    press(&mut app, &["#", "j", "r"]);
    assert_eq!(
        app.prompt().unwrap().text,
        "روسيا",
        "the prompt starts with the tag"
    );
    press(&mut app, &["ctrl-u"]);
    type_text(&mut app, "روسيا الاتحادية");
    press(&mut app, &["enter"]);
    assert!(app.prompt().is_none());
    let message = app.message.clone().unwrap();
    assert!(message.starts_with("renamed to «"), "{message}");
    assert!(
        message.contains(": 4 passages in 3 articles · u undoes"),
        "{message}"
    );
    assert_eq!(rows(&app)[1], row("روسيا الاتحادية", 4, 3));
    assert_eq!(selected(&app), "روسيا الاتحادية");
    assert!(!rows(&app).iter().any(|r| r.0 == "روسيا"));
    let a = String::from_utf8(sidecars(&paths)[0].clone()).unwrap();
    assert!(a.contains("روسيا الاتحادية") && !a.contains("\"روسيا\""));
    // The view says what u undoes; u undoes the whole rename.
    let screen = screen_text(frame(&app).buffer());
    let line = screen.lines().nth(2).unwrap();
    assert!(
        line.contains("u undoes «") && line.contains("(4 passages in 3 articles)"),
        "{screen}"
    );
    press(&mut app, &["u"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(!screen.contains("u undoes"), "{screen}");
    assert!(app.message.as_deref().unwrap().starts_with("undone"));
    assert_eq!(sidecars(&paths), before, "byte-identical");
    assert_eq!(rows(&app)[1], row("روسيا", 4, 3));
    press(&mut app, &["u"]);
    assert_eq!(app.message.as_deref(), Some("no rename or merge to undo"));
}

#[test]
fn m_merges_into_a_tag_chosen_with_tab_and_u_restores_which_passage_had_which() {
    let dir = tempfile::tempdir().unwrap();
    let paths = annotated_library(dir.path());
    let before = sidecars(&paths);
    let mut app = library_of(dir.path(), (80, 24));
    // عسكري (the last by count) into الصين: Tab goes through the other tags.
    press(&mut app, &["#", "G", "m"]);
    type_text(&mut app, "ا");
    press(&mut app, &["tab"]);
    assert_eq!(app.prompt().unwrap().text, "الصين");
    press(&mut app, &["tab"]);
    assert_eq!(app.prompt().unwrap().text, "روسيا", "the next tag");
    press(&mut app, &["ctrl-u"]);
    type_text(&mut app, "الص");
    press(&mut app, &["tab", "enter"]);
    let message = app.message.clone().unwrap();
    assert!(message.starts_with("merged into «"), "{message}");
    assert!(
        message.contains(": 1 passage in 1 article · u undoes"),
        "{message}"
    );
    assert_eq!(rows(&app).len(), 4);
    assert_eq!(
        rows(&app)[0],
        row("الصين", 4, 3),
        "that passage had الصين already"
    );
    press(&mut app, &["u"]);
    assert_eq!(sidecars(&paths), before);
    assert_eq!(rows(&app).len(), 5);
    // Esc in the prompt gives up: nothing written.
    press(&mut app, &["m"]);
    type_text(&mut app, "جديد");
    press(&mut app, &["esc"]);
    assert_eq!(sidecars(&paths), before);
    assert!(matches!(app.screen(), Some(Screen::Tags(_))));
}

#[test]
fn undo_in_the_article_after_a_rename_does_not_bring_the_old_tag_back() {
    let dir = tempfile::tempdir().unwrap();
    let paths = annotated_library(dir.path());
    let mut app = app((80, 24));
    reopen(&mut app, &paths[1]);
    // A note written on the passage tagged بوتين in the article (through its store, as the
    // editor does): undoing it would put back the annotation as it was, tag and all.
    let store = app.article.as_mut().unwrap().notes.store_mut().unwrap();
    let id = store
        .annotations()
        .iter()
        .find(|e| e.annotation.tags == ["بوتين"])
        .map(|e| e.annotation.id.clone())
        .unwrap();
    let note = Some("الرئيس الروسي".to_string());
    let edit = hamish::annotate::store::Edit {
        note,
        ..Default::default()
    };
    store.edit(&id, edit).unwrap();
    assert!(store.can_undo());
    press(&mut app, &["#"]);
    let bootin = rows(&app).iter().position(|r| r.0 == "بوتين").unwrap();
    for _ in 0..bootin {
        press(&mut app, &["j"]);
    }
    press(&mut app, &["r", "ctrl-u"]);
    type_text(&mut app, "الرئيس");
    press(&mut app, &["enter", "esc", "u"]);
    let tags = fs::read_to_string(format!("{}.annotations.toml", paths[1].display())).unwrap();
    let tag_lines: Vec<&str> = tags.lines().filter(|l| l.starts_with("tags =")).collect();
    assert!(!tag_lines.iter().any(|l| l.contains("بوتين")), "{tags}");
    assert_eq!(tag_lines.iter().filter(|l| l.contains("الرئيس")).count(), 1);
}

#[test]
fn from_an_article_the_tags_are_its_directorys_and_a_rename_reaches_its_annotations() {
    let dir = tempfile::tempdir().unwrap();
    let paths = annotated_library(dir.path());
    let mut app = app((80, 24));
    reopen(&mut app, &paths[1]);
    press(&mut app, &["#"]);
    assert_eq!(rows(&app).len(), 5, "the tags of the article's directory");
    press(&mut app, &["j", "j", "r", "ctrl-u"]);
    type_text(&mut app, "فلاديمير");
    press(&mut app, &["enter", "esc"]);
    assert_eq!(app.view(), Layer::Article);
    let store = app.article.as_ref().unwrap().notes.store().unwrap();
    let tags: Vec<Vec<String>> = store
        .annotations()
        .iter()
        .map(|e| e.annotation.tags.clone())
        .collect();
    assert!(tags.contains(&vec!["فلاديمير".to_string()]), "{tags:?}");
}

#[test]
fn enter_shows_the_tags_passages_and_a_broken_sidecar_is_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let paths = annotated_library(dir.path());
    let broken = format!("{}.annotations.toml", paths[2].display());
    fs::write(&broken, "version = 1\n[[annotations]\n").unwrap();
    let mut app = library_of(dir.path(), (80, 24));
    press(&mut app, &["#"]);
    let message = app.message.clone().unwrap();
    assert!(message.contains("1 file(s) could not be read"), "{message}");
    assert_eq!(rows(&app)[0], row("الصين", 3, 2));
    press(&mut app, &["j", "r", "ctrl-u"]);
    type_text(&mut app, "موسكو");
    press(&mut app, &["enter"]);
    let message = app.message.clone().unwrap();
    assert!(message.contains("1 file(s) left alone"), "{message}");
    assert_eq!(
        fs::read_to_string(&broken).unwrap(),
        "version = 1\n[[annotations]\n"
    );
    // Enter: the passages view, filtered by the tag (the broken sidecar named, not written).
    press(&mut app, &["enter"]);
    while app.busy() {
        app.work(1 << 20);
    }
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    let passages = app.passages().unwrap();
    assert_eq!(passages.filter.tags, vec!["موسكو".to_string()]);
    let heading = passages.heading();
    assert!(heading.starts_with("3 passages in 2 articles"), "{heading}");
    assert_eq!(
        fs::read_to_string(&broken).unwrap(),
        "version = 1\n[[annotations]\n"
    );
}

#[test]
fn the_help_lists_the_tags_views_keys_first_there() {
    let dir = tempfile::tempdir().unwrap();
    annotated_library(dir.path());
    let mut app = library_of(dir.path(), (80, 40));
    press(&mut app, &["#", "?"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(screen.contains("— tags view (#) —"), "{screen}");
    assert!(screen.contains("tags view: rename the tag in the whole library"));
    press(&mut app, &["?"]);
    assert!(matches!(app.screen(), Some(Screen::Tags(_))));
}

#[test]
fn the_tags_view_with_arabic_tags() {
    let dir = tempfile::tempdir().unwrap();
    annotated_library(dir.path());
    let mut app = library_of(dir.path(), (80, 24));
    press(&mut app, &["#", "j"]);
    let backend = frame(&app);
    let theme = app.theme();
    let mut shown = backend.to_string();
    let selection = ("selection", theme.text.patch(theme.selection));
    let colours =
        ["yellow", "green", "blue"].map(|n| (n, theme.text.patch(theme.highlight(n).unwrap())));
    for (name, style) in std::iter::once(selection).chain(colours) {
        shown.push_str(&format!("\n{name}:\n"));
        for (y, mask) in style_mask(backend.buffer(), style, '#') {
            shown.push_str(&format!("{y:2} {mask}\n"));
        }
    }
    insta::assert_snapshot!(shown);
}

#[test]
fn the_rename_prompt_over_the_tags_view_narrow_with_a_hostile_tag() {
    let dir = tempfile::tempdir().unwrap();
    let paths = annotated_library(dir.path());
    let article = Article::load(&paths[0]).unwrap();
    let mut store = Store::open(&paths[0], &article).unwrap().store;
    let tags = ["\u{1b}[31mخطر\u{7}"];
    store.add(0..4, tags, "", "").unwrap().saved.unwrap();
    let mut app = library_of(dir.path(), (50, 16));
    press(&mut app, &["#", "o", "r", "ctrl-u"]);
    type_text(&mut app, "الصين");
    let backend = frame(&app);
    let screen = screen_text(backend.buffer());
    assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}'));
    insta::assert_snapshot!(backend);
}

#[test]
fn u_refuses_a_file_changed_since_names_it_and_keeps_it_undoable() {
    let dir = tempfile::tempdir().unwrap();
    let paths = annotated_library(dir.path());
    let before = sidecars(&paths);
    let mut app = library_of(dir.path(), (80, 24));
    press(&mut app, &["#", "j", "j", "r", "ctrl-u"]);
    type_text(&mut app, "الرئيس");
    press(&mut app, &["enter"]);
    assert_eq!(app.retagged.as_ref().unwrap().changed.len(), 2);
    // Seed 1's بوتين passage gets a note by hand meanwhile.
    let path = format!("{}.annotations.toml", paths[1].display());
    let text = fs::read_to_string(&path).unwrap();
    let edited = text.replacen(
        "tags = [\"الرئيس\"]",
        "tags = [\"الرئيس\"]\nnote = \"x\"",
        1,
    );
    assert_ne!(edited, text);
    fs::write(&path, &edited).unwrap();
    press(&mut app, &["u"]);
    let message = app.message.clone().unwrap();
    assert!(
        message.contains("back in 1 article · 1 file(s) left alone"),
        "{message}"
    );
    assert!(message.contains("was changed since"), "{message}");
    assert_eq!(sidecars(&paths)[0], before[0], "the other file is undone");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        edited,
        "the refused one is untouched"
    );
    let rest = app.retagged.as_ref().unwrap();
    assert_eq!(rest.changed.len(), 1, "still undoable once put back");
}
