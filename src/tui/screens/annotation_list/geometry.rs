//! Where the annotation list puts things: the reading column, the heading's rows, and a slot of
//! [`ENTRY_ROWS`] rows per annotation, the page holding the selected one ([`SlotList`], the
//! passages view's shape too), used by paging, the mouse and drawing alike.
//!
//! Knows nothing about keys or cells.

use crate::tui::screens::slot_list::SlotList;

/// Rows each entry takes on screen (quote, state, tags and note, gap).
pub const ENTRY_ROWS: u16 = 3;
/// Rows above the entries: the heading, the keys, a gap.
pub const HEADER_ROWS: u16 = 3;

/// Where the list's parts go.
pub type Geometry = SlotList<HEADER_ROWS, ENTRY_ROWS>;
