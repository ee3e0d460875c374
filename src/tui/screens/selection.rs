//! Moving a selection through a list of entries, the same in every screen: by a number of
//! entries stopping at the ends, or to either end.
//!
//! Knows nothing about what the entries are, keys or drawing.

/// `selected` moved by `delta` among `len` entries, stopping at the ends.
pub fn moved(selected: usize, delta: isize, len: usize) -> usize {
    selected
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1))
}

/// The first (`last` false) or last (`last` true) of `len` entries.
pub fn end(last: bool, len: usize) -> usize {
    if last {
        len.saturating_sub(1)
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stop_at_the_ends_and_an_empty_list_stays_at_zero() {
        assert_eq!(moved(2, 3, 10), 5);
        assert_eq!(moved(2, -5, 10), 0);
        assert_eq!(moved(8, 5, 10), 9);
        assert_eq!(moved(0, 1, 0), 0);
        assert_eq!((end(false, 10), end(true, 10), end(true, 0)), (0, 9, 0));
    }
}
