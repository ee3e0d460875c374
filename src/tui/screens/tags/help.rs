//! The tags view's part of the help (`?`): moving, the view's keys, and the keys of other modes
//! it takes too (open, undo, back).
//!
//! Knows the actions; nothing about the view's state, the terminal or drawing.

use crate::tui::input::action::Action::{self, *};
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::{moves, Keys, ViewHelp};
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;

/// The tags view's help.
pub static HELP: ViewHelp = ViewHelp {
    name: "tags",
    title,
    keys: Keys::Actions(shows),
};

/// Keys of other modes the tags view also takes.
const ALSO: &[Action] = &[Open, Undo, Cancel, Back, TagsView];

fn title(keymap: &Keymap) -> String {
    format!("tags view ({})", hints::key(keymap, TagsView))
}

fn shows(action: Action) -> bool {
    moves(action) || action.mode() == Mode::Tags || ALSO.contains(&action)
}
