//! Annotating, for the app: `a` opens the editor on the selection (or, while re-selecting, moves
//! that annotation to it; with only a caret, the selection is the word under it, never one
//! letter), `e` edits and `x` deletes the annotation under the caret or
//! selection, `u` and Ctrl-R undo and redo any annotation change, `]` and `[` go to the next and
//! previous annotation, `A` opens the list. The editor's keys, saving it, and handing its note
//! to `$EDITOR` (through the event loop) are here too.
//!
//! Every change goes through the store, which writes it at once; the status line says what was
//! done and what the save reported (merges with changes made elsewhere, errors). With
//! annotating off, these keys say why. State changes only; knows nothing about the terminal.

use std::ops::Range;
use std::path::PathBuf;

use crossterm::event::KeyEvent;

use crate::annotate::library::{completion_tags, scan_library};
use crate::annotate::model::normalize_tags;
use crate::annotate::store::Edit;
use crate::text::sanitize::sanitize;
use crate::text::Article;
use crate::tui::app::{App, Effect, Overlay};
use crate::tui::article::notes::{change_message, label, Notes};
use crate::tui::input::action::Action;
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;
use crate::tui::panels::editor::{Editor, Outcome, Target};

/// Longest quote the editor's heading is given (chars).
const QUOTE_CHARS: usize = 300;

/// What `a` says without a selection.
fn select_first(keymap: &Keymap) -> String {
    let key = |action| hints::key(keymap, action);
    let (v, search) = (key(Action::StartSelection), key(Action::Search));
    format!("select a passage first ({v}, or {search} to search)")
}

/// What `a` says with only a caret, on no word.
fn caret_on_no_word(keymap: &Keymap) -> String {
    let key = |action| hints::key(keymap, action);
    format!(
        "the caret is on no word: select a passage ({}, {}, {}, or {} to search), then {}",
        key(Action::CaretWordForward),
        key(Action::SelectSentence),
        key(Action::SelectParagraph),
        key(Action::Search),
        key(Action::Annotate)
    )
}

impl App {
    /// Applies an annotation action (see [`crate::tui::input::action::Group::Annotate`]).
    pub(crate) fn annotation_action(&mut self, action: Action) {
        use Action::*;
        if !self.notes_ready(action) {
            return;
        }
        match action {
            Annotate => self.annotate(),
            EditAnnotation => self.edit_under_selection(),
            DeleteAnnotation => self.delete_under_selection(),
            Undo | Redo => self.undo_redo(action == Undo),
            NextAnnotation | PreviousAnnotation => self.jump(action == NextAnnotation),
            AnnotationList => self.open_list(),
            _ => {}
        }
    }

    /// True when the store is open; else says why (the whole story for the keys that change
    /// annotations).
    fn notes_ready(&mut self, action: Action) -> bool {
        let Some(view) = self.article.as_ref() else {
            return false;
        };
        match &view.notes {
            Notes::Open(_) => true,
            Notes::Off { short, detail } => {
                if matches!(action, Action::NextAnnotation | Action::PreviousAnnotation) {
                    self.message = Some(short.clone());
                } else {
                    self.overlay = Some(Overlay::Notice(detail.clone()));
                }
                false
            }
            Notes::Pending => {
                self.message = Some("annotations open once the whole article has loaded".into());
                false
            }
        }
    }

    /// `a`: the editor on the selection, or the annotation being re-selected moved to it. With
    /// only a caret (nothing extended), the word under it is the selection.
    fn annotate(&mut self) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        if view.caret_only() && !view.select_word_at_caret() {
            self.message = Some(caret_on_no_word(&self.keymap));
            return;
        }
        let Some(range) = view
            .selection
            .clone()
            .and_then(|r| trimmed(&view.article, r))
        else {
            self.message = Some(select_first(&self.keymap));
            return;
        };
        if let Some(id) = self.reselect.take() {
            let Ok(store) = view.notes.store_mut() else {
                return;
            };
            let name = label(&id, store.get(&id).map(|e| e.annotation));
            self.message = Some(match store.reanchor(&id, range) {
                Ok(applied) => {
                    change_message(&format!("{name}: placed on the selection"), &applied)
                }
                Err(e) => sanitize(&e.to_string()),
            });
            view.clear_search();
            return;
        }
        let quote: String = view
            .article
            .slice_chars(range.clone())
            .chars()
            .take(QUOTE_CHARS)
            .collect();
        let colors = self.theme().highlight_names();
        let known = self.known_tags();
        self.overlay = Some(Overlay::Editor(Box::new(Editor::new(
            range,
            quote,
            colors,
            known,
            self.tag_colors.clone(),
        ))));
    }

    /// `e`: the editor on the annotation under the caret or selection.
    fn edit_under_selection(&mut self) {
        match self.under_selection() {
            Some(id) => self.open_editor_on(&id),
            None => self.message = Some(nothing_under()),
        }
    }

    /// The editor, filled in with annotation `id`.
    pub(crate) fn open_editor_on(&mut self, id: &crate::annotate::model::AnnotationId) {
        let colors = self.theme().highlight_names();
        let known = self.known_tags();
        let tag_colors = self.tag_colors.clone();
        let Some(entry) = self.article.as_ref().and_then(|v| v.notes.store()?.get(id)) else {
            return;
        };
        let a = entry.annotation;
        let quote = a.exact.chars().take(QUOTE_CHARS).collect();
        self.overlay = Some(Overlay::Editor(Box::new(Editor::edit(
            id.clone(),
            quote,
            &a.tags,
            &a.color,
            &a.note,
            colors,
            known,
            tag_colors,
        ))));
    }

    /// `x`: deletes the annotation under the caret or selection.
    fn delete_under_selection(&mut self) {
        let Some(id) = self.under_selection() else {
            self.message = Some(nothing_under());
            return;
        };
        self.delete(&id);
    }

    /// Deletes annotation `id`, saying how to undo it.
    pub(crate) fn delete(&mut self, id: &crate::annotate::model::AnnotationId) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let Ok(store) = view.notes.store_mut() else {
            return;
        };
        let name = label(id, store.get(id).map(|e| e.annotation));
        self.message = Some(match store.delete(id) {
            Ok(applied) => change_message(&format!("deleted {name} — u undoes"), &applied),
            Err(e) => sanitize(&e.to_string()),
        });
        view.selection = None;
        view.caret = None;
    }

    /// `u` and Ctrl-R: undoes or redoes the last annotation change, and shows where it was.
    pub(crate) fn undo_redo(&mut self, undo: bool) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let Ok(store) = view.notes.store_mut() else {
            return;
        };
        // Names from before, for an annotation the step removes.
        let before: Vec<_> = store
            .annotations()
            .iter()
            .map(|e| {
                (
                    e.annotation.id.clone(),
                    label(&e.annotation.id, Some(e.annotation)),
                )
            })
            .collect();
        let applied = if undo { store.undo() } else { store.redo() };
        let Some(applied) = applied else {
            self.message = Some(
                if undo {
                    "nothing to undo"
                } else {
                    "nothing to redo"
                }
                .into(),
            );
            return;
        };
        let entry = store.get(&applied.id);
        let existed = before.iter().find(|(id, _)| *id == applied.id);
        let (what, name) = match (existed, entry) {
            (None, Some(e)) => ("brought back", label(&applied.id, Some(e.annotation))),
            (Some((_, name)), None) => ("removed", name.clone()),
            (_, e) => ("restored", label(&applied.id, e.map(|e| e.annotation))),
        };
        let at = entry.and_then(|e| e.range.cloned());
        let done = if undo { "undone" } else { "redone" };
        self.message = Some(change_message(&format!("{done}: {name} {what}"), &applied));
        if let Some(range) = at {
            view.reveal(range.start);
        }
    }

    /// `]` and `[`: selects the next or previous annotation, going round the ends.
    fn jump(&mut self, next: bool) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let point = view.jump_point();
        let top = view.top_char();
        let Some(store) = view.notes.store() else {
            return;
        };
        let found = match (point, next) {
            (Some(p), true) => store.next_after(p),
            (Some(p), false) => store.previous_before(p),
            // Nothing selected: from the top of the screen, an annotation starting there
            // included.
            (None, true) => store
                .annotations()
                .into_iter()
                .find(|e| e.range.is_some_and(|r| r.start >= top)),
            (None, false) => store.previous_before(top),
        };
        let (found, wrapped) = match found {
            Some(e) => (Some(e), false),
            None => {
                let mut shown = store
                    .annotations()
                    .into_iter()
                    .filter(|e| e.range.is_some());
                let e = if next {
                    shown.next()
                } else {
                    shown.next_back()
                };
                (e, true)
            }
        };
        let Some(range) = found.and_then(|e| e.range.cloned()) else {
            self.message = Some("no annotations in this article yet".into());
            return;
        };
        view.select(range);
        if wrapped {
            self.message = Some(
                if next {
                    "back to the first annotation"
                } else {
                    "on to the last annotation"
                }
                .into(),
            );
        }
    }

    /// `A`: the list, on the annotation under the selection (else the first).
    fn open_list(&mut self) {
        let selected_id = self.under_selection();
        let Some(store) = self.article.as_ref().and_then(|v| v.notes.store()) else {
            return;
        };
        let selected = selected_id
            .and_then(|id| {
                store
                    .annotations()
                    .iter()
                    .position(|e| e.annotation.id == id)
            })
            .unwrap_or(0);
        self.open_list_at(selected);
    }

    /// The annotation under the caret or the selection.
    pub(crate) fn under_selection(&self) -> Option<crate::annotate::model::AnnotationId> {
        let entry = self.article.as_ref()?.annotation_under_selection()?;
        Some(entry.annotation.id.clone())
    }

    /// Tags to complete from: the library's, most used first, then this article's new ones.
    fn known_tags(&mut self) -> Vec<String> {
        let dir = match (&self.library, &self.article) {
            (Some(library), _) => library.dir.clone(),
            (None, Some(view)) => match view.path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            },
            (None, None) => PathBuf::from("."),
        };
        let library = self.known_tags.get_or_insert_with(|| {
            scan_library(&dir)
                .map(|index| index.tags_by_use().into_iter().map(String::from).collect())
                .unwrap_or_default()
        });
        let store = self.article.as_ref().and_then(|v| v.notes.store());
        completion_tags(library, store.into_iter().flat_map(|s| s.tags()))
    }

    /// A key for the open editor.
    pub(crate) fn editor_key(&mut self, event: &KeyEvent) {
        let Some(editor) = self.editor_mut() else {
            return;
        };
        match editor.key(event) {
            Outcome::Changed => {}
            Outcome::Save => self.save_editor(),
            Outcome::Cancel => {
                self.overlay = None;
                self.message = Some("not saved".into());
            }
            Outcome::External => self.effects.push(Effect::EditNoteExternally),
            Outcome::Ignored => self.unhandled_key(event),
        }
    }

    /// The note came back from `$EDITOR` (or could not be edited there: `Err` says why).
    pub fn finish_external_edit(&mut self, note: Result<String, String>) {
        match (note, self.editor_mut()) {
            (Ok(note), Some(editor)) => editor.set_note(&note),
            (Err(why), _) => self.message = Some(sanitize(&why)),
            (Ok(_), None) => {}
        }
    }

    /// Enter in the editor: adds or changes the annotation.
    fn save_editor(&mut self) {
        let Some(Overlay::Editor(editor)) = self.overlay.take() else {
            return;
        };
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let Ok(store) = view.notes.store_mut() else {
            return;
        };
        // As the store saves them, so that the status line echoes what was saved.
        let tags = normalize_tags(editor.tag_list());
        let shown = if tags.is_empty() {
            "no tags".to_string()
        } else {
            tags.join(", ")
        };
        let result = match &editor.target {
            Target::New(range) => store
                .add(
                    range.clone(),
                    &tags,
                    editor.color_name(),
                    &editor.note_text(),
                )
                .map(|a| change_message(&format!("annotated: {shown}"), &a)),
            Target::Edit(id) => {
                let edit = Edit {
                    tags: Some(tags.clone()),
                    color: Some(editor.color_name().to_string()),
                    note: Some(editor.note_text()),
                };
                store
                    .edit(id, edit)
                    .map(|a| change_message(&format!("saved: {shown}"), &a))
            }
        };
        match result {
            Ok(message) => {
                self.message = Some(message);
                // The passage shows in its colour, not as selected. After an edit (of a
                // passage reached with ] or [), ] and [ go on from it; after a new one they
                // take it first, from the top of the screen.
                let at = match &editor.target {
                    Target::New(_) => None,
                    Target::Edit(id) => store.get(id).and_then(|e| e.range.map(|r| r.start)),
                };
                view.clear_search();
                view.jump_from = at.map(|at| (at, view.top_char()));
            }
            Err(e) => {
                self.message = Some(sanitize(&format!("not saved: {e}")));
                self.overlay = Some(Overlay::Editor(editor));
            }
        }
    }
}

/// `range` without the whitespace at its ends (`None` when nothing is left).
pub fn trimmed(article: &Article, range: Range<usize>) -> Option<Range<usize>> {
    let text = article.slice_chars(range.clone());
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let trail = text.chars().rev().take_while(|c| c.is_whitespace()).count();
    let (start, end) = (range.start + lead, range.end.saturating_sub(trail));
    (start < end).then_some(start..end)
}

fn nothing_under() -> String {
    "no annotation under the caret or selection (] and [ select one, A lists them)".into()
}
