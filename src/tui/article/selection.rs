//! The article view's selection: caret mode (start it, move the caret, select the word, sentence
//! or paragraph under it), selecting a given range (an annotation, a mouse drag), and which
//! article chars a screen cell shows (for the mouse).
//!
//! A selection is a char range of the article whose ends fall on grapheme-cluster boundaries;
//! caret moves and the mouse only ever produce such ranges. State changes over the view;
//! knows nothing about keys, terminals or drawing.

use std::ops::Range;

use crate::annotate::store::Entry;
use crate::text::ParagraphNumbers;
use crate::tui::article::caret::{self, Caret, Move, Unit};

use crate::tui::article::unit_moves;
use crate::tui::article::ArticleView;

impl ArticleView {
    /// Starts caret mode on the selection when it is on screen (a search match: the anchor on
    /// its first cluster, the caret on its last, so moves extend it), else on the first word of
    /// the top line (the first cluster when there is no word). False when there is nothing to
    /// put a caret on.
    pub fn start_caret(&mut self) -> bool {
        let shown = self.selection.clone().filter(|r| self.is_visible(r.start));
        let (doc, _) = self.parts();
        if let Some(stop) = shown.and_then(|r| unit_moves::end_clusters(&doc, &r)) {
            self.set_caret(Caret {
                anchor: stop.first,
                at: stop.last,
                goal: None,
            });
            return true;
        }
        let top = self.top;
        let (doc, cache) = self.parts();
        match unit_moves::first_word_from(&doc, cache, top) {
            Some(at) => {
                self.set_caret(Caret::new(at));
                true
            }
            None => false,
        }
    }

    /// Moves the caret (the selection follows, and the screen follows the caret). False when
    /// not in caret mode or the caret cannot move that way.
    pub fn move_caret(&mut self, mv: Move) -> bool {
        let Some(current) = self.caret.clone() else {
            return false;
        };
        let (doc, cache) = self.parts();
        match caret::moved(&doc, cache, &current, mv) {
            Some(next) => {
                self.set_caret(next);
                true
            }
            None => false,
        }
    }

    /// Selects the sentence or paragraph under the caret (the caret on its last cluster).
    pub fn select_unit(&mut self, unit: Unit) -> bool {
        let Some(current) = self.caret.clone() else {
            return false;
        };
        let (doc, _) = self.parts();
        match unit_moves::unit_at(&doc, unit, current.at.start) {
            Some(stop) => {
                self.set_caret(Caret {
                    anchor: stop.first,
                    at: stop.last,
                    goal: None,
                });
                true
            }
            None => false,
        }
    }

    /// Whether the selection is only the caret's own cluster: caret mode, nothing extended yet
    /// (one letter is not a passage anyone means to annotate).
    pub fn caret_only(&self) -> bool {
        self.caret
            .as_ref()
            .is_some_and(|c| c.anchor == c.at && self.selection.as_ref() == Some(&c.at))
    }

    /// Selects the word under the caret (the caret on its last cluster). False when the caret
    /// is on no word (a space, a punctuation mark) or not in caret mode.
    pub fn select_word_at_caret(&mut self) -> bool {
        let Some(current) = self.caret.clone() else {
            return false;
        };
        let (doc, _) = self.parts();
        let at = current.at.start;
        match unit_moves::unit_at(&doc, Unit::Word, at).filter(|w| w.range().contains(&at)) {
            Some(word) => {
                self.set_caret(Caret {
                    anchor: word.first,
                    at: word.last,
                    goal: None,
                });
                true
            }
            None => false,
        }
    }

    fn set_caret(&mut self, caret: Caret) {
        self.selection = Some(caret.selection());
        self.follow(caret.at.start);
        self.caret = Some(caret);
    }

    /// Leaves caret mode, keeping the selection.
    pub fn leave_caret(&mut self) {
        self.caret = None;
    }

    /// Selects `range` (leaving caret mode) and brings it on screen.
    pub fn select(&mut self, range: Range<usize>) {
        self.caret = None;
        self.reveal(range.start);
        self.selection = Some(range);
    }

    /// The point a selection is about: the caret, else the selection's start.
    pub fn point(&self) -> Option<usize> {
        match (&self.caret, &self.selection) {
            (Some(c), _) => Some(c.at.start),
            (None, Some(s)) => Some(s.start),
            _ => None,
        }
    }

    /// The annotation under the caret (or else the selection): see [`Notes::under`](crate::tui::article::notes::Notes::under).
    pub fn annotation_under_selection(&self) -> Option<Entry<'_>> {
        let selection = self
            .caret
            .as_ref()
            .map(|c| c.at.clone())
            .or(self.selection.clone())?;
        self.notes.under(&selection, self.point()?)
    }

    /// The ¶ a citation gives the caret's place, else the selection's start; `None` with
    /// neither, or in the title.
    pub fn paragraph_cited(&self) -> Option<usize> {
        let at = match (&self.caret, &self.selection) {
            (Some(caret), _) => caret.at.start,
            (None, Some(selection)) => selection.start,
            (None, None) => return None,
        };
        let numbers = self
            .numbers
            .get_or_init(|| ParagraphNumbers::of(&self.article));
        numbers.at(&self.article, at)
    }

    /// The article chars of the cell shown at screen column `x` of text row `y` (the nearest
    /// cell of that row), for a reading column starting at column `left`.
    pub fn cell_at_screen(&self, left: u16, x: u16, y: u16) -> Option<Range<usize>> {
        let anchor = *self.rows().get(usize::from(y))?;
        let layout = self.cache.peek(anchor.block)?;
        let line = layout.line(anchor.line);
        let indent = caret::indent(&line, self.cache.options());
        let column = i64::from(x) - i64::from(left) - i64::from(indent);
        let cell = line
            .cells()
            .iter()
            .filter(|c| c.width > 0)
            .min_by_key(|c| {
                let (from, to) = (i64::from(c.x), i64::from(c.x + c.width));
                if column < from {
                    from - column
                } else {
                    (column + 1 - to).max(0)
                }
            })?;
        let base = self.blocks.get(anchor.block).char_start;
        Some(base + cell.chars.start as usize..base + cell.chars.end as usize)
    }

    /// The screen row (of the text rows) showing article char `offset`, if it is on screen.
    pub fn row_of(&self, offset: usize) -> Option<usize> {
        self.rows().iter().position(|anchor| {
            let start = self.blocks.get(anchor.block).char_start;
            self.cache.peek(anchor.block).is_some_and(|l| {
                let chars = l.line(anchor.line).chars();
                (start + chars.start as usize..start + chars.end as usize).contains(&offset)
            })
        })
    }

    /// The word holding article char `at`, else the cluster there.
    pub fn word_at(&mut self, at: usize) -> Option<Range<usize>> {
        let (doc, _) = self.parts();
        unit_moves::word_or_cluster_at(&doc, at)
    }

    /// The paragraph holding article char `at`, trimmed.
    pub fn paragraph_at(&mut self, at: usize) -> Option<Range<usize>> {
        let (doc, _) = self.parts();
        unit_moves::unit_at(&doc, Unit::Paragraph, at).map(|s| s.range())
    }
}
