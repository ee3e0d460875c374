//! The state of the article view: the open article, its layouts, the scroll position, the
//! search query, the current match (the selection) and a search under way.
//!
//! Pure state changes over the text engine; knows nothing about keys, terminals or drawing.

use std::ops::Range;
use std::path::PathBuf;

use super::layout_cache::LayoutCache;
use super::scroll::{self, Anchor};
use super::search::{MatchCache, Outcome, SearchJob, Way};
use crate::text::{Article, LayoutOptions};

/// Paragraphs kept laid out on each side of the screen.
const KEEP_AROUND: usize = 32;

/// An open article.
pub struct ArticleView {
    /// The file.
    pub path: PathBuf,
    /// The article.
    pub article: Article,
    /// The first non-empty paragraph, drawn in the title style.
    pub title: Option<usize>,
    /// Layouts of paragraphs near the screen.
    pub cache: LayoutCache,
    /// Matches of the query in the paragraphs on screen.
    pub matches: MatchCache,
    /// The top row's line.
    pub top: Anchor,
    /// Rows of text on screen.
    pub height: usize,
    /// The current match, as article chars.
    pub selection: Option<Range<usize>>,
    /// A search under way.
    pub job: Option<SearchJob>,
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
        let title = title_paragraph(&article);
        let mut view = ArticleView {
            path,
            article,
            title,
            cache: LayoutCache::new(options),
            matches: MatchCache::default(),
            top: Anchor::default(),
            height,
            selection: None,
            job: None,
        };
        view.prepare();
        view
    }

    /// Switches layout options and screen height, keeping the top line's first char on the top
    /// row.
    pub fn set_layout(&mut self, options: LayoutOptions, height: usize) {
        let top_char = self.top_char_in_paragraph();
        self.height = height;
        if self.cache.set_options(options) {
            let layout = self.cache.get(&self.article, self.top.paragraph);
            self.top.line = top_char
                .and_then(|c| layout.locate(c))
                .map_or(0, |p| p.line)
                .min(layout.line_count() - 1);
        }
        self.prepare();
    }

    /// Replaces the article by a fuller copy of the same file (paragraph indices stay valid:
    /// the new text starts with the old one).
    pub fn replace_article(&mut self, article: Article) {
        let top_char = self.top_char_in_paragraph();
        self.article = article;
        self.title = title_paragraph(&self.article);
        self.cache.clear();
        self.matches = MatchCache::default();
        self.top.paragraph = self.top.paragraph.min(self.article.paragraph_count() - 1);
        let layout = self.cache.get(&self.article, self.top.paragraph);
        self.top.line = top_char
            .and_then(|c| layout.locate(c))
            .map_or(0, |p| p.line);
        self.prepare();
    }

    fn top_char_in_paragraph(&self) -> Option<u32> {
        let layout = self.cache.peek(self.top.paragraph)?;
        (self.top.line < layout.line_count()).then(|| layout.line(self.top.line).chars().start)
    }

    /// Article char offset of the top row's first char.
    pub fn top_char(&self) -> usize {
        let start = self.article.paragraph(self.top.paragraph).char_start;
        start + self.top_char_in_paragraph().unwrap_or(0) as usize
    }

    /// Lays out what the screen shows, finds its matches, forgets layouts far from it.
    pub fn prepare(&mut self) {
        let (a, cache) = (&self.article, &mut self.cache);
        let bottom = scroll::forward(a, cache, self.top, self.height.saturating_sub(1)).0;
        for p in self.top.paragraph..=bottom.paragraph {
            self.matches.ensure(a, p);
        }
        let keep =
            self.top.paragraph.saturating_sub(KEEP_AROUND)..bottom.paragraph + KEEP_AROUND + 1;
        self.cache.retain(keep.clone());
        self.matches.retain(keep);
    }

    /// The anchors of the rows on screen, top to bottom (fewer than `height` at the end).
    /// Reads only layouts made by [`prepare`](Self::prepare).
    pub fn rows(&self) -> Vec<Anchor> {
        let mut rows = Vec::with_capacity(self.height);
        let mut at = self.top;
        while rows.len() < self.height {
            let Some(layout) = self.cache.peek(at.paragraph) else {
                break;
            };
            if at.line >= layout.line_count() {
                break;
            }
            rows.push(at);
            if at.line + 1 < layout.line_count() {
                at.line += 1;
            } else if at.paragraph + 1 < self.article.paragraph_count() {
                at = Anchor::new(at.paragraph + 1, 0);
            } else {
                break;
            }
        }
        rows
    }

    /// How far through the article the bottom row is, in percent (from char offsets).
    pub fn percent(&self) -> u8 {
        let len = self.article.char_len();
        let rows = self.rows();
        let Some(last) = rows.last() else { return 0 };
        let Some(layout) = self.cache.peek(last.paragraph) else {
            return 0;
        };
        let at_end = last.paragraph + 1 == self.article.paragraph_count()
            && last.line + 1 == layout.line_count();
        if len == 0 || at_end {
            return 100;
        }
        let end = self.article.paragraph(last.paragraph).char_start
            + layout.line(last.line).chars().end as usize;
        (end.min(len) as u128 * 100 / len as u128) as u8
    }

    /// Lines one page moves (one line of the old page stays in view).
    pub fn page(&self) -> usize {
        self.height.saturating_sub(1).max(1)
    }

    /// Scrolls `n` lines down, never past the point where the last line is on the bottom row.
    pub fn scroll_down(&mut self, n: usize) {
        let (a, c) = (&self.article, &mut self.cache);
        let candidate = scroll::forward(a, c, self.top, n).0;
        self.top = scroll::clamp_down(a, c, candidate, self.top, self.height);
        self.prepare();
    }

    /// Scrolls `n` lines up.
    pub fn scroll_up(&mut self, n: usize) {
        self.top = scroll::backward(&self.article, &mut self.cache, self.top, n).0;
        self.prepare();
    }

    /// To the first line.
    pub fn to_top(&mut self) {
        self.top = Anchor::default();
        self.prepare();
    }

    /// To the end: the last line on the bottom row (lays out backwards from the end only).
    pub fn to_bottom(&mut self) {
        self.top = scroll::bottom_top(&self.article, &mut self.cache, self.height);
        self.prepare();
    }

    /// Puts the next non-empty paragraph at the top.
    pub fn next_paragraph(&mut self) {
        let n = self.article.paragraph_count();
        let next = (self.top.paragraph + 1..n)
            .find(|&i| !self.article.paragraph(i).text.trim().is_empty());
        if let Some(p) = next {
            let (a, c) = (&self.article, &mut self.cache);
            self.top = scroll::clamp_down(a, c, Anchor::new(p, 0), self.top, self.height);
        }
        self.prepare();
    }

    /// Puts the start of this paragraph (or, when there already, of the previous non-empty one)
    /// at the top.
    pub fn previous_paragraph(&mut self) {
        if self.top.line > 0 {
            self.top.line = 0;
        } else {
            let previous = (0..self.top.paragraph)
                .rev()
                .find(|&i| !self.article.paragraph(i).text.trim().is_empty());
            self.top = Anchor::new(previous.unwrap_or(0), 0);
        }
        self.prepare();
    }

    /// Where article char `offset` is shown.
    fn anchor_of(&mut self, offset: usize) -> Anchor {
        let p = self.article.paragraph_at(offset);
        let rel = (offset - self.article.paragraph(p).char_start) as u32;
        let layout = self.cache.get(&self.article, p);
        let line = layout.locate(rel).map_or(0, |pos| pos.line);
        Anchor::new(p, line)
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
        let (a, c) = (&self.article, &mut self.cache);
        let candidate = scroll::backward(a, c, anchor, self.height / 3).0;
        self.top = scroll::clamp_down(a, c, candidate, Anchor::default(), self.height);
        self.prepare();
    }

    /// Starts a search for `query` (the new query: its matches are drawn). Forward searches start
    /// at the current match when it is on screen, else at the top of the screen.
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
        self.job = Some(SearchJob::new(&self.article, query, way, origin));
        self.prepare();
    }

    /// Advances the search under way by about `budget` bytes; returns its outcome when it ended
    /// (the match becomes the selection and is brought on screen).
    pub fn step_search(&mut self, budget: usize) -> Option<Outcome> {
        let job = self.job.as_mut()?;
        let outcome = job.step(&self.article, budget)?;
        self.job = None;
        if let Outcome::Found { range, .. } = &outcome {
            self.selection = Some(range.clone());
            self.reveal(range.start);
        }
        Some(outcome)
    }

    /// How far the search under way has got, in percent of the article's bytes.
    pub fn search_progress(&self) -> Option<u8> {
        let job = self.job.as_ref()?;
        let len = self.article.text().len().max(1);
        Some((job.scanned.min(len) as u128 * 100 / len as u128) as u8)
    }

    /// Forgets the query, the selection and any search under way.
    pub fn clear_search(&mut self) {
        self.job = None;
        self.selection = None;
        self.matches.set_query("");
    }
}
