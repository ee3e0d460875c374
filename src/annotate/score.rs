//! How good a candidate place for an annotation is: a ranking score to choose among candidates and
//! a confidence to decide between *anchored/moved*, *needs review* and *orphaned*.
//!
//! Hypothesis scores `(50·quote + 20·prefix + 20·suffix + 2·position)/92` but only looks at
//! approximate matches when no exact one exists, so an exact copy of the quote in the wrong place
//! always wins (h#2798, h#4328); short quotes match anywhere (h#2634); nothing is ever too poor.
//! Here every candidate within the error bound is ranked, context weighs almost as much as the
//! quote, a short quote needs its context to be trusted, and there is a minimum confidence.
//! Pure functions of numbers; knows nothing about text or files.

/// Confidence at or above which a candidate is taken without asking.
pub(crate) const ANCHOR_CONFIDENCE: f32 = 0.75;
/// Confidence below which a candidate is not even offered for review (the annotation is orphaned).
pub(crate) const MIN_CONFIDENCE: f32 = 0.5;
/// A quote this long (folded chars) identifies its passage on its own; shorter quotes need
/// their context in proportion.
pub(crate) const SPECIFIC_QUOTE_CHARS: usize = 64;

/// The most edits an approximate occurrence of a quote of `quote_len` folded chars may have:
/// a quarter of its length (so quotes under 4 chars must match exactly).
pub(crate) fn max_errors(quote_len: usize) -> usize {
    quote_len / 4
}

/// What is known about one candidate place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Evidence {
    /// Length of the stored quote, folded.
    pub quote_len: usize,
    /// Edits between the stored quote and the candidate's text, folded.
    pub quote_errors: usize,
    /// Similarity (0–1) of the stored prefix to the text before the candidate; `None` when it
    /// cannot tell (no stored prefix and the candidate is not at the start of the text).
    pub prefix: Option<f32>,
    /// Weight of the prefix (its length).
    pub prefix_len: usize,
    /// Similarity (0–1) of the stored suffix to the text after the candidate, as for `prefix`.
    pub suffix: Option<f32>,
    /// Weight of the suffix (its length).
    pub suffix_len: usize,
    /// Chars between the candidate and where the annotation was expected.
    pub distance: usize,
    /// Length of the article in chars.
    pub text_len: usize,
    /// Whether this is the only occurrence within the error bound in the whole text.
    pub unique: bool,
}

impl Evidence {
    /// Quote similarity, 0–1.
    pub fn quote(&self) -> f32 {
        if self.quote_len == 0 {
            return 0.0;
        }
        1.0 - (self.quote_errors.min(self.quote_len) as f32 / self.quote_len as f32)
    }

    /// Context similarity, 0–1: prefix and suffix weighted by length; 0.5 (no evidence either
    /// way) when neither side can tell.
    pub fn context(&self) -> f32 {
        let sides = [
            (self.prefix, self.prefix_len.max(1)),
            (self.suffix, self.suffix_len.max(1)),
        ];
        let (sum, weight) = sides
            .iter()
            .filter_map(|&(sim, len)| sim.map(|s| (s * len as f32, len as f32)))
            .fold((0.0, 0.0), |(s, w), (x, l)| (s + x, w + l));
        if weight == 0.0 {
            0.5
        } else {
            sum / weight
        }
    }

    /// Nearness to the expected place, 0–1 (1 at the expected place, 0 a text length away).
    pub fn position(&self) -> f32 {
        1.0 - (self.distance as f32 / self.text_len.max(1) as f32).min(1.0)
    }

    /// The ranking score, 0–1: half quote, two fifths context, a tenth position. A slightly
    /// edited quote in its own context outranks an exact copy elsewhere.
    pub(crate) fn rank(&self) -> f32 {
        0.5 * self.quote() + 0.4 * self.context() + 0.1 * self.position()
    }

    /// How sure hamish is that this is the annotated passage, 0–1: the quote similarity, scaled
    /// by the context similarity for quotes too short to be specific on their own. A quote that
    /// occurs only once in the text is as specific as one twice its length.
    pub fn confidence(&self) -> f32 {
        let effective_len = self.quote_len * if self.unique { 2 } else { 1 };
        let specificity = (effective_len as f32 / SPECIFIC_QUOTE_CHARS as f32).min(1.0);
        self.quote() * (specificity + (1.0 - specificity) * self.context())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(quote_len: usize, errors: usize, context: f32, distance: usize) -> Evidence {
        Evidence {
            quote_len,
            quote_errors: errors,
            prefix: Some(context),
            prefix_len: 32,
            suffix: Some(context),
            suffix_len: 32,
            distance,
            text_len: 5000,
            unique: false,
        }
    }

    #[test]
    fn an_edited_quote_in_context_beats_an_exact_copy_elsewhere() {
        for len in [8, 20, 40, 100, 400] {
            let edited_here = evidence(len, max_errors(len), 1.0, 0);
            let exact_elsewhere = evidence(len, 0, 0.3, 10);
            assert!(
                edited_here.rank() > exact_elsewhere.rank(),
                "quote of {len}"
            );
        }
    }

    #[test]
    fn short_quotes_need_context() {
        let wrong_place = evidence(5, 0, 0.2, 0);
        assert!(wrong_place.confidence() < MIN_CONFIDENCE);
        let half_context = evidence(12, 0, 0.55, 0);
        let c = half_context.confidence();
        assert!((MIN_CONFIDENCE..ANCHOR_CONFIDENCE).contains(&c), "{c}");
        assert!(evidence(5, 0, 1.0, 900).confidence() >= ANCHOR_CONFIDENCE);
    }

    #[test]
    fn a_unique_quote_counts_double() {
        let mut e = evidence(14, 0, 0.25, 0);
        assert!(e.confidence() < MIN_CONFIDENCE);
        e.unique = true;
        let c = e.confidence();
        assert!((MIN_CONFIDENCE..ANCHOR_CONFIDENCE).contains(&c), "{c}");
        let mut short = evidence(5, 0, 0.2, 0);
        short.unique = true;
        assert!(short.confidence() < MIN_CONFIDENCE);
    }

    #[test]
    fn long_exact_quotes_stand_on_their_own() {
        assert!(evidence(80, 0, 0.1, 3000).confidence() >= ANCHOR_CONFIDENCE);
        let one_word_changed = evidence(40, 6, 1.0, 0);
        assert!(one_word_changed.confidence() >= ANCHOR_CONFIDENCE);
    }

    #[test]
    fn unknown_context_is_neutral_and_position_breaks_ties() {
        let mut e = evidence(10, 0, 1.0, 0);
        e.prefix = None;
        e.suffix = None;
        assert_eq!(e.context(), 0.5);
        assert!(evidence(10, 0, 1.0, 0).rank() > evidence(10, 0, 1.0, 100).rank());
        assert_eq!(max_errors(3), 0);
        assert_eq!(max_errors(40), 10);
    }
}
