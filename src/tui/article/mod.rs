//! The state of the article view: the open article, its layouts, the scroll position, the
//! search query, the selection (the current match, or what the caret or the mouse selected), the
//! caret of caret mode, a search under way, and the article's annotations.
//!
//! Pure state changes over the text engine; knows nothing about keys or terminals. One folder
//! with the view's actions for the app (`update.rs`, `annotate.rs`, `select.rs`: caret mode and
//! the mouse), its drawing (`draw.rs`, `header.rs`, `highlights.rs`) and its
//! [`View`](crate::tui::screens::View) (`view.rs`) with its two parts of the help (`help.rs`).

mod annotate;
pub(crate) mod blocks;
pub mod caret;
pub mod draw;
pub mod header;
pub mod help;
pub(crate) mod highlights;
pub(crate) mod incremental;
pub(crate) mod layout_cache;
pub(crate) mod match_count;
pub mod notes;
pub mod scroll;
pub(crate) mod search;
mod select;
pub(crate) mod selection;
pub(crate) mod unit_moves;
pub(crate) mod units;
mod update;
pub mod view;

use std::ops::Range;
use std::path::PathBuf;

use crate::text::{Article, LayoutOptions, ParagraphNumbers};
use crate::tui::article::blocks::{Blocks, Doc};
use crate::tui::article::caret::Caret;
use crate::tui::article::layout_cache::LayoutCache;
use crate::tui::article::notes::Notes;
use crate::tui::article::search::{MatchCache, Outcome, SearchJob, Way};
use scroll::Anchor;

/// Blocks kept laid out on each side of the screen.
const KEEP_AROUND: usize = 16;

/// An open article.
pub struct ArticleView {
    /// The file.
    pub path: PathBuf,
    /// The article.
    pub article: Article,
    /// Its blocks (paragraphs, long ones cut).
    pub blocks: Blocks,
    /// The first non-empty paragraph, drawn in the title style.
    pub title: Option<usize>,
    /// Layouts of blocks near the screen.
    pub cache: LayoutCache,
    /// Matches of the query in the paragraphs on screen.
    pub matches: MatchCache,
    /// The top row's line (private: it changes only with [`ArticleView::prepare`], or the
    /// screen would be drawn from layouts not made).
    top: Anchor,
    /// Rows of text on screen.
    pub height: usize,
    /// The selection (the current match, or what the caret or the mouse selected), as
    /// article chars.
    pub selection: Option<Range<usize>>,
    /// The caret, in caret mode.
    pub caret: Option<Caret>,
    /// A search under way.
    pub job: Option<SearchJob>,
    /// The article's annotations.
    pub notes: Notes,
    /// The view as it was when the search prompt opened (searching as the query is typed).
    pub typing: Option<incremental::Typing>,
    /// The count of the current query's matches ("3/17"), made after a search found one.
    pub count: Option<match_count::MatchCount>,
    /// Where `]` and `[` go on from when nothing is selected: the start of the annotation just
    /// saved, with the top char the screen had then (it counts only while the screen stays).
    pub jump_from: Option<(usize, usize)>,
    /// The article's ¶ numbers, made the first time one is shown (and again after the article
    /// changed).
    numbers: std::cell::OnceCell<ParagraphNumbers>,
}

/// The first non-empty paragraph.
fn title_paragraph(article: &Article) -> Option<usize> {
    (0..article.paragraph_count()).find(|&i| !article.paragraph(i).text.trim().is_empty())
}

impl ArticleView {
    /// The view of `article` at its top.
    pub fn new(
        path: PathBuf,
        article: Article,
        options: LayoutOptions,
        height: usize,
    ) -> ArticleView {
        let mut view = ArticleView {
            path,
            title: title_paragraph(&article),
            blocks: Blocks::new(&article),
            article,
            cache: LayoutCache::new(options),
            matches: MatchCache::default(),
            top: Anchor::default(),
            height,
            selection: None,
            caret: None,
            job: None,
            notes: Notes::Pending,
            typing: None,
            count: None,
            jump_from: None,
            numbers: std::cell::OnceCell::new(),
        };
        view.prepare();
        view
    }

    /// The article and its blocks, for layouts and scrolling.
    pub fn parts(&mut self) -> (Doc<'_>, &mut LayoutCache) {
        let doc = Doc {
            article: &self.article,
            blocks: &self.blocks,
        };
        (doc, &mut self.cache)
    }

    /// Switches layout options and screen height, keeping the top line's first char on the top
    /// row (unless that would leave rows empty below the article's end).
    pub fn set_layout(&mut self, options: LayoutOptions, height: usize) {
        let top_char = self.top_char();
        self.height = height;
        if self.cache.set_options(options) {
            self.top = self.anchor_of(top_char);
        }
        // Taller than what is left below the top: show more of the end rather than blank rows.
        let (top, height) = (self.top, self.height);
        let (doc, cache) = self.parts();
        self.top = scroll::clamp_down(&doc, cache, top, Anchor::default(), height);
        self.prepare();
    }

    /// Replaces the article by a fuller copy of the same file (the new text starts with the old
    /// one, so offsets stay valid).
    pub fn replace_article(&mut self, article: Article) {
        let top_char = self.top_char();
        self.title = title_paragraph(&article);
        self.blocks = Blocks::new(&article);
        self.article = article;
        self.numbers = std::cell::OnceCell::new();
        self.cache.clear();
        self.matches.forget();
        self.top = self.anchor_of(top_char);
        self.prepare();
    }

    /// The top row's line.
    pub fn top(&self) -> Anchor {
        self.top
    }

    /// Shows the article from the line holding `char` on (or more of its end when that would
    /// leave rows empty), laid out for the screen.
    pub fn scroll_to_char(&mut self, char: usize) {
        self.top = self.anchor_of(char);
        let (top, height) = (self.top, self.height);
        let (doc, cache) = self.parts();
        self.top = scroll::clamp_down(&doc, cache, top, Anchor::default(), height);
        self.prepare();
    }

    /// Article char offset of the top row's first char.
    pub fn top_char(&self) -> usize {
        let block = self.blocks.get(self.top.block.min(self.blocks.len() - 1));
        let rel = self
            .cache
            .peek(self.top.block)
            .filter(|l| self.top.line < l.line_count())
            .map_or(0, |l| l.line(self.top.line).chars().start);
        block.char_start + rel as usize
    }

    /// Lays out what the screen shows, finds its matches, forgets layouts far from it.
    pub fn prepare(&mut self) {
        let (top, height) = (self.top, self.height);
        let (doc, cache) = self.parts();
        let bottom = scroll::forward(&doc, cache, top, height.saturating_sub(1)).0;
        let first = self.blocks.get(top.block).paragraph;
        let last = self.blocks.get(bottom.block).paragraph;
        for p in first..=last {
            self.matches.ensure(&self.article, p);
        }
        self.cache
            .retain(top.block.saturating_sub(KEEP_AROUND)..bottom.block + KEEP_AROUND + 1);
        self.matches.retain(first.saturating_sub(2)..last + 3);
    }

    /// The anchors of the rows on screen, top to bottom (fewer than `height` at the end).
    /// Reads only layouts made by [`prepare`](Self::prepare).
    pub fn rows(&self) -> Vec<Anchor> {
        let mut rows = Vec::with_capacity(self.height);
        let mut at = self.top;
        while rows.len() < self.height {
            let Some(layout) = self.cache.peek(at.block) else {
                break;
            };
            if at.line >= layout.line_count() {
                break;
            }
            rows.push(at);
            if at.line + 1 < layout.line_count() {
                at.line += 1;
            } else if at.block + 1 < self.blocks.len() {
                at = Anchor::new(at.block + 1, 0);
            } else {
                break;
            }
        }
        rows
    }

    /// Where the top row is in the article, in percent of its chars: 0 at the top, 100 once
    /// its last line is on screen.
    pub fn percent(&self) -> u8 {
        let len = self.article.char_len();
        if len == 0 || self.top == Anchor::default() {
            return 0;
        }
        let rows = self.rows();
        let Some(last) = rows.last() else { return 0 };
        let at_end = last.block + 1 == self.blocks.len()
            && self
                .cache
                .peek(last.block)
                .is_some_and(|l| last.line + 1 == l.line_count());
        if at_end {
            return 100;
        }
        (self.top_char().min(len) as u128 * 100 / len as u128) as u8
    }

    /// True when the article has nothing but white space.
    pub fn is_empty(&self) -> bool {
        self.article.text().trim().is_empty()
    }

    /// Lines one page moves (one line of the old page stays in view).
    pub fn page(&self) -> usize {
        self.height.saturating_sub(1).max(1)
    }

    /// Scrolls `n` lines down, never past the point where the last line is on the bottom row.
    pub fn scroll_down(&mut self, n: usize) {
        let (top, height) = (self.top, self.height);
        let (doc, cache) = self.parts();
        let candidate = scroll::forward(&doc, cache, top, n).0;
        self.top = scroll::clamp_down(&doc, cache, candidate, top, height);
        self.prepare();
    }

    /// Scrolls `n` lines up.
    pub fn scroll_up(&mut self, n: usize) {
        let top = self.top;
        let (doc, cache) = self.parts();
        self.top = scroll::backward(&doc, cache, top, n).0;
        self.prepare();
    }

    /// To the first line.
    pub fn to_top(&mut self) {
        self.top = Anchor::default();
        self.prepare();
    }

    /// To the end: the last line on the bottom row (lays out backwards from the end only).
    pub fn to_bottom(&mut self) {
        let height = self.height;
        let (doc, cache) = self.parts();
        self.top = scroll::bottom_top(&doc, cache, height);
        self.prepare();
    }

    fn is_blank(&self, paragraph: usize) -> bool {
        self.article.paragraph(paragraph).text.trim().is_empty()
    }

    /// Puts the next non-empty paragraph at the top.
    pub fn next_paragraph(&mut self) {
        let current = self.blocks.get(self.top.block).paragraph;
        let next = (current + 1..self.article.paragraph_count()).find(|&p| !self.is_blank(p));
        if let Some(p) = next {
            let (top, height) = (self.top, self.height);
            let start = Anchor::new(self.blocks.first_of(p), 0);
            let (doc, cache) = self.parts();
            self.top = scroll::clamp_down(&doc, cache, start, top, height);
        }
        self.prepare();
    }

    /// Puts the start of this paragraph (or, when there already, of the previous non-empty one)
    /// at the top.
    pub fn previous_paragraph(&mut self) {
        let current = self.blocks.get(self.top.block).paragraph;
        let at_start = self.top.line == 0 && self.blocks.starts_paragraph(self.top.block);
        let target = if at_start {
            (0..current).rev().find(|&p| !self.is_blank(p)).unwrap_or(0)
        } else {
            current
        };
        self.top = Anchor::new(self.blocks.first_of(target), 0);
        self.prepare();
    }

    /// Where article char `offset` is shown.
    pub fn anchor_of(&mut self, offset: usize) -> Anchor {
        let block = self.blocks.at_char(offset);
        let rel = offset.saturating_sub(self.blocks.get(block).char_start) as u32;
        let (doc, cache) = self.parts();
        let layout = cache.get(&doc, block);
        let line = layout.locate(rel).map_or(0, |pos| pos.line);
        Anchor::new(block, line.min(layout.line_count() - 1))
    }

    /// True when article char `offset` is on a row on screen.
    pub fn is_visible(&mut self, offset: usize) -> bool {
        let anchor = self.anchor_of(offset);
        self.rows().contains(&anchor)
    }

    /// Scrolls so that article char `offset` is on screen (a third of the way down when the
    /// screen has to move).
    pub fn reveal(&mut self, offset: usize) {
        if self.is_visible(offset) {
            return;
        }
        let anchor = self.anchor_of(offset);
        let height = self.height;
        let (doc, cache) = self.parts();
        let candidate = scroll::backward(&doc, cache, anchor, height / 3).0;
        self.top = scroll::clamp_down(&doc, cache, candidate, Anchor::default(), height);
        self.prepare();
    }

    /// Scrolls as little as needed for article char `offset` to be on screen (for a caret).
    pub fn follow(&mut self, offset: usize) {
        if self.is_visible(offset) {
            return;
        }
        let anchor = self.anchor_of(offset);
        let (top, height) = (self.top, self.height);
        let (doc, cache) = self.parts();
        self.top = if anchor < top {
            anchor
        } else {
            let candidate = scroll::backward(&doc, cache, anchor, height.saturating_sub(1)).0;
            scroll::clamp_down(&doc, cache, candidate, Anchor::default(), height)
        };
        self.prepare();
    }

    /// Starts a search for `query` (the new query: its matches are drawn). Searches start at the
    /// current match when it is on screen, else at the top of the screen.
    pub fn start_search(&mut self, query: &str, way: Way, from_selection: bool) {
        self.matches.set_query(query);
        let selected = self
            .selection
            .clone()
            .filter(|r| from_selection && self.is_visible(r.start));
        let origin = match (selected, way) {
            (Some(r), Way::Forward) => r.start + 1,
            (Some(r), Way::Backward) => r.start,
            (None, _) => self.top_char(),
        };
        self.search_from(query, way, origin);
    }

    /// Starts a search for `query` from article char `origin`.
    pub fn search_from(&mut self, query: &str, way: Way, origin: usize) {
        self.count = None;
        self.matches.set_query(query);
        self.job = Some(SearchJob::new(&self.article, query, way, origin));
        self.prepare();
    }

    /// Advances the search under way by about `budget` bytes; returns its outcome when it ended
    /// (the match becomes the selection and is brought on screen).
    pub fn step_search(&mut self, budget: usize) -> Option<Outcome> {
        if self.job.is_none() {
            if let Some(count) = self.count.as_mut() {
                count.step(&self.article, budget);
            }
            return None;
        }
        let job = self.job.as_mut()?;
        let outcome = job.step(&self.article, budget)?;
        self.job = None;
        if let Outcome::Found { range, .. } = &outcome {
            let query = self.matches.query();
            self.count = Some(match_count::MatchCount::new(query, range.start));
            self.selection = Some(range.clone());
            self.caret = None;
            self.reveal(range.start);
        }
        Some(outcome)
    }

    /// True while a search or a count of matches is under way.
    pub fn counting(&self) -> bool {
        self.job.is_some()
            || self
                .count
                .as_ref()
                .is_some_and(|c| c.shown(&self.article).is_none())
    }

    /// "3/17": the current match's number and the matches in all, once counted.
    pub fn match_count(&self) -> Option<String> {
        self.count.as_ref()?.shown(&self.article)
    }

    /// How far the search under way has got, in percent of the article's bytes.
    pub fn search_progress(&self) -> Option<u8> {
        let job = self.job.as_ref()?;
        let len = self.article.text().len().max(1);
        Some((job.scanned.min(len) as u128 * 100 / len as u128) as u8)
    }

    /// Forgets the query, the selection, the caret and any search under way.
    pub fn clear_search(&mut self) {
        self.job = None;
        self.count = None;
        self.selection = None;
        self.caret = None;
        self.jump_from = None;
        self.matches.set_query("");
    }

    /// Where `]` and `[` go on from: the caret or the selection, else the annotation just saved
    /// while the screen has not moved since.
    pub fn jump_point(&self) -> Option<usize> {
        let saved = self.jump_from.filter(|&(_, top)| top == self.top_char());
        self.point().or(saved.map(|(at, _)| at))
    }
}
