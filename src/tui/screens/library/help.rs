//! The library's part of the help (`?`): moving, the keys that work anywhere, and those of the
//! article's keys the library takes too (search, sort, fetch, open, the tags and passages views).
//!
//! Knows the actions; nothing about the library's state, the terminal or drawing.

use crate::tui::input::action::Action::{self, *};
use crate::tui::input::help_views::{anywhere, moves, Keys, ViewHelp};
use crate::tui::input::keymap::Keymap;

/// The library's help.
pub static HELP: ViewHelp = ViewHelp {
    name: "library",
    title,
    keys: Keys::Actions(shows),
};

/// Keys of other modes the library also takes.
const ALSO: &[Action] = &[
    Search,
    SortLibrary,
    FetchFeeds,
    Open,
    Cancel,
    Back,
    TagsView,
    AnnotationList,
];

fn title(_: &Keymap) -> String {
    "library".into()
}

fn shows(action: Action) -> bool {
    moves(action) || anywhere(action) || ALSO.contains(&action)
}
