//! Everything a key can ask the reader to do: one enum, named in snake_case in config files
//! (`[keys] ctrl-d = "half_page_down"`), and the single source of the keymap, the help overlay
//! and the README key table.
//!
//! Knows nothing about keys or terminals: the keymap binds keys to these, the app applies them.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

/// A user command. The order here is the order of the help overlay and the README table.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    EnumString,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    /// One line down (library: next article).
    LineDown,
    /// One line up (library: previous article).
    LineUp,
    /// One page down.
    PageDown,
    /// One page up.
    PageUp,
    /// Half a page down.
    HalfPageDown,
    /// Half a page up.
    HalfPageUp,
    /// To the top.
    Top,
    /// To the bottom.
    Bottom,
    /// To the start of the next paragraph.
    NextParagraph,
    /// To the start of this paragraph, or of the previous one.
    PreviousParagraph,
    /// Open the search prompt (library: filter).
    Search,
    /// The next search match.
    NextMatch,
    /// The previous search match.
    PreviousMatch,
    /// Open the selected article.
    Open,
    /// Show or hide the key help.
    Help,
    /// Close the help, clear the search, or leave the prompt.
    Cancel,
    /// Back to the library (quit when opened on a file).
    Back,
    /// Quit from anywhere.
    Quit,
    /// Stop hamish and return to the shell (`fg` resumes).
    Suspend,
    /// Switch to the next colour theme.
    CycleTheme,
    /// Capture the mouse wheel, or give the mouse back to the terminal for selecting text.
    ToggleMouse,
    /// Switch between hamish doing the BiDi (`app`) and the terminal doing it (`terminal`).
    ToggleBidi,
    /// Switch Arabic shaping (presentation forms) on or off.
    ToggleShaping,
}

impl Action {
    /// The name config files use (`half_page_down`).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// Every action, in help order.
    pub fn all() -> impl Iterator<Item = Action> {
        <Action as strum::IntoEnumIterator>::iter()
    }

    /// One line saying what the action does, for the help overlay and the README.
    pub fn description(self) -> &'static str {
        use Action::*;
        match self {
            LineDown => "one line down (library: next article)",
            LineUp => "one line up (library: previous article)",
            PageDown => "one page down",
            PageUp => "one page up",
            HalfPageDown => "half a page down",
            HalfPageUp => "half a page up",
            Top => "to the top",
            Bottom => "to the bottom",
            NextParagraph => "to the next paragraph",
            PreviousParagraph => "to the start of this or the previous paragraph",
            Search => "search (library: filter)",
            NextMatch => "next match",
            PreviousMatch => "previous match",
            Open => "open the selected article",
            Help => "show or hide this help",
            Cancel => "close help, clear the search, leave the prompt",
            Back => "back to the library (quit when opened on a file)",
            Quit => "quit",
            Suspend => "suspend to the shell (fg resumes)",
            CycleTheme => "next colour theme",
            ToggleMouse => "mouse wheel on/off (off: the terminal selects text)",
            ToggleBidi => "bidi mode: hamish (app) or the terminal",
            ToggleShaping => "Arabic shaping (joined letter forms) on/off",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_and_strum_agree_on_names() {
        #[derive(Deserialize)]
        struct Probe {
            a: Action,
        }
        for action in Action::all() {
            let text = format!("a = \"{}\"", action.name());
            let probe: Probe = toml::from_str(&text).unwrap();
            assert_eq!(probe.a, action);
            assert_eq!(action.name().parse::<Action>(), Ok(action));
        }
        assert_eq!(Action::HalfPageDown.name(), "half_page_down");
        assert!("sideways".parse::<Action>().is_err());
    }
}
