//! Undo and redo of annotation changes, as before/after snapshots of one annotation.
//!
//! Knows nothing about files, anchoring or how changes are applied.

use super::model::{Annotation, AnnotationId};

/// How many changes can be undone.
const LIMIT: usize = 1000;

/// One annotation change: its state before and after (`None` = absent).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Change {
    /// The annotation changed.
    pub id: AnnotationId,
    /// Before the change.
    pub before: Option<Annotation>,
    /// After the change.
    pub after: Option<Annotation>,
}

impl Change {
    /// The change that undoes this one.
    pub(crate) fn inverse(&self) -> Change {
        Change {
            id: self.id.clone(),
            before: self.after.clone(),
            after: self.before.clone(),
        }
    }
}

/// The undo and redo stacks.
#[derive(Debug, Default)]
pub(crate) struct History {
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl History {
    /// Records a new change (forgetting what could be redone).
    pub fn record(&mut self, change: Change) {
        self.redo.clear();
        self.undo.push(change);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    /// Forgets every change: none can be undone or redone any more.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }

    /// The change to apply to undo the last one (moved to the redo stack).
    pub fn undo(&mut self) -> Option<Change> {
        let change = self.undo.pop()?;
        let inverse = change.inverse();
        self.redo.push(change);
        Some(inverse)
    }

    /// The change to apply to redo the last undone one (moved back to the undo stack).
    pub fn redo(&mut self) -> Option<Change> {
        let change = self.redo.pop()?;
        self.undo.push(change.clone());
        Some(change)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(n: &str) -> Change {
        Change {
            id: AnnotationId::new(n).unwrap(),
            before: None,
            after: None,
        }
    }

    #[test]
    fn undo_then_redo_replays_in_order_and_a_new_change_clears_redo() {
        let mut h = History::default();
        h.record(change("a"));
        h.record(change("b"));
        assert_eq!(h.undo().unwrap().id.as_str(), "b");
        assert_eq!(h.undo().unwrap().id.as_str(), "a");
        assert!(h.undo().is_none());
        assert_eq!(h.redo().unwrap().id.as_str(), "a");
        assert!(h.can_redo());
        h.record(change("c"));
        assert!(!h.can_redo());
        assert_eq!(h.undo().unwrap().id.as_str(), "c");
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::default();
        for i in 0..LIMIT + 10 {
            h.record(change(&i.to_string()));
        }
        let mut n = 0;
        while h.undo().is_some() {
            n += 1;
        }
        assert_eq!(n, LIMIT);
    }
}
