//! Positions in a laid-out article, (block, line within it), and walking over lines forward and
//! backward, laying out only the blocks walked over.
//!
//! Functions from (article, layouts, position) to a position; knows nothing about terminals.

use crate::tui::article::blocks::Doc;
use crate::tui::article::layout_cache::LayoutCache;

/// A laid-out line of the article: the reader's scroll position is the anchor of its top line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Anchor {
    /// Block index (see `Blocks` in `blocks.rs`).
    pub block: usize,
    /// Line within the block.
    pub line: usize,
}

impl Anchor {
    /// Line `line` of block `block`.
    pub const fn new(block: usize, line: usize) -> Anchor {
        Anchor { block, line }
    }
}

/// The line `n` lines after `from`, stopping at the article's last line; also how many lines it
/// moved.
pub fn forward(article: &Doc, cache: &mut LayoutCache, from: Anchor, n: usize) -> (Anchor, usize) {
    let count = article.len();
    let mut at = from;
    let mut left = n;
    loop {
        let lines = cache.line_count(article, at.block);
        let after = lines.saturating_sub(at.line + 1);
        if left <= after {
            at.line += left;
            return (at, n);
        }
        if at.block + 1 >= count {
            at.line = lines.saturating_sub(1);
            return (at, n - left + after);
        }
        left -= after + 1;
        at = Anchor::new(at.block + 1, 0);
    }
}

/// The line `n` lines before `from`, stopping at the first line; also how many lines it moved.
pub fn backward(article: &Doc, cache: &mut LayoutCache, from: Anchor, n: usize) -> (Anchor, usize) {
    let mut at = from;
    let mut left = n;
    loop {
        if left <= at.line {
            at.line -= left;
            return (at, n);
        }
        if at.block == 0 {
            let moved = n - left + at.line;
            return (Anchor::new(0, 0), moved);
        }
        left -= at.line + 1;
        let p = at.block - 1;
        at = Anchor::new(p, cache.line_count(article, p).saturating_sub(1));
    }
}

/// The article's last line.
pub fn last_line(article: &Doc, cache: &mut LayoutCache) -> Anchor {
    let p = article.len() - 1;
    Anchor::new(p, cache.line_count(article, p).saturating_sub(1))
}

/// The top line that puts the article's last line on the bottom row of a `height`-row screen:
/// the furthest the reader scrolls. Lays out from the end backwards, never the whole article.
pub fn bottom_top(article: &Doc, cache: &mut LayoutCache, height: usize) -> Anchor {
    let last = last_line(article, cache);
    backward(article, cache, last, height.saturating_sub(1)).0
}

/// Lines from `from` (included) to the end of the article, counting at most `limit`.
pub fn lines_from(article: &Doc, cache: &mut LayoutCache, from: Anchor, limit: usize) -> usize {
    if limit == 0 {
        return 0;
    }
    forward(article, cache, from, limit - 1).1 + 1
}

/// `anchor`, moved up if it would leave rows empty below the article's end, but never above
/// `floor` (so an article shorter than the screen stays where it is).
pub fn clamp_down(
    article: &Doc,
    cache: &mut LayoutCache,
    anchor: Anchor,
    floor: Anchor,
    height: usize,
) -> Anchor {
    if lines_from(article, cache, anchor, height) >= height {
        return anchor;
    }
    bottom_top(article, cache, height).max(floor).min(anchor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Article, LayoutOptions};
    use crate::tui::article::blocks::Blocks;

    /// Paragraphs of 3, 1 (empty) and 2 lines at width 5.
    fn fixture() -> (Article, Blocks, LayoutCache) {
        let article = Article::from_text("aaaa bbbb cccc\n\ndddd eeee".into());
        let blocks = Blocks::new(&article);
        let cache = LayoutCache::new(LayoutOptions {
            width: 5,
            ..Default::default()
        });
        (article, blocks, cache)
    }

    #[test]
    fn walks_lines_across_paragraphs() {
        let (a, b, mut c) = fixture();
        let a = Doc {
            article: &a,
            blocks: &b,
        };
        assert_eq!(
            forward(&a, &mut c, Anchor::new(0, 0), 3),
            (Anchor::new(1, 0), 3)
        );
        assert_eq!(
            forward(&a, &mut c, Anchor::new(0, 1), 4),
            (Anchor::new(2, 1), 4)
        );
        assert_eq!(
            forward(&a, &mut c, Anchor::new(0, 0), 99),
            (Anchor::new(2, 1), 5)
        );
        assert_eq!(
            backward(&a, &mut c, Anchor::new(2, 1), 2),
            (Anchor::new(1, 0), 2)
        );
        assert_eq!(
            backward(&a, &mut c, Anchor::new(2, 0), 99),
            (Anchor::new(0, 0), 4)
        );
        assert_eq!(last_line(&a, &mut c), Anchor::new(2, 1));
        assert_eq!(bottom_top(&a, &mut c, 3), Anchor::new(1, 0));
        assert_eq!(bottom_top(&a, &mut c, 50), Anchor::new(0, 0));
        assert_eq!(lines_from(&a, &mut c, Anchor::new(0, 2), 10), 4);
        assert_eq!(lines_from(&a, &mut c, Anchor::new(0, 2), 2), 2);
        assert_eq!(lines_from(&a, &mut c, Anchor::new(0, 2), 0), 0);
    }

    #[test]
    fn clamping_keeps_the_last_line_on_the_bottom_row() {
        let (a, b, mut c) = fixture();
        let a = Doc {
            article: &a,
            blocks: &b,
        };
        let top = Anchor::new(0, 0);
        assert_eq!(
            clamp_down(&a, &mut c, Anchor::new(2, 1), top, 3),
            Anchor::new(1, 0)
        );
        assert_eq!(
            clamp_down(&a, &mut c, Anchor::new(0, 1), top, 3),
            Anchor::new(0, 1)
        );
        // Taller than the article: stays at the floor, never above it.
        let floor = Anchor::new(0, 2);
        assert_eq!(clamp_down(&a, &mut c, Anchor::new(2, 0), floor, 10), floor);
    }
}
