//! Counting a query's matches for the status line ("3/17"): after a search finds a match, the
//! whole article is read once more, paragraph by paragraph within the same byte budget as the
//! search, so a huge article stays responsive while the count is made.
//!
//! Works on article char offsets; knows nothing about layout or terminals.

use crate::text::Article;
use crate::tui::article::search::paragraph_matches;

/// The count of a query's matches, made in steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchCount {
    /// The query counted.
    pub query: String,
    /// Article char offset of the current match.
    at: usize,
    /// Next paragraph to read (the count is done past the last).
    next: usize,
    /// Matches starting at or before the current match.
    number: usize,
    /// Matches so far.
    total: usize,
}

impl MatchCount {
    /// A count of `query`'s matches, the current one starting at char `at`.
    pub fn new(query: &str, at: usize) -> MatchCount {
        MatchCount {
            query: query.to_string(),
            at,
            next: 0,
            number: 0,
            total: 0,
        }
    }

    /// Reads paragraphs until `budget` bytes were read; true when the count is done.
    pub fn step(&mut self, article: &Article, budget: usize) -> bool {
        let mut spent = 0;
        while self.next < article.paragraph_count() && spent < budget {
            let p = article.paragraph(self.next);
            spent += p.text.len() + 1;
            for m in paragraph_matches(article, self.next, &self.query) {
                self.total += 1;
                if p.char_start + m.start as usize <= self.at {
                    self.number += 1;
                }
            }
            self.next += 1;
        }
        self.next >= article.paragraph_count()
    }

    /// "3/17" when done, else `None`.
    pub fn shown(&self, article: &Article) -> Option<String> {
        (self.next >= article.paragraph_count()).then(|| format!("{}/{}", self.number, self.total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_steps_and_places_the_current_match() {
        let a = Article::from_text("ab ab\n\nab\ncd ab".into());
        let mut count = MatchCount::new("ab", 7);
        let mut steps = 1;
        while !count.step(&a, 1) {
            assert_eq!(count.shown(&a), None);
            steps += 1;
        }
        assert_eq!(steps, 4);
        assert_eq!(count.shown(&a).as_deref(), Some("3/4"));
    }
}
