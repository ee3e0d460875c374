//! The units the reader lays out: an article's paragraphs, with very long ones (more than
//! [`SPLIT_OVER`] bytes, e.g. a one-paragraph 5 MB file) cut into blocks of about [`BLOCK`] bytes
//! at sentence ends or spaces, so that scrolling through them lays out a few kilobytes, not
//! megabytes. A block starts a new line (every ~200 lines of such a paragraph, one line ends
//! early); each block keeps its paragraph's direction.
//!
//! Offsets only; knows nothing about layout or terminals.

use std::ops::Range;

use crate::text::{Article, Direction};

/// Paragraphs longer than this (bytes) are cut into blocks.
pub const SPLIT_OVER: usize = 64 << 10;
/// About how long a block of a cut paragraph is (bytes).
pub const BLOCK: usize = 16 << 10;
/// How far past the target a cut looks for a sentence end or a space (bytes).
const LOOK: usize = 4 << 10;

/// A piece of a paragraph laid out on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The paragraph it belongs to.
    pub paragraph: usize,
    /// Its bytes within the paragraph's text.
    pub bytes: Range<usize>,
    /// Its first char's offset within the paragraph.
    pub char_offset: usize,
    /// Its first char's offset within the article.
    pub char_start: usize,
}

/// An article's blocks, in order.
#[derive(Clone, Debug, Default)]
pub struct Blocks {
    blocks: Vec<Block>,
}

impl Blocks {
    /// The blocks of `article`.
    pub fn new(article: &Article) -> Blocks {
        let mut blocks = Vec::with_capacity(article.paragraph_count());
        for (i, p) in article.paragraphs().enumerate() {
            if p.text.len() <= SPLIT_OVER {
                blocks.push(Block {
                    paragraph: i,
                    bytes: 0..p.text.len(),
                    char_offset: 0,
                    char_start: p.char_start,
                });
                continue;
            }
            let mut start = 0;
            let mut chars = 0;
            while start < p.text.len() {
                let end = cut_after(p.text, start + BLOCK);
                blocks.push(Block {
                    paragraph: i,
                    bytes: start..end,
                    char_offset: chars,
                    char_start: p.char_start + chars,
                });
                chars += p.text[start..end].chars().count();
                start = end;
            }
        }
        Blocks { blocks }
    }

    /// Number of blocks (at least one).
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// True for no blocks (never, for blocks of an article).
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Block `i`.
    pub fn get(&self, i: usize) -> &Block {
        &self.blocks[i]
    }

    /// Block `i`'s text.
    pub fn text<'a>(&self, article: &'a Article, i: usize) -> &'a str {
        let b = &self.blocks[i];
        &article.paragraph(b.paragraph).text[b.bytes.clone()]
    }

    /// Block `i`'s direction (its paragraph's).
    pub fn direction(&self, article: &Article, i: usize) -> Direction {
        article.paragraph(self.blocks[i].paragraph).direction
    }

    /// The block holding article char `offset` (the last one past the end).
    pub fn at_char(&self, offset: usize) -> usize {
        self.blocks
            .partition_point(|b| b.char_start <= offset)
            .saturating_sub(1)
    }

    /// The first block of paragraph `p`.
    pub fn first_of(&self, p: usize) -> usize {
        self.blocks.partition_point(|b| b.paragraph < p)
    }

    /// True when block `i` starts its paragraph.
    pub fn starts_paragraph(&self, i: usize) -> bool {
        self.blocks[i].char_offset == 0
    }
}

/// An article with its blocks: what layouts and scrolling walk over.
#[derive(Clone, Copy)]
pub struct Doc<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its blocks.
    pub blocks: &'a Blocks,
}

impl<'a> Doc<'a> {
    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// True when there are no blocks.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Block `i`'s text.
    pub fn text(&self, i: usize) -> &'a str {
        self.blocks.text(self.article, i)
    }

    /// Block `i`'s direction.
    pub fn direction(&self, i: usize) -> Direction {
        self.blocks.direction(self.article, i)
    }
}

/// Where to end a block that should end near byte `target` of `text`: after the first ". " (or
/// "؟ ", "! ") in the next few kilobytes, else after the first space there, else on a char
/// boundary.
fn cut_after(text: &str, target: usize) -> usize {
    if target >= text.len() {
        return text.len();
    }
    let mut target = target;
    while !text.is_char_boundary(target) {
        target += 1;
    }
    let window_end = (target + LOOK).min(text.len());
    let mut window_end_b = window_end;
    while !text.is_char_boundary(window_end_b) {
        window_end_b -= 1;
    }
    let window = &text[target..window_end_b];
    let sentence = [". ", "؟ ", "! "]
        .iter()
        .filter_map(|s| window.find(s).map(|i| i + s.len()))
        .min();
    match sentence.or_else(|| window.find(' ').map(|i| i + 1)) {
        Some(i) => target + i,
        None => target,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_paragraphs_are_one_block_each() {
        let a = Article::from_text("أ\n\nب ت".into());
        let b = Blocks::new(&a);
        assert_eq!(b.len(), 3);
        assert_eq!(b.text(&a, 2), "ب ت");
        assert_eq!(b.get(2).char_start, 3);
        assert_eq!(b.at_char(4), 2);
        assert_eq!(b.first_of(1), 1);
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentence_ends_and_cover_every_char() {
        let sentence = "هذه جملة عربية قصيرة، لكنها تتكرر كثيراً. ";
        let text = format!(
            "عنوان\n{}\nآخر",
            sentence.repeat(SPLIT_OVER * 3 / sentence.len())
        );
        let a = Article::from_text(text);
        let b = Blocks::new(&a);
        assert!(b.len() > 8, "{}", b.len());
        let mut joined = String::new();
        for i in 0..b.len() {
            let block = b.get(i);
            if block.paragraph == 1 {
                assert_eq!(
                    block.char_start,
                    a.paragraph(1).char_start + block.char_offset
                );
                assert_eq!(
                    a.slice_chars(block.char_start..block.char_start + 3),
                    b.text(&a, i).chars().take(3).collect::<String>()
                );
                let t = b.text(&a, i);
                assert!(t.len() <= BLOCK + LOOK + 8);
                if i + 1 < b.len() && b.get(i + 1).paragraph == 1 {
                    assert!(t.ends_with(". "), "{:?}", &t[t.len() - 10..]);
                }
                joined.push_str(t);
            }
        }
        assert_eq!(joined, a.paragraph(1).text);
        assert_eq!(b.first_of(2), b.len() - 1);
        assert!(b.starts_paragraph(b.first_of(1)) && !b.starts_paragraph(b.first_of(1) + 1));
        // Without spaces: cut on char boundaries.
        let a = Article::from_text("ب".repeat(SPLIT_OVER));
        let b = Blocks::new(&a);
        assert!(b.len() >= 4);
        assert_eq!(
            (0..b.len()).map(|i| b.text(&a, i).len()).sum::<usize>(),
            SPLIT_OVER * 2
        );
    }
}
