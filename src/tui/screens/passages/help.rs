//! The passages view's part of the help (`?`): moving, the view's keys, and the keys of other
//! modes it takes too (search, open, edit, delete, undo, redo, back).
//!
//! Knows the actions; nothing about the view's state, the terminal or drawing.

use crate::tui::input::action::Action::{self, *};
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::{moves, Keys, ViewHelp};
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;

/// The passages view's help.
pub static HELP: ViewHelp = ViewHelp {
    name: "passages",
    title,
    keys: Keys::Actions(shows),
};

/// Keys of other modes the passages view also takes.
const ALSO: &[Action] = &[
    Search,
    Open,
    EditAnnotation,
    DeleteAnnotation,
    Undo,
    Redo,
    Cancel,
    Back,
];

fn title(keymap: &Keymap) -> String {
    format!("passages ({})", hints::key(keymap, AnnotationList))
}

fn shows(action: Action) -> bool {
    moves(action) || action.mode() == Mode::Passages || ALSO.contains(&action)
}
