//! A backend for terminals that reorder right-to-left text themselves (terminal BiDi mode):
//! every row that changed is written whole, from its first column to its last.
//!
//! ratatui sends only the cells that changed. A terminal that lays each row out by itself
//! (mlterm, Konsole, VTE in implicit mode) places such partial writes by its own reordering of
//! the row, so parts of the previous view stayed on screen (a `2` from "2 passages" inside an
//! article's title, a selection's colour at the left end of rows), as screenshots of mlterm
//! showed. Keeping a copy of the screen, this backend turns the changed cells into their rows
//! and sends each row whole, in order, from column 0. In app mode (hamish reorders) it passes
//! the changes through unchanged. Knows nothing about the app.
//!
//! mlterm draws lam and a following alef (`لا`, `لأ`, `لإ`, `لآ`) in one cell and advances its
//! cursor by one for the pair, so a row holding k of them ended k cells short: its last k
//! columns (the left end of a right-to-left row) kept whatever was there before, a dark or
//! stale cell beside a selected row. Told that the terminal does this ([`lam_alef_one_cell`]
//! asks it), the backend sends k more blank cells after the row's text, so the row fills the
//! terminal's width again.
//!
//! In VTE every cell it sends goes through [`marks_apart`] (harakat after a joiner, so VTE
//! draws them inside their row).

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::sync::OnceLock;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};

use super::marks_apart;

/// How rows reach the terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    /// The changed cells alone (hamish reorders: app mode).
    Changed,
    /// Each changed row whole (the terminal reorders rows itself).
    Whole,
    /// Each changed row whole, in a terminal that draws lam-alef in one cell (mlterm).
    WholeLamAlefOneCell,
}

/// A backend that writes changed rows whole unless `rows` is [`Rows::Changed`].
pub struct WholeLines<B> {
    inner: B,
    screen: Buffer,
    rows: Rows,
    marks_apart: bool,
}

impl<B: Backend> WholeLines<B> {
    /// Wraps `inner`, sending rows as `rows` says.
    pub fn new(inner: B, rows: Rows) -> Result<Self, B::Error> {
        let mut lines = WholeLines {
            inner,
            screen: Buffer::empty(Rect::ZERO),
            rows,
            marks_apart: false,
        };
        lines.reset()?;
        Ok(lines)
    }

    /// Sends Arabic harakat after a joiner ([`marks_apart`]) when `apart` (VTE).
    pub fn marks_apart(mut self, apart: bool) -> Self {
        self.marks_apart = apart;
        self
    }

    /// The wrapped backend (tests read what it was sent).
    pub fn inner(&self) -> &B {
        &self.inner
    }

    /// Forgets what the screen shows (after it was cleared), at the terminal's size now. In app
    /// mode no copy is kept (it would cost the first frame a screen of cells).
    fn reset(&mut self) -> Result<(), B::Error> {
        if self.rows == Rows::Changed {
            return Ok(());
        }
        let size = self.inner.size()?;
        self.screen = Buffer::empty(Rect::new(0, 0, size.width, size.height));
        Ok(())
    }

    /// Every cell of row `y` of the screen as ratatui would send it to a blank row: wide
    /// characters once, the columns they cover skipped.
    fn row(&self, y: u16) -> Vec<(u16, u16, Cell)> {
        let width = self.screen.area.width;
        let mut never = Cell::default();
        never.set_symbol("\u{fffe}");
        let unlike = Buffer::filled(Rect::new(0, 0, width, 1), never);
        let mut row = Buffer::empty(Rect::new(0, 0, width, 1));
        for x in 0..width {
            row[(x, 0)] = self.screen[(x, y)].clone();
        }
        unlike
            .diff(&row)
            .into_iter()
            .map(|(x, _, cell)| (x, y, cell.clone()))
            .collect()
    }
}

/// Whether the terminal draws lam-alef in one cell, as mlterm does: writes `لا` at the top left
/// and asks where the cursor went (`CSI 6 n`). Asked once; no answer (within crossterm's wait)
/// counts as no. The caller clears the screen after.
pub fn lam_alef_one_cell() -> bool {
    static ONE_CELL: OnceLock<bool> = OnceLock::new();
    *ONE_CELL.get_or_init(|| {
        let mut out = io::stdout().lock();
        let written = crossterm::queue!(out, crossterm::cursor::MoveTo(0, 0))
            .and_then(|()| out.write_all("\u{644}\u{627}".as_bytes()))
            .and_then(|()| out.flush());
        drop(out);
        written.is_ok() && matches!(crossterm::cursor::position(), Ok((1, 0)))
    })
}

/// Whether `cell` holds a lam (with or without marks).
fn is_lam(cell: &Cell) -> bool {
    cell.symbol().starts_with('\u{644}')
}

/// Whether `cell` holds an alef that joins a lam before it into one glyph.
fn is_alef(cell: &Cell) -> bool {
    cell.symbol()
        .starts_with(['\u{622}', '\u{623}', '\u{625}', '\u{627}'])
}

/// A whole row, as [`WholeLines::row`] gives it, for a terminal that draws each lam-alef in one
/// cell: after its last non-blank cell, one more blank (the style of the cell after the text,
/// else of the last) for each pair, and every cell numbered from the one before, so the row
/// goes out in one run (a cursor move would land by hamish's count of cells, not the
/// terminal's).
fn fill_lam_alef(row: Vec<(u16, u16, Cell)>) -> Vec<(u16, u16, Cell)> {
    let pairs = row
        .windows(2)
        .filter(|w| is_lam(&w[0].2) && is_alef(&w[1].2))
        .count();
    let Some(&(x0, y, _)) = row.first() else {
        return row;
    };
    if pairs == 0 {
        return row;
    }
    let end = row
        .iter()
        .rposition(|(_, _, c)| c.symbol() != " ")
        .map_or(0, |i| i + 1);
    let mut blank = row.get(end).unwrap_or(&row[row.len() - 1]).2.clone();
    blank.set_symbol(" ");
    let mut cells: Vec<Cell> = row.into_iter().map(|(_, _, c)| c).collect();
    cells.splice(end..end, std::iter::repeat_n(blank, pairs));
    (x0..).zip(cells).map(|(x, c)| (x, y, c)).collect()
}

impl<B: Backend> Backend for WholeLines<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if self.rows == Rows::Changed {
            if !self.marks_apart {
                return self.inner.draw(content);
            }
            let cells: Vec<_> = content
                .map(|(x, y, c)| (x, y, marks_apart::cell(c)))
                .collect();
            return self
                .inner
                .draw(cells.iter().map(|(x, y, c)| (*x, *y, c.as_ref())));
        }
        let mut rows = BTreeSet::new();
        for (x, y, cell) in content {
            if self.screen.area.contains(Position { x, y }) {
                self.screen[(x, y)] = cell.clone();
                rows.insert(y);
            }
        }
        let (fill, apart) = (self.rows == Rows::WholeLamAlefOneCell, self.marks_apart);
        let cells: Vec<(u16, u16, Cell)> = rows
            .into_iter()
            .flat_map(|y| match fill {
                true => fill_lam_alef(self.row(y)),
                false => self.row(y),
            })
            .map(|(x, y, c)| match apart {
                true => (x, y, marks_apart::cell(&c).into_owned()),
                false => (x, y, c),
            })
            .collect();
        self.inner.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        self.reset()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        if clear_type == ClearType::All {
            self.reset()?;
        }
        Ok(())
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;

    /// Draws `lines` through a `WholeLines` over a recording backend, and returns the cells
    /// the second frame sent.
    fn second_frame(rows: Rows, first: &[&str], second: &[&str]) -> Vec<(u16, u16, String)> {
        let mut backend = WholeLines::new(Recorder::new(12, 3), rows).unwrap();
        let frame = |lines: &[&str]| {
            let mut b = Buffer::empty(Rect::new(0, 0, 12, 3));
            for (y, l) in lines.iter().enumerate() {
                b.set_string(0, y as u16, l, ratatui::style::Style::default());
            }
            b
        };
        let (a, b) = (frame(first), frame(second));
        let empty = Buffer::empty(a.area);
        backend.draw(empty.diff(&a).into_iter()).unwrap();
        backend.inner.sent.clear();
        backend.draw(a.diff(&b).into_iter()).unwrap();
        backend.inner.sent.clone()
    }

    #[test]
    fn a_changed_cell_sends_its_whole_row_in_terminal_mode_only() {
        let first = ["عنوان 2 فقرة", "سطر", ""];
        let second = ["عنوان 3 فقرة", "سطر", ""];
        let sent = second_frame(Rows::Whole, &first, &second);
        let row: Vec<(u16, u16, String)> = (0..12)
            .map(|x| {
                (
                    x,
                    0,
                    second[0].chars().nth(x as usize).unwrap_or(' ').to_string(),
                )
            })
            .collect();
        assert_eq!(
            sent, row,
            "row 0 from column 0 to the end, nothing of row 1"
        );
        let sent = second_frame(Rows::Changed, &first, &second);
        assert_eq!(
            sent,
            [(6, 0, "3".to_string())],
            "app mode: the change alone"
        );
    }

    #[test]
    fn only_terminal_mode_keeps_a_copy_of_the_screen() {
        // App mode passes changes through: a copy would only cost the first frame its cells.
        let app = WholeLines::new(Recorder::new(12, 3), Rows::Changed).unwrap();
        assert_eq!(app.screen.area, Rect::ZERO);
        let mut terminal = WholeLines::new(Recorder::new(12, 3), Rows::Whole).unwrap();
        assert_eq!(terminal.screen.area, Rect::new(0, 0, 12, 3));
        terminal.screen[(0, 0)].set_symbol("x");
        terminal.clear().unwrap();
        assert_eq!(
            terminal.screen[(0, 0)].symbol(),
            " ",
            "a clear forgets the screen"
        );
    }

    #[test]
    fn a_wide_character_is_sent_once() {
        let sent = second_frame(Rows::Whole, &["ab", "", ""], &["a中", "", ""]);
        let symbols: Vec<&str> = sent.iter().map(|(_, _, s)| s.as_str()).collect();
        assert_eq!(symbols.len(), 11, "{symbols:?}");
        assert_eq!(&symbols[..2], ["a", "中"]);
        assert_eq!(sent[2].0, 3, "the column 中 covers is skipped");
    }

    #[test]
    fn a_row_with_lam_alef_gets_a_blank_for_each_where_the_terminal_draws_it_in_one_cell() {
        // mlterm: "لا" and "لأ" take one cell each, so the row is two cells short without the
        // blanks; they go after the text (before the trailing blank), numbered in one run.
        let first = ["", "", ""];
        let second = ["لا لأ ab", "", ""];
        let sent = second_frame(Rows::WholeLamAlefOneCell, &first, &second);
        let symbols: String = sent.iter().map(|(_, _, s)| s.as_str()).collect();
        assert_eq!(
            symbols, "لا لأ ab      ",
            "8 cells of text, then 2 + 4 blanks"
        );
        let xs: Vec<u16> = sent.iter().map(|(x, _, _)| *x).collect();
        assert_eq!(xs, (0..14).collect::<Vec<u16>>());
        let sent = second_frame(Rows::Whole, &first, &second);
        assert_eq!(sent.len(), 12, "other terminals: the row as it is");
        let sent = second_frame(Rows::WholeLamAlefOneCell, &first, &["ل ا لب", "", ""]);
        assert_eq!(sent.len(), 12, "no pair, nothing added");
    }

    #[test]
    fn a_full_row_with_lam_alef_ends_with_the_blanks_in_its_last_style() {
        let sent = second_frame(
            Rows::WholeLamAlefOneCell,
            &["", "", ""],
            &["abcdefghijلا", "", ""],
        );
        let symbols: String = sent.iter().map(|(_, _, s)| s.as_str()).collect();
        assert_eq!(symbols, "abcdefghijلا ");
    }

    #[test]
    fn in_vte_harakat_go_after_a_joiner_in_every_mode() {
        let sent = |rows: Rows, apart: bool| {
            let mut backend = WholeLines::new(Recorder::new(4, 1), rows)
                .unwrap()
                .marks_apart(apart);
            let mut b = Buffer::empty(Rect::new(0, 0, 4, 1));
            b[(1, 0)].set_symbol("\u{fe8e}\u{64b}");
            let empty = Buffer::empty(b.area);
            backend.draw(empty.diff(&b).into_iter()).unwrap();
            backend.inner.sent.clone()
        };
        for rows in [Rows::Changed, Rows::Whole] {
            let cells = sent(rows, true);
            let cell = cells.iter().find(|(x, _, _)| *x == 1).unwrap();
            assert_eq!(cell.2, "\u{fe8e}\u{34f}\u{64b}", "{rows:?}");
            let cells = sent(rows, false);
            let cell = cells.iter().find(|(x, _, _)| *x == 1).unwrap();
            assert_eq!(cell.2, "\u{fe8e}\u{64b}", "{rows:?}");
        }
    }

    /// A backend that records the cells it is sent.
    struct Recorder {
        test: TestBackend,
        sent: Vec<(u16, u16, String)>,
    }

    impl Recorder {
        fn new(width: u16, height: u16) -> Recorder {
            Recorder {
                test: TestBackend::new(width, height),
                sent: Vec::new(),
            }
        }
    }

    impl Backend for Recorder {
        type Error = <TestBackend as Backend>::Error;
        fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
        where
            I: Iterator<Item = (u16, u16, &'a Cell)>,
        {
            // A row filled for lam-alef runs past the test buffer's width.
            let cells: Vec<_> = content.collect();
            let area = self.test.buffer().area;
            self.sent.extend(
                cells
                    .iter()
                    .map(|(x, y, c)| (*x, *y, c.symbol().to_string())),
            );
            let inside = |(x, y, _): &&(u16, u16, &Cell)| area.contains(Position { x: *x, y: *y });
            self.test.draw(cells.iter().filter(inside).copied())
        }
        fn hide_cursor(&mut self) -> Result<(), Self::Error> {
            self.test.hide_cursor()
        }
        fn show_cursor(&mut self) -> Result<(), Self::Error> {
            self.test.show_cursor()
        }
        fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
            self.test.get_cursor_position()
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
            self.test.set_cursor_position(p)
        }
        fn clear(&mut self) -> Result<(), Self::Error> {
            self.test.clear()
        }
        fn clear_region(&mut self, t: ClearType) -> Result<(), Self::Error> {
            self.test.clear_region(t)
        }
        fn size(&self) -> Result<Size, Self::Error> {
            self.test.size()
        }
        fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
            self.test.window_size()
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            self.test.flush()
        }
    }
}
