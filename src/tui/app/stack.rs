//! The stack of screens over the library or the article (see `tui/screens/`): pushing,
//! popping ("back"), and each kind of screen found on it, for the actions and the tests.
//!
//! State only; knows nothing about keys, the terminal or drawing.

use ratatui::layout::Rect;

use crate::tui::app::App;
use crate::tui::screens::tags::state::TagsView;
use crate::tui::screens::Screen;

impl App {
    /// The screen on top of the stack, if any.
    pub fn screen(&self) -> Option<&Screen> {
        self.screens.last()
    }

    /// Back: the screen on top goes.
    pub fn pop_screen(&mut self) {
        self.screens.pop();
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
    #[allow(clippy::unnecessary_find_map)] // until a second kind of screen
    pub fn tags_mut(&mut self) -> Option<&mut TagsView> {
        self.screens.iter_mut().rev().find_map(|s| match s {
            Screen::Tags(tags) => Some(tags),
        })
    }
}

/// The tags view on `screens`, if there is one.
#[allow(clippy::unnecessary_find_map)] // until a second kind of screen
pub(crate) fn tags_in(screens: &[Screen]) -> Option<&TagsView> {
    screens.iter().rev().find_map(|s| match s {
        Screen::Tags(tags) => Some(tags),
    })
}
