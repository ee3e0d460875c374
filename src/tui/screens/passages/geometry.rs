//! Where the passages view puts things, computed once from the screen's size and used by paging,
//! the mouse and drawing alike: the reading column, the heading's rows, and a slot of
//! [`ENTRY_ROWS`] rows per passage (a quote of one line or of two takes the same slot), the page
//! holding the selected one.
//!
//! Knows nothing about keys or cells.

use ratatui::layout::Rect;

use crate::tui::settings::reading_column;

/// Lines of a quote shown at most (a longer one ends in "…").
pub const QUOTE_LINES: u16 = 2;
/// Rows each passage takes: its quote, its article (title, source, date), its tags, state and
/// note, a gap.
pub const ENTRY_ROWS: u16 = QUOTE_LINES + 3;
/// Rows above the passages: the heading, the keys (or the sidecars skipped), a gap.
pub const HEADER_ROWS: u16 = 3;

/// Where the passages view's parts go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The reading column (all the view draws in).
    pub column: Rect,
    /// The rows below the heading, where the passages go.
    pub list: Rect,
}

impl Geometry {
    /// The geometry in `body` (the screen above the status line).
    pub fn new(body: Rect, reading_width: u16) -> Geometry {
        let (offset, width) = reading_column(body.width, reading_width);
        let column = Rect {
            x: body.x + offset,
            width,
            ..body
        };
        let top = column.y + HEADER_ROWS.min(column.height);
        let list = Rect::new(column.x, top, width, column.bottom() - top);
        Geometry { column, list }
    }

    /// Passages on a page (at least one).
    pub fn page(&self) -> usize {
        usize::from((self.list.height / ENTRY_ROWS).max(1))
    }

    /// The first passage shown (index into the shown ones): that of the page holding `selected`.
    pub fn first(&self, selected: usize) -> usize {
        selected / self.page() * self.page()
    }

    /// The rows from the top of the `n`th passage shown to the bottom, when it is on the page
    /// holding `selected`.
    pub fn entry(&self, n: usize, selected: usize) -> Option<Rect> {
        let first = self.first(selected);
        let slot = u16::try_from(n.checked_sub(first)?).ok()?;
        let y = self.list.y.checked_add(slot.checked_mul(ENTRY_ROWS)?)?;
        (slot < self.page() as u16 && y < self.list.bottom())
            .then(|| Rect::new(self.list.x, y, self.list.width, self.list.bottom() - y))
    }

    /// The passage (index into the shown ones) whose slot holds `(x, y)`, on the page holding
    /// `selected`; it may be past the last one shown.
    pub fn entry_at(&self, selected: usize, (x, y): (u16, u16)) -> Option<usize> {
        let inside = (self.list.left()..self.list.right()).contains(&x)
            && (self.list.top()..self.list.bottom()).contains(&y);
        let slot = usize::from(y.checked_sub(self.list.y)? / ENTRY_ROWS);
        (inside && slot < self.page()).then(|| self.first(selected) + slot)
    }
}
