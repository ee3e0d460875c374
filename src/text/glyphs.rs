//! The glyphs a cluster is sent as: its shaped forms (presentation forms, lam-alef ligatures),
//! mirrored at odd levels, without the characters never written to a terminal (bidi controls,
//! U+FEFF, joiners that the shaped forms already say). Part of the layout pipeline
//! (`layout.rs`); knows nothing about terminals.

use std::ops::Range;

use super::cluster::{Cluster, ClusterKind};
use super::reorder::mirror;

/// What a cluster's glyphs are made from.
pub(super) struct GlyphContext<'a> {
    pub(super) text: &'a str,
    /// Shaped glyph per char (empty: no shaping).
    pub(super) shaped: &'a [Option<char>],
    /// Mirror glyphs at odd levels.
    pub(super) mirror: bool,
    /// Drop ZWJ/ZWNJ: presentation forms already say how letters join.
    pub(super) strip_joiners: bool,
}

impl GlyphContext<'_> {
    #[inline]
    pub(super) fn push_glyphs(&self, c: &Cluster, odd: bool, out: &mut String) {
        let bytes = c.bytes.start as usize..c.bytes.end as usize;
        match c.kind {
            ClusterKind::Tab => out.extend(std::iter::repeat_n(' ', c.width as usize)),
            ClusterKind::Control(symbol) => out.push(symbol),
            ClusterKind::Invisible => {}
            ClusterKind::LoneMark => {
                out.push('\u{25cc}');
                out.extend(self.text[bytes].chars().filter(|&ch| !never_sent(ch)));
            }
            ClusterKind::Text | ClusterKind::Space => {
                let first = c.chars.start as usize;
                if c.chars.len() == 1 {
                    self.push_one(first, bytes, odd, out);
                } else {
                    self.push_cluster(first, bytes, odd, out);
                }
            }
        }
    }

    /// The glyph of a cluster of one char (char `first`, at `bytes`): never a control or a
    /// format character (those are classified apart).
    #[inline]
    fn push_one(&self, first: usize, bytes: Range<usize>, odd: bool, out: &mut String) {
        match self.shaped.get(first) {
            Some(None) => {}
            Some(Some(g)) => {
                // Encoded once: compared with the text, then sent.
                let mut buf = [0u8; 4];
                let glyph = g.encode_utf8(&mut buf);
                // Mirroring applies to a char as written, not to a shaped form.
                let as_written = glyph.as_bytes() == &self.text.as_bytes()[bytes];
                match odd && self.mirror && as_written {
                    true => out.push(mirror(*g)),
                    false => out.push_str(glyph),
                }
            }
            None if odd && self.mirror => {
                out.push(mirror(self.text[bytes].chars().next().unwrap_or(' ')))
            }
            None => out.push_str(&self.text[bytes]),
        }
    }

    /// The glyphs of a cluster of several chars starting at char `first`, at `bytes`.
    fn push_cluster(&self, first: usize, bytes: Range<usize>, odd: bool, out: &mut String) {
        let src = &self.text[bytes];
        // ZWJ/ZWNJ after an Arabic letter (or its marks) are said by its shaped form;
        // after anything else (inside an emoji sequence, even one behind an Arabic
        // prepended mark such as U+06DD) they hold the sequence together.
        let mut after_arabic = false;
        for (k, ch) in (first..).zip(src.chars()) {
            let joiner = matches!(ch, '\u{200c}' | '\u{200d}');
            let strip = self.strip_joiners && joiner && after_arabic;
            if !joiner {
                after_arabic = is_arabic_script(ch);
            }
            let glyph = match self.shaped.get(k) {
                Some(Some(g)) => *g,
                Some(None) => continue, // alef inside a lam-alef ligature
                None => ch,
            };
            if never_sent(glyph) || strip {
                continue;
            }
            // Mirroring applies to the base char as written, not to a shaped form.
            let glyph = if odd && self.mirror && k == first && glyph == ch {
                mirror(glyph)
            } else {
                glyph
            };
            out.push(glyph);
        }
    }
}

/// Characters never written to the terminal even inside a cluster: bidi controls and U+FEFF.
fn never_sent(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
        || super::sanitize::control_symbol(c).is_some()
}

fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{8ff}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{fefe}')
}
