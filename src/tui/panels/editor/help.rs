//! The annotation editor's part of the help (`?`). The editor takes text, so its keys are no
//! actions of the keymap: they are written out here, beside the editor they describe.
//!
//! Knows the keymap's actions for the heading; nothing about the editor's state, the terminal
//! or drawing.

use crate::tui::input::action::Action;
use crate::tui::input::help_views::{Keys, ViewHelp};
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;

/// The editor's help.
pub static EDITOR: ViewHelp = ViewHelp {
    name: "editor",
    title,
    keys: Keys::Written(KEYS),
};

/// The editor's keys.
const KEYS: &[(&str, &str)] = &[
    ("tab down", "next field (tags: complete a tag)"),
    ("backtab up", "previous field"),
    ("left right space", "colour field: another colour"),
    ("enter", "save"),
    ("ctrl-j alt-enter", "note: a new line"),
    ("ctrl-e", "note: edit in $EDITOR"),
    ("ctrl-w ctrl-u", "delete a word, delete the field"),
    ("esc", "close without saving"),
];

fn title(keymap: &Keymap) -> String {
    let key = |action| hints::key(keymap, action);
    format!(
        "annotation editor ({}, {})",
        key(Action::Annotate),
        key(Action::EditAnnotation)
    )
}
