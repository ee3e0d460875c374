//! Finding a query in the open article: folded matching (harakat, tatweel, bidi marks, alef forms,
//! case are ignored), paragraph by paragraph, in steps with a byte budget so a search through a
//! huge article never freezes the screen; and the matches of the paragraphs on screen.
//!
//! Works on article char offsets; knows nothing about layout or terminals.

use std::collections::HashMap;
use std::ops::Range;

use crate::text::normalize::fold;
use crate::text::Article;

/// Matches of `query` in paragraph `i`, as paragraph-relative char ranges.
pub fn paragraph_matches(article: &Article, i: usize, query: &str) -> Vec<Range<u32>> {
    let text = article.paragraph(i).text;
    if text.is_empty() {
        return Vec::new();
    }
    fold(text)
        .find_all(query)
        .into_iter()
        .map(|r| r.start as u32..r.end as u32)
        .collect()
}

/// True when a query has something to look for (folding may drop everything, e.g. only harakat).
pub fn is_searchable(query: &str) -> bool {
    !fold(query).text.trim().is_empty()
}

/// Matches of the current query in the paragraphs drawn, by paragraph index.
#[derive(Default)]
pub struct MatchCache {
    query: String,
    by_paragraph: HashMap<usize, Vec<Range<u32>>>,
}

impl MatchCache {
    /// Switches to `query` (forgetting matches of another one).
    pub fn set_query(&mut self, query: &str) {
        if self.query != query {
            self.query = query.to_string();
            self.by_paragraph.clear();
        }
    }

    /// Forgets the matches found (the article changed), keeping the query.
    pub fn forget(&mut self) {
        self.by_paragraph.clear();
    }

    /// The query whose matches are held ("" for none).
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Finds the matches of paragraph `i` if not yet known.
    pub fn ensure(&mut self, article: &Article, i: usize) {
        if self.query.is_empty() {
            return;
        }
        let query = &self.query;
        self.by_paragraph
            .entry(i)
            .or_insert_with(|| paragraph_matches(article, i, query));
    }

    /// Matches of paragraph `i`, if found.
    pub fn get(&self, i: usize) -> &[Range<u32>] {
        self.by_paragraph.get(&i).map_or(&[], Vec::as_slice)
    }

    /// Drops paragraphs outside `keep`.
    pub fn retain(&mut self, keep: Range<usize>) {
        self.by_paragraph.retain(|i, _| keep.contains(i));
    }
}

/// Which way a search goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// Towards the end: the first match starting at or after the origin.
    Forward,
    /// Towards the start: the last match starting before the origin.
    Backward,
}

/// How a finished search ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A match.
    Found {
        /// The match's chars in the article.
        range: Range<usize>,
        /// Whether the search went round the end of the article to find it.
        wrapped: bool,
    },
    /// No match anywhere.
    NotFound,
}

/// A search under way: the paragraphs not yet looked at.
#[derive(Clone, Debug)]
pub struct SearchJob {
    /// The query.
    pub query: String,
    way: Way,
    /// Article char offset the search starts from.
    origin: usize,
    /// Paragraph of the origin.
    start: usize,
    /// Next paragraph to look at.
    next: usize,
    wrapped: bool,
    /// Bytes looked at so far (for progress).
    pub scanned: usize,
}

impl SearchJob {
    /// A search for `query` from char offset `origin`.
    pub fn new(article: &Article, query: &str, way: Way, origin: usize) -> SearchJob {
        let start = article.paragraph_at(origin);
        SearchJob {
            query: query.to_string(),
            way,
            origin,
            start,
            next: start,
            wrapped: false,
            scanned: 0,
        }
    }

    /// Which way it goes.
    pub fn way(&self) -> Way {
        self.way
    }

    /// Looks at paragraphs until `budget` bytes were read or the search ended; `None`: not
    /// finished, call again.
    pub fn step(&mut self, article: &Article, budget: usize) -> Option<Outcome> {
        let count = article.paragraph_count();
        let mut spent = 0;
        loop {
            let done = match self.way {
                Way::Forward => self.wrapped && self.next > self.start,
                Way::Backward => self.wrapped && self.next < self.start,
            };
            if done {
                return Some(Outcome::NotFound);
            }
            let p = article.paragraph(self.next);
            spent += p.text.len() + 1;
            self.scanned += p.text.len() + 1;
            let matches = paragraph_matches(article, self.next, &self.query);
            let at =
                |r: &Range<u32>| p.char_start + r.start as usize..p.char_start + r.end as usize;
            let first_pass = !self.wrapped && self.next == self.start;
            let found = match self.way {
                Way::Forward => matches
                    .iter()
                    .map(at)
                    .find(|r| !first_pass || r.start >= self.origin),
                Way::Backward => matches
                    .iter()
                    .map(at)
                    .rfind(|r| !first_pass || r.start < self.origin),
            };
            if let Some(range) = found {
                return Some(Outcome::Found {
                    range,
                    wrapped: self.wrapped,
                });
            }
            match self.way {
                Way::Forward if self.next + 1 >= count => {
                    if self.wrapped {
                        return Some(Outcome::NotFound);
                    }
                    self.next = 0;
                    self.wrapped = true;
                }
                Way::Forward => self.next += 1,
                Way::Backward if self.next == 0 => {
                    if self.wrapped {
                        return Some(Outcome::NotFound);
                    }
                    self.next = count - 1;
                    self.wrapped = true;
                }
                Way::Backward => self.next -= 1,
            }
            if spent >= budget {
                return None;
            }
        }
    }

    /// Runs the search to its end.
    pub fn finish(&mut self, article: &Article) -> Outcome {
        loop {
            if let Some(outcome) = self.step(article, usize::MAX) {
                return outcome;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article::from_text("قال الرئيس\n\nإن الإسلام دين\nوالاسلام\nend".into())
    }

    fn found(outcome: Outcome) -> (Range<usize>, bool) {
        match outcome {
            Outcome::Found { range, wrapped } => (range, wrapped),
            Outcome::NotFound => panic!("not found"),
        }
    }

    #[test]
    fn forward_backward_and_wrapping() {
        let a = article();
        let (r, wrapped) = found(SearchJob::new(&a, "الاسلام", Way::Forward, 0).finish(&a));
        assert_eq!(a.slice_chars(r.clone()), "الإسلام");
        assert!(!wrapped);
        let (r2, _) = found(SearchJob::new(&a, "الاسلام", Way::Forward, r.start + 1).finish(&a));
        assert_eq!(a.slice_chars(r2.clone()), "الاسلام");
        let (r3, wrapped) =
            found(SearchJob::new(&a, "الاسلام", Way::Forward, r2.start + 1).finish(&a));
        assert_eq!((r3, wrapped), (r.clone(), true));
        let (r4, wrapped) = found(SearchJob::new(&a, "الاسلام", Way::Backward, r.start).finish(&a));
        assert_eq!((r4, wrapped), (r2, true));
        let outcome = SearchJob::new(&a, "غير موجود", Way::Forward, 5).finish(&a);
        assert_eq!(outcome, Outcome::NotFound);
        let outcome = SearchJob::new(&a, "غير موجود", Way::Backward, 5).finish(&a);
        assert_eq!(outcome, Outcome::NotFound);
        let one = Article::from_text("ab ab".into());
        let (r, wrapped) = found(SearchJob::new(&one, "ab", Way::Forward, 1).finish(&one));
        assert_eq!((r, wrapped), (3..5, false));
        let (r, wrapped) = found(SearchJob::new(&one, "ab", Way::Forward, 4).finish(&one));
        assert_eq!((r, wrapped), (0..2, true));
        let (r, wrapped) = found(SearchJob::new(&one, "ab", Way::Backward, 0).finish(&one));
        assert_eq!((r, wrapped), (3..5, true));
        assert_eq!(
            SearchJob::new(&one, "x", Way::Forward, 4).finish(&one),
            Outcome::NotFound
        );
        assert_eq!(
            SearchJob::new(&one, "x", Way::Backward, 4).finish(&one),
            Outcome::NotFound
        );
    }

    #[test]
    fn steps_respect_the_budget() {
        let a = article();
        let mut job = SearchJob::new(&a, "end", Way::Forward, 0);
        let mut steps = 0;
        let outcome = loop {
            steps += 1;
            if let Some(o) = job.step(&a, 1) {
                break o;
            }
        };
        assert_eq!(steps, 5);
        assert_eq!(a.slice_chars(found(outcome).0), "end");
    }

    #[test]
    fn match_cache_follows_the_query() {
        let a = article();
        let mut cache = MatchCache::default();
        cache.ensure(&a, 2);
        assert!(cache.get(2).is_empty());
        cache.set_query("اسلام");
        cache.ensure(&a, 2);
        assert_eq!(cache.get(2).len(), 1);
        cache.retain(0..1);
        assert!(cache.get(2).is_empty());
        assert!(is_searchable("عسكريا") && !is_searchable("\u{64e} "));
    }
}
