//! The input line and the help, for the app: searching the article and filtering the library
//! as the text is typed, and scrolling the help.
//!
//! State changes only; knows nothing about the terminal or drawing.

use crossterm::event::KeyEvent;

use crate::tui::app::{App, Overlay, SEARCH_BUDGET};
use crate::tui::article::search::is_searchable;
use crate::tui::input::action::Action;
use crate::tui::input::help_views::last_top;
use crate::tui::panels::prompt::{remember, Edit, PromptKind};
use crate::tui::screens::help::help_lines;

impl App {
    /// A key for the open input line: the library's filter follows the typing; Enter searches.
    pub(super) fn prompt_key(&mut self, event: &KeyEvent) {
        let Some(Overlay::Prompt(prompt)) = self.overlay.as_mut() else {
            return;
        };
        if matches!(prompt.kind, PromptKind::RenameTag | PromptKind::MergeTag) {
            return self.tag_prompt_key(event);
        }
        if matches!(
            prompt.kind,
            PromptKind::PassageTags | PromptKind::PassageText
        ) {
            self.passages_prompt_key(event);
            return;
        }
        let filter = prompt.kind == PromptKind::Filter;
        match prompt.key(event) {
            Edit::Changed if filter => {
                let text = prompt.text.clone();
                if let Some(library) = self.library.as_mut() {
                    library.set_filter(&text);
                }
            }
            Edit::Changed => {
                let text = prompt.text.clone();
                if let Some(view) = self.article.as_mut() {
                    view.typed(&text);
                }
                self.work(SEARCH_BUDGET);
                if !is_searchable(&text) {
                    self.message = None;
                }
            }
            Edit::Moved => {}
            Edit::Submit => self.submit_prompt(),
            Edit::Cancel => {
                if filter {
                    if let Some(library) = self.library.as_mut() {
                        library.set_filter("");
                    }
                }
                if let Some(view) = self.article.as_mut() {
                    view.cancel_typing();
                }
                self.overlay = None;
            }
            Edit::Ignored => self.unhandled_key(event),
        }
    }

    fn submit_prompt(&mut self) {
        let Some(Overlay::Prompt(prompt)) = self.overlay.take() else {
            return;
        };
        match prompt.kind {
            PromptKind::Filter
            | PromptKind::RenameTag
            | PromptKind::MergeTag
            | PromptKind::PassageTags
            | PromptKind::PassageText => {}
            PromptKind::Search => {
                if !is_searchable(&prompt.text) {
                    if let Some(view) = self.article.as_mut() {
                        view.cancel_typing();
                    }
                    self.message = Some("nothing to search for".into());
                    return;
                }
                self.last_query = Some(prompt.text.clone());
                remember(&mut self.search_history, &prompt.text);
                if let Some(view) = self.article.as_mut() {
                    view.submit_typing(&prompt.text);
                }
                self.work(SEARCH_BUDGET);
            }
        }
    }

    pub(super) fn help_action(&mut self, action: Action) {
        let lines = help_lines(&self.keymap, self.help_view()).len();
        let last = last_top(lines, self.size.1.saturating_sub(1));
        let Some(Overlay::Help(top)) = self.overlay.as_mut() else {
            return;
        };
        let page = usize::from(self.size.1.saturating_sub(4)).max(1);
        let half = (page / 2).max(1);
        *top = match action {
            Action::LineDown | Action::NextParagraph => *top + 1,
            Action::LineUp | Action::PreviousParagraph => top.saturating_sub(1),
            Action::PageDown => *top + page,
            Action::PageUp => top.saturating_sub(page),
            Action::HalfPageDown => *top + half,
            Action::HalfPageUp => top.saturating_sub(half),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Help | Action::Cancel | Action::Back => {
                self.overlay = None;
                return;
            }
            _ => *top,
        }
        .min(last);
    }
}
