//! The annotation list's state (`A`): which entry is selected among the article's annotations
//! in reading order (orphans last, as the store lists them), and what a state is called.
//!
//! The entries themselves are read from the store whenever they are needed, so the list never
//! shows stale annotations after a change. Knows the store's entries; nothing about keys,
//! terminals or drawing.

use crate::annotate::anchor::AnchorState;
use crate::annotate::model::AnnotationId;
use crate::annotate::store::Store;
use crate::tui::screens::selection;

/// The open list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnnotationList {
    /// Index of the selected entry.
    pub selected: usize,
}

impl AnnotationList {
    /// A list with entry `selected` selected.
    pub fn new(selected: usize) -> AnnotationList {
        AnnotationList { selected }
    }

    /// Moves the selection by `delta` entries among `len`, stopping at the ends.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        self.selected = selection::moved(self.selected, delta, len);
    }

    /// The selected annotation's id (the selection clamped to the list).
    pub fn selected_id(&self, store: &Store) -> Option<AnnotationId> {
        let entries = store.annotations();
        let i = self.selected.min(entries.len().checked_sub(1)?);
        Some(entries[i].annotation.id.clone())
    }
}

/// A state as the list names it.
pub fn state_name(state: &AnchorState) -> &'static str {
    match state {
        AnchorState::Anchored => "anchored",
        AnchorState::Moved { .. } => "moved",
        AnchorState::NeedsReview { .. } => "needs review",
        AnchorState::Orphaned => "not found (orphaned)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stop_at_the_ends() {
        let mut list = AnnotationList::new(0);
        list.move_by(-1, 3);
        assert_eq!(list.selected, 0);
        list.move_by(5, 3);
        assert_eq!(list.selected, 2);
        list.move_by(1, 0);
        assert_eq!(list.selected, 0);
        assert_eq!(state_name(&AnchorState::Orphaned), "not found (orphaned)");
    }
}
