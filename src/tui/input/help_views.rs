//! Which keys the help shows for each view (library, article, caret mode, annotation list,
//! editor), so `?` can list the keys of the view in use first. The keymap's actions are sorted
//! into views here; the editor takes text rather than actions, so its keys are written out.
//!
//! Knows the actions and the keymap; nothing about the app's state, the terminal or drawing.

use crate::tui::input::action::{Action, Mode};
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;

/// A view with keys of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpView {
    /// The library.
    Library,
    /// An article.
    Article,
    /// Caret mode in an article.
    Caret,
    /// The annotation list.
    List,
    /// The annotation editor.
    Editor,
    /// The tags view.
    Tags,
    /// The passages view.
    Passages,
}

impl HelpView {
    /// Every view, in the help's order after the current one.
    pub const ALL: [HelpView; 7] = [
        HelpView::Library,
        HelpView::Article,
        HelpView::Caret,
        HelpView::List,
        HelpView::Editor,
        HelpView::Tags,
        HelpView::Passages,
    ];

    /// The heading of the view's part of the help, with the keys that open it.
    pub fn title(self, keymap: &Keymap) -> String {
        let key = |action| hints::key(keymap, action);
        match self {
            HelpView::Library => "library".into(),
            HelpView::Article => "article".into(),
            HelpView::Caret => format!("caret mode ({})", key(Action::StartSelection)),
            HelpView::List => format!("annotation list ({})", key(Action::AnnotationList)),
            HelpView::Editor => format!(
                "annotation editor ({}, {})",
                key(Action::Annotate),
                key(Action::EditAnnotation)
            ),
            HelpView::Tags => format!("tags view ({})", key(Action::TagsView)),
            HelpView::Passages => format!("passages ({})", key(Action::AnnotationList)),
        }
    }

    /// Whether `action` does something in this view.
    pub fn shows(self, action: Action) -> bool {
        use Action::*;
        let moves = matches!(
            action,
            LineDown | LineUp | PageDown | PageUp | HalfPageDown | HalfPageUp | Top | Bottom
        );
        let anywhere = matches!(
            action,
            Help | Quit | Suspend | CycleTheme | ToggleMouse | ToggleBidi | ToggleShaping
        );
        let listed = self.also(action);
        match self {
            HelpView::Library => moves || anywhere || listed,
            HelpView::Article => {
                action.mode() == Mode::Reader && !matches!(action, Open | SortLibrary | FetchFeeds)
            }
            HelpView::Caret => action.mode() == Mode::Caret || listed,
            HelpView::List => moves || action.mode() == Mode::List || listed,
            HelpView::Editor => false,
            HelpView::Tags => moves || action.mode() == Mode::Tags || listed,
            HelpView::Passages => moves || action.mode() == Mode::Passages || listed,
        }
    }

    /// Whether `action` is one of the actions of other modes that this view also takes.
    fn also(self, action: Action) -> bool {
        use Action::*;
        let listed: &[Action] = match self {
            HelpView::Library => &[
                Search,
                SortLibrary,
                FetchFeeds,
                Open,
                Cancel,
                Back,
                TagsView,
                AnnotationList,
            ],
            HelpView::Caret => &[
                StartSelection,
                Annotate,
                EditAnnotation,
                DeleteAnnotation,
                Cancel,
            ],
            HelpView::List => &[Open, EditAnnotation, DeleteAnnotation, Undo, Redo, Cancel],
            HelpView::Tags => &[Open, Undo, Cancel, Back, TagsView],
            HelpView::Passages => &[
                Search,
                Open,
                EditAnnotation,
                DeleteAnnotation,
                Undo,
                Redo,
                Cancel,
                Back,
            ],
            HelpView::Article | HelpView::Editor => &[],
        };
        listed.contains(&action)
    }
}

/// The editor's keys (it takes text, so they are no actions of the keymap).
pub const EDITOR_KEYS: &[(&str, &str)] = &[
    ("tab down", "next field (tags: complete a tag)"),
    ("backtab up", "previous field"),
    ("left right space", "colour field: another colour"),
    ("enter", "save"),
    ("ctrl-j alt-enter", "note: a new line"),
    ("ctrl-e", "note: edit in $EDITOR"),
    ("ctrl-w ctrl-u", "delete a word, delete the field"),
    ("esc", "close without saving"),
];

/// The help's last line: keyboard layouts (`input/layouts.rs`; `langmap = false` turns it off).
const LANGMAP_KEYS: &str = "ت ن ض ח";
const LANGMAP_HELP: &str = "Arabic, Persian, Hebrew layouts, Shift too: Latin key";

/// The help lines for `current` first: (keys, what they do); a heading has no description.
pub fn help_lines(keymap: &Keymap, current: HelpView) -> Vec<(String, &'static str)> {
    let order = std::iter::once(current).chain(HelpView::ALL.into_iter().filter(|v| *v != current));
    let mut lines = Vec::new();
    for view in order {
        if !lines.is_empty() {
            lines.push((String::new(), ""));
        }
        lines.push((format!("— {} —", view.title(keymap)), ""));
        lines.extend(view_lines(keymap, view));
    }
    lines.push((String::new(), ""));
    lines.push((LANGMAP_KEYS.to_string(), LANGMAP_HELP));
    lines
}

/// One view's keys.
fn view_lines(keymap: &Keymap, view: HelpView) -> Vec<(String, &'static str)> {
    if view == HelpView::Editor {
        return EDITOR_KEYS
            .iter()
            .map(|&(keys, what)| (keys.to_string(), what))
            .collect();
    }
    keymap
        .help_rows()
        .into_iter()
        .zip(Action::all())
        .filter(|(_, action)| view.shows(*action))
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

/// The first row the help can start on so its box stays full.
pub fn last_top(lines: usize, rows: u16) -> usize {
    lines.saturating_sub(usize::from(rows.saturating_sub(2)))
}
