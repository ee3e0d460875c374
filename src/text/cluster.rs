//! Splitting a paragraph into grapheme clusters, the units that layout wraps, reorders and puts in
//! cells. Each cluster knows its chars, bytes, width and what kind of thing it shows.
//!
//! Knows nothing about lines or terminals.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
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
pub fn clusters(text: &str, out: &mut Vec<Cluster>) {
    let mut char_pos = 0u32;
    for (byte, g) in text.grapheme_indices(true) {
        let n = g.chars().count() as u32;
        let first = g.chars().next().unwrap_or(' ');
        let (kind, width) = classify(first, g);
        out.push(Cluster {
            bytes: byte as u32..(byte + g.len()) as u32,
            chars: char_pos..char_pos + n,
            width,
            kind,
        });
        char_pos += n;
    }
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
}
