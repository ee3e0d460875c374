//! Splitting a paragraph into grapheme clusters, the units that layout wraps, reorders and puts in
//! cells. Each cluster knows its chars, bytes, width and what kind of thing it shows.
//!
//! Knows nothing about lines or terminals.

use std::ops::Range;

use unicode_segmentation::{GraphemeCursor, GraphemeIncomplete};
use unicode_width::UnicodeWidthStr;

use super::sanitize::{control_symbol, is_invisible_format};

/// What a cluster shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClusterKind {
    /// Printable text: a letter with its marks, a digit, punctuation, an emoji…
    Text,
    /// Whitespace other than tab: takes no room at the end of a wrapped line.
    Space,
    /// A tab: expands to the next multiple of 8 cells.
    Tab,
    /// A control character, shown as the given visible symbol.
    Control(char),
    /// A combining mark with no base: shown on a dotted circle.
    LoneMark,
    /// A format character (bidi mark, embedding, isolate, zero-width space…): occupies no cell.
    Invisible,
}

/// One grapheme cluster of a paragraph. Offsets are relative to the paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Byte range in the paragraph's text.
    pub bytes: Range<u32>,
    /// Char range in the paragraph's text.
    pub chars: Range<u32>,
    /// Width in cells (tabs: 0 here, resolved by wrapping).
    pub width: u32,
    /// What it shows.
    pub kind: ClusterKind,
}

/// Appends the clusters of `text` to `out`.
///
/// Fast path: most chars of news text (ASCII, Arabic and Hebrew letters, digits and punctuation)
/// are clusters of their own when the next char is one of them too; only the rest goes through
/// full grapheme segmentation (UAX #29).
pub fn clusters(text: &str, out: &mut Vec<Cluster>) {
    let mut chars = text.char_indices().peekable();
    let mut char_pos = 0u32;
    while let Some((byte, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if is_simple(c) && next.is_none_or(|n| n.is_ascii() || is_simple(n)) {
            let kind = if c == ' ' {
                ClusterKind::Space
            } else {
                ClusterKind::Text
            };
            out.push(Cluster {
                bytes: byte as u32..(byte + c.len_utf8()) as u32,
                chars: char_pos..char_pos + 1,
                width: 1,
                kind,
            });
            char_pos += 1;
            continue;
        }
        let end = next_boundary(text, byte);
        let g = &text[byte..end];
        let n = g.chars().count() as u32;
        for _ in 1..n {
            chars.next();
        }
        let (kind, width) = classify(c, g);
        out.push(Cluster {
            bytes: byte as u32..end as u32,
            chars: char_pos..char_pos + n,
            width,
            kind,
        });
        char_pos += n;
    }
}

/// The grapheme cluster boundary after the one at `byte`.
fn next_boundary(text: &str, byte: usize) -> usize {
    let mut cursor = GraphemeCursor::new(byte, text.len(), true);
    loop {
        match cursor.next_boundary(text, 0) {
            Ok(Some(end)) => return end,
            Ok(None) => return text.len(),
            // The whole text is one chunk starting at 0, so more context never exists.
            Err(GraphemeIncomplete::PreContext(n)) => cursor.provide_context(&text[..n], 0),
            Err(_) => {
                return text[byte..]
                    .chars()
                    .next()
                    .map_or(text.len(), |c| byte + c.len_utf8())
            }
        }
    }
}

/// Chars that are one cell wide, never combine with what precedes them and never join what
/// follows (no Prepend, Extend or SpacingMark): printable ASCII, Arabic letters, digits and
/// punctuation, Hebrew letters.
fn is_simple(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{60c}' | '\u{61b}' | '\u{61f}'
        | '\u{621}'..='\u{63a}' | '\u{640}'..='\u{64a}' | '\u{660}'..='\u{66d}'
        | '\u{671}'..='\u{6d3}' | '\u{5d0}'..='\u{5ea}')
}

fn classify(first: char, g: &str) -> (ClusterKind, u32) {
    if first == '\t' {
        return (ClusterKind::Tab, 0);
    }
    if let Some(symbol) = control_symbol(first) {
        return (ClusterKind::Control(symbol), 1);
    }
    if first.is_whitespace() {
        // A space carrying marks shows them: it is text, not a breakable space.
        let kind = if g.len() == first.len_utf8() {
            ClusterKind::Space
        } else {
            ClusterKind::Text
        };
        return (kind, g.width().max(1) as u32);
    }
    match g.width() {
        0 if g.chars().all(is_invisible_format) => (ClusterKind::Invisible, 0),
        0 => (ClusterKind::LoneMark, 1),
        w => (ClusterKind::Text, w as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(ClusterKind, u32, Range<u32>)> {
        let mut v = Vec::new();
        clusters(text, &mut v);
        v.into_iter().map(|c| (c.kind, c.width, c.chars)).collect()
    }

    #[test]
    fn marks_stay_with_their_base() {
        use ClusterKind::*;
        // ب + fatha, space, wide CJK, tab, ESC, RLM
        assert_eq!(
            kinds("بَ 中\t\x1b\u{200f}"),
            vec![
                (Text, 1, 0..2),
                (Space, 1, 2..3),
                (Text, 2, 3..4),
                (Tab, 0, 4..5),
                (Control('␛'), 1, 5..6),
                (Invisible, 0, 6..7),
            ]
        );
        assert_eq!(kinds("\u{64e}x")[0], (LoneMark, 1, 0..1));
    }

    #[test]
    fn fast_path_agrees_with_full_segmentation() {
        use unicode_segmentation::UnicodeSegmentation;
        let text = "قالَ بوتين: «نعم» 24 ﻻ لا‍ب ب‌ت a\u{301}b 👍🏽 שָׁלוֹם \r\n x\u{600}ب ۱۲";
        let mut v = Vec::new();
        clusters(text, &mut v);
        let got: Vec<&str> = v
            .iter()
            .map(|c| &text[c.bytes.start as usize..c.bytes.end as usize])
            .collect();
        let want: Vec<&str> = text.graphemes(true).collect();
        assert_eq!(got, want);
    }
}
