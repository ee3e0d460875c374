//! The passages view's actions, for the app: opening it (`A` in the library: every annotation of
//! the library, read as exports read them), moving, the filters (tags typed into the input line,
//! any of them or all; text in quotes and notes; state), Enter to read the passage in its article
//! (q or Esc there comes back to the same row and filters), and `e`, `x`, `u` on the selected
//! passage.
//!
//! The library is read on another thread in parts (as exports read it: every sidecar, every
//! annotation anchored), so the view shows its first rows at once and the rest as they come.
//! Changes go through the article's store, as in the article: the passage's article is opened
//! (hidden under the view) and the article's own editor, delete and undo act on it; a sidecar
//! that cannot be read turns annotating off for it and is never written. After each change the
//! view takes that article's passages from the store again. State changes only; knows nothing
//! about the terminal or drawing.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent};

use crate::export::{collect_in_parts, Filter};
use crate::text::Article;
use crate::tui::app::stack::{passages_in, shown_passages};
use crate::tui::app::{App, Overlay};
use crate::tui::input::action::Action;
use crate::tui::input::hints;
use crate::tui::panels::prompt::{Edit, Prompt, PromptKind};
use crate::tui::screens::passages::geometry::Geometry;
use crate::tui::screens::passages::state::{next_state, parse_tags, Passages};
use crate::tui::screens::Screen;

/// Articles read per part: the first part is shown at once.
const PART: usize = 200;
/// How long opening waits for the first part.
const FIRST_WAIT: Duration = Duration::from_millis(300);

impl App {
    /// `A` in the library: the passages of every article in it. The library is read in parts on
    /// another thread; the first part is waited for (briefly), the rest arrive through
    /// [`App::work`] while the view is already in use.
    pub(crate) fn open_passages(&mut self) {
        let Some(library) = self.library.as_ref() else {
            return;
        };
        let articles = library.articles();
        let (send, feed) = mpsc::channel();
        std::thread::spawn(move || {
            collect_in_parts(&articles, &Filter::default(), PART, |part, progress| {
                send.send((part, progress)).is_ok()
            })
        });
        let mut passages = Passages::default();
        passages.loading = Some((0, 0));
        passages.feed = Some(feed);
        self.push_passages(passages);
        self.feed_passages(FIRST_WAIT);
    }

    /// Takes the parts of the library read since (waiting up to `wait` for one); once all are
    /// in, says which sidecars were skipped.
    pub(crate) fn feed_passages(&mut self, wait: Duration) {
        let Some(passages) = passages_in(&mut self.screens) else {
            return;
        };
        if !passages.take_parts(wait) {
            return;
        }
        self.message = match passages.skipped.as_slice() {
            [] => None,
            [one] => Some(format!("skipped, not changed: {one}")),
            [first, rest @ ..] => Some(format!(
                "skipped, not changed: {first} and {} more",
                rest.len()
            )),
        };
    }

    /// Passages that fit on screen.
    pub fn passages_page(&self) -> usize {
        Geometry::new(self.body(), self.settings.reading_width).page()
    }

    /// Applies an action while the passages view is shown.
    pub(crate) fn passages_action(&mut self, action: Action) {
        let page = self.passages_page() as isize;
        let Some(passages) = self.passages_mut() else {
            return;
        };
        match action {
            Action::LineDown => passages.move_by(1),
            Action::LineUp => passages.move_by(-1),
            Action::PageDown => passages.move_by(page),
            Action::PageUp => passages.move_by(-page),
            Action::HalfPageDown => passages.move_by((page / 2).max(1)),
            Action::HalfPageUp => passages.move_by(-(page / 2).max(1)),
            Action::Top => passages.move_to_end(false),
            Action::Bottom => passages.move_to_end(true),
            Action::FilterTags => self.open_passages_prompt(PromptKind::PassageTags),
            Action::Search => self.open_passages_prompt(PromptKind::PassageText),
            Action::AnyTags | Action::FilterState | Action::Cancel => {
                let mut filter = passages.filter.clone();
                match action {
                    Action::AnyTags => filter.any = !filter.any,
                    Action::FilterState => filter.state = next_state(filter.state),
                    _ => filter = Default::default(),
                }
                passages.set_filter(filter);
            }
            Action::Back | Action::AnnotationList => self.close_passages(),
            Action::Open => self.read_passage(),
            Action::EditAnnotation | Action::DeleteAnnotation => self.change_passage(action),
            Action::Undo | Action::Redo => {
                if self.article.is_some() {
                    self.undo_redo(action == Action::Undo);
                    self.passage_changed();
                } else {
                    self.message = Some("nothing to undo".into());
                }
            }
            _ => {}
        }
    }

    /// Back to the library: the article opened for a change is closed (a notice says where
    /// changes that could not be saved went) and the library's counts are read again.
    fn close_passages(&mut self) {
        if self.article.is_some() {
            self.leave_article();
        }
        // Closing the screen drops its feed, which stops the reading.
        self.close_passages_screen();
        if let Some(library) = self.library.as_mut() {
            library.refresh_annotations();
        }
    }

    /// The input line for tags or text, starting from the filter in force (Esc restores it).
    fn open_passages_prompt(&mut self, kind: PromptKind) {
        let Some(passages) = self.passages_mut() else {
            return;
        };
        passages.before_prompt = Some(passages.filter.clone());
        let mut prompt = Prompt::new(kind);
        let text = match kind {
            // Ready for another tag after those in force.
            PromptKind::PassageTags if !passages.filter.tags.is_empty() => {
                format!("{}, ", passages.filter.tags.join(", "))
            }
            PromptKind::PassageTags => String::new(),
            _ => passages.filter.text.clone(),
        };
        prompt.set_text(&text);
        self.overlay = Some(Overlay::Prompt(prompt));
    }

    /// A key for the passages' input line: the filter follows the typing; Tab completes a tag
    /// from the library's; Enter keeps the filter, Esc puts back the one before.
    pub(crate) fn passages_prompt_key(&mut self, event: &KeyEvent) {
        let (Some(Overlay::Prompt(prompt)), Some(passages)) =
            (self.overlay.as_mut(), passages_in(&mut self.screens))
        else {
            return;
        };
        let tags = prompt.kind == PromptKind::PassageTags;
        let edit = match event.code {
            KeyCode::Tab if tags => match passages.complete_tag(&prompt.text) {
                Some(text) => {
                    prompt.set_text(&text);
                    Edit::Changed
                }
                None => Edit::Moved,
            },
            _ => prompt.key(event),
        };
        match edit {
            Edit::Changed => {
                let mut filter = passages.filter.clone();
                if tags {
                    filter.tags = parse_tags(&prompt.text);
                } else {
                    filter.text = prompt.text.clone();
                }
                passages.set_filter(filter);
            }
            Edit::Moved => {}
            Edit::Submit => {
                passages.before_prompt = None;
                self.overlay = None;
            }
            Edit::Cancel => {
                if let Some(before) = passages.before_prompt.take() {
                    passages.set_filter(before);
                }
                self.overlay = None;
            }
            Edit::Ignored => self.unhandled_key(event),
        }
    }

    /// Opens the selected passage's article (unless it is the one open already); false when
    /// there is no passage or the article cannot be read (the status line says why).
    fn open_passage_article(&mut self) -> bool {
        let Some(path) = self.selected_passage_path() else {
            return false;
        };
        if self.article.as_ref().is_some_and(|v| v.path == path) {
            return true;
        }
        if self.article.is_some() {
            self.leave_article();
        }
        match Article::load(&path) {
            Ok(article) => {
                self.open_article(&path, article);
                true
            }
            Err(e) => {
                let name = path.file_name().unwrap_or(path.as_os_str());
                let why = format!("{}: {e}", name.to_string_lossy());
                self.message = Some(crate::text::sanitize::sanitize(&why));
                false
            }
        }
    }

    fn selected_passage_path(&self) -> Option<PathBuf> {
        let passages = self.passages()?;
        let passage = passages.selected_passage()?;
        Some(passages.article_of(passage).path.clone())
    }

    /// Enter: the article, scrolled to the passage and with it selected.
    fn read_passage(&mut self) {
        let Some(id) = self.selected_passage_id() else {
            return;
        };
        if !self.open_passage_article() {
            return;
        }
        self.screens.push(Screen::Article);
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let range = view.notes.store().and_then(|s| s.get(&id)?.range.cloned());
        match range {
            Some(range) => view.select(range),
            None if self.overlay.is_none() => {
                let list = hints::key(&self.keymap, Action::AnnotationList);
                let place = hints::key(&self.keymap, Action::ReselectAnnotation);
                let text = format!("not found in the article ({list} lists it, {place} places it)");
                self.message = Some(text);
            }
            None => {}
        }
    }

    fn selected_passage_id(&self) -> Option<crate::annotate::model::AnnotationId> {
        let passage = self.passages()?.selected_passage()?;
        Some(passage.annotation.id.clone())
    }

    /// `e` and `x` on the selected passage, through its article's store.
    fn change_passage(&mut self, action: Action) {
        let Some(id) = self.selected_passage_id() else {
            return;
        };
        if !self.open_passage_article() {
            return;
        }
        // What opening said about the article (moved annotations) is not about this change.
        self.message = None;
        let Some(store) = self.article.as_ref().and_then(|v| v.notes.store()) else {
            return; // The notice opening put up says why annotating is off.
        };
        if store.get(&id).is_none() {
            self.message = Some("this passage is gone from its article (changed elsewhere)".into());
            self.passage_changed();
            return;
        }
        if action == Action::EditAnnotation {
            self.open_editor_on(&id);
        } else {
            self.delete(&id);
            self.passage_changed();
        }
    }

    /// The passages of the open article taken again from its store, after a change made from
    /// the view (the editor saved, a deletion, an undo).
    pub(crate) fn passage_changed(&mut self) {
        let Some(passages) = shown_passages(&mut self.screens) else {
            return;
        };
        if let Some(view) = self.article.as_ref() {
            if let Some(store) = view.notes.store() {
                passages.replace_article(&view.path, &view.article, store);
            }
        }
    }

    /// q or Esc in an article opened from the passages: back to the same row and filters, with
    /// what changed in the article.
    pub(crate) fn back_to_passages(&mut self) {
        self.close_list();
        self.reselect = None;
        if matches!(self.screen(), Some(Screen::Article)) {
            self.pop_screen();
        }
        if let Some(view) = self.article.as_mut() {
            view.selection = None;
            view.caret = None;
        }
        self.passage_changed();
    }
}
