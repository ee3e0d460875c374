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

use std::collections::BTreeSet;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};

/// A backend that writes changed rows whole when `whole` is set.
pub struct WholeLines<B> {
    inner: B,
    screen: Buffer,
    whole: bool,
}

impl<B: Backend> WholeLines<B> {
    /// Wraps `inner`; `whole`: the terminal reorders rows itself.
    pub fn new(inner: B, whole: bool) -> Result<Self, B::Error> {
        let mut lines = WholeLines {
            inner,
            screen: Buffer::empty(Rect::ZERO),
            whole,
        };
        lines.reset()?;
        Ok(lines)
    }

    /// The wrapped backend (tests read what it was sent).
    pub fn inner(&self) -> &B {
        &self.inner
    }

    /// Forgets what the screen shows (after it was cleared), at the terminal's size now. In app
    /// mode no copy is kept (it would cost the first frame a screen of cells).
    fn reset(&mut self) -> Result<(), B::Error> {
        if !self.whole {
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

impl<B: Backend> Backend for WholeLines<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if !self.whole {
            return self.inner.draw(content);
        }
        let mut rows = BTreeSet::new();
        for (x, y, cell) in content {
            if self.screen.area.contains(Position { x, y }) {
                self.screen[(x, y)] = cell.clone();
                rows.insert(y);
            }
        }
        let cells: Vec<(u16, u16, Cell)> = rows.into_iter().flat_map(|y| self.row(y)).collect();
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
    fn second_frame(whole: bool, first: &[&str], second: &[&str]) -> Vec<(u16, u16, String)> {
        let mut backend = WholeLines::new(Recorder::new(12, 3), whole).unwrap();
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
        let sent = second_frame(true, &first, &second);
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
        let sent = second_frame(false, &first, &second);
        assert_eq!(
            sent,
            [(6, 0, "3".to_string())],
            "app mode: the change alone"
        );
    }

    #[test]
    fn only_terminal_mode_keeps_a_copy_of_the_screen() {
        // App mode passes changes through: a copy would only cost the first frame its cells.
        let app = WholeLines::new(Recorder::new(12, 3), false).unwrap();
        assert_eq!(app.screen.area, Rect::ZERO);
        let mut terminal = WholeLines::new(Recorder::new(12, 3), true).unwrap();
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
        let sent = second_frame(true, &["ab", "", ""], &["a中", "", ""]);
        let symbols: Vec<&str> = sent.iter().map(|(_, _, s)| s.as_str()).collect();
        assert_eq!(symbols.len(), 11, "{symbols:?}");
        assert_eq!(&symbols[..2], ["a", "中"]);
        assert_eq!(sent[2].0, 3, "the column 中 covers is skipped");
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
            let cells: Vec<_> = content.collect();
            self.sent.extend(
                cells
                    .iter()
                    .map(|(x, y, c)| (*x, *y, c.symbol().to_string())),
            );
            self.test.draw(cells.into_iter())
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
