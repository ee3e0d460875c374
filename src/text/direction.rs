//! Base direction of paragraphs (UAX #9 rules P2–P3).
//!
//! Knows only characters and their bidi classes; nothing about wrapping or terminals.

use unicode_bidi::{bidi_class, BidiClass};

/// The direction of a paragraph, or of a line laid out from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    /// Left to right (Latin, digits, …).
    #[default]
    Ltr,
    /// Right to left (Arabic, Hebrew, …).
    Rtl,
}

impl Direction {
    /// True for right-to-left.
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// The direction given by the first strong character of `text` (P2–P3): characters between an
/// isolate initiator (LRI, RLI, FSI) and its matching PDI are skipped. `None` when there is no
/// strong character.
pub fn first_strong(text: &str) -> Option<Direction> {
    let mut isolate_depth = 0usize;
    for c in text.chars() {
        // Fast path: ASCII letters are L, other ASCII is neutral or weak.
        if c.is_ascii() {
            if isolate_depth == 0 && c.is_ascii_alphabetic() {
                return Some(Direction::Ltr);
            }
            continue;
        }
        match bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => isolate_depth += 1,
            BidiClass::PDI => isolate_depth = isolate_depth.saturating_sub(1),
            BidiClass::L if isolate_depth == 0 => return Some(Direction::Ltr),
            BidiClass::R | BidiClass::AL if isolate_depth == 0 => return Some(Direction::Rtl),
            _ => {}
        }
    }
    None
}

/// Resolves the base direction of every paragraph: its first strong character, else the previous
/// paragraph's direction; paragraphs before the first strong one take the document's first strong
/// direction (LTR for a document with none).
pub(crate) fn resolve_directions(firsts: &[Option<Direction>]) -> Vec<Direction> {
    let document = firsts.iter().flatten().next().copied().unwrap_or_default();
    let mut previous = document;
    firsts
        .iter()
        .map(|first| {
            let d = first.unwrap_or(previous);
            previous = d;
            d
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_strong_skips_neutrals_and_isolates() {
        assert_eq!(first_strong("123 «مرحبا»"), Some(Direction::Rtl));
        assert_eq!(first_strong("  hello سلام"), Some(Direction::Ltr));
        assert_eq!(
            first_strong("\u{2067}abc\u{2069} سلام"),
            Some(Direction::Rtl)
        );
        assert_eq!(first_strong("123 ..."), None);
        assert_eq!(first_strong("שלום"), Some(Direction::Rtl));
    }

    #[test]
    fn neutral_paragraphs_inherit() {
        use Direction::*;
        let firsts = [None, Some(Rtl), None, Some(Ltr), None];
        assert_eq!(resolve_directions(&firsts), vec![Rtl, Rtl, Rtl, Ltr, Ltr]);
        assert_eq!(resolve_directions(&[None, None]), vec![Ltr, Ltr]);
    }
}
