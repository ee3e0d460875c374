//! Char offsets into an article's text: slicing, grapheme-cluster snapping and the context
//! (`exact`, `prefix`, `suffix`) an annotation stores.
//!
//! `Article::slice_chars` walks from the paragraph start on every call; anchoring thousands of
//! annotations needs constant-time-ish lookups, so this keeps a byte offset every 64 chars.
//! Knows nothing about files, TOML or terminals.

use std::ops::Range;

use unicode_segmentation::GraphemeCursor;

use super::model::CONTEXT_CHARS;

const STEP: usize = 64;

/// A text with a char → byte index.
#[derive(Debug)]
pub struct TextIndex<'a> {
    text: &'a str,
    /// Byte offset of chars 0, STEP, 2·STEP, …
    checkpoints: Vec<u32>,
    char_len: usize,
}

/// The quote and context stored for a char range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The range's text.
    pub exact: String,
    /// Up to [`CONTEXT_CHARS`] chars before it.
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] chars after it.
    pub suffix: String,
}

impl<'a> TextIndex<'a> {
    /// Indexes `text` (an article's text after its BOM).
    pub fn new(text: &'a str) -> TextIndex<'a> {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut char_len = 0;
        // A char starts at every byte that is not a UTF-8 continuation byte (0b10xx_xxxx):
        // counting those is several times faster than decoding each char.
        for (b, &byte) in text.as_bytes().iter().enumerate() {
            if (byte as i8) >= -0x40 {
                if char_len % STEP == 0 {
                    checkpoints.push(b as u32);
                }
                char_len += 1;
            }
        }
        if checkpoints.is_empty() {
            checkpoints.push(0);
        }
        TextIndex {
            text,
            checkpoints,
            char_len,
        }
    }

    /// The indexed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Length in chars.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Byte offset of char offset `at` (clamped to the end).
    pub fn byte_of(&self, at: usize) -> usize {
        if at >= self.char_len {
            return self.text.len();
        }
        let base = self.checkpoints[at / STEP] as usize;
        let rest = at % STEP;
        if rest == 0 {
            return base;
        }
        self.text[base..]
            .char_indices()
            .nth(rest)
            .map_or(self.text.len(), |(b, _)| base + b)
    }

    /// Char offset of byte offset `byte`, which must be a char boundary (the tests' check of
    /// [`TextIndex::byte_of`]).
    #[cfg(test)]
    fn char_of(&self, byte: usize) -> usize {
        let i = self.checkpoints.partition_point(|&b| b as usize <= byte) - 1;
        let base = self.checkpoints[i] as usize;
        i * STEP + self.text[base..byte].chars().count()
    }

    /// The text of a char range (clamped to the text).
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        let start = self.byte_of(range.start);
        let end = self.byte_of(range.end.max(range.start));
        &self.text[start..end]
    }

    /// Whether `range` lies inside the text.
    pub fn contains(&self, range: &Range<usize>) -> bool {
        range.start <= range.end && range.end <= self.char_len
    }

    /// `range` clamped to the text and widened to grapheme-cluster boundaries: the start moves
    /// back to the start of its cluster, the end forward to the end of its cluster.
    pub fn snap(&self, range: Range<usize>) -> Range<usize> {
        let start = range.start.min(self.char_len);
        let end = range.end.clamp(start, self.char_len);
        let sb = self.byte_of(start);
        let eb = self.byte_of(end);
        let len = self.text.len();
        let mut cursor = GraphemeCursor::new(sb, len, true);
        let new_sb = if cursor.is_boundary(self.text, 0).unwrap_or(true) {
            sb
        } else {
            cursor
                .prev_boundary(self.text, 0)
                .ok()
                .flatten()
                .unwrap_or(0)
        };
        let mut cursor = GraphemeCursor::new(eb, len, true);
        let new_eb = if cursor.is_boundary(self.text, 0).unwrap_or(true) {
            eb
        } else {
            cursor
                .next_boundary(self.text, 0)
                .ok()
                .flatten()
                .unwrap_or(len)
        };
        let new_start = start - self.text[new_sb..sb].chars().count();
        let new_end = end + self.text[eb..new_eb].chars().count();
        new_start..new_end
    }

    /// The quote and context for `range` (which should be inside the text).
    pub fn quote(&self, range: Range<usize>) -> Quote {
        let before = range.start.saturating_sub(CONTEXT_CHARS);
        let after = (range.end + CONTEXT_CHARS).min(self.char_len);
        Quote {
            exact: self.slice(range.clone()).to_owned(),
            prefix: self.slice(before..range.start).to_owned(),
            suffix: self.slice(range.end..after).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_chars_agree_with_a_plain_walk() {
        let text: String = "قال بوتين: «ليس تحالفاً» — ok\r\n".repeat(20);
        let index = TextIndex::new(&text);
        let walk: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        assert_eq!(index.char_len(), walk.len());
        for (c, &b) in walk.iter().enumerate() {
            assert_eq!(index.byte_of(c), b, "char {c}");
            assert_eq!(index.char_of(b), c, "byte {b}");
        }
        assert_eq!(index.byte_of(walk.len()), text.len());
        assert_eq!(index.byte_of(walk.len() + 5), text.len());
        assert_eq!(index.char_of(text.len()), walk.len());
        assert_eq!(index.slice(4..9), "بوتين");
        #[allow(clippy::reversed_empty_ranges)]
        let backwards = 9..4;
        assert_eq!(index.slice(backwards), "");
    }

    #[test]
    fn snapping_widens_to_whole_clusters() {
        // ت + shadda + fatha is one cluster; so is \r\n; so is a flag.
        let text = "بتَّ\r\n🇸🇦x";
        let index = TextIndex::new(text);
        assert_eq!(index.snap(2..3), 1..4);
        assert_eq!(index.snap(1..2), 1..4);
        assert_eq!(index.snap(0..1), 0..1);
        assert_eq!(index.snap(5..6), 4..6);
        assert_eq!(index.snap(7..8), 6..8);
        assert_eq!(index.snap(8..99), 8..9);
        assert_eq!(index.snap(50..60), 9..9);
    }

    #[test]
    fn quotes_carry_up_to_32_chars_of_context() {
        let text: String = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
        let index = TextIndex::new(&text);
        let q = index.quote(40..42);
        assert_eq!(q.exact, "OP");
        assert_eq!(q.prefix, &text[8..40]);
        assert_eq!(q.suffix, &text[42..62]);
        let q = index.quote(0..3);
        assert_eq!((q.exact.as_str(), q.prefix.as_str()), ("abc", ""));
        assert_eq!(q.suffix.chars().count(), 32);
    }

    #[test]
    fn empty_text_is_fine() {
        let index = TextIndex::new("");
        assert_eq!(index.char_len(), 0);
        assert_eq!(index.slice(0..3), "");
        assert_eq!(index.snap(2..5), 0..0);
        assert_eq!(index.char_of(0), 0);
    }
}
