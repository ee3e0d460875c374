//! Where the annotation list puts things, computed once from the screen's size and used by
//! paging, the mouse and drawing alike: the reading column, the heading's rows, and a slot of
//! [`ENTRY_ROWS`] rows per annotation, the page holding the selected one.
//!
//! Knows nothing about keys or cells.

use ratatui::layout::Rect;

use crate::tui::settings::reading_column;

/// Rows each entry takes on screen (quote, state, tags and note, gap).
pub const ENTRY_ROWS: u16 = 3;
/// Rows above the entries: the heading, the keys, a gap.
pub const HEADER_ROWS: u16 = 3;

/// Where the list's parts go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The reading column (all the list draws in).
    pub column: Rect,
    /// The rows below the heading, where the entries go.
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

    /// Entries on a page (at least one).
    pub fn page(&self) -> usize {
        usize::from((self.list.height / ENTRY_ROWS).max(1))
    }

    /// The first entry shown: that of the page holding `selected`.
    pub fn first(&self, selected: usize) -> usize {
        selected / self.page() * self.page()
    }

    /// The rows from the top of entry `n` to the bottom, when it is on the page holding
    /// `selected`.
    pub fn entry(&self, n: usize, selected: usize) -> Option<Rect> {
        let slot = u16::try_from(n.checked_sub(self.first(selected))?).ok()?;
        let y = self.list.y.checked_add(slot.checked_mul(ENTRY_ROWS)?)?;
        (slot < self.page() as u16 && y < self.list.bottom())
            .then(|| Rect::new(self.list.x, y, self.list.width, self.list.bottom() - y))
    }

    /// The entry whose slot holds `(x, y)`, on the page holding `selected`; it may be past the
    /// last one.
    pub fn entry_at(&self, selected: usize, (x, y): (u16, u16)) -> Option<usize> {
        let inside = (self.list.left()..self.list.right()).contains(&x)
            && (self.list.top()..self.list.bottom()).contains(&y);
        let slot = usize::from(y.checked_sub(self.list.y)? / ENTRY_ROWS);
        (inside && slot < self.page()).then(|| self.first(selected) + slot)
    }
}
