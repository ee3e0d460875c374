//! hamish's own rows in terminal BiDi mode, where the terminal reorders every row by itself
//! (mlterm, Konsole): each row of the interface (the status line, the article's header, the
//! library's lines that start left to right, the help) starts with a LEFT-TO-RIGHT MARK, so the
//! terminal lays it out left to right as hamish does; and a mark follows each right-to-left
//! string in such a row, so a title cannot pull the numbers after it into its run ("%37" for
//! "37%", rule W2). mlterm 3.9 honours LRM (it ignores LRI/FSI…PDI, and shows each as a cell).
//!
//! mlterm gives the mark a column of its own, other terminals none; so a mark goes only where
//! two blank cells are, as `" \u{200e}"` drawn two columns wide: ratatui skips the second
//! cell and moves the cursor to the one after, which lands right either way.
//!
//! These are hamish's marks in its own blank cells; an article's own bidi controls never reach
//! the terminal (see `text::sanitize`). Writes a buffer; knows nothing of the app.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};

use crate::text::direction::first_strong;
use crate::text::Direction;

/// The symbol of a cell holding a mark: a blank, then a LEFT-TO-RIGHT MARK.
pub const MARK: &str = "\u{20}\u{200e}";

/// Whether cell `(x, y)` and the one after it are blank.
fn blank_pair(buf: &Buffer, x: u16, y: u16) -> bool {
    let area = buf.area;
    x.checked_add(1).is_some_and(|next| next < area.right())
        && area.contains((x, y).into())
        && buf[(x, y)].symbol() == " "
        && buf[(x + 1, y)].symbol() == " "
}

/// Puts a mark on the blank cells `x` and `x + 1` of row `y`; false when they are not blank.
fn mark(buf: &mut Buffer, x: u16, y: u16) -> bool {
    if !blank_pair(buf, x, y) {
        return false;
    }
    let two = NonZeroU16::new(2).map_or(CellDiffOption::None, CellDiffOption::ForcedWidth);
    buf[(x, y)].set_symbol(MARK).set_diff_option(two);
    true
}

/// Makes row `y` (from column `x`) read left to right in a terminal that reorders it: a mark at
/// its start (when its first two cells are blank) and after each right-to-left run.
pub fn ltr_row(buf: &mut Buffer, x: u16, y: u16) {
    if !mark(buf, x, y) {
        return;
    }
    let mut rtl = false;
    let mut at = x + 2;
    while at < buf.area.right() {
        let symbol = buf[(at, y)].symbol();
        if symbol != " " {
            rtl |= first_strong(symbol) == Some(Direction::Rtl);
            at += 1;
        } else if rtl && mark(buf, at, y) {
            rtl = false;
            at += 2;
        } else {
            at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LRM: char = '\u{200e}';

    fn symbols(buf: &Buffer) -> Vec<String> {
        (0..buf.area.width)
            .map(|x| buf[(x, 0)].symbol().to_string())
            .collect()
    }

    #[test]
    fn marks_go_on_blank_pairs_at_the_start_and_after_right_to_left_runs() {
        let mut buf = Buffer::with_lines(["  بوتين  37% · x"]);
        ltr_row(&mut buf, 0, 0);
        let row = symbols(&buf);
        assert_eq!(row[0], MARK);
        assert_eq!(
            buf[(0, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
        );
        assert_eq!(row[7], MARK, "{row:?}");
        assert_eq!(row.iter().filter(|s| s.contains(LRM)).count(), 2);
        // No blank start: nothing is marked (a mark would take a column in mlterm).
        let mut buf = Buffer::with_lines(["x بوتين  37%"]);
        ltr_row(&mut buf, 0, 0);
        assert!(!symbols(&buf).iter().any(|s| s.contains(LRM)));
        // Left-to-right text needs no mark after it.
        let mut buf = Buffer::with_lines(["  abc  37%"]);
        ltr_row(&mut buf, 0, 0);
        assert_eq!(symbols(&buf).iter().filter(|s| s.contains(LRM)).count(), 1);
    }
}
