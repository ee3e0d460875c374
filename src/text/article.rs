//! An article: a text file (decoded to UTF-8 by `encoding.rs`) split into paragraphs (one per
//! line).
//!
//! Offsets count Unicode scalar values (chars) from the start of the text after a leading BOM.
//! Reads files and validates them; knows nothing about layout or terminals.

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use super::direction::{first_strong, resolve_directions, Direction};

pub use super::load_error::LoadError;

/// One paragraph of an article.
#[derive(Clone, Copy, Debug)]
pub struct Paragraph<'a> {
    /// The paragraph's text, without its line ending.
    pub text: &'a str,
    /// Offset (in chars) of its first char in the article.
    pub char_start: usize,
    /// Its base direction.
    pub direction: Direction,
}

#[derive(Clone, Debug)]
struct ParagraphInfo {
    bytes: Range<usize>,
    char_start: usize,
    direction: Direction,
}

/// A whole article in memory. Cloning it, or sharing its text, copies no text.
#[derive(Clone, Debug)]
pub struct Article {
    text: Arc<String>,
    paragraphs: Vec<ParagraphInfo>,
    char_len: usize,
}

impl Article {
    /// Reads and validates the file at `path`.
    pub fn load(path: &Path) -> Result<Article, LoadError> {
        // Only a regular file, and no more than the stated limit: a pipe, a device or a huge
        // file is refused rather than hanging or exhausting memory.
        let bytes =
            crate::regular_file::read(path, crate::regular_file::ARTICLE).map_err(io_error)?;
        Article::from_bytes(bytes)
    }

    /// Decodes `bytes` as an article (UTF-8, UTF-16, or windows-1256 or ISO-8859-6 read as
    /// Arabic for certain: see `encoding.rs`); no NUL bytes in the text; drops a leading BOM.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Article, LoadError> {
        super::encoding::decode(bytes).map(Article::from_text)
    }

    /// [`Article::from_bytes`] for the start of a file, cut after some bytes (maybe inside a
    /// char, which is then left out).
    pub(crate) fn from_start(bytes: Vec<u8>) -> Result<Article, LoadError> {
        super::encoding::decode_start(bytes, true).map(Article::from_text)
    }

    /// The first paragraphs of a file from its start (cut after some bytes): [`Article::from_start`]
    /// cut after its last line ending, which is left out (with a `\r` before it), so that each
    /// paragraph is whole and the same as in the whole file; without a line ending, cut on a char.
    /// In UTF-8 and the single-byte encodings a line ending is one `\n` byte, never part of
    /// another char: the bytes are cut there first, so that only what is kept is decoded.
    pub(crate) fn from_start_lines(mut bytes: Vec<u8>) -> Result<Article, LoadError> {
        if !super::encoding::is_utf16(&bytes) {
            // Not `memchr`: the crate's first call asks the CPU what it has (slow in a VM), and
            // the last line ending is near the end.
            if let Some(i) = bytes.iter().rposition(|&b| b == b'\n') {
                bytes.truncate(i + 1);
            }
        }
        let mut text = super::encoding::decode_start(bytes, true)?;
        if let Some(i) = text.rfind('\n') {
            text.truncate(i + 1);
        }
        // A final line ending would make an empty last paragraph the whole file does not have.
        if text.ends_with('\n') {
            text.pop();
            if text.ends_with('\r') {
                text.pop();
            }
        }
        Ok(Article::from_text(text))
    }

    /// An article from text already in memory (a leading BOM is dropped).
    pub fn from_text(mut text: String) -> Article {
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let ranges: Vec<Range<usize>> = paragraph_ranges(&text).collect();
        let firsts: Vec<Option<Direction>> = ranges
            .iter()
            .map(|r| first_strong(&text[r.clone()]))
            .collect();
        let directions = resolve_directions(&firsts);
        let mut char_pos = 0;
        let mut byte_pos = 0;
        let paragraphs = ranges
            .into_iter()
            .zip(directions)
            .map(|(bytes, direction)| {
                char_pos += count_chars(&text.as_bytes()[byte_pos..bytes.start]);
                let info = ParagraphInfo {
                    char_start: char_pos,
                    bytes: bytes.clone(),
                    direction,
                };
                byte_pos = bytes.start;
                info
            })
            .collect();
        let char_len = count_chars(text.as_bytes());
        Article {
            text: Arc::new(text),
            paragraphs,
            char_len,
        }
    }

    /// The whole text (after the BOM), line endings included.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The whole text, shared: for keeping it beside the article without a copy.
    pub(crate) fn shared_text(&self) -> Arc<String> {
        Arc::clone(&self.text)
    }

    /// Length of the text in chars.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Number of paragraphs (lines of the file; an empty file has one empty paragraph).
    pub(crate) fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }

    /// Paragraph `i`. Panics if `i >= paragraph_count()`.
    pub fn paragraph(&self, i: usize) -> Paragraph<'_> {
        let p = &self.paragraphs[i];
        Paragraph {
            text: &self.text[p.bytes.clone()],
            char_start: p.char_start,
            direction: p.direction,
        }
    }

    /// All paragraphs in order.
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = Paragraph<'_>> + '_ {
        (0..self.paragraphs.len()).map(|i| self.paragraph(i))
    }

    /// The paragraph holding char offset `offset` (the last one for offsets past the end; a line
    /// ending belongs to the paragraph it ends).
    pub(crate) fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.char_start <= offset)
            .saturating_sub(1)
    }

    /// The title: the first non-empty paragraph, trimmed.
    pub fn title(&self) -> Option<&str> {
        self.paragraphs()
            .map(|p| p.text.trim())
            .find(|t| !t.is_empty())
    }

    /// Byte offset in `text()` of char offset `offset` (clamped to the end).
    pub(crate) fn byte_of_char(&self, offset: usize) -> usize {
        let p = &self.paragraphs[self.paragraph_at(offset)];
        let rest = offset.saturating_sub(p.char_start);
        // The `rest`-th char start (a byte that is not a UTF-8 continuation byte) from the
        // paragraph's start: counted on bytes, without decoding the chars before it.
        self.text.as_bytes()[p.bytes.start..]
            .iter()
            .enumerate()
            .filter(|(_, &byte)| (byte as i8) >= -0x40)
            .nth(rest)
            .map_or(self.text.len(), |(b, _)| p.bytes.start + b)
    }

    /// The text between two char offsets.
    pub fn slice_chars(&self, range: Range<usize>) -> &str {
        let start = self.byte_of_char(range.start);
        let end = self.byte_of_char(range.end.max(range.start));
        &self.text[start..end]
    }
}

/// The byte ranges of the paragraphs of `text`: its lines without their endings (`\n`, `\r\n`,
/// `\r`). Text ending in a line ending has no empty paragraph after it; empty text has one empty
/// paragraph. Text cut right after a line ending (never between `\r` and `\n`) splits into the
/// same paragraphs piece by piece as whole.
pub fn paragraph_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut done = false;
    // The next `\n` and `\r` at or after `start` (the length when there is none), each found
    // by memchr and looked for again only once passed.
    let (mut lf, mut cr) = (find(text, 0, '\n'), find(text, 0, '\r'));
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        if lf < start {
            lf = find(text, start, '\n');
        }
        if cr < start {
            cr = find(text, start, '\r');
        }
        let end = lf.min(cr);
        if end == bytes.len() {
            done = true;
            // The last line, unless the text ended with its line ending (or is empty).
            return (start < bytes.len() || start == 0).then_some(start..bytes.len());
        }
        let line = start..end;
        let crlf = end == cr && bytes.get(end + 1) == Some(&b'\n');
        start = end + 1 + usize::from(crlf);
        done = start == bytes.len();
        Some(line)
    })
}

/// The offset of the first `c` in `text` from `from` (a char boundary) on, or the length.
fn find(text: &str, from: usize, c: char) -> usize {
    // `str::find` with an ASCII char searches with memchr.
    text[from..].find(c).map_or(text.len(), |i| from + i)
}

impl From<std::io::Error> for LoadError {
    fn from(e: std::io::Error) -> LoadError {
        io_error(e)
    }
}

fn io_error(e: std::io::Error) -> LoadError {
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound,
        std::io::ErrorKind::IsADirectory => LoadError::Directory,
        _ => LoadError::Unreadable(e),
    }
}

/// Number of chars in valid UTF-8: bytes that are not continuation bytes, counted in word-sized
/// chunks the compiler vectorises.
pub(crate) fn count_chars(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(64);
    let mut n = 0;
    for chunk in &mut chunks {
        n += chunk
            .iter()
            .map(|&b| usize::from((b as i8) >= -0x40))
            .sum::<usize>();
    }
    n + chunks
        .remainder()
        .iter()
        .filter(|&&b| (b as i8) >= -0x40)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_every_line_ending_and_keeps_blank_lines() {
        let a = Article::from_text("\u{feff}سلام\r\n\r\nhello\rend\n".into());
        let texts: Vec<_> = a.paragraphs().map(|p| p.text).collect();
        assert_eq!(texts, ["سلام", "", "hello", "end"]);
        let starts: Vec<_> = a.paragraphs().map(|p| p.char_start).collect();
        assert_eq!(starts, [0, 6, 8, 14]);
        assert_eq!(a.char_len(), 18);
        assert_eq!(a.paragraph(1).direction, Direction::Rtl);
        assert_eq!(a.paragraph(2).direction, Direction::Ltr);
    }

    /// Paragraphs as a byte-by-byte loop finds them.
    fn ranges_by_bytes(text: &str) -> Vec<Range<usize>> {
        let (bytes, mut ranges, mut start, mut i) = (text.as_bytes(), Vec::new(), 0, 0);
        while i < bytes.len() {
            if bytes[i] == b'\n' || bytes[i] == b'\r' {
                ranges.push(start..i);
                let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
                i += 1 + usize::from(crlf);
                start = i;
            } else {
                i += 1;
            }
        }
        if start < bytes.len() || ranges.is_empty() {
            ranges.push(start..bytes.len());
        }
        ranges
    }

    proptest::proptest! {
        #[test]
        fn paragraphs_are_the_lines_whole_or_cut_after_a_line_ending(
            v in proptest::collection::vec(proptest::sample::select(&['a', 'ب', '\n', '\r', ' '][..]), 0..60),
            at in 0usize..60,
        ) {
            let text: String = v.into_iter().collect();
            let want = ranges_by_bytes(&text);
            proptest::prop_assert_eq!(paragraph_ranges(&text).collect::<Vec<_>>(), want.clone());
            // Cut after a line ending that is not the `\r` of a `\r\n`: the same lines.
            let cut = text.char_indices().map(|(i, c)| i + c.len_utf8()).filter(|&i| {
                matches!(text.as_bytes()[i - 1], b'\n' | b'\r') && !text[i..].starts_with('\n')
            }).find(|&i| i >= at.min(text.len()));
            if let Some(cut) = cut.filter(|&c| c < text.len()) {
                let (a, b) = text.split_at(cut);
                let mut got: Vec<_> = paragraph_ranges(a).collect();
                got.extend(paragraph_ranges(b).map(|r| r.start + cut..r.end + cut));
                proptest::prop_assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn empty_text_has_one_empty_paragraph() {
        let a = Article::from_text(String::new());
        assert_eq!(a.paragraph_count(), 1);
        assert_eq!(a.paragraph(0).text, "");
        assert_eq!(a.title(), None);
    }

    #[test]
    fn char_offsets_map_to_bytes_and_paragraphs() {
        let a = Article::from_text("أب\nجد هو".into());
        assert_eq!(a.paragraph_at(0), 0);
        assert_eq!(a.paragraph_at(2), 0);
        assert_eq!(a.paragraph_at(3), 1);
        assert_eq!(a.slice_chars(3..5), "جد");
        assert_eq!(a.slice_chars(6..99), "هو");
        assert_eq!(a.title(), Some("أب"));
    }

    #[test]
    fn rejects_binary_and_invalid_utf8_with_offsets() {
        let err = Article::from_bytes(b"abc\0def".to_vec()).unwrap_err();
        assert!(matches!(err, LoadError::Binary { offset: 3 }), "{err:?}");
        let err = Article::from_bytes(b"ab\xd9\xffcd".to_vec()).unwrap_err();
        assert!(
            matches!(err, LoadError::InvalidUtf8 { offset: 2 }),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            "is not valid UTF-8 (invalid byte at offset 2)"
        );
    }

    proptest::proptest! {
        #[test]
        fn every_char_offset_maps_to_the_byte_of_that_char(
            text in "[a\u{627}-\u{64a}\u{1f600}\n\r é]{0,60}"
        ) {
            let a = Article::from_text(text);
            let text = a.text();
            let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            for (c, &b) in bytes.iter().enumerate() {
                proptest::prop_assert_eq!(a.byte_of_char(c), b);
            }
            proptest::prop_assert_eq!(a.byte_of_char(bytes.len()), text.len());
        }
    }
}
