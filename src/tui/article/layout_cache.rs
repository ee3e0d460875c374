//! Layouts of the open article's blocks (its paragraphs, long ones cut), made on demand and kept
//! while they are near the screen.
//!
//! A huge article is never laid out whole: only paragraphs the reader shows or scrolls over.
//! All layouts are for one set of options (width, bidi mode, shaping); changing them drops the
//! cache. Knows the text engine; nothing about terminals or drawing.

use std::collections::HashMap;
use std::ops::Range;

use crate::text::{LayoutOptions, Layouter, ParagraphLayout};
use crate::tui::article::blocks::Doc;

/// Layouts by block index, for one set of options.
pub struct LayoutCache {
    options: LayoutOptions,
    layouts: HashMap<usize, ParagraphLayout>,
    layouter: Layouter,
    /// Dropped layouts kept for their allocations.
    spare: Vec<ParagraphLayout>,
}

impl LayoutCache {
    /// An empty cache for `options`.
    pub fn new(options: LayoutOptions) -> LayoutCache {
        LayoutCache {
            options,
            layouts: HashMap::new(),
            layouter: Layouter::default(),
            spare: Vec::new(),
        }
    }

    /// The options layouts are made with.
    pub fn options(&self) -> LayoutOptions {
        self.options
    }

    /// Switches options; returns true (and forgets every layout) when they changed.
    pub fn set_options(&mut self, options: LayoutOptions) -> bool {
        if options == self.options {
            return false;
        }
        self.options = options;
        self.clear();
        true
    }

    /// Forgets every layout (after the article changed).
    pub fn clear(&mut self) {
        self.spare.extend(self.layouts.drain().map(|(_, l)| l));
        self.spare.truncate(8);
    }

    /// The layout of block `i` (made now if needed). `i` must be a block of `doc`.
    pub fn get(&mut self, doc: &Doc, i: usize) -> &ParagraphLayout {
        let LayoutCache {
            options,
            layouts,
            layouter,
            spare,
        } = self;
        layouts.entry(i).or_insert_with(|| {
            let mut out = spare.pop().unwrap_or_default();
            layouter.layout_into(doc.text(i), doc.direction(i), options, &mut out);
            out
        })
    }

    /// The layout of block `i` if it was made.
    pub fn peek(&self, i: usize) -> Option<&ParagraphLayout> {
        self.layouts.get(&i)
    }

    /// Lines of block `i`.
    pub fn line_count(&mut self, doc: &Doc, i: usize) -> usize {
        self.get(doc, i).line_count()
    }

    /// Drops layouts of blocks outside `keep`.
    pub fn retain(&mut self, keep: Range<usize>) {
        let spare = &mut self.spare;
        self.layouts.retain(|i, layout| {
            let kept = keep.contains(i);
            if !kept && spare.len() < 8 && layout.line_count() < 64 {
                spare.push(std::mem::take(layout));
            }
            kept
        });
    }

    /// Number of layouts held.
    pub fn len(&self) -> usize {
        self.layouts.len()
    }

    /// True when no layout is held.
    pub fn is_empty(&self) -> bool {
        self.layouts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Article;
    use crate::tui::article::blocks::Blocks;

    #[test]
    fn lays_out_on_demand_and_forgets_on_option_change() {
        let a = Article::from_text("سلام عليكم\n\nhello world".into());
        let blocks = Blocks::new(&a);
        let article = Doc {
            article: &a,
            blocks: &blocks,
        };
        let mut cache = LayoutCache::new(LayoutOptions {
            width: 5,
            ..Default::default()
        });
        assert!(cache.is_empty());
        assert_eq!(cache.line_count(&article, 2), 2);
        assert_eq!(cache.len(), 1);
        assert!(cache.peek(0).is_none());
        cache.get(&article, 0);
        cache.retain(0..1);
        assert!(cache.peek(2).is_none() && cache.peek(0).is_some());
        assert!(!cache.set_options(cache.options()));
        let wide = LayoutOptions {
            width: 80,
            ..cache.options()
        };
        assert!(cache.set_options(wide));
        assert!(cache.is_empty());
        assert_eq!(cache.line_count(&article, 2), 1);
    }
}
