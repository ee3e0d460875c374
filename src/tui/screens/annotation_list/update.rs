//! The annotation list's actions, for the app: moving through it, going to an annotation
//! (Enter), editing (`e`) or deleting (`x`) the selected one, confirming the place found for one
//! that needs review (`c`), and re-selecting its passage (`r`: the list closes, caret mode starts
//! on where it was last seen, and the next `a` moves it to the selection). Undo and redo work
//! here as in the article.
//!
//! State changes only; knows nothing about the terminal.

use crate::annotate::model::AnnotationId;
use crate::text::sanitize::sanitize;
use crate::tui::app::stack::close_list_in;
use crate::tui::app::App;
use crate::tui::article::caret::Caret;
use crate::tui::article::notes::{change_message, label};
use crate::tui::input::action::Action;
use crate::tui::input::hints;
use crate::tui::screens::annotation_list::geometry::Geometry;

impl App {
    /// Applies an action while the list is open.
    pub(crate) fn list_action(&mut self, action: Action) {
        let page = Geometry::new(self.body(), self.settings.reading_width).page() as isize;
        let Some(store) = self.article.as_ref().and_then(|v| v.notes.store()) else {
            self.close_list();
            return;
        };
        let len = store.annotations().len();
        let selected = self.list().and_then(|l| l.selected_id(store));
        let Some(list) = self.list_mut() else {
            return;
        };
        match action {
            Action::LineDown => list.move_by(1, len),
            Action::LineUp => list.move_by(-1, len),
            Action::PageDown | Action::HalfPageDown => list.move_by(page, len),
            Action::PageUp | Action::HalfPageUp => list.move_by(-page, len),
            Action::Top => list.selected = 0,
            Action::Bottom => list.selected = len.saturating_sub(1),
            Action::Cancel | Action::Back | Action::AnnotationList => self.close_list(),
            Action::Undo | Action::Redo => self.undo_redo(action == Action::Undo),
            _ => {
                if let Some(id) = selected {
                    self.list_entry_action(action, &id);
                }
            }
        }
    }

    /// Applies an action to the selected entry, annotation `id`.
    fn list_entry_action(&mut self, action: Action, id: &AnnotationId) {
        match action {
            Action::Open => self.go_to(id),
            Action::EditAnnotation => {
                self.close_list();
                self.open_editor_on(id);
            }
            Action::DeleteAnnotation => self.delete(id),
            Action::ConfirmAnnotation => self.confirm(id),
            Action::ReselectAnnotation => self.start_reselect(id),
            _ => {}
        }
    }

    /// Enter: closes the list and selects the annotation's passage.
    fn go_to(&mut self, id: &AnnotationId) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let range = view.notes.store().and_then(|s| s.get(id)?.range.cloned());
        match range {
            Some(range) => {
                view.select(range);
                self.close_list();
            }
            None => {
                let r = hints::key(&self.keymap, Action::ReselectAnnotation);
                self.message = Some(format!(
                    "not found in the article: {r} places it on a selection"
                ))
            }
        }
    }

    /// `c`: accepts the place found for an annotation that needs review.
    fn confirm(&mut self, id: &AnnotationId) {
        let Some(Ok(store)) = self.article.as_mut().map(|v| v.notes.store_mut()) else {
            return;
        };
        let name = label(id, store.get(id).map(|e| e.annotation));
        self.message = Some(match store.confirm(id) {
            Ok(applied) => change_message(&format!("{name}: place confirmed"), &applied),
            Err(e) => sanitize(&format!("{e}: only one that needs review is confirmed")),
        });
    }

    /// `r`: closes the list and starts caret mode on where the annotation was last seen; the
    /// next `a` moves it to the selection.
    fn start_reselect(&mut self, id: &AnnotationId) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let Some(store) = view.notes.store() else {
            return;
        };
        let range = store.get(id).and_then(|e| e.range.cloned());
        let name = label(id, store.get(id).map(|e| e.annotation));
        close_list_in(&mut self.screens);
        let started = match range {
            Some(range) if !range.is_empty() => {
                let (first, last) = (range.start..range.start + 1, range.end - 1..range.end);
                view.select(range.clone());
                view.caret = Some(Caret {
                    anchor: first,
                    at: last,
                    goal: None,
                });
                true
            }
            _ => view.start_caret(),
        };
        if started {
            self.reselect = Some(id.clone());
            let key = |action| hints::key(&self.keymap, action);
            self.message = Some(format!(
                "re-selecting {name}: select its passage ({} or {}, {}, {}), then {}; {} cancels",
                key(Action::Search),
                key(Action::CaretWordForward),
                key(Action::SelectSentence),
                key(Action::SelectParagraph),
                key(Action::Annotate),
                key(Action::Cancel)
            ));
        }
    }
}
