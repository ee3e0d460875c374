//! Where the tags view puts things, computed once from the state and the screen's size and used
//! by paging, the mouse and drawing alike: the reading column, the heading's rows, the list of
//! tags and, at the bottom, the tags found with the selected one.
//!
//! The list's page is the same for every selected tag (room is left for the tallest "found
//! with" part), so paging shows every tag exactly once. Knows nothing about keys or cells.

use ratatui::layout::Rect;

use crate::tui::screens::slot_list::column_under_heading;
use crate::tui::screens::tags::state::TagsView;

/// Rows above the list: heading, keys, files left out (or a gap), column names.
pub const HEADER_ROWS: u16 = 4;

/// Where the tags view's parts go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The reading column (all the view draws in).
    pub column: Rect,
    /// The tags' rows: one page.
    pub list: Rect,
    /// The tags found with the selected one (a gap, a heading, the tags), at the bottom.
    pub with: Rect,
}

impl Geometry {
    /// The geometry of `tags` in `body` (the screen above the status line).
    pub fn new(tags: &TagsView, body: Rect, reading_width: u16) -> Geometry {
        let (column, below) = column_under_heading(body, reading_width, HEADER_ROWS);
        let rest = below.height;
        let page = rest - with_rows(tags.most_found_with(), rest);
        let with = with_rows(tags.with_selected().len(), rest);
        Geometry {
            column,
            list: Rect {
                height: page,
                ..below
            },
            with: Rect::new(column.x, column.bottom() - with, column.width, with),
        }
    }

    /// Tags on a page (at least one).
    pub fn page(&self) -> usize {
        usize::from(self.list.height.max(1))
    }

    /// The first tag shown: that of the page holding the selected one.
    pub fn first(&self, tags: &TagsView) -> usize {
        tags.selected / self.page() * self.page()
    }

    /// The tag shown at `(x, y)`, if any.
    pub fn row_at(&self, tags: &TagsView, (x, y): (u16, u16)) -> Option<usize> {
        let inside = (self.list.left()..self.list.right()).contains(&x)
            && (self.list.top()..self.list.bottom()).contains(&y);
        let row = self.first(tags) + usize::from(y.checked_sub(self.list.y)?);
        (inside && row < tags.rows.len()).then_some(row)
    }
}

/// Rows for the tags found with one that has `found` of them: a gap, its heading and up to
/// six, at most a third of `rest` but room for one (none when the screen is small).
fn with_rows(found: usize, rest: u16) -> u16 {
    if rest < 8 {
        return 0;
    }
    let wanted = 2 + found.clamp(1, 6) as u16;
    wanted.min((rest / 3).max(4))
}
