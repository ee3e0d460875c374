//! Changing annotations: add, edit, delete, confirm or re-anchor, undo and redo. Each change is
//! applied in memory, recorded for undo, and saved at once.

use std::ops::Range;

use super::{Applied, EditError, Saved, Store};
use crate::annotate::anchor::AnchorState;
use crate::annotate::history::Change;
use crate::annotate::model::{normalize_tags, Annotation, AnnotationId, Extra};
use crate::annotate::offsets::TextIndex;
use crate::annotate::time::Timestamp;

/// New content for an annotation; `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edit {
    /// New tags (normalised: trimmed, sorted, deduplicated).
    pub tags: Option<Vec<String>>,
    /// New colour name.
    pub color: Option<String>,
    /// New note.
    pub note: Option<String>,
}

impl Store {
    /// Annotates the chars `range` (widened to whole grapheme clusters) with tags, a colour and
    /// a note. The quote and 32 chars of context on each side are taken from the article.
    pub fn add<I, S>(
        &mut self,
        range: Range<usize>,
        tags: I,
        color: &str,
        note: &str,
    ) -> Result<Applied, EditError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let range = self.checked(range)?;
        let quote = TextIndex::new(&self.text).quote(range.clone());
        let now = Timestamp::now();
        let a = Annotation {
            id: AnnotationId::generate(),
            start: range.start,
            end: range.end,
            exact: quote.exact,
            prefix: quote.prefix,
            suffix: quote.suffix,
            tags: normalize_tags(tags),
            color: color.to_owned(),
            note: note.to_owned(),
            created: Some(now),
            updated: Some(now),
            extra: Extra::new(),
        };
        let id = a.id.clone();
        Ok(self.change(id, Some(a), Some(AnchorState::Anchored)))
    }

    /// Changes an annotation's tags, colour or note (and its `updated` time, if anything
    /// changed).
    pub fn edit(&mut self, id: &AnnotationId, edit: Edit) -> Result<Applied, EditError> {
        let before = self.existing(id)?;
        let mut a = before.clone();
        if let Some(tags) = edit.tags {
            a.tags = normalize_tags(tags);
        }
        if let Some(color) = edit.color {
            a.color = color;
        }
        if let Some(note) = edit.note {
            a.note = note;
        }
        if a == *before {
            // Nothing changed (the editor was confirmed as it was): no write, no undo step, and
            // `updated` stays, so this does not win merges it has no part in.
            return Ok(Applied {
                id: id.clone(),
                saved: Ok(Saved::default()),
            });
        }
        a.updated = Some(Timestamp::now());
        let state = self.state_of(id).clone();
        Ok(self.change(id.clone(), Some(a), Some(state)))
    }

    /// Deletes an annotation.
    pub fn delete(&mut self, id: &AnnotationId) -> Result<Applied, EditError> {
        self.existing(id)?;
        Ok(self.change(id.clone(), None, None))
    }

    /// Accepts the place found for an annotation that needs review.
    pub fn confirm(&mut self, id: &AnnotationId) -> Result<Applied, EditError> {
        match self.state_of(id) {
            AnchorState::NeedsReview { candidate, .. } => {
                let candidate = candidate.clone();
                self.reanchor(id, candidate)
            }
            _ => {
                self.existing(id)?;
                Err(EditError::NotUnderReview(id.clone()))
            }
        }
    }

    /// Puts an annotation on a new passage (the user selected it anew): offsets, quote and
    /// context are taken from `range`; tags, colour and note stay.
    pub fn reanchor(
        &mut self,
        id: &AnnotationId,
        range: Range<usize>,
    ) -> Result<Applied, EditError> {
        let mut a = self.existing(id)?.clone();
        let range = self.checked(range)?;
        let quote = TextIndex::new(&self.text).quote(range.clone());
        super::place(&mut a, range, quote);
        a.updated = Some(Timestamp::now());
        Ok(self.change(id.clone(), Some(a), Some(AnchorState::Anchored)))
    }

    /// Undoes the last annotation change (and saves). `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<Applied> {
        let change = self.history.undo()?;
        Some(self.replay(change))
    }

    /// Redoes the last undone change (and saves). `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Option<Applied> {
        let change = self.history.redo()?;
        Some(self.replay(change))
    }

    /// Forgets the undo and redo history: after a change made outside this store (a tag renamed
    /// in the whole library), undoing an older edit would bring back what that change replaced.
    pub(crate) fn forget_history(&mut self) {
        self.history.clear();
    }

    /// Whether [`Store::undo`] would do something.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether [`Store::redo`] would do something.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Applies an undo or redo step. Restoring an edited version counts as a new edit for
    /// merging (`updated` is now); re-adding a deleted one brings it back as it was.
    fn replay(&mut self, change: Change) -> Applied {
        let mut after = change.after;
        if let (Some(a), true) = (&mut after, change.before.is_some()) {
            a.updated = Some(Timestamp::now());
        }
        self.set(&change.id, after);
        self.anchor_one(&change.id);
        self.rebuild_order();
        Applied {
            id: change.id,
            saved: self.persist(),
        }
    }

    /// Applies, records and saves a change to `id`.
    fn change(
        &mut self,
        id: AnnotationId,
        after: Option<Annotation>,
        state: Option<AnchorState>,
    ) -> Applied {
        let before = self.current.annotations.get(&id).cloned();
        self.history.record(Change {
            id: id.clone(),
            before,
            after: after.clone(),
        });
        self.set(&id, after);
        match state {
            Some(s) => {
                self.states.insert(id.clone(), s);
            }
            None => {
                self.states.remove(&id);
            }
        }
        self.rebuild_order();
        Applied {
            id,
            saved: self.persist(),
        }
    }

    fn set(&mut self, id: &AnnotationId, a: Option<Annotation>) {
        match a {
            Some(a) => {
                self.current.annotations.insert(id.clone(), a);
            }
            None => {
                self.current.annotations.remove(id);
                self.states.remove(id);
            }
        }
    }

    fn existing(&self, id: &AnnotationId) -> Result<&Annotation, EditError> {
        self.current
            .annotations
            .get(id)
            .ok_or_else(|| EditError::UnknownId(id.clone()))
    }

    /// `range` checked against the article and widened to grapheme clusters.
    fn checked(&self, range: Range<usize>) -> Result<Range<usize>, EditError> {
        let index = TextIndex::new(&self.text);
        if range.end > index.char_len() {
            return Err(EditError::OutOfRange {
                range,
                len: index.char_len(),
            });
        }
        if range.start >= range.end {
            return Err(EditError::EmptyRange);
        }
        Ok(index.snap(range))
    }
}
