//! The article's own actions, for the app: moving through it, the search prompt, the next and
//! previous match, Esc (clearing a search, ending re-selecting, back to the passages) and q
//! (back to the passages or the library, or quitting).
//!
//! State changes only; knows nothing about the terminal or drawing.

use crate::tui::app::{App, Overlay, SEARCH_BUDGET};
use crate::tui::article::search::Way;
use crate::tui::input::action::Action;
use crate::tui::input::hints;
use crate::tui::panels::prompt::{Prompt, PromptKind};

impl App {
    /// Applies an action of the reader's to the article.
    pub(crate) fn article_action(&mut self, action: Action) {
        let reading_a_passage = self.reading_a_passage();
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let half = (view.height / 2).max(1);
        // Moving or searching: ] and [ go on from the screen, not the annotation last saved.
        view.jump_from = None;
        match action {
            Action::LineDown => view.scroll_down(1),
            Action::LineUp => view.scroll_up(1),
            Action::PageDown => view.scroll_down(view.page()),
            Action::PageUp => view.scroll_up(view.page()),
            Action::HalfPageDown => view.scroll_down(half),
            Action::HalfPageUp => view.scroll_up(half),
            Action::Top => view.to_top(),
            Action::Bottom => view.to_bottom(),
            Action::NextParagraph => view.next_paragraph(),
            Action::PreviousParagraph => view.previous_paragraph(),
            Action::Search => {
                view.begin_typing();
                let history = self.search_history.clone();
                let prompt = Prompt::with_history(PromptKind::Search, history);
                self.overlay = Some(Overlay::Prompt(prompt));
            }
            Action::NextMatch | Action::PreviousMatch => {
                let Some(query) = self.last_query.clone() else {
                    let search = hints::key(&self.keymap, Action::Search);
                    self.message = Some(format!("no search yet: press {search} to search"));
                    return;
                };
                let way = if action == Action::NextMatch {
                    Way::Forward
                } else {
                    Way::Backward
                };
                view.start_search(&query, way, true);
                self.work(SEARCH_BUDGET);
            }
            // From the passages, Esc goes back to them (caret mode and re-selecting end first).
            Action::Cancel
                if reading_a_passage && self.reselect.is_none() && view.caret.is_none() =>
            {
                self.back_to_passages()
            }
            Action::Cancel => {
                if self.reselect.take().is_some() {
                    self.message = Some("re-selecting cancelled".into());
                }
                view.clear_search();
            }
            Action::Back if reading_a_passage => self.back_to_passages(),
            Action::Back if self.library.is_some() => self.back_to_library(),
            Action::Back => self.quit(),
            _ => {}
        }
    }
}
