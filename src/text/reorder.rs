//! Reordering one wrapped line into visual order (UAX #9 rules L1–L4), cluster by cluster.
//!
//! Levels are resolved on the whole paragraph (unicode-bidi); this module applies L1 to the line,
//! reverses whole grapheme clusters (so marks stay after their base: L3) and mirrors glyphs at odd
//! levels (L4). Knows nothing about terminals.

use unicode_bidi::BidiClass;

use super::cluster::{Cluster, ClusterKind};

/// The bidi class and resolved level (before L1) of each cluster of a paragraph.
pub(crate) trait LevelSource {
    /// Class and level of the cluster at byte range `bytes` of the paragraph: those of its first
    /// char that rule X9 does not remove (a ZWJ before a mark takes the mark's level).
    fn at(&self, bytes: std::ops::Range<usize>) -> (BidiClass, u8);

    /// The one level of every cluster, when the source gives all the same (class L).
    fn flat(&self) -> Option<u8> {
        None
    }
}

impl LevelSource for unicode_bidi::ParagraphBidiInfo<'_> {
    fn at(&self, bytes: std::ops::Range<usize>) -> (BidiClass, u8) {
        let classes = &self.original_classes;
        let i = (bytes.start..bytes.end)
            .find(|&b| classes[b] != BidiClass::BN)
            .unwrap_or(bytes.start);
        (classes[i], self.levels[i].number())
    }
}

/// Every char at the paragraph's level: the level source of a paragraph that needs no bidi work
/// (pure LTR text, or `bidi = terminal`).
pub(crate) struct Flat(pub u8);

impl LevelSource for Flat {
    fn at(&self, _: std::ops::Range<usize>) -> (BidiClass, u8) {
        (BidiClass::L, self.0)
    }

    fn flat(&self) -> Option<u8> {
        Some(self.0)
    }
}

/// Level of a cluster that rule X9 removed (embeddings, overrides, boundary neutrals) and that
/// shows nothing: it takes no part in reordering.
pub(crate) const REMOVED: u8 = u8::MAX;

/// The levels of a line's clusters after rule L1: tabs, and whitespace (with isolate and removed
/// formatting characters) before a tab or at the end of the line, take the paragraph level.
/// Invisible clusters removed by rule X9 get [`REMOVED`].
pub(crate) fn line_levels(
    src: &impl LevelSource,
    line: &[Cluster],
    paragraph: u8,
    out: &mut Vec<u8>,
) {
    use BidiClass::*;
    out.clear();
    if let Some(level) = src.flat().filter(|&l| l == paragraph) {
        // Class L throughout (tabs, S, take the paragraph level, which is this one).
        out.resize(line.len(), level);
        return;
    }
    out.extend(line.iter().map(|c| {
        let (class, level) = src.at(c.bytes.start as usize..c.bytes.end as usize);
        let removed = matches!(class, BN | LRE | RLE | LRO | RLO | PDF);
        if removed && c.kind == ClusterKind::Invisible {
            REMOVED
        } else {
            level
        }
    }));
    let mut trailing = true;
    for (i, c) in line.iter().enumerate().rev() {
        if out[i] == REMOVED {
            continue;
        }
        let class = if c.kind == ClusterKind::Tab {
            S
        } else {
            src.at(c.bytes.start as usize..c.bytes.end as usize).0
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
/// the clusters left to right, leaving out those [`REMOVED`] by rule X9. Isolate initiators and
/// other invisible clusters that keep a level take part (they separate runs) and are left for
/// the caller to skip.
pub(crate) fn visual_order(levels: &[u8], order: &mut Vec<usize>) {
    order.clear();
    if let Some(&first) = levels.first().filter(|&&l| l != REMOVED) {
        if levels.iter().all(|&l| l == first) {
            order.extend(0..levels.len());
            if first % 2 == 1 {
                order.reverse();
            }
            return;
        }
    }
    order.extend((0..levels.len()).filter(|&i| levels[i] != REMOVED));
    // Most lines hold a single level: nothing to do, or one reversal.
    if let Some(&first) = order.first().map(|&i| &levels[i]) {
        if order.iter().all(|&i| levels[i] == first) {
            if first % 2 == 1 {
                order.reverse();
            }
            return;
        }
    }
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
pub(crate) fn mirror(c: char) -> char {
    // Below U+2000 only these have a mirrored glyph (BidiMirroring.txt); skip the table lookup
    // for the letters that make up most text.
    if (c as u32) < 0x2000
        && !matches!(
            c,
            '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}' | '«' | '»' | '\u{f3a}'
                ..='\u{f3d}' | '\u{169b}' | '\u{169c}'
        )
    {
        return c;
    }
    unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverses_from_the_highest_level_down() {
        let mut order = Vec::new();
        // RTL paragraph: R R [L L] R R with the Latin at level 2
        visual_order(&[1, 1, 2, 2, 1, 1], &mut order);
        assert_eq!(order, [5, 4, 2, 3, 1, 0]);
        visual_order(&[0, 0, 0, 0, 0, 0], &mut order);
        assert_eq!(order, [0, 1, 2, 3, 4, 5]);
        visual_order(&[0, REMOVED, 1, 1], &mut order);
        assert_eq!(order, [0, 3, 2]);
    }

    #[test]
    fn mirrors_brackets() {
        assert_eq!(mirror('('), ')');
        assert_eq!(mirror('«'), '»');
        assert_eq!(mirror('a'), 'a');
        assert_eq!(mirror('\u{f3a}'), '\u{f3b}');
        assert_eq!(mirror('⁅'), '⁆');
        for c in (0..0x2000).filter_map(char::from_u32) {
            assert_eq!(
                mirror(c),
                unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c),
                "{c:?}"
            );
        }
    }
}
