//! The annotation list's part of the help (`?`): moving, the list's keys, and the article's keys
//! it takes too (open, edit, delete, undo, redo).
//!
//! Knows the actions; nothing about the list's state, the terminal or drawing.

use crate::tui::input::action::Action::{self, *};
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::{moves, Keys, ViewHelp};
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;

/// The annotation list's help.
pub static HELP: ViewHelp = ViewHelp {
    name: "list",
    title,
    keys: Keys::Actions(shows),
};

/// Keys of other modes the list also takes.
const ALSO: &[Action] = &[Open, EditAnnotation, DeleteAnnotation, Undo, Redo, Cancel];

fn title(keymap: &Keymap) -> String {
    format!("annotation list ({})", hints::key(keymap, AnnotationList))
}

fn shows(action: Action) -> bool {
    moves(action) || action.mode() == Mode::List || ALSO.contains(&action)
}
