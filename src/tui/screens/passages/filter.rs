//! The passages view's filters: tags (all of them, or any), text in quotes and notes (folded like
//! search), state; what they are called in the view's heading; tags as typed into the prompt;
//! the state filter's cycle.
//!
//! Data only; knows the export states; nothing about rows, keys, terminals or drawing.

pub use crate::annotate::model::{is_tag_separator, split_tags as parse_tags};
use crate::export::State;
use crate::text::normalize::fold;
use crate::text::sanitize::sanitize;

/// The filters: every one set must let a passage through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PassageFilter {
    /// Tags asked for (as typed); empty: any passage.
    pub tags: Vec<String>,
    /// With several tags: any of them (else all of them).
    pub any: bool,
    /// Text in the quote or the note ("" for none), folded like search.
    pub text: String,
    /// Only passages in this state.
    pub state: Option<State>,
}

impl PassageFilter {
    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        !self.tags.is_empty() || !fold(&self.text).text.trim().is_empty() || self.state.is_some()
    }

    /// What the filters are, for the heading ("" when none): sanitised.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.tags.is_empty() {
            let (joint, which) = if self.any {
                (" | ", "any of")
            } else {
                (" + ", "all of")
            };
            let tags: Vec<String> = self
                .tags
                .iter()
                .map(|t| format!("\u{2068}{}\u{2069}", sanitize(t)))
                .collect();
            parts.push(format!("tags {which}: {}", tags.join(joint)));
        }
        if !fold(&self.text).text.trim().is_empty() {
            parts.push(format!(
                "text: “\u{2068}{}\u{2069}”",
                sanitize(self.text.trim())
            ));
        }
        if let Some(state) = self.state {
            parts.push(format!("state: {}", state_label(state)));
        }
        parts.join(" · ")
    }
}

/// The state filter after `state`: all, then each state in turn, then all again.
pub fn next_state(state: Option<State>) -> Option<State> {
    match state {
        None => Some(State::ALL[0]),
        Some(s) => State::ALL
            .iter()
            .position(|&x| x == s)
            .and_then(|i| State::ALL.get(i + 1).copied()),
    }
}

/// A state as the view names it.
pub fn state_label(state: State) -> &'static str {
    match state {
        State::Anchored => "anchored",
        State::Moved => "moved",
        State::NeedsReview => "needs review",
        State::Orphaned => "not found (orphaned)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_and_states_cycle() {
        assert_eq!(parse_tags("طاقة، نفط ,x  "), ["طاقة", "نفط", "x"]);
        assert_eq!(parse_tags(" الحرب الباردة,,"), ["الحرب الباردة"]);
        let mut s = None;
        let mut seen = Vec::new();
        for _ in 0..5 {
            s = next_state(s);
            seen.push(s);
        }
        assert_eq!(
            seen,
            [
                Some(State::Anchored),
                Some(State::Moved),
                Some(State::NeedsReview),
                Some(State::Orphaned),
                None
            ]
        );
        let filter = PassageFilter {
            tags: vec!["a".into(), "b\x1b".into()],
            any: true,
            text: " x ".into(),
            state: Some(State::NeedsReview),
        };
        let d = filter.describe();
        assert!(
            d.contains("tags any of") && d.contains("state: needs review"),
            "{d}"
        );
        assert!(!d.contains('\x1b'), "{d:?}");
        assert!(!PassageFilter::default().is_active());
    }
}
