//! The article's two parts of the help (`?`): reading (the reader's keys but the library's own)
//! and caret mode (its keys, and the annotating keys it takes too).
//!
//! Knows the actions; nothing about the article's state, the terminal or drawing.

use crate::tui::input::action::Action::{self, *};
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::{Keys, ViewHelp};
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;

/// The article's help while reading.
pub static ARTICLE: ViewHelp = ViewHelp {
    name: "article",
    title: |_| "article".into(),
    keys: Keys::Actions(reading),
};

/// The article's help in caret mode.
pub static CARET: ViewHelp = ViewHelp {
    name: "caret",
    title: caret_title,
    keys: Keys::Actions(caret),
};

/// Keys of other modes caret mode also takes.
const CARET_ALSO: &[Action] = &[
    StartSelection,
    Annotate,
    EditAnnotation,
    DeleteAnnotation,
    Cancel,
];

fn reading(action: Action) -> bool {
    action.mode() == Mode::Reader && !matches!(action, Open | SortLibrary | FetchFeeds)
}

fn caret_title(keymap: &Keymap) -> String {
    format!("caret mode ({})", hints::key(keymap, StartSelection))
}

fn caret(action: Action) -> bool {
    action.mode() == Mode::Caret || CARET_ALSO.contains(&action)
}
