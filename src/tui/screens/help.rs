//! The help (`?`) in order: the view in use first, then every other view's part (each written
//! beside its view, in its folder's `help.rs`), then a line on the keyboard layouts. A new view
//! adds its help to [`ALL`].
//!
//! Knows the views' helps and the keymap; nothing about the app's state, the terminal or drawing.

use crate::tui::article::help::{ARTICLE, CARET};
use crate::tui::input::help_views::ViewHelp;
use crate::tui::input::keymap::Keymap;
use crate::tui::panels::editor::help::EDITOR;
use crate::tui::screens::{annotation_list, library, passages, tags};

/// Every view's help, in the help's order after the current one.
pub static ALL: [&ViewHelp; 7] = [
    &library::help::HELP,
    &ARTICLE,
    &CARET,
    &annotation_list::help::HELP,
    &EDITOR,
    &tags::help::HELP,
    &passages::help::HELP,
];

/// The help's last line: keyboard layouts (`input/layouts.rs`; `langmap = false` turns it off).
const LANGMAP_KEYS: &str = "ت ن ض ח";
const LANGMAP_HELP: &str = "Arabic, Persian, Hebrew layouts, Shift too: Latin key";

/// The help lines for `current` first: (keys, what they do); a heading has no description.
pub fn help_lines(keymap: &Keymap, current: &ViewHelp) -> Vec<(String, &'static str)> {
    let others = ALL.into_iter().filter(|v| *v != current);
    let mut lines = Vec::new();
    for view in std::iter::once(current).chain(others) {
        if !lines.is_empty() {
            lines.push((String::new(), ""));
        }
        lines.push((format!("— {} —", (view.title)(keymap)), ""));
        lines.extend(view.lines(keymap));
    }
    lines.push((String::new(), ""));
    lines.push((LANGMAP_KEYS.to_string(), LANGMAP_HELP));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_has_a_name_of_its_own() {
        let mut names: Vec<&str> = ALL.iter().map(|v| v.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
    }
}
