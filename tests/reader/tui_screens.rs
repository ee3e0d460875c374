//! What the views (`tui/screens/`) share: one geometry for paging, the mouse and drawing (paging
//! shows every entry exactly once, whatever the entries' heights, and a click selects the entry
//! drawn there), and the screens following a change made across the library. The helpers build
//! libraries for `tui_hints.rs` too.

use std::fs;
use std::path::Path;

use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use hamish::annotate::store::Store;
use hamish::text::Article;
use hamish::tui::app::App;
use hamish::tui::input::keymap::Keymap;
use hamish::tui::screens::library::state::Library;
use hamish::tui::screens::Screen;

use crate::common::reader::*;

/// A library of one article in `dir` with `n` tags: word k carries tag `tNN` and, every fourth
/// word, up to six of the next tags too, so the tags found with each one differ in number (and
/// the part of the tags view that lists them in height).
pub(crate) fn tagged_library(dir: &Path, n: usize) {
    let words: Vec<String> = (0..n).map(|k| format!("w{k:02}")).collect();
    let path = dir.join("a.txt");
    fs::write(&path, format!("Paging\n\n{}\n", words.join(" "))).unwrap();
    let article = Article::load(&path).unwrap();
    let text = article.text();
    let mut store = Store::open(&path, &article).unwrap().store;
    for (k, word) in words.iter().enumerate() {
        let start = text[..text.find(word.as_str()).unwrap()].chars().count();
        let mut tags = vec![format!("t{k:02}")];
        if k % 4 == 0 {
            tags.extend((1..=k / 4 % 7).map(|j| format!("t{:02}", (k + j) % n)));
        }
        store.add(start..start + 3, &tags, "yellow", "").unwrap();
    }
}

/// An app of `size` over the library in `dir`, with `keymap`.
pub(crate) fn library_with(dir: &Path, size: (u16, u16), keymap: Keymap) -> App {
    let mut app = app(size);
    app.keymap = keymap;
    app.open_library(Library::load(dir).unwrap());
    app
}

/// The keys with the user's remaps.
pub(crate) fn remapped(remaps: &[(&str, &str)]) -> Keymap {
    let remaps = remaps
        .iter()
        .map(|(k, a)| (k.to_string(), a.to_string()))
        .collect();
    let (keymap, warnings) = Keymap::with_remaps(&remaps);
    assert!(warnings.is_empty(), "{warnings:?}");
    keymap
}

/// The tags the tags view's list shows: its rows (from the fifth) up to the first empty one.
fn tags_shown(app: &App) -> Vec<String> {
    let screen = screen_text(frame(app).buffer());
    let rows = screen.lines().skip(4).take_while(|l| !l.trim().is_empty());
    rows.map(|l| l.split_whitespace().last().unwrap().to_string())
        .collect()
}

#[test]
fn paging_through_the_tags_shows_every_tag_once_whatever_is_found_with_each() {
    let dir = tempfile::tempdir().unwrap();
    tagged_library(dir.path(), 30);
    let mut app = library_with(dir.path(), (60, 20), Keymap::default());
    press(&mut app, &["#"]);
    assert!(matches!(app.screen(), Some(Screen::Tags(_))));
    // Space goes a page down; its last press selects the last tag, on the page shown already.
    let first_page = tags_shown(&app);
    let (mut seen, mut last_page) = (Vec::new(), Vec::new());
    loop {
        let page = tags_shown(&app);
        let tags = app.tags().unwrap();
        if page != last_page {
            let selected = &tags.selected_tag().unwrap().tag;
            assert_eq!(
                &page[0], selected,
                "a page down selects the new page's first"
            );
            seen.extend(page.clone());
        }
        last_page = page;
        if tags.selected + 1 == tags.rows.len() {
            break;
        }
        press(&mut app, &["space"]);
    }
    let mut all: Vec<String> = (0..30).map(|k| format!("t{k:02}")).collect();
    all.sort();
    seen.sort();
    assert_eq!(seen, all, "every tag exactly once");
    // And back up, page by page, to the first.
    press(&mut app, &["b", "b"]);
    assert_eq!(tags_shown(&app), first_page);
}

#[test]
fn a_click_on_a_tag_selects_it() {
    let dir = tempfile::tempdir().unwrap();
    tagged_library(dir.path(), 30);
    let mut app = library_with(dir.path(), (60, 20), Keymap::default());
    press(&mut app, &["#", "space"]);
    let third = tags_shown(&app)[2].clone();
    let click = |row| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 10,
        row,
        modifiers: KeyModifiers::NONE,
    };
    app.mouse(&click(6));
    let tags = app.tags().unwrap();
    assert_eq!(tags.selected_tag().unwrap().tag, third);
    app.mouse(&click(1));
    assert_eq!(app.tags().unwrap().selected_tag().unwrap().tag, third);
}

/// A library of one article in `dir` with `n` passages of mixed heights: every third a quote long
/// enough for two lines (cut), with a note, the others one line.
pub(crate) fn passages_library(dir: &Path, n: usize) {
    let filler = "words that go on and on to fill a line of the reading column".repeat(3);
    let paragraphs: Vec<String> = (0..n)
        .map(|k| match k % 3 {
            0 => format!("q{k:02} {filler}"),
            _ => format!("q{k:02} short"),
        })
        .collect();
    let path = dir.join("a.txt");
    fs::write(&path, format!("Paging\n\n{}\n", paragraphs.join("\n\n"))).unwrap();
    let article = Article::load(&path).unwrap();
    let text = article.text();
    let mut store = Store::open(&path, &article).unwrap().store;
    for (k, paragraph) in paragraphs.iter().enumerate() {
        let start = text[..text.find(paragraph.as_str()).unwrap()]
            .chars()
            .count();
        let note = if k % 3 == 0 { "a note" } else { "" };
        let range = start..start + paragraph.chars().count();
        store.add(range, ["t"], "yellow", note).unwrap();
    }
}

/// The passages view open over the library in `dir`, every part read.
pub(crate) fn passages_open(dir: &Path, size: (u16, u16), keymap: Keymap) -> App {
    let mut app = library_with(dir, size, keymap);
    press(&mut app, &["A"]);
    while app.busy() {
        app.work(usize::MAX);
    }
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    app
}

/// The passages shown, by the `qNN` their quotes start with, top to bottom.
pub(crate) fn passages_shown(app: &App) -> Vec<String> {
    let screen = screen_text(frame(app).buffer());
    let words = screen.split_whitespace().map(|w| w.to_string());
    let quote = |w: &String| w.len() == 3 && w.starts_with('q') && w[1..].parse::<u8>().is_ok();
    words.filter(quote).collect()
}

#[test]
fn paging_through_passages_of_mixed_heights_shows_every_passage_once() {
    let dir = tempfile::tempdir().unwrap();
    passages_library(dir.path(), 20);
    let mut app = passages_open(dir.path(), (60, 25), Keymap::default());
    let first_page = passages_shown(&app);
    assert!(
        first_page.len() > 1 && first_page.len() < 20,
        "{first_page:?}"
    );
    let (mut seen, mut last_page) = (Vec::new(), Vec::new());
    loop {
        let page = passages_shown(&app);
        let passages = app.passages().unwrap();
        if page != last_page {
            let quote = &passages.selected_passage().unwrap().annotation.exact;
            assert!(quote.starts_with(&page[0]), "a page down selects its first");
            seen.extend(page.clone());
        }
        last_page = page;
        if passages.selected + 1 == passages.shown.len() {
            break;
        }
        press(&mut app, &["space"]);
    }
    let all: Vec<String> = (0..20).map(|k| format!("q{k:02}")).collect();
    assert_eq!(seen, all, "every passage exactly once, in order");
    press(&mut app, &["g"]);
    assert_eq!(passages_shown(&app), first_page);
}

#[test]
fn a_click_on_a_passage_selects_it_and_the_wheel_moves_the_selection() {
    let dir = tempfile::tempdir().unwrap();
    passages_library(dir.path(), 6);
    let mut app = passages_open(dir.path(), (60, 25), Keymap::default());
    let at = |kind, row| MouseEvent {
        kind,
        column: 10,
        row,
        modifiers: KeyModifiers::NONE,
    };
    // The heading takes three rows, each passage five.
    app.mouse(&at(MouseEventKind::Down(MouseButton::Left), 3 + 5 + 2));
    assert_eq!(app.passages().unwrap().selected, 1);
    app.mouse(&at(MouseEventKind::ScrollDown, 0));
    assert_eq!(app.passages().unwrap().selected, 2);
    app.mouse(&at(MouseEventKind::Down(MouseButton::Left), 0));
    assert_eq!(
        app.passages().unwrap().selected,
        2,
        "the heading selects nothing"
    );
}

/// An app of `size` on an article in `dir` with `n` annotated paragraphs `qNN …`, its
/// annotation list open.
pub(crate) fn list_open(dir: &Path, n: usize, size: (u16, u16), keymap: Keymap) -> App {
    let paragraphs: Vec<String> = (0..n).map(|k| format!("q{k:02} said so")).collect();
    let path = dir.join("a.txt");
    fs::write(&path, format!("Paging\n\n{}\n", paragraphs.join("\n\n"))).unwrap();
    let article = Article::load(&path).unwrap();
    let text = article.text();
    let mut store = Store::open(&path, &article).unwrap().store;
    for paragraph in &paragraphs {
        let start = text[..text.find(paragraph.as_str()).unwrap()]
            .chars()
            .count();
        let range = start..start + paragraph.chars().count();
        store.add(range, ["t"], "yellow", "").unwrap();
    }
    drop(store);
    let mut app = app(size);
    app.keymap = keymap;
    app.open_article(&path, Article::load(&path).unwrap());
    press(&mut app, &["A"]);
    assert!(matches!(app.screen(), Some(Screen::List(_))));
    app
}

#[test]
fn paging_through_the_annotation_list_shows_every_annotation_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = list_open(dir.path(), 17, (60, 20), Keymap::default());
    let (mut seen, mut last_page) = (Vec::new(), Vec::new());
    loop {
        let page = passages_shown(&app);
        let selected = app.list().unwrap().selected;
        if page != last_page {
            assert_eq!(
                page[0],
                format!("q{selected:02}"),
                "a page down selects its first"
            );
            seen.extend(page.clone());
        }
        last_page = page;
        if selected == 16 {
            break;
        }
        press(&mut app, &["space"]);
    }
    let all: Vec<String> = (0..17).map(|k| format!("q{k:02}")).collect();
    assert_eq!(seen, all, "every annotation exactly once, in order");
    // The wheel and a click (on the second entry of the page: heading 3 rows, entries 3 each).
    press(&mut app, &["g"]);
    let at = |kind, row| MouseEvent {
        kind,
        column: 10,
        row,
        modifiers: KeyModifiers::NONE,
    };
    app.mouse(&at(MouseEventKind::ScrollDown, 0));
    assert_eq!(app.list().unwrap().selected, 1);
    app.mouse(&at(MouseEventKind::Down(MouseButton::Left), 3 + 3 * 3));
    assert_eq!(app.list().unwrap().selected, 3);
}

#[test]
fn a_tag_renamed_over_the_passages_view_shows_in_it_and_so_does_the_undo() {
    let dir = tempfile::tempdir().unwrap();
    passages_library(dir.path(), 3);
    let mut app = passages_open(dir.path(), (80, 24), Keymap::default());
    let tags = |app: &App| -> Vec<Vec<String>> {
        let rows = &app.passages().unwrap().rows;
        rows.iter().map(|r| r.annotation.tags.clone()).collect()
    };
    press(&mut app, &["#", "r", "ctrl-u"]);
    type_text(&mut app, "renamed");
    press(&mut app, &["enter", "esc"]);
    assert!(matches!(app.screen(), Some(Screen::Passages(_))));
    assert_eq!(tags(&app), vec![vec!["renamed".to_string()]; 3]);
    let screen = screen_text(frame(&app).buffer());
    assert!(screen.contains("renamed · anchored · a note"), "{screen}");
    press(&mut app, &["#", "u", "esc"]);
    assert_eq!(tags(&app), vec![vec!["t".to_string()]; 3]);
}

/// A library in `dir` of subfolders (each a group, under a heading of its own) holding 1, 5,
/// 2, 4 and 3 articles titled `eNN`.
fn grouped_library(dir: &Path) -> usize {
    let mut n = 0;
    for (g, count) in [1, 5, 2, 4, 3].into_iter().enumerate() {
        let group = dir.join(format!("group{g}"));
        fs::create_dir(&group).unwrap();
        for _ in 0..count {
            fs::write(
                group.join(format!("a{n:02}.txt")),
                format!("e{n:02}\n\ntext\n"),
            )
            .unwrap();
            n += 1;
        }
    }
    n
}

/// The library's entries shown, by their titles `eNN`, top to bottom.
fn entries_shown(app: &App) -> Vec<String> {
    let screen = screen_text(frame(app).buffer());
    let words = screen.split_whitespace().map(|w| w.to_string());
    let title = |w: &String| w.len() == 3 && w.starts_with('e') && w[1..].parse::<u8>().is_ok();
    words.filter(title).collect()
}

#[test]
fn paging_through_a_library_of_groups_shows_every_article_once() {
    let dir = tempfile::tempdir().unwrap();
    let count = grouped_library(dir.path());
    let mut app = library_with(dir.path(), (60, 16), Keymap::default());
    let selected = |app: &App| {
        let library = app.library.as_ref().unwrap();
        library.selected_entry().unwrap().title.clone()
    };
    let first_page = entries_shown(&app);
    let (mut seen, mut last_page) = (Vec::new(), Vec::new());
    loop {
        let page = entries_shown(&app);
        if page != last_page {
            assert_eq!(page[0], selected(&app), "a page down selects its first");
            seen.extend(page.clone());
        }
        last_page = page;
        if app.library.as_ref().unwrap().selected + 1 == count {
            break;
        }
        press(&mut app, &["space"]);
    }
    let all: Vec<String> = (0..count).map(|n| format!("e{n:02}")).collect();
    assert_eq!(seen, all, "every article exactly once, in order");
    press(&mut app, &["b", "b", "b", "b", "b", "b"]);
    assert_eq!(entries_shown(&app), first_page);
    // A click on the second article shown selects it; one on a group's heading nothing.
    let screen = screen_text(frame(&app).buffer());
    let row = screen
        .lines()
        .position(|l| l.contains(&first_page[1]))
        .unwrap();
    let click = |row| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 10,
        row,
        modifiers: KeyModifiers::NONE,
    };
    app.mouse(&click(row as u16));
    assert_eq!(selected(&app), first_page[1]);
    let heading = screen.lines().position(|l| l.contains("── ")).unwrap();
    app.mouse(&click(heading as u16));
    assert_eq!(selected(&app), first_page[1]);
}
