//! Reordering one wrapped line into visual order (UAX #9 rules L1–L4), cluster by cluster.
//!
//! Levels are resolved on the whole paragraph (unicode-bidi); this module applies L1 to the line,
//! reverses whole grapheme clusters (so marks stay after their base: L3) and mirrors glyphs at odd
//! levels (L4). Knows nothing about terminals.

use unicode_bidi::BidiClass;

use super::cluster::{Cluster, ClusterKind};

/// The bidi class and resolved level of the first char of each cluster of a paragraph.
pub trait LevelSource {
    /// Class and level (before L1) of the char at byte `byte` of the paragraph.
    fn at(&self, byte: usize) -> (BidiClass, u8);
}

impl LevelSource for unicode_bidi::ParagraphBidiInfo<'_> {
    fn at(&self, byte: usize) -> (BidiClass, u8) {
        (self.original_classes[byte], self.levels[byte].number())
    }
}

/// Every char at the paragraph's level: the level source of a paragraph that needs no bidi work
/// (pure LTR text, or `bidi = terminal`).
pub struct Flat(pub u8);

impl LevelSource for Flat {
    fn at(&self, _: usize) -> (BidiClass, u8) {
        (BidiClass::L, self.0)
    }
}

/// The levels of a line's clusters after rule L1: tabs, and whitespace (with isolate and removed
/// formatting characters) before a tab or at the end of the line, take the paragraph level.
pub fn line_levels(src: &impl LevelSource, line: &[Cluster], paragraph: u8, out: &mut Vec<u8>) {
    use BidiClass::*;
    out.clear();
    out.extend(line.iter().map(|c| src.at(c.bytes.start as usize).1));
    let mut trailing = true;
    for (i, c) in line.iter().enumerate().rev() {
        let class = if c.kind == ClusterKind::Tab {
            S
        } else {
            src.at(c.bytes.start as usize).0
        };
        match class {
            S | B => {
                out[i] = paragraph;
                trailing = true;
            }
            WS | FSI | LRI | RLI | PDI | BN | LRE | RLE | LRO | RLO | PDF => {
                if trailing {
                    out[i] = paragraph;
                }
            }
            _ => trailing = false,
        }
    }
}

/// Visual order (rule L2) of the clusters of a line, given their levels: writes the indices of
/// the visible clusters (invisible format characters left out), left to right.
pub fn visual_order(line: &[Cluster], levels: &[u8], order: &mut Vec<usize>) {
    order.clear();
    order.extend((0..line.len()).filter(|&i| line[i].kind != ClusterKind::Invisible));
    let (mut max, mut min_odd) = (0u8, u8::MAX);
    for &i in order.iter() {
        let l = levels[i];
        max = max.max(l);
        if l % 2 == 1 {
            min_odd = min_odd.min(l);
        }
    }
    if min_odd == u8::MAX {
        return;
    }
    let mut level = max;
    while level >= min_odd {
        let mut i = 0;
        while i < order.len() {
            if levels[order[i]] >= level {
                let start = i;
                while i < order.len() && levels[order[i]] >= level {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
}

/// The mirrored glyph of `c` when shown at an odd (right-to-left) level (rule L4).
pub fn mirror(c: char) -> char {
    unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cl(i: u32) -> Cluster {
        Cluster {
            bytes: i..i + 1,
            chars: i..i + 1,
            width: 1,
            kind: ClusterKind::Text,
        }
    }

    #[test]
    fn reverses_from_the_highest_level_down() {
        let line: Vec<_> = (0..6).map(cl).collect();
        let mut order = Vec::new();
        // RTL paragraph: R R [L L] R R with the Latin at level 2
        visual_order(&line, &[1, 1, 2, 2, 1, 1], &mut order);
        assert_eq!(order, [5, 4, 2, 3, 1, 0]);
        visual_order(&line, &[0, 0, 0, 0, 0, 0], &mut order);
        assert_eq!(order, [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn mirrors_brackets() {
        assert_eq!(mirror('('), ')');
        assert_eq!(mirror('«'), '»');
        assert_eq!(mirror('a'), 'a');
    }
}
