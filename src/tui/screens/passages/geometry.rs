//! Where the passages view puts things: the reading column, the heading's rows, and a slot of
//! [`ENTRY_ROWS`] rows per passage (a quote of one line or of two takes the same slot), the
//! page holding the selected one ([`SlotList`], the annotation list's shape too), used by
//! paging, the mouse and drawing alike. Entries are indices into the passages shown.
//!
//! Knows nothing about keys or cells.

use crate::tui::screens::slot_list::SlotList;

/// Lines of a quote shown at most (a longer one ends in "…").
pub const QUOTE_LINES: u16 = 2;
/// Rows each passage takes: its quote, its article (title, source, date), its tags, state and
/// note, a gap.
pub const ENTRY_ROWS: u16 = QUOTE_LINES + 3;
/// Rows above the passages: the heading, the keys (or the sidecars skipped), a gap.
pub const HEADER_ROWS: u16 = 3;

/// Where the passages view's parts go.
pub type Geometry = SlotList<HEADER_ROWS, ENTRY_ROWS>;
