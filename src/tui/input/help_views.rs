//! What one view's part of the help is ([`ViewHelp`]: its heading and which keys it lists), the
//! key groups several views share (moving, and the keys that work anywhere), and the help's
//! scrolling limit. Each view says its own help beside its code (`help.rs` in its folder); the
//! help in order is `screens/help.rs`'s.
//!
//! Knows the actions and the keymap; nothing about the views, the app's state, the terminal or
//! drawing.

use crate::tui::input::action::Action;
use crate::tui::input::keymap::Keymap;

/// One view's part of the help (`?`): the view's keys under a heading.
#[derive(Debug)]
pub struct ViewHelp {
    /// A short name, unique among the views: views are told apart by it (`==`).
    pub name: &'static str,
    /// The heading, with the keys that open the view.
    pub title: fn(&Keymap) -> String,
    /// The keys listed under it.
    pub keys: Keys,
}

/// Which keys a view's help lists.
#[derive(Debug)]
pub enum Keys {
    /// The keymap's actions for which this says yes, in the keymap's order.
    Actions(fn(Action) -> bool),
    /// Keys written out, for a view that takes text rather than actions: (keys, what they do).
    Written(&'static [(&'static str, &'static str)]),
}

impl PartialEq for ViewHelp {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for ViewHelp {}

impl ViewHelp {
    /// The view's help lines: (keys, what they do).
    pub fn lines(&self, keymap: &Keymap) -> Vec<(String, &'static str)> {
        let shows = match self.keys {
            Keys::Written(keys) => {
                return keys
                    .iter()
                    .map(|&(keys, what)| (keys.to_string(), what))
                    .collect()
            }
            Keys::Actions(shows) => shows,
        };
        keymap
            .help_rows()
            .into_iter()
            .zip(Action::all())
            .filter(|(_, action)| shows(*action))
            .map(|(row, _)| {
                let keys = if row.keys.is_empty() {
                    "(unbound)".to_string()
                } else {
                    row.keys.join(" ")
                };
                (keys, row.description)
            })
            .collect()
    }
}

/// Whether `action` moves through a view (lines, pages, the ends).
pub fn moves(action: Action) -> bool {
    use Action::*;
    matches!(
        action,
        LineDown | LineUp | PageDown | PageUp | HalfPageDown | HalfPageUp | Top | Bottom
    )
}

/// Whether `action` works in every view (help, quitting, the display's toggles).
pub fn anywhere(action: Action) -> bool {
    use Action::*;
    matches!(
        action,
        Help | Quit | Suspend | CycleTheme | ToggleMouse | ToggleBidi | ToggleShaping
    )
}

/// The first row the help can start on so its box stays full.
pub fn last_top(lines: usize, rows: u16) -> usize {
    lines.saturating_sub(usize::from(rows.saturating_sub(2)))
}
