//! Everything a key can ask the reader to do: one enum, named in snake_case in config files
//! (`[keys] ctrl-d = "half_page_down"`), and the single source of the keymap, the help overlay
//! and the README key table.
//!
//! Some actions belong to a mode: caret mode (after `v`) and the annotation list bind keys of
//! their own, over the reader's (see [`Mode`]).
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
    /// Open the selected article (annotation list: go to the annotation).
    Open,
    /// Show or hide the key help.
    Help,
    /// Close the help or the list, leave caret mode or the prompt, clear the selection.
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
    /// Caret mode: a caret on the first word of the top line; moving it extends the selection.
    StartSelection,
    /// Annotate the selection: tags, colour and note.
    Annotate,
    /// Edit the annotation under the caret or the selection.
    EditAnnotation,
    /// Delete the annotation under the caret or the selection.
    DeleteAnnotation,
    /// Undo the last annotation change.
    Undo,
    /// Redo the last undone annotation change.
    Redo,
    /// Jump to the next annotation, selecting it.
    NextAnnotation,
    /// Jump to the previous annotation, selecting it.
    PreviousAnnotation,
    /// List this article's annotations.
    AnnotationList,
    /// Caret mode: the caret a cluster to the left on screen.
    CaretLeft,
    /// Caret mode: the caret a cluster to the right on screen.
    CaretRight,
    /// Caret mode: the caret a line up.
    CaretUp,
    /// Caret mode: the caret a line down.
    CaretDown,
    /// Caret mode: the caret a word on in reading order.
    CaretWordForward,
    /// Caret mode: the caret a word back in reading order.
    CaretWordBack,
    /// Caret mode: the caret a sentence on.
    CaretSentenceForward,
    /// Caret mode: the caret a sentence back.
    CaretSentenceBack,
    /// Caret mode: the caret a paragraph on.
    CaretParagraphForward,
    /// Caret mode: the caret a paragraph back.
    CaretParagraphBack,
    /// Caret mode: select the sentence under the caret.
    SelectSentence,
    /// Caret mode: select the paragraph under the caret.
    SelectParagraph,
    /// Annotation list: accept the place found for an annotation that needs review.
    ConfirmAnnotation,
    /// Annotation list: select the annotation's passage anew (caret mode, then `a`).
    ReselectAnnotation,
}

/// Where an action's keys apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Everywhere (the reader's keys; the other modes fall back to them).
    Reader,
    /// In caret mode.
    Caret,
    /// In the annotation list.
    List,
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

    /// Where the action's keys apply.
    pub fn mode(self) -> Mode {
        use Action::*;
        match self {
            CaretLeft
            | CaretRight
            | CaretUp
            | CaretDown
            | CaretWordForward
            | CaretWordBack
            | CaretSentenceForward
            | CaretSentenceBack
            | CaretParagraphForward
            | CaretParagraphBack
            | SelectSentence
            | SelectParagraph => Mode::Caret,
            ConfirmAnnotation | ReselectAnnotation => Mode::List,
            _ => Mode::Reader,
        }
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
            Open => "open the selected article (list: go to the annotation)",
            Help => "show or hide this help",
            Cancel => "close help or list, leave caret mode or prompt, unselect",
            Back => "back to the library (quit when opened on a file)",
            Quit => "quit",
            Suspend => "suspend to the shell (fg resumes)",
            CycleTheme => "next colour theme",
            ToggleMouse => "mouse wheel on/off (off: the terminal selects text)",
            ToggleBidi => "bidi mode: hamish (app) or the terminal",
            ToggleShaping => "Arabic shaping (joined letter forms) on/off",
            StartSelection => "caret mode: select from the top line's first word",
            Annotate => "annotate the selection (tags, colour, note)",
            EditAnnotation => "edit the annotation under the caret or selection",
            DeleteAnnotation => "delete the annotation under the caret or selection",
            Undo => "undo the last annotation change",
            Redo => "redo an undone annotation change",
            NextAnnotation => "next annotation (selects it)",
            PreviousAnnotation => "previous annotation (selects it)",
            AnnotationList => "this article's annotations",
            CaretLeft => "caret mode: a cluster left on screen",
            CaretRight => "caret mode: a cluster right on screen",
            CaretUp => "caret mode: a line up",
            CaretDown => "caret mode: a line down",
            CaretWordForward => "caret mode: a word on (reading order)",
            CaretWordBack => "caret mode: a word back (reading order)",
            CaretSentenceForward => "caret mode: a sentence on",
            CaretSentenceBack => "caret mode: a sentence back",
            CaretParagraphForward => "caret mode: a paragraph on",
            CaretParagraphBack => "caret mode: a paragraph back",
            SelectSentence => "caret mode: select the sentence under the caret",
            SelectParagraph => "caret mode: select the paragraph under the caret",
            ConfirmAnnotation => "list: accept the place found for one that needs review",
            ReselectAnnotation => "list: select its passage anew, then a",
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
