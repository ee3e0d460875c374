//! Units of text a selection moves by: grapheme clusters, words and sentences of one block of
//! text (a paragraph, or a piece of a huge one), as char ranges relative to that text.
//!
//! Words and sentences are Unicode's (UAX #29, through `unicode-segmentation`): a word is a
//! segment holding a letter or a digit (Arabic harakat stay with their letter), a sentence is
//! trimmed of the whitespace around it. Pure functions of the text; knows nothing about layout,
//! screens or keys.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// A text with its char ↔ byte map, its clusters, words and sentences.
pub struct Units<'a> {
    text: &'a str,
    /// Byte offset of each char, then the text's length.
    bytes: Vec<usize>,
}

impl<'a> Units<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Units<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        Units { text, bytes }
    }

    /// Length in chars.
    pub fn char_len(&self) -> usize {
        self.bytes.len() - 1
    }

    fn byte(&self, ch: usize) -> usize {
        self.bytes[ch.min(self.char_len())]
    }

    fn char(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }

    fn ranges(&self, pieces: impl Iterator<Item = (usize, &'a str)>) -> Vec<Range<usize>> {
        pieces
            .map(|(b, s)| self.char(b)..self.char(b + s.len()))
            .collect()
    }

    /// The grapheme clusters, in order.
    pub fn clusters(&self) -> Vec<Range<usize>> {
        self.ranges(self.text.grapheme_indices(true))
    }

    /// The cluster holding char `at` (the last one past the end; `None` for an empty text).
    pub fn cluster_at(&self, at: usize) -> Option<Range<usize>> {
        let clusters = self.clusters();
        let i = clusters.partition_point(|c| c.end <= at);
        clusters.get(i.min(clusters.len().checked_sub(1)?)).cloned()
    }

    /// The words (segments holding a letter or a digit), in order.
    pub fn words(&self) -> Vec<Range<usize>> {
        let words = self
            .text
            .split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric));
        self.ranges(words)
    }

    /// The sentences, each trimmed of the whitespace around it (blank ones left out).
    pub fn sentences(&self) -> Vec<Range<usize>> {
        self.text
            .split_sentence_bound_indices()
            .filter_map(|(b, s)| {
                let lead = s.len() - s.trim_start().len();
                let trimmed = s.trim();
                (!trimmed.is_empty())
                    .then(|| self.char(b + lead)..self.char(b + lead + trimmed.len()))
            })
            .collect()
    }

    /// The whole text trimmed of the whitespace around it (`None` when blank).
    pub fn trimmed(&self) -> Option<Range<usize>> {
        let lead = self.text.len() - self.text.trim_start().len();
        let trimmed = self.text.trim();
        (!trimmed.is_empty()).then(|| self.char(lead)..self.char(lead + trimmed.len()))
    }

    /// The first cluster of `range` (a range of this text).
    pub fn first_cluster(&self, range: &Range<usize>) -> Range<usize> {
        let b = self.byte(range.start);
        let end = self.text[b..self.byte(range.end)]
            .graphemes(true)
            .next()
            .map_or(range.start, |g| self.char(b + g.len()));
        range.start..end
    }

    /// The last cluster of `range` (a range of this text).
    pub fn last_cluster(&self, range: &Range<usize>) -> Range<usize> {
        let (b, e) = (self.byte(range.start), self.byte(range.end));
        let start = self.text[b..e]
            .graphemes(true)
            .next_back()
            .map_or(range.end, |g| self.char(e - g.len()));
        start..range.end
    }
}

/// The unit of `units` (words or sentences, in order) holding char `at`.
pub fn unit_at(units: &[Range<usize>], at: usize) -> Option<Range<usize>> {
    let i = units.partition_point(|u| u.end <= at);
    units.get(i).filter(|u| u.start <= at).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, ranges: &[Range<usize>]) -> Vec<String> {
        ranges
            .iter()
            .map(|r| text.chars().skip(r.start).take(r.len()).collect())
            .collect()
    }

    #[test]
    fn arabic_words_keep_their_harakat_and_skip_punctuation() {
        let text = "قالَ بوتين: «ليس تحالفاً عسكرياً» عام 2022.";
        let u = Units::new(text);
        let words = u.words();
        assert_eq!(
            texts(text, &words),
            ["قالَ", "بوتين", "ليس", "تحالفاً", "عسكرياً", "عام", "2022"]
        );
        assert_eq!(unit_at(&words, 1), Some(0..4));
        assert_eq!(unit_at(&words, 4), None, "a space is in no word");
        assert_eq!(u.char_len(), text.chars().count());
    }

    #[test]
    fn sentences_end_at_arabic_and_latin_stops_and_are_trimmed() {
        let text = "  هل هذا صحيح؟ نعم. Yes, it is! آخر جملة  ";
        let u = Units::new(text);
        let s = u.sentences();
        assert_eq!(
            texts(text, &s),
            ["هل هذا صحيح؟", "نعم.", "Yes, it is!", "آخر جملة"]
        );
        assert_eq!(texts(text, &[u.trimmed().unwrap()]), [text.trim()]);
        assert_eq!(Units::new("  ").trimmed(), None);
        assert!(Units::new("").sentences().is_empty());
    }

    #[test]
    fn clusters_hold_marks_and_find_their_ends() {
        let text = "بَّ ok";
        let u = Units::new(text);
        assert_eq!(u.clusters()[0], 0..3);
        assert_eq!(u.cluster_at(1), Some(0..3));
        assert_eq!(u.cluster_at(99), Some(5..6));
        assert_eq!(Units::new("").cluster_at(0), None);
        assert_eq!(u.first_cluster(&(0..6)), 0..3);
        assert_eq!(u.last_cluster(&(0..3)), 0..3);
        assert_eq!(u.last_cluster(&(0..6)), 5..6);
    }
}
