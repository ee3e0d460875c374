//! The caret of caret mode (`v`) and how it moves: a cell to the left or right *on screen* (in
//! right-to-left text → goes toward the logical start; past a line's edge, on along the reading
//! order), a line up or down keeping its column, or to the next or previous word, sentence or
//! paragraph in reading order (see `unit_moves.rs`).
//!
//! Like vim's visual mode, the caret and the place `v` started (the anchor) are clusters, and the
//! selection runs from one to the other, both included. Functions from (article, layouts, caret)
//! to a caret; knows nothing about keys, terminals or drawing.

use std::ops::Range;

use crate::text::{BidiMode, Cell, LayoutOptions, Line, ParagraphLayout};
use crate::tui::article::blocks::Doc;
use crate::tui::article::layout_cache::LayoutCache;
use crate::tui::article::scroll::{self, Anchor};
pub use crate::tui::article::unit_moves::Unit;
use crate::tui::article::unit_moves::{back, forward};

/// The caret and where it started, as article char ranges of clusters (cells).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caret {
    /// The cluster `v` started on.
    pub anchor: Range<usize>,
    /// The cluster the caret is on.
    pub at: Range<usize>,
    /// The screen column (within the reading column) that ↑ and ↓ keep.
    pub goal: Option<u32>,
}

impl Caret {
    /// A caret on cluster `at`, selecting it.
    pub fn new(at: Range<usize>) -> Caret {
        Caret {
            anchor: at.clone(),
            at,
            goal: None,
        }
    }

    /// The selection: from the anchor to the caret, both clusters included.
    pub fn selection(&self) -> Range<usize> {
        self.anchor.start.min(self.at.start)..self.anchor.end.max(self.at.end)
    }

    /// The caret moved to `at`, the anchor kept.
    fn to(&self, at: Range<usize>, goal: Option<u32>) -> Caret {
        Caret {
            anchor: self.anchor.clone(),
            at,
            goal,
        }
    }
}

/// A caret move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// A cell to the left on screen.
    Left,
    /// A cell to the right on screen.
    Right,
    /// A line up, keeping the column.
    Up,
    /// A line down, keeping the column.
    Down,
    /// To the next unit in reading order.
    Forward(Unit),
    /// To the previous unit in reading order.
    Back(Unit),
}

/// `caret` after `mv`; `None` when it cannot move (at an end of the article).
pub fn moved(doc: &Doc, cache: &mut LayoutCache, caret: &Caret, mv: Move) -> Option<Caret> {
    match mv {
        Move::Left | Move::Right => {
            let at = visual(doc, cache, caret.at.start, mv == Move::Left)?;
            Some(caret.to(at, None))
        }
        Move::Up | Move::Down => {
            let (at, goal) = vertical(doc, cache, caret, mv == Move::Down)?;
            Some(caret.to(at, Some(goal)))
        }
        Move::Forward(unit) => Some(caret.to(forward(doc, unit, &caret.at, &caret.anchor)?, None)),
        Move::Back(unit) => Some(caret.to(back(doc, unit, &caret.at, &caret.anchor)?, None)),
    }
}

/// Whether line cells run right to left on screen (app mode, right-to-left paragraph).
fn visual_rtl(layout: &ParagraphLayout, options: LayoutOptions) -> bool {
    options.bidi == BidiMode::App && layout.direction().is_rtl()
}

/// Columns before a line's content in the reading column.
pub fn indent(line: &Line, options: LayoutOptions) -> u32 {
    match options.bidi {
        BidiMode::App => line.indent(options.width),
        BidiMode::Terminal => 0,
    }
}

/// Indices of the cells of `line` that take room.
fn shown_cells(line: &Line) -> Vec<usize> {
    (0..line.cells().len())
        .filter(|&i| line.cells()[i].width > 0)
        .collect()
}

fn cell_range(doc: &Doc, block: usize, cell: &Cell) -> Range<usize> {
    let base = doc.blocks.get(block).char_start;
    cell.chars.start as usize + base..cell.chars.end as usize + base
}

/// Where article char `at` is shown: its line and the index of its cell (for a char without a
/// cell, the nearest shown cell of that line). `None` on a line without cells.
pub fn spot(doc: &Doc, cache: &mut LayoutCache, at: usize) -> Option<(Anchor, usize)> {
    let block = doc.blocks.at_char(at);
    let rel = at.saturating_sub(doc.blocks.get(block).char_start) as u32;
    let layout = cache.get(doc, block);
    let line_index = match layout.locate(rel) {
        Some(pos) => pos.line,
        None => layout.line_count() - 1,
    };
    let line = layout.line(line_index);
    let shown = shown_cells(&line);
    let cells = line.cells();
    let exact = shown
        .iter()
        .copied()
        .find(|&i| cells[i].chars.contains(&rel));
    let nearest = || {
        shown
            .iter()
            .copied()
            .min_by_key(|&i| (cells[i].chars.start as i64 - i64::from(rel)).abs())
    };
    let cell = exact.or_else(nearest)?;
    Some((Anchor::new(block, line_index), cell))
}

/// The cluster a cell to the left or right of `at`'s on screen; past the end of a line, the
/// next line's first cell in reading order (or the previous line's last).
fn visual(doc: &Doc, cache: &mut LayoutCache, at: usize, left: bool) -> Option<Range<usize>> {
    let (line_at, i) = spot(doc, cache, at)?;
    let options = cache.options();
    let layout = cache.get(doc, line_at.block);
    let rtl = visual_rtl(layout, options);
    let line = layout.line(line_at.line);
    let shown = shown_cells(&line);
    let k = shown.iter().position(|&j| j == i)?;
    let next = if left {
        k.checked_sub(1)
    } else {
        Some(k + 1).filter(|&n| n < shown.len())
    };
    if let Some(n) = next {
        return Some(cell_range(doc, line_at.block, &line.cells()[shown[n]]));
    }
    // Past the edge: on along the reading order.
    let toward_end = left == rtl;
    let mut at_line = line_at;
    loop {
        let next = neighbour_line(doc, cache, at_line, toward_end)?;
        at_line = next;
        let layout = cache.get(doc, next.block);
        let rtl = visual_rtl(layout, options);
        let line = layout.line(next.line);
        let shown = shown_cells(&line);
        // Entering a line forward: its reading start; backward: its reading end.
        let pick = if toward_end == rtl {
            shown.last()
        } else {
            shown.first()
        };
        if let Some(&j) = pick {
            return Some(cell_range(doc, next.block, &line.cells()[j]));
        }
    }
}

/// The line after (`forward`) or before `at`, or `None` at the article's end or start.
fn neighbour_line(doc: &Doc, cache: &mut LayoutCache, at: Anchor, forward: bool) -> Option<Anchor> {
    let (next, moved) = if forward {
        scroll::forward(doc, cache, at, 1)
    } else {
        scroll::backward(doc, cache, at, 1)
    };
    (moved > 0).then_some(next)
}

/// The cluster on the next line down (or up) nearest the caret's column, and that column.
fn vertical(
    doc: &Doc,
    cache: &mut LayoutCache,
    caret: &Caret,
    down: bool,
) -> Option<(Range<usize>, u32)> {
    let (line_at, i) = spot(doc, cache, caret.at.start)?;
    let options = cache.options();
    let goal = caret.goal.unwrap_or_else(|| {
        let line = cache.get(doc, line_at.block).line(line_at.line);
        indent(&line, options) + line.cells()[i].x
    });
    let mut at_line = line_at;
    loop {
        let next = neighbour_line(doc, cache, at_line, down)?;
        at_line = next;
        let line = cache.get(doc, next.block).line(next.line);
        let left = indent(&line, options);
        let best = shown_cells(&line).into_iter().min_by_key(|&j| {
            let c = &line.cells()[j];
            let (from, to) = (left + c.x, left + c.x + c.width);
            if goal < from {
                from - goal
            } else {
                (goal + 1).saturating_sub(to)
            }
        });
        if let Some(j) = best {
            return Some((cell_range(doc, next.block, &line.cells()[j]), goal));
        }
    }
}

/// A laid-out article for the caret's tests.
#[cfg(test)]
pub(crate) mod fixture {
    use super::*;
    use crate::text::Article;
    use crate::tui::article::blocks::Blocks;

    pub(crate) struct Fixture {
        pub(crate) article: Article,
        pub(crate) blocks: Blocks,
        pub(crate) cache: LayoutCache,
    }

    pub(crate) fn fixture(text: &str, width: u32) -> Fixture {
        let article = Article::from_text(text.into());
        let blocks = Blocks::new(&article);
        let cache = LayoutCache::new(LayoutOptions {
            width,
            ..Default::default()
        });
        Fixture {
            article,
            blocks,
            cache,
        }
    }

    impl Fixture {
        /// Applies moves from a caret on the cluster at `start`; returns the selected text.
        pub(crate) fn run(&mut self, start: usize, moves: &[Move]) -> (Caret, String) {
            let doc = Doc {
                article: &self.article,
                blocks: &self.blocks,
            };
            let mut caret = Caret::new(start..start + 1);
            for &mv in moves {
                if let Some(c) = moved(&doc, &mut self.cache, &caret, mv) {
                    caret = c;
                }
            }
            let text = self.article.slice_chars(caret.selection()).to_string();
            (caret, text)
        }

        pub(crate) fn char_of(&self, s: &str) -> usize {
            let b = self.article.text().find(s).unwrap();
            self.article.text()[..b].chars().count()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::fixture;
    use super::*;

    #[test]
    fn arrows_move_on_screen_so_right_goes_back_in_arabic() {
        let mut f = fixture("كتب الرئيس", 40);
        // The caret on "ت": ← goes to "ب" (logically after), → to "ك" (before).
        let (c, _) = f.run(1, &[Move::Left]);
        assert_eq!(c.at, 2..3);
        let (c, text) = f.run(1, &[Move::Right]);
        assert_eq!(c.at, 0..1);
        assert_eq!(text, "كت");
        // In Latin text, → goes forward.
        let mut f = fixture("abc def", 40);
        let (c, _) = f.run(1, &[Move::Right, Move::Right]);
        assert_eq!(c.at, 3..4);
    }

    #[test]
    fn arrows_follow_the_screen_through_a_latin_name_in_arabic() {
        // On screen, left to right: "في Putin قال" (the Arabic read right to left, the Latin
        // run shown left to right between).
        let mut f = fixture("قال Putin في", 40);
        let p = f.char_of("Putin");
        // From "ل" (the last letter of قال, left of it on screen: the space, then the Latin
        // run's right end "n").
        let (c, _) = f.run(2, &[Move::Left, Move::Left]);
        assert_eq!(f.article.slice_chars(c.at.clone()), "n");
        let (c, _) = f.run(2, &[Move::Left, Move::Left, Move::Left]);
        assert_eq!(f.article.slice_chars(c.at.clone()), "i");
        // From "P" leftwards: the space, then "في" starting with its first letter.
        let (c, _) = f.run(p, &[Move::Left, Move::Left]);
        assert_eq!(f.article.slice_chars(c.at.clone()), "ف");
    }

    #[test]
    fn arrows_cross_lines_in_reading_order() {
        // Two lines at width 6: "aaaa b" / "cccc" in Arabic letters.
        let mut f = fixture("سسسس ص\nلللل", 10);
        // From the last letter of the first paragraph, ← (toward the end) goes to the start
        // of the next paragraph (its rightmost cell).
        let last = f.char_of("ص");
        let (c, _) = f.run(last, &[Move::Left]);
        assert_eq!(c.at.start, f.char_of("لللل"));
        let (c, _) = f.run(f.char_of("لللل"), &[Move::Right]);
        assert_eq!(c.at.start, last);
        // At the very start and end nothing moves.
        let (c, _) = f.run(0, &[Move::Right]);
        assert_eq!(c.at.start, 0);
    }

    #[test]
    fn up_and_down_keep_the_column() {
        // Width 5: three Arabic lines of two words each.
        let mut f = fixture("اب تث جح خد ذر زس", 5);
        let (c, _) = f.run(1, &[Move::Down]);
        assert_eq!(c.at, 7..8, "same column, one line down");
        let (c, _) = f.run(1, &[Move::Down, Move::Down]);
        assert_eq!(c.at, 13..14);
        let (c, _) = f.run(1, &[Move::Down, Move::Down, Move::Up]);
        assert_eq!(c.at, 7..8);
        assert!(c.goal.is_some());
        let (c, _) = f.run(1, &[Move::Up]);
        assert_eq!(c.at, 1..2, "no line above");
    }
}
