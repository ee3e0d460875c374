//! An article's text folded for anchoring (harakat, tatweel and letter forms folded; see
//! [`crate::text::normalize::fold`]) and spelled in a compact alphabet for the fuzzy search,
//! with the way back to the text's own positions. Shared by anchoring and candidate search;
//! knows nothing about annotations.

use super::fuzzy::Alphabet;
use crate::text::normalize::{fold, Folded};

/// The folded text as symbols, built only when some annotation needs a search.
pub(crate) struct FoldedText {
    pub(crate) folded: Folded,
    pub(crate) alphabet: Alphabet,
    pub(crate) symbols: Vec<u16>,
}

impl FoldedText {
    /// Folds `text` and spells it in a fresh alphabet.
    pub(crate) fn new(text: &str) -> FoldedText {
        let folded = fold(text);
        let mut alphabet = Alphabet::default();
        let symbols = alphabet.learn(folded.text.chars());
        FoldedText {
            folded,
            alphabet,
            symbols,
        }
    }

    /// The first folded position whose source is at or after `source`.
    pub(crate) fn position_of(&self, source: usize) -> usize {
        self.folded
            .origin
            .partition_point(|&o| (o as usize) < source)
    }
}
