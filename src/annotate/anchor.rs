//! Finding each annotation's passage in the article as it is now.
//!
//! If the article is the one the offsets were verified against (same SHA-256), the stored offsets
//! are used once the text there is checked to equal `exact`. Otherwise, per annotation, cheapest
//! first: the text at the stored offsets (anchored there when its context agrees, when it has no
//! context, as a hand-written entry, or when the quote occurs nowhere else); the same at the offset by which the
//! previous annotation moved; every exact occurrence with its whole context; and finally every
//! occurrence within the error bound (see `candidates.rs`), ranked by `score.rs`.
//! Matching runs on the folded copy (`text/normalize.rs`) and is mapped back to real
//! offsets, widened to grapheme clusters. An annotation is never dropped: without a good enough
//! candidate it is *orphaned* and left as it is; a candidate whose words differ from the stored
//! quote (its harakat included) *needs review* however good it is, so a cited quote is never replaced silently. The
//! checksum only saves work: it is stored only once every annotation was found (see
//! `store/persist.rs`), so what one open reports the next reports too.
//! Knows nothing about files or terminals.

use std::cell::OnceCell;
use std::ops::Range;

use super::candidates::{best_candidate, Pattern};
use super::folded_text::FoldedText;
use super::model::{Annotation, CONTEXT_CHARS};
use super::offsets::{Quote, TextIndex};
use super::score::{ANCHOR_CONFIDENCE, MIN_CONFIDENCE};
use super::unique::at_most_once;
use crate::text::normalize::fold_keeping_harakat;

/// Where an annotation stands in the article as loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum AnchorState {
    /// At its stored offsets.
    Anchored,
    /// The same words (equal once folded) found elsewhere: its offsets (and quote and context)
    /// now point at the new place.
    Moved {
        /// The offsets it had before.
        from: Range<usize>,
    },
    /// Probably at `candidate`, but not surely, or there with its wording changed: the reader
    /// marks it distinctly (showing the candidate's text beside the stored quote) until the user
    /// confirms it, which takes the new text, or selects the passage anew. The stored offsets
    /// and quote are left as they were.
    NeedsReview {
        /// Where it probably is now.
        candidate: Range<usize>,
        /// How sure the match is, between the review and the anchoring thresholds.
        confidence: f32,
    },
    /// Not found: kept in the file unchanged, listed but not drawn.
    Orphaned,
}

impl AnchorState {
    /// The char range to draw, if any.
    pub(crate) fn shown_range(&self, annotation: &Annotation) -> Option<Range<usize>> {
        match self {
            AnchorState::Anchored | AnchorState::Moved { .. } => Some(annotation.range()),
            AnchorState::NeedsReview { candidate, .. } => Some(candidate.clone()),
            AnchorState::Orphaned => None,
        }
    }
}

/// The result of anchoring one annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolution {
    /// Its state.
    pub state: AnchorState,
    /// New offsets and quote to store, when anchoring found it somewhere or its text or context
    /// changed (for *anchored* and *moved* only).
    pub update: Option<(Range<usize>, Quote)>,
}

/// An article's text prepared for anchoring many annotations.
pub struct AnchorText<'a> {
    index: TextIndex<'a>,
    folded: OnceCell<FoldedText>,
}

impl<'a> AnchorText<'a> {
    /// Prepares `text` (an article's text after its BOM).
    pub fn new(text: &'a str) -> AnchorText<'a> {
        AnchorText {
            index: TextIndex::new(text),
            folded: OnceCell::new(),
        }
    }

    /// The char index of the text.
    pub fn index(&self) -> &TextIndex<'a> {
        &self.index
    }

    pub(crate) fn folded(&self) -> &FoldedText {
        self.folded
            .get_or_init(|| FoldedText::new(self.index.text()))
    }
}

/// Anchors every annotation (in any order). `verified` says the article's SHA-256 equals the
/// one stored with the offsets. Results are in the order given.
pub fn anchor_all(
    text: &AnchorText<'_>,
    verified: bool,
    annotations: &[&Annotation],
) -> Vec<Resolution> {
    let mut order: Vec<usize> = (0..annotations.len()).collect();
    order.sort_by_key(|&i| (annotations[i].start, annotations[i].end));
    let mut out = vec![None; annotations.len()];
    let mut anchorer = Anchorer { text, delta: 0 };
    let index = &text.index;
    let at_stored: Vec<bool> = annotations
        .iter()
        .map(|a| index.contains(&a.range()) && index.slice(a.range()) == a.exact)
        .collect();
    // Whether each quote found at its offsets is nowhere else, for all at once (one pass per
    // quote length, not one search of the article per annotation).
    let unique = if verified {
        vec![false; annotations.len()]
    } else {
        let quotes: Vec<&str> = annotations
            .iter()
            .zip(&at_stored)
            .map(|(a, &here)| if here { a.exact.as_str() } else { "" })
            .collect();
        at_most_once(index.text(), &quotes)
    };
    for i in order {
        let a = annotations[i];
        let resolution = if verified && at_stored[i] {
            // A hand edit may have moved `start`/`end`/`exact` together to another passage:
            // then the stored context is stale and is refreshed. A hand-written entry without
            // any context is left as written.
            let before = a.start.saturating_sub(CONTEXT_CHARS);
            let after = (a.end + CONTEXT_CHARS).min(index.char_len());
            let context_ok =
                index.slice(before..a.start) == a.prefix && index.slice(a.end..after) == a.suffix;
            let refresh = !context_ok && has_context(a);
            Resolution {
                state: AnchorState::Anchored,
                update: refresh.then(|| (a.range(), index.quote(a.range()))),
            }
        } else {
            anchorer.anchor_with(a, || unique[i])
        };
        out[i] = Some(resolution);
    }
    out.into_iter().flatten().collect()
}

/// Anchors annotations one by one, remembering how far the last one moved (edits usually shift
/// everything after them by the same amount).
pub(crate) struct Anchorer<'t, 'a> {
    text: &'t AnchorText<'a>,
    delta: i64,
}

impl<'t, 'a> Anchorer<'t, 'a> {
    /// Finds `a` in the text, not trusting any checksum, with `unique` telling (when asked)
    /// whether the quote occurs at most once in the text.
    fn anchor_with(&mut self, a: &Annotation, unique: impl FnOnce() -> bool) -> Resolution {
        if let Some(resolution) = self.at_offsets(a, unique) {
            return resolution;
        }
        let index = &self.text.index;
        let stored = a.range();
        let folded = self.text.folded();
        let pattern = Pattern::new(a, &folded.alphabet);
        if pattern.quote.is_empty() {
            // Nothing to search for (the quote is only marks or spaces): the offsets decide.
            return if index.contains(&stored) && index.slice(stored.clone()) == a.exact {
                self.accept(a, stored, 1.0)
            } else {
                orphaned()
            };
        }
        let expected = [
            stored.start,
            shift(stored.start, self.delta).min(index.char_len()),
        ];
        match best_candidate(folded, &pattern, expected, index.char_len()) {
            Some((range, confidence)) => {
                let range = index.snap(folded.folded.to_source(range));
                self.accept(a, range, confidence)
            }
            None => orphaned(),
        }
    }

    /// Anchored at the stored offsets when they hold the quote: an exact anchor unless a stored
    /// context says otherwise and the quote occurs elsewhere too. A hand-written entry (no
    /// context) is where its author put it, even once its letters were rewritten in other forms
    /// (the same words: its quote then takes the text's spelling); a garbled context on a
    /// unique quote is refreshed. `None`: look for it.
    fn at_offsets(&mut self, a: &Annotation, unique: impl FnOnce() -> bool) -> Option<Resolution> {
        let index = &self.text.index;
        let stored = a.range();
        let now = index
            .contains(&stored)
            .then(|| index.slice(stored.clone()))?;
        let exact = now == a.exact;
        if !exact && (has_context(a) || !same_words(now, &a.exact)) {
            return None;
        }
        let quote = index.quote(stored.clone());
        let context_ok = quote.prefix == a.prefix && quote.suffix == a.suffix;
        if !(context_ok || !has_context(a) || unique()) {
            return None;
        }
        self.delta = 0;
        let refresh = !exact || (!context_ok && has_context(a));
        Some(Resolution {
            state: AnchorState::Anchored,
            update: refresh.then_some((stored, quote)),
        })
    }

    fn accept(&mut self, a: &Annotation, range: Range<usize>, confidence: f32) -> Resolution {
        if confidence < MIN_CONFIDENCE {
            return orphaned();
        }
        if confidence < ANCHOR_CONFIDENCE {
            return Resolution {
                state: AnchorState::NeedsReview {
                    candidate: range,
                    confidence,
                },
                update: None,
            };
        }
        let quote = self.text.index.quote(range.clone());
        if !same_words(&quote.exact, &a.exact) {
            // The wording changed: the stored quote is what the user cited, so it stays until
            // the user takes the new text (confirming the review).
            return Resolution {
                state: AnchorState::NeedsReview {
                    candidate: range,
                    confidence,
                },
                update: None,
            };
        }
        self.delta = range.start as i64 - a.start as i64;
        let unchanged = range == a.range()
            && quote.exact == a.exact
            && quote.prefix == a.prefix
            && quote.suffix == a.suffix;
        let state = if range == a.range() {
            AnchorState::Anchored
        } else {
            AnchorState::Moved { from: a.range() }
        };
        Resolution {
            state,
            update: (!unchanged).then_some((range, quote)),
        }
    }
}

fn orphaned() -> Resolution {
    Resolution {
        state: AnchorState::Orphaned,
        update: None,
    }
}

fn shift(at: usize, delta: i64) -> usize {
    (at as i64 + delta).max(0) as usize
}

/// Whether two quotes say the same words: equal once folded with their harakat kept (tatweel,
/// letter forms, digits, case and whitespace runs aside). Anything more, a change of harakat
/// included, is a change of wording.
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    fold_keeping_harakat(a) == fold_keeping_harakat(b)
}

/// Whether an annotation stores any context (a hand-written one may have none: then there is
/// nothing stale to refresh, and its file is left as written).
fn has_context(a: &Annotation) -> bool {
    !a.prefix.is_empty() || !a.suffix.is_empty()
}
