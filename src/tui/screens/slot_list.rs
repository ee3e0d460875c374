//! The geometry of a list whose entries each take the same number of rows (the annotation list,
//! the passages view): the reading column, `HEADER` rows of heading, then a slot of `ENTRY`
//! rows per entry, the page holding the selected one. Computed once from the screen's size and
//! used by paging, the mouse and drawing alike. Also the column and the rows under the heading
//! that every list view starts from ([`column_under_heading`]: the library's and the tags view's
//! geometry too).
//!
//! Knows nothing about keys, cells or what the entries hold.

use ratatui::layout::Rect;

use crate::tui::settings::reading_column;

/// The reading column of `body`, and its rows under a heading of `heading` rows: where every
/// list view (this one, the library, the tags view) draws, and lays its entries out.
pub fn column_under_heading(body: Rect, reading_width: u16, heading: u16) -> (Rect, Rect) {
    let (offset, width) = reading_column(body.width, reading_width);
    let column = Rect {
        x: body.x + offset,
        width,
        ..body
    };
    let top = column.y + heading.min(column.height);
    (
        column,
        Rect::new(column.x, top, width, column.bottom().saturating_sub(top)),
    )
}

/// Where a list of `ENTRY`-row entries under a `HEADER`-row heading puts things.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotList<const HEADER: u16, const ENTRY: u16> {
    /// The reading column (all the view draws in).
    pub column: Rect,
    /// The rows below the heading, where the entries go.
    pub list: Rect,
}

impl<const HEADER: u16, const ENTRY: u16> SlotList<HEADER, ENTRY> {
    /// The geometry in `body` (the screen above the status line).
    pub fn new(body: Rect, reading_width: u16) -> Self {
        let (column, list) = column_under_heading(body, reading_width, HEADER);
        SlotList { column, list }
    }

    /// Entries on a page (at least one).
    pub fn page(&self) -> usize {
        usize::from((self.list.height / ENTRY).max(1))
    }

    /// The first entry shown: that of the page holding `selected`.
    pub fn first(&self, selected: usize) -> usize {
        selected / self.page() * self.page()
    }

    /// The rows from the top of entry `n` to the bottom, when it is on the page holding
    /// `selected`.
    pub fn entry(&self, n: usize, selected: usize) -> Option<Rect> {
        let slot = u16::try_from(n.checked_sub(self.first(selected))?).ok()?;
        let y = self.list.y.checked_add(slot.checked_mul(ENTRY)?)?;
        (slot < self.page() as u16 && y < self.list.bottom())
            .then(|| Rect::new(self.list.x, y, self.list.width, self.list.bottom() - y))
    }

    /// The entry whose slot holds `(x, y)`, on the page holding `selected`; it may be past the
    /// last one.
    pub fn entry_at(&self, selected: usize, (x, y): (u16, u16)) -> Option<usize> {
        let inside = (self.list.left()..self.list.right()).contains(&x)
            && (self.list.top()..self.list.bottom()).contains(&y);
        let slot = usize::from(y.checked_sub(self.list.y)? / ENTRY);
        (inside && slot < self.page()).then(|| self.first(selected) + slot)
    }
}
