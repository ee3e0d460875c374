//! Terminal BiDi mode as drawn (mlterm and Konsole reorder each row themselves): the rows of
//! hamish's interface start with a left-to-right mark in two blank cells drawn as one (so the
//! cursor is moved past them in any terminal), a mark follows a right-to-left title in the status
//! line, article rows and right-to-left library titles get none, and app mode gets none at all.

use std::num::NonZeroU16;

use crate::common::reader::*;
use hamish::text::BidiMode;
use hamish::tui::app::App;
use ratatui::buffer::{Buffer, CellDiffOption};

const MARK: &str = " \u{200e}";

fn terminal(mut app: App) -> App {
    app.settings.bidi = BidiMode::Terminal;
    let (w, h) = app.size;
    app.resize(w, h);
    app
}

fn marks(buf: &Buffer, y: u16) -> Vec<u16> {
    (0..buf.area.width)
        .filter(|&x| buf[(x, y)].symbol().contains('\u{200e}'))
        .collect()
}

#[test]
fn the_status_line_and_header_read_left_to_right_in_terminal_mode() {
    let app = terminal(seed_app(1, (80, 24)));
    let buf = frame(&app).buffer().clone();
    let status = buf.area.height - 1;
    assert_eq!(buf[(0, status)].symbol(), MARK);
    assert_eq!(
        buf[(0, status)].diff_option,
        CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
    );
    // The title on the left, then a mark, so "0%" is not read into the title's run.
    let at = marks(&buf, status);
    assert_eq!(at.len(), 2, "{at:?}: {:?}", row_text(&buf, status));
    let before: String = (0..at[1]).map(|x| buf[(x, status)].symbol()).collect();
    assert!(before.contains("شي"), "{before:?}");
    // The header row starts with a mark; the article's rows do not.
    assert_eq!(marks(&buf, 0).first(), Some(&0));
    for y in 1..status {
        assert_eq!(marks(&buf, y), Vec::<u16>::new(), "row {y}");
    }
}

#[test]
fn library_file_lines_get_the_mark_titles_do_not() {
    let app = terminal(library_app((80, 24)));
    let buf = frame(&app).buffer().clone();
    // Entry rows: a title (right to left), then "file · words · source".
    assert_eq!(marks(&buf, 2), Vec::<u16>::new(), "{:?}", row_text(&buf, 2));
    assert_eq!(marks(&buf, 3).first(), Some(&0), "{:?}", row_text(&buf, 3));
}

#[test]
fn app_mode_draws_no_marks() {
    for app in [seed_app(1, (80, 24)), library_app((80, 24))] {
        let buf = frame(&app).buffer().clone();
        for y in 0..buf.area.height {
            assert_eq!(marks(&buf, y), Vec::<u16>::new(), "row {y}");
        }
    }
}

#[test]
fn a_date_in_the_header_follows_a_mark_after_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "نص المقال\n").unwrap();
    std::fs::write(
        dir.path().join("a.txt.annotations.toml"),
        "version = 1\n\n[article]\nfile = \"a.txt\"\ntitle = \"بوتين في بكين\"\n\
         published = 2024-03-01\n",
    )
    .unwrap();
    let mut app = terminal(app((80, 24)));
    reopen(&mut app, &path);
    let buf = frame(&app).buffer().clone();
    let header: String = (0..80).map(|x| buf[(x, 0)].symbol()).collect();
    let title_end = header.find("بكين").unwrap();
    let mark = header[title_end..].find('\u{200e}').map(|i| i + title_end);
    let date = header.find("2024-03-01").unwrap();
    assert!(mark.is_some_and(|m| m < date), "{header:?}");
}
