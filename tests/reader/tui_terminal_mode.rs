//! Terminal BiDi mode as drawn (mlterm and Konsole reorder each row by its first strong letter):
//! the status line starts with the position and mode, Latin, so the terminal keeps it left to
//! right, with the title on its right; the header puts a date before the title, so its digits
//! are not read as Arabic numbers; app mode keeps title left, position right. Seen in mlterm
//! 3.9 with `scripts/screenshots.sh`; marks (LRM, LRI/FSI…PDI) were tried there and dropped:
//! mlterm gives LRM a column but draws none, shifting the rest of the row.

use crate::common::reader::*;
use hamish::text::direction::first_strong;
use hamish::text::{BidiMode, Direction};
use hamish::tui::app::App;

/// Arabic letters, or their presentation forms (app mode shapes them).
fn arabic(c: char) -> bool {
    ('\u{600}'..='\u{6ff}').contains(&c) || ('\u{fb50}'..='\u{feff}').contains(&c)
}

/// An app showing the library of `dir`.
fn library_at(dir: &std::path::Path, size: (u16, u16)) -> App {
    let mut app = app(size);
    app.open_library(hamish::tui::screens::library::state::Library::load(dir).unwrap());
    app
}

fn terminal(mut app: App) -> App {
    app.settings.bidi = BidiMode::Terminal;
    let (w, h) = app.size;
    app.resize(w, h);
    app
}

#[test]
fn the_status_line_starts_left_to_right_with_the_title_on_its_right() {
    let app = terminal(seed_app(1, (80, 24)));
    let buf = frame(&app).buffer().clone();
    let status = row_text(&buf, buf.area.height - 1);
    assert!(status.starts_with(" 0% · terminal · ? help "), "{status:?}");
    assert_eq!(first_strong(&status), Some(Direction::Ltr), "{status:?}");
    assert!(
        status.contains("? help    التلغراف البريطانية"),
        "{status:?}"
    );
    // No bidi control of hamish's reaches the terminal.
    let screen = screen_text(&buf);
    assert!(!screen.contains(['\u{200e}', '\u{2066}', '\u{2068}', '\u{2069}']));
    // App mode: title on the left, position on the right, as before.
    let app = seed_app(1, (80, 24));
    let status = row_text(frame(&app).buffer(), 23);
    assert!(
        status.trim_end().ends_with("0% · app/forms · ? help"),
        "{status:?}"
    );
}

#[test]
fn a_date_in_the_header_comes_before_the_title_in_terminal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "نص المقال\n").unwrap();
    std::fs::write(
        dir.path().join("a.txt.annotations.toml"),
        "version = 1\n\n[article]\nfile = \"a.txt\"\ntitle = \"بوتين في بكين\"\n\
         published = 2024-03-01\nsource = \"وكالة خبر\"\n",
    )
    .unwrap();
    let mut app = terminal(app((80, 24)));
    reopen(&mut app, &path);
    let header = row_text(frame(&app).buffer(), 0);
    assert_eq!(
        header.trim(),
        "2024-03-01 · بوتين في بكين · وكالة خبر",
        "{header:?}"
    );
}

#[test]
fn a_library_entrys_arabic_source_ends_its_line_so_a_bidi_terminal_takes_no_digits_into_it() {
    let app = terminal(library_app((100, 30)));
    let screen = screen_text(frame(&app).buffer());
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains(".txt")).collect();
    assert_eq!(rows.len(), 5, "{screen}");
    let with_source: Vec<&&str> = rows.iter().filter(|r| r.contains(arabic)).collect();
    assert_eq!(
        with_source.len(),
        2,
        "the samples 001 and 004 name a source: {screen}"
    );
    for row in with_source {
        // Digits after the last Arabic letter would join its right-to-left run in mlterm (as
        // "001 · مصدر الإخبارية_f0ad….txt").
        let tail = row.rsplit(arabic).next();
        let tail = tail.unwrap_or_default();
        assert!(!tail.contains(|c: char| c.is_ascii_digit()), "{row:?}");
    }
}

#[test]
fn a_passages_date_comes_before_its_articles_title_in_terminal_mode() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "نص المقال\n").unwrap();
    std::fs::write(
        dir.path().join("a.txt.annotations.toml"),
        "version = 1\n\n[article]\nfile = \"a.txt\"\ntitle = \"بوتين في بكين\"\n\
         published = 2024-03-01\nsource = \"وكالة خبر\"\n\n[[annotations]]\n\
         id = \"01J00000000000000000000001\"\nstart = 0\nend = 2\nexact = \"نص\"\n\
         tags = [\"طاقة\"]\n",
    )
    .unwrap();
    let line = |mut app: App| {
        press(&mut app, &["A"]);
        while app.busy() {
            app.work(1 << 20);
        }
        let screen = screen_text(frame(&app).buffer());
        let line = screen.lines().find(|l| l.contains("2024")).map(str::trim);
        line.unwrap_or_default().to_string()
    };
    let app_mode = line(library_at(dir.path(), (80, 24)));
    assert_eq!(app_mode, "ﺮﺒﺧ ﺔﻟﺎﻛﻭ · 2024-03-01 · ﻦﻴﻜﺑ ﻲﻓ ﻦﻴﺗﻮﺑ");
    let terminal_mode = line(terminal(library_at(dir.path(), (80, 24))));
    assert_eq!(terminal_mode, "2024-03-01 · بوتين في بكين · وكالة خبر");
}

#[test]
fn every_row_of_the_tags_view_starts_left_to_right_in_terminal_mode() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "نص المقال\n").unwrap();
    std::fs::write(
        dir.path().join("a.txt.annotations.toml"),
        "version = 1\n\n[[annotations]]\nid = \"01J00000000000000000000001\"\nstart = 0\n\
         end = 2\nexact = \"نص\"\ntags = [\"طاقة\", \"نفط\"]\n",
    )
    .unwrap();
    let rows = |mut app: App| {
        press(&mut app, &["#"]);
        let screen = screen_text(frame(&app).buffer());
        let rows: Vec<String> = screen
            .lines()
            .filter(|l| l.contains(arabic))
            .map(String::from)
            .collect();
        rows
    };
    // A row a reordering terminal takes as right-to-left (its first strong letter Arabic) is
    // shown mirrored.
    let terminal_rows = rows(terminal(library_at(dir.path(), (80, 24))));
    assert_eq!(terminal_rows.len(), 4, "{terminal_rows:#?}");
    for row in &terminal_rows {
        assert_eq!(first_strong(row), Some(Direction::Ltr), "{row:?}");
    }
    assert!(
        terminal_rows[0].contains("1 in      1  طاقة"),
        "{terminal_rows:#?}"
    );
    let app_rows = rows(library_at(dir.path(), (80, 24)));
    assert!(
        app_rows[0].contains("       1         1  ﺔﻗﺎﻃ"),
        "{app_rows:#?}"
    );
}

#[test]
fn an_annotated_rows_gutter_holds_no_block_element_in_terminal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(
        &path,
        "قال بوتين إن التعاون «ليس تحالفاً»، وفق وكالة «تاس».\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt.annotations.toml"),
        "version = 1\n\n[[annotations]]\nid = \"01J00000000000000000000001\"\nstart = 4\n\
         end = 9\nexact = \"بوتين\"\ntags = [\"طاقة\"]\n",
    )
    .unwrap();
    // mlterm lays out a row holding a block element or box-drawing character left to right,
    // whatever its letters: the trailing `».` of this row showed at its start.
    let block = |c: char| ('\u{2500}'..='\u{259f}').contains(&c);
    let row = |mut app: App| {
        reopen(&mut app, &path);
        let screen = screen_text(frame(&app).buffer());
        // The body's first row (the status line shows the same line as the title).
        let row = screen.lines().find(|l| l.contains(arabic));
        row.unwrap_or_default().to_string()
    };
    let terminal_row = row(terminal(app((80, 24))));
    assert!(terminal_row.contains("قال بوتين"), "{terminal_row:?}");
    assert!(!terminal_row.contains(block), "{terminal_row:?}");
    // App mode (hamish reorders) keeps the bar, on the right of a right-to-left row.
    let app_row = row(app((80, 24)));
    assert!(app_row.trim_end().ends_with('▐'), "{app_row:?}");
}
