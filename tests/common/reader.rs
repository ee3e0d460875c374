//! Helpers for the reader's tests: an app over the seeds or a given text, key presses by their
//! config names, and frames drawn into a ratatui `TestBackend`. Runs no terminal and no process.

use std::path::{Path, PathBuf};

use crossterm::event::KeyEvent;
use hamish::text::Article;
use hamish::tui::app::{App, Settings};
use hamish::tui::draw::draw;
use hamish::tui::input::keymap::{KeySpec, Keymap};
use hamish::tui::screens::library::state::Library;
use hamish::tui::theme::Themes;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::Terminal;

use super::seeds::{seeds, seeds_dir};

/// Seed `i`'s path.
pub fn seed(i: usize) -> PathBuf {
    seeds()[i].clone()
}

/// An app with the built-in themes (no user themes), the default keys, `app/forms`, at `size`.
pub fn app(size: (u16, u16)) -> App {
    let (themes, warnings) = Themes::load_from(None);
    assert!(warnings.is_empty(), "{warnings:?}");
    let theme = themes.names().iter().position(|n| n == "dark").unwrap();
    App::new(Settings::default(), Keymap::default(), themes, theme, size)
}

/// An app showing the library of the seeds (named by the relative path `seeds`, so frames do
/// not depend on where the repository is).
pub fn library_app(size: (u16, u16)) -> App {
    let mut app = app(size);
    let dir = Path::new("seeds");
    let dir = if dir.is_dir() {
        dir.to_path_buf()
    } else {
        seeds_dir()
    };
    app.open_library(Library::load(&dir).unwrap());
    app
}

/// An app showing seed `i` (opened on the file).
pub fn seed_app(i: usize, size: (u16, u16)) -> App {
    let mut app = app(size);
    let path = seed(i);
    app.open_article(&path, Article::load(&path).unwrap());
    app
}

/// An app showing `text`.
pub fn text_app(text: &str, size: (u16, u16)) -> App {
    let mut app = app(size);
    app.open_article(Path::new("test.txt"), Article::from_text(text.to_string()));
    app
}

/// The key press a config key spec names (`j`, `G`, `ctrl-c`, `space`).
pub fn key_event(spec: &str) -> KeyEvent {
    let key: KeySpec = spec.parse().unwrap();
    KeyEvent::new(key.code, key.mods)
}

/// Presses keys by their specs, in order.
pub fn press(app: &mut App, specs: &[&str]) {
    for spec in specs {
        app.key(&key_event(spec));
        finish_search(app);
    }
}

/// Types text (each char a key press), as into the search prompt.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = crossterm::event::KeyCode::Char(c);
        app.key(&KeyEvent::new(code, crossterm::event::KeyModifiers::NONE));
    }
}

/// Runs a search under way to its end.
pub fn finish_search(app: &mut App) {
    while app.busy() {
        app.work(usize::MAX);
    }
}

/// Draws `app` into a `TestBackend` of its size.
pub fn frame(app: &App) -> TestBackend {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(app, f.buffer_mut())).unwrap();
    terminal.backend().clone()
}

/// The symbols of row `y`.
pub fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Every row, one per line, trailing spaces trimmed.
pub fn screen_text(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row_text(buf, y).trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A mask of the cells drawn with `style`'s background: `^` where they are, `.` elsewhere,
/// rows without any omitted (prefixed by their row number).
pub fn style_mask(buf: &Buffer, style: Style, mark: char) -> Vec<(u16, String)> {
    let bg = style.bg.expect("style with a background");
    (0..buf.area.height)
        .filter_map(|y| {
            let row: String = (0..buf.area.width)
                .map(|x| if buf[(x, y)].bg == bg { mark } else { '.' })
                .collect();
            row.contains(mark).then_some((y, row))
        })
        .collect()
}

/// `text` written as `name` into a fresh temporary directory (annotations are written beside
/// it, never into the repository), opened in an app of `size`.
pub fn temp_article(name: &str, text: &str, size: (u16, u16)) -> (tempfile::TempDir, PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let mut app = app(size);
    app.open_article(&path, Article::load(&path).unwrap());
    (dir, path, app)
}

/// Seed `i` copied into a fresh temporary directory and opened.
pub fn temp_seed(i: usize, size: (u16, u16)) -> (tempfile::TempDir, PathBuf, App) {
    let seed = seed(i);
    let text = std::fs::read_to_string(&seed).unwrap();
    temp_article(seed.file_name().unwrap().to_str().unwrap(), &text, size)
}

/// Opens the article at `path` again (as quitting and starting hamish would).
pub fn reopen(app: &mut App, path: &Path) {
    app.open_article(path, Article::load(path).unwrap());
}

/// The char range of the `nth` occurrence of `phrase` in the open article.
pub fn find(app: &App, phrase: &str, nth: usize) -> std::ops::Range<usize> {
    let text = app.article.as_ref().unwrap().article.text();
    let (byte, _) = text
        .match_indices(phrase)
        .nth(nth)
        .expect("phrase in the article");
    let start = text[..byte].chars().count();
    start..start + phrase.chars().count()
}

/// Searches `phrase` (typed into the prompt): its match becomes the selection.
pub fn search(app: &mut App, phrase: &str) {
    press(app, &["/"]);
    type_text(app, phrase);
    press(app, &["enter"]);
}

/// Edits seed 0 at `path` so that an annotation on «الناتو العالمي» needs review (its sentence is
/// rewritten around the phrase) and one on «توماس غراهام» is orphaned (the name is gone).
pub fn edit_for_review_and_orphan(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let sentence = text
        .split(". ")
        .find(|s| s.contains("الناتو العالمي"))
        .unwrap();
    let edited = text
        .replacen(sentence, "ثم تحدث عن «الناتو العالمي» فقط", 1)
        .replace("توماس غراهام", "باحث أمريكي");
    std::fs::write(path, edited).unwrap();
}
