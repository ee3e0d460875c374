//! Everything a key can ask the reader to do: one enum, named in snake_case in config files
//! (`[keys] ctrl-d = "half_page_down"`), and the single source of the keymap, the help overlay
//! and the README key table.
//!
//! Some actions belong to a mode: caret mode (after `v`) and the annotation list bind keys of
//! their own, over the reader's (see [`Mode`]).
//!
//! Knows nothing about keys or terminals: the keymap binds keys to these, the app applies them.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumMessage, EnumString, IntoStaticStr};

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
    EnumMessage,
    EnumString,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    /// One line down (library: next article).
    #[strum(message = "one line down (library: next article)")]
    LineDown,
    /// One line up (library: previous article).
    #[strum(message = "one line up (library: previous article)")]
    LineUp,
    /// One page down.
    #[strum(message = "one page down")]
    PageDown,
    /// One page up.
    #[strum(message = "one page up")]
    PageUp,
    /// Half a page down.
    #[strum(message = "half a page down")]
    HalfPageDown,
    /// Half a page up.
    #[strum(message = "half a page up")]
    HalfPageUp,
    /// To the top.
    #[strum(message = "to the top")]
    Top,
    /// To the bottom.
    #[strum(message = "to the bottom")]
    Bottom,
    /// To the start of the next paragraph.
    #[strum(message = "to the next paragraph")]
    NextParagraph,
    /// To the start of this paragraph, or of the previous one.
    #[strum(message = "to the start of this or the previous paragraph")]
    PreviousParagraph,
    /// Open the search prompt (library: filter by text, `#tag` by tag; passages: quotes and
    /// notes).
    #[strum(message = "search (library: text, #tag; passages: quotes, notes)")]
    Search,
    /// The next search match.
    #[strum(message = "next match")]
    NextMatch,
    /// The previous search match.
    #[strum(message = "previous match")]
    PreviousMatch,
    /// Library: sort by the next order (file name, date, title, annotations).
    #[strum(message = "library: sort by file name, date, title or annotations")]
    SortLibrary,
    /// Library: fetch every subscribed feed in the background; new articles appear.
    #[strum(message = "library: fetch all feeds in the background")]
    FetchFeeds,
    /// Open the selected article (annotation list: go to the annotation).
    #[strum(message = "open the selected article (list: go to the annotation)")]
    Open,
    /// Show or hide the key help.
    #[strum(message = "show or hide this help")]
    Help,
    /// Close the help or the list, leave caret mode or the prompt, clear the selection (passages:
    /// the filters).
    #[strum(message = "close help or list, leave caret mode or prompt, unselect")]
    Cancel,
    /// Back to the library (quit when opened on a file).
    #[strum(message = "back to the library (quit when opened on a file)")]
    Back,
    /// Quit from anywhere.
    #[strum(message = "quit")]
    Quit,
    /// Stop hamish and return to the shell (`fg` resumes).
    #[strum(message = "suspend to the shell (fg resumes)")]
    Suspend,
    /// Switch to the next colour theme.
    #[strum(message = "next colour theme")]
    CycleTheme,
    /// Capture the mouse wheel, or give the mouse back to the terminal for selecting text.
    #[strum(message = "mouse wheel on/off (off: the terminal selects text)")]
    ToggleMouse,
    /// Switch between hamish doing the BiDi (`app`) and the terminal doing it (`terminal`).
    #[strum(message = "bidi mode: hamish (app) or the terminal")]
    ToggleBidi,
    /// Switch Arabic shaping (presentation forms) on or off.
    #[strum(message = "Arabic shaping (joined letter forms) on/off")]
    ToggleShaping,
    /// Caret mode: a caret on the selection or search match shown, else on the first word of
    /// the top line; moving it extends the selection.
    #[strum(message = "caret mode: from the match shown, else the top line")]
    StartSelection,
    /// Annotate the selection: tags, colour and note.
    #[strum(message = "annotate the selection (tags, colour, note)")]
    Annotate,
    /// Edit the annotation under the caret or the selection.
    #[strum(message = "edit the annotation under the caret or selection")]
    EditAnnotation,
    /// Delete the annotation under the caret or the selection.
    #[strum(message = "delete the annotation under the caret or selection")]
    DeleteAnnotation,
    /// Undo the last annotation change.
    #[strum(message = "undo the last annotation change")]
    Undo,
    /// Redo the last undone annotation change.
    #[strum(message = "redo an undone annotation change")]
    Redo,
    /// Jump to the next annotation, selecting it.
    #[strum(message = "next annotation (selects it)")]
    NextAnnotation,
    /// Jump to the previous annotation, selecting it.
    #[strum(message = "previous annotation (selects it)")]
    PreviousAnnotation,
    /// List this article's annotations (library: every passage of every article).
    #[strum(message = "this article's annotations (library: every passage)")]
    AnnotationList,
    /// Caret mode: the caret a cluster to the left on screen.
    #[strum(message = "caret mode: a cluster left on screen")]
    CaretLeft,
    /// Caret mode: the caret a cluster to the right on screen.
    #[strum(message = "caret mode: a cluster right on screen")]
    CaretRight,
    /// Caret mode: the caret a line up.
    #[strum(message = "caret mode: a line up")]
    CaretUp,
    /// Caret mode: the caret a line down.
    #[strum(message = "caret mode: a line down")]
    CaretDown,
    /// Caret mode: the caret a word on in reading order.
    #[strum(message = "caret mode: a word on (reading order)")]
    CaretWordForward,
    /// Caret mode: the caret a word back in reading order.
    #[strum(message = "caret mode: a word back (reading order)")]
    CaretWordBack,
    /// Caret mode: the caret a sentence on.
    #[strum(message = "caret mode: a sentence on")]
    CaretSentenceForward,
    /// Caret mode: the caret a sentence back.
    #[strum(message = "caret mode: a sentence back")]
    CaretSentenceBack,
    /// Caret mode: the caret a paragraph on.
    #[strum(message = "caret mode: a paragraph on")]
    CaretParagraphForward,
    /// Caret mode: the caret a paragraph back.
    #[strum(message = "caret mode: a paragraph back")]
    CaretParagraphBack,
    /// Caret mode: select the sentence under the caret.
    #[strum(message = "caret mode: select the sentence under the caret")]
    SelectSentence,
    /// Caret mode: select the paragraph under the caret.
    #[strum(message = "caret mode: select the paragraph under the caret")]
    SelectParagraph,
    /// Annotation list: accept the place found for an annotation that needs review.
    #[strum(message = "list: accept the place found for one that needs review")]
    ConfirmAnnotation,
    /// Annotation list: select the annotation's passage anew (caret mode, then `a`).
    #[strum(message = "list: select its passage anew, then a")]
    ReselectAnnotation,
    /// The tags view: every tag of the library with its counts, and the tags found with it.
    #[strum(message = "the library's tags: counts, rename, merge")]
    TagsView,
    /// Tags view: rename the selected tag in every article of the library.
    #[strum(message = "tags view: rename the tag in the whole library")]
    RenameTag,
    /// Tags view: merge the selected tag into another (typed, or chosen with `CompleteTag`).
    #[strum(message = "tags view: merge the tag into another")]
    MergeTag,
    /// Tags view, in the merge line: the next tag that starts like the text typed (a key the
    /// line takes as text, a letter, types there instead).
    #[strum(message = "tags view, merging: the next tag starting like the text")]
    CompleteTag,
    /// Tags view: sort by number of passages or by name.
    #[strum(message = "tags view: sort by passages or by name")]
    SortTags,
    /// Passages view: filter by tags, typed (several: passages with all of them).
    #[strum(message = "passages: filter by tags (several: all of them)")]
    FilterTags,
    /// Passages view: several tags let through passages with any of them, or all of them.
    #[strum(message = "passages: tags filter any of / all of")]
    AnyTags,
    /// Passages view: filter by state (each state in turn, then all).
    #[strum(message = "passages: filter by state (each in turn, then all)")]
    FilterState,
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
    /// In the tags view.
    Tags,
    /// In the passages view.
    Passages,
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

    /// Where the action's keys apply: the caret's own moves in caret mode (`v`, which starts it,
    /// in the reader), the list's own actions in the list, the rest in the reader.
    pub fn mode(self) -> Mode {
        match self.group() {
            Group::Caret if self != Action::StartSelection => Mode::Caret,
            Group::List => Mode::List,
            Group::Tags if self != Action::TagsView => Mode::Tags,
            Group::Passages => Mode::Passages,
            _ => Mode::Reader,
        }
    }

    /// One line saying what the action does, for the help overlay and the README (its
    /// `message`, kept beside the variant).
    pub fn description(self) -> &'static str {
        self.get_message().unwrap_or_default()
    }

    /// Which part of the app applies the action.
    pub fn group(self) -> Group {
        use Action::*;
        match self {
            Quit | Suspend => Group::App,
            Help => Group::Help,
            CycleTheme | ToggleMouse | ToggleBidi | ToggleShaping => Group::Settings,
            StartSelection
            | CaretLeft
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
            | SelectParagraph => Group::Caret,
            Annotate | EditAnnotation | DeleteAnnotation | Undo | Redo | NextAnnotation
            | PreviousAnnotation | AnnotationList => Group::Annotate,
            ConfirmAnnotation | ReselectAnnotation => Group::List,
            TagsView | RenameTag | MergeTag | CompleteTag | SortTags => Group::Tags,
            FilterTags | AnyTags | FilterState => Group::Passages,
            LineDown | LineUp | PageDown | PageUp | HalfPageDown | HalfPageUp | Top | Bottom
            | NextParagraph | PreviousParagraph | Search | NextMatch | PreviousMatch
            | SortLibrary | FetchFeeds | Open | Cancel | Back => Group::Read,
        }
    }
}

/// Which part of the app applies an action (each action is routed once, by its group).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Quitting and suspending, from anywhere.
    App,
    /// Opening and closing the help.
    Help,
    /// The theme and the settings, from anywhere.
    Settings,
    /// Moving, searching, opening and going back: the view's own.
    Read,
    /// Caret mode and selecting.
    Caret,
    /// Changing and visiting annotations.
    Annotate,
    /// The annotation list's own.
    List,
    /// The tags view's own (and opening it).
    Tags,
    /// The passages view's own (filters).
    Passages,
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

    #[test]
    fn every_action_says_what_it_does() {
        for action in Action::all() {
            assert!(!action.description().is_empty(), "{action:?}");
        }
    }
}
