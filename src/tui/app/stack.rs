//! The stack of screens over the library or the article (see `tui/screens/`): pushing,
//! popping ("back"), and each kind of screen found on it, for the actions and the tests.
//!
//! State only; knows nothing about keys, the terminal or drawing.

use ratatui::layout::Rect;

use crate::tui::app::App;
use crate::tui::input::action::{Action, Group};
use crate::tui::screens::annotation_list::state::AnnotationList;
use crate::tui::screens::passages::state::Passages;
use crate::tui::screens::tags::state::TagsView;
use crate::tui::screens::Screen;
use crate::tui::screens::{Shared, View};

impl App {
    /// Applies an action to the screen on top (its `update.rs`).
    pub(super) fn screen_action(&mut self, action: Action) {
        match self.screen() {
            Some(Screen::Tags(_)) => self.tags_action(action),
            // Over the other screens, # opens the tags view.
            Some(_) if action.group() == Group::Tags => self.open_tags(),
            Some(Screen::List(_)) => self.list_action(action),
            Some(Screen::Passages(_)) => self.passages_action(action),
            Some(Screen::Article) | None => {}
        }
    }

    /// The view under any overlay: the top screen's, else the article, else the library.
    pub fn top_view(&self) -> Option<&dyn View> {
        if let Some(view) = self.screen().and_then(Screen::view) {
            return Some(view);
        }
        match (&self.article, &self.library) {
            (Some(article), _) => Some(article),
            (None, Some(library)) => Some(library),
            (None, None) => None,
        }
    }

    /// The screen on top of the stack, if any.
    pub fn screen(&self) -> Option<&Screen> {
        self.screens.last()
    }

    /// Back: the screen on top goes.
    pub fn pop_screen(&mut self) {
        self.screens.pop();
    }

    /// Whether the article is read over the passages view (opened from it: q goes back to it).
    pub fn reading_a_passage(&self) -> bool {
        matches!(self.screen(), Some(Screen::Article))
    }

    /// Everything above the status line.
    pub fn body(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1.saturating_sub(1))
    }

    /// The tags view, when open.
    pub fn tags(&self) -> Option<&TagsView> {
        tags_in(&self.screens)
    }

    /// The tags view, when open, to change.
    pub fn tags_mut(&mut self) -> Option<&mut TagsView> {
        self.screens.iter_mut().rev().find_map(|s| match s {
            Screen::Tags(tags) => Some(tags),
            _ => None,
        })
    }

    /// The annotation list, when open.
    pub fn list(&self) -> Option<&AnnotationList> {
        self.screens.iter().rev().find_map(|s| match s {
            Screen::List(list) => Some(list),
            _ => None,
        })
    }

    /// The annotation list, when open, to change.
    pub fn list_mut(&mut self) -> Option<&mut AnnotationList> {
        self.screens.iter_mut().rev().find_map(|s| match s {
            Screen::List(list) => Some(list),
            _ => None,
        })
    }

    /// `A` in an article: the list over it, with entry `selected` selected.
    pub(crate) fn open_list_at(&mut self, selected: usize) {
        close_list_in(&mut self.screens);
        self.screens
            .push(Screen::List(AnnotationList::new(selected)));
    }

    /// The annotation list goes (with the article it lies over, or to act on the article).
    pub(crate) fn close_list(&mut self) {
        close_list_in(&mut self.screens);
    }

    /// What the screens read from the app besides their own state; the stack beside it, to
    /// change.
    pub(crate) fn shared_and_screens(&mut self) -> (Shared<'_>, &mut Vec<Screen>) {
        let shared = Shared {
            keymap: &self.keymap,
            tag_colors: &self.tag_colors,
            retagged: self.retagged.as_ref(),
            store: self.article.as_ref().and_then(|v| v.notes.store()),
        };
        (shared, &mut self.screens)
    }

    /// What the screens read from the app besides their own state.
    pub fn shared(&self) -> Shared<'_> {
        Shared {
            keymap: &self.keymap,
            tag_colors: &self.tag_colors,
            retagged: self.retagged.as_ref(),
            store: self.article.as_ref().and_then(|v| v.notes.store()),
        }
    }

    /// The passages view, when open (shown, or under an article opened from it).
    pub fn passages(&self) -> Option<&Passages> {
        self.screens.iter().rev().find_map(|s| match s {
            Screen::Passages(passages) => Some(passages.as_ref()),
            _ => None,
        })
    }

    /// The passages view, when open, to change.
    pub fn passages_mut(&mut self) -> Option<&mut Passages> {
        passages_in(&mut self.screens)
    }

    /// Shows `passages`, in place of the passages view open already (and what lies over it).
    pub(crate) fn push_passages(&mut self, passages: Passages) {
        self.close_passages_screen();
        self.screens.push(Screen::Passages(Box::new(passages)));
    }

    /// The passages view goes, with what lies over it.
    pub(crate) fn close_passages_screen(&mut self) {
        let at = (self.screens.iter()).position(|s| matches!(s, Screen::Passages(_)));
        if let Some(at) = at {
            self.screens.truncate(at);
        }
    }
}

/// The tags view on `screens`, if there is one.
pub(crate) fn tags_in(screens: &[Screen]) -> Option<&TagsView> {
    screens.iter().rev().find_map(|s| match s {
        Screen::Tags(tags) => Some(tags),
        _ => None,
    })
}

/// The annotation list goes from `screens`.
pub(crate) fn close_list_in(screens: &mut Vec<Screen>) {
    screens.retain(|s| !matches!(s, Screen::List(_)));
}

/// The passages view on `screens`, if there is one, to change.
pub(crate) fn passages_in(screens: &mut [Screen]) -> Option<&mut Passages> {
    screens.iter_mut().rev().find_map(|s| match s {
        Screen::Passages(passages) => Some(passages.as_mut()),
        _ => None,
    })
}

/// The passages view on `screens` unless an article opened from it is read over it.
pub(crate) fn shown_passages(screens: &mut [Screen]) -> Option<&mut Passages> {
    for screen in screens.iter_mut().rev() {
        match screen {
            Screen::Passages(passages) => return Some(passages.as_mut()),
            Screen::Article => return None,
            _ => {}
        }
    }
    None
}
