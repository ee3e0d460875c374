//! Reading the store: annotations in reading order, those under a caret or on screen, the next
//! and previous one, counts and tags.
//!
//! "Reading order" is by the char range shown (where the annotation is now; the candidate place
//! for one that needs review), then orphans by their stored offsets. Ranges are half-open; an
//! empty range counts as overlapping a range that contains its position.

use std::collections::BTreeSet;
use std::ops::Range;

use super::Store;
use crate::annotate::anchor::{same_words, AnchorState};
use crate::annotate::model::{Annotation, AnnotationId};
use crate::annotate::offsets::TextIndex;

/// One annotation with where it is shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry<'s> {
    /// The annotation as stored.
    pub annotation: &'s Annotation,
    /// How it anchored.
    pub state: &'s AnchorState,
    /// The chars to highlight; `None` for orphans.
    pub range: Option<&'s Range<usize>>,
}

/// How many annotations are in each anchor state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// All annotations.
    pub total: usize,
    /// At their stored offsets.
    pub anchored: usize,
    /// Found elsewhere and updated.
    pub moved: usize,
    /// Waiting for the user to confirm or re-select.
    pub needs_review: usize,
    /// Not found.
    pub orphaned: usize,
}

impl Store {
    /// All annotations in reading order, orphans last.
    pub fn annotations(&self) -> Vec<Entry<'_>> {
        self.order
            .iter()
            .map(|(r, id)| self.entry(id, r.as_ref()))
            .collect()
    }

    /// One annotation.
    pub fn get(&self, id: &AnnotationId) -> Option<Entry<'_>> {
        let i = self.order.iter().position(|(_, i)| i == id)?;
        Some(self.entry(id, self.order[i].0.as_ref()))
    }

    /// Annotations whose shown range holds char `offset`, in reading order.
    pub fn at(&self, offset: usize) -> Vec<Entry<'_>> {
        self.overlapping(offset..offset + 1)
    }

    /// Annotations whose shown range overlaps `range`, in reading order (for drawing a screen).
    pub fn overlapping(&self, range: Range<usize>) -> Vec<Entry<'_>> {
        let shown = self.shown();
        let end = shown.partition_point(|(r, _)| r.as_ref().is_some_and(|r| r.start < range.end));
        shown[..end]
            .iter()
            .filter(|(r, _)| {
                let r = r.as_ref().expect("shown entries have ranges");
                r.end > range.start || (r.is_empty() && r.start >= range.start)
            })
            .map(|(r, id)| self.entry(id, r.as_ref()))
            .collect()
    }

    /// The first annotation starting after char `offset` (for `]`).
    pub fn next_after(&self, offset: usize) -> Option<Entry<'_>> {
        let shown = self.shown();
        let i = shown.partition_point(|(r, _)| r.as_ref().is_some_and(|r| r.start <= offset));
        shown.get(i).map(|(r, id)| self.entry(id, r.as_ref()))
    }

    /// The last annotation starting before char `offset` (for `[`).
    pub fn previous_before(&self, offset: usize) -> Option<Entry<'_>> {
        let shown = self.shown();
        let i = shown.partition_point(|(r, _)| r.as_ref().is_some_and(|r| r.start < offset));
        i.checked_sub(1)
            .map(|i| self.entry(&shown[i].1, shown[i].0.as_ref()))
    }

    /// How many annotations are in each state.
    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            total: self.current.annotations.len(),
            ..Counts::default()
        };
        for id in self.current.annotations.keys() {
            match self.state_of(id) {
                AnchorState::Anchored => c.anchored += 1,
                AnchorState::Moved { .. } => c.moved += 1,
                AnchorState::NeedsReview { .. } => c.needs_review += 1,
                AnchorState::Orphaned => c.orphaned += 1,
            }
        }
        c
    }

    /// The tags used in this article's annotations.
    pub fn tags(&self) -> BTreeSet<&str> {
        self.current
            .annotations
            .values()
            .flat_map(|a| a.tags.iter().map(String::as_str))
            .collect()
    }

    /// For an annotation that needs review because the article's wording changed, the text now
    /// at its candidate place (what confirming takes); `None` otherwise.
    pub fn reworded(&self, id: &AnnotationId) -> Option<&str> {
        let AnchorState::NeedsReview { candidate, .. } = self.state_of(id) else {
            return None;
        };
        let exact = &self.current.annotations.get(id)?.exact;
        let now = TextIndex::new(&self.text).slice(candidate.clone());
        (!same_words(now, exact)).then_some(now)
    }

    /// The entries with a shown range (a prefix of `order`).
    fn shown(&self) -> &[(Option<Range<usize>>, AnnotationId)] {
        let n = self.order.partition_point(|(r, _)| r.is_some());
        &self.order[..n]
    }

    fn entry<'s>(&'s self, id: &AnnotationId, range: Option<&'s Range<usize>>) -> Entry<'s> {
        Entry {
            annotation: &self.current.annotations[id],
            state: self.state_of(id),
            range,
        }
    }

    /// Recomputes reading order after any change.
    pub(super) fn rebuild_order(&mut self) {
        type Keyed = ((u8, usize, usize), Option<Range<usize>>, AnnotationId);
        let mut keyed: Vec<Keyed> = self
            .current
            .annotations
            .values()
            .map(|a| {
                let shown = self.state_of(&a.id).shown_range(a);
                let key = match &shown {
                    Some(r) => (0, r.start, r.end),
                    None => (1, a.start, a.end),
                };
                (key, shown, a.id.clone())
            })
            .collect();
        // Ids are unique, so the order is total and an unstable sort is deterministic.
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.cmp(&b.2)));
        self.order = keyed.into_iter().map(|(_, r, id)| (r, id)).collect();
    }
}
