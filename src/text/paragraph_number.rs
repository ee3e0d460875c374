//! The paragraph numbers a reader sees (the ¶ of a citation): the article's non-blank lines
//! after its title, counted from 1. The title (the first non-blank line, which the reader shows
//! as the heading) and blank lines are not counted. One numbering for every place that shows
//! a ¶: exports, and any view that cites a passage.
//!
//! Knows the article's paragraphs, nothing about annotations, formats or terminals.

use super::article::Article;

/// The ¶ number of each paragraph of one article (computed once, then looked up per passage).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphNumbers {
    /// Per paragraph (line) of the article: its ¶, or 0 for the title and blank lines.
    numbers: Vec<usize>,
}

impl ParagraphNumbers {
    /// The numbering of `article`.
    pub fn of(article: &Article) -> ParagraphNumbers {
        let mut seen_title = false;
        let mut n = 0;
        let numbers = article
            .paragraphs()
            .map(|p| {
                if p.text.trim().is_empty() {
                    0
                } else if !seen_title {
                    seen_title = true;
                    0
                } else {
                    n += 1;
                    n
                }
            })
            .collect();
        ParagraphNumbers { numbers }
    }

    /// The ¶ of a passage of `article` starting at char offset `start` whose text is `quote`:
    /// the paragraph of its first non-blank char (a passage that starts with a line break
    /// belongs to the next paragraph). `None` when it lies in the title, or holds only blanks.
    pub(crate) fn of_passage(&self, article: &Article, start: usize, quote: &str) -> Option<usize> {
        let lead = quote.chars().take_while(|c| c.is_whitespace()).count();
        if lead == quote.chars().count() {
            return None;
        }
        self.at(article, start + lead)
    }

    /// The ¶ of the paragraph holding char `offset` of `article`; `None` in the title or a
    /// blank line.
    pub fn at(&self, article: &Article, offset: usize) -> Option<usize> {
        let i = article.paragraph_at(offset);
        self.numbers.get(i).copied().filter(|&n| n > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_and_blank_lines_are_not_counted() {
        let text = "\n  العنوان  \n\nالفقرة الأولى\n\n\nالثانية\nالثالثة\n";
        let a = Article::from_text(text.into());
        let n = ParagraphNumbers::of(&a);
        let at = |word: &str| {
            let byte = text.find(word).unwrap();
            n.of_passage(&a, text[..byte].chars().count(), word)
        };
        assert_eq!(at("العنوان"), None);
        assert_eq!(at("الأولى"), Some(1));
        assert_eq!(at("الثانية"), Some(2));
        assert_eq!(at("الثالثة"), Some(3));
        // A passage starting on the line break before a paragraph belongs to that paragraph.
        let before = text[..text.find("الثانية").unwrap()].chars().count() - 1;
        assert_eq!(n.of_passage(&a, before, "\nالثانية"), Some(2));
        assert_eq!(n.of_passage(&a, 0, "\n"), None);
    }
}
