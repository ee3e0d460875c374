//! The mouse's recent presses, kept so that a drag and double and triple clicks can be told
//! apart. Data only: the article's selecting (`article/select.rs`) reads and updates it; knows
//! nothing else.

use std::ops::Range;
use std::time::{Duration, Instant};

/// Presses closer together than this (on the same cell) count as one double or triple click.
pub const MULTI_CLICK: Duration = Duration::from_millis(400);

/// The mouse's recent presses.
#[derive(Clone, Debug, Default)]
pub struct Clicks {
    /// When and where the last press was, and how many presses in a row it ends.
    last: Option<(Instant, (u16, u16), u8)>,
    /// The word a drag started on.
    pub(crate) drag_from: Option<Range<usize>>,
}

impl Clicks {
    /// A press at `now` on cell `at`: 1, 2 or 3 for a single, double or triple click (a fourth
    /// press in a row starts again at 1).
    pub fn press(&mut self, now: Instant, at: (u16, u16)) -> u8 {
        let count = match self.last {
            Some((t, place, n)) if place == at && now.duration_since(t) <= MULTI_CLICK => n % 3 + 1,
            _ => 1,
        };
        self.last = Some((now, at, count));
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presses_on_one_cell_count_to_three_then_start_again() {
        let mut clicks = Clicks::default();
        let t = Instant::now();
        let ms = |n| t + Duration::from_millis(n);
        let counts: Vec<u8> = [0, 100, 200, 300]
            .iter()
            .map(|&n| clicks.press(ms(n), (5, 2)))
            .collect();
        assert_eq!(counts, [1, 2, 3, 1]);
        // Another cell, or too long a wait, starts a new series.
        assert_eq!(clicks.press(ms(350), (6, 2)), 1);
        assert_eq!(clicks.press(ms(350) + MULTI_CLICK * 2, (6, 2)), 1);
    }
}
