//! Which layer of the reader is on top, decided in one place. At most one [`Overlay`] (a notice,
//! the annotation editor, the input line or the help) lies over the view below it (a screen on
//! the stack, the article or the library); [`App::layer`] names the top
//! one, and key handling, mouse handling, update and drawing all ask it, in the same order.
//!
//! State only; knows nothing about keys, the terminal or drawing.

use crate::tui::app::App;
use crate::tui::input::help_views::ViewHelp;
use crate::tui::panels::editor::help::EDITOR;
use crate::tui::panels::editor::Editor;
use crate::tui::panels::prompt::Prompt;
use crate::tui::screens::library;

/// What lies over the view: one at a time, so no two can be shown together.
#[derive(Debug)]
pub enum Overlay {
    /// What needs more room than the status line (why annotating is off, with how to fix it):
    /// shown in a box until the next key.
    Notice(String),
    /// The annotation editor (boxed: it is much bigger than the others).
    Editor(Box<Editor>),
    /// The input line (search or filter).
    Prompt(Prompt),
    /// The help, scrolled to this row.
    Help(usize),
}

/// The layer on top: the one that gets keys and the mouse wheel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// A notice: any key closes it.
    Notice,
    /// The annotation editor.
    Editor,
    /// The input line.
    Prompt,
    /// The help.
    Help,
    /// A screen on the stack (`tui/screens/`: the tags view, the annotation list, the
    /// passages view).
    Screen,
    /// An article.
    Article,
    /// The library, or nothing at all.
    Library,
}

impl App {
    /// The layer on top.
    pub fn layer(&self) -> Layer {
        match &self.overlay {
            Some(Overlay::Notice(_)) => Layer::Notice,
            Some(Overlay::Editor(_)) => Layer::Editor,
            Some(Overlay::Prompt(_)) => Layer::Prompt,
            Some(Overlay::Help(_)) => Layer::Help,
            None => self.view(),
        }
    }

    /// The view under any overlay: the screen on top of the stack (unless it is the article),
    /// the article or the library.
    pub fn view(&self) -> Layer {
        if self.screen().is_some_and(|s| s.view().is_some()) {
            return Layer::Screen;
        }
        if self.article.is_some() {
            Layer::Article
        } else {
            Layer::Library
        }
    }

    /// The notice, when one is shown.
    pub fn notice(&self) -> Option<&str> {
        match &self.overlay {
            Some(Overlay::Notice(text)) => Some(text),
            _ => None,
        }
    }

    /// Shows `text` in a notice that stays until a key closes it (below a notice already
    /// shown; in the status line when another box is open). For what must not be missed, such
    /// as a configuration error.
    pub fn show_notice(&mut self, text: &str) {
        match &mut self.overlay {
            None => self.overlay = Some(Overlay::Notice(text.to_string())),
            Some(Overlay::Notice(shown)) => {
                shown.push_str("\n\n");
                shown.push_str(text);
            }
            Some(_) => self.message = Some(text.to_string()),
        }
    }

    /// The annotation editor, when open.
    pub fn editor(&self) -> Option<&Editor> {
        match &self.overlay {
            Some(Overlay::Editor(editor)) => Some(editor.as_ref()),
            _ => None,
        }
    }

    /// The annotation editor, when open, to change.
    pub fn editor_mut(&mut self) -> Option<&mut Editor> {
        match &mut self.overlay {
            Some(Overlay::Editor(editor)) => Some(editor.as_mut()),
            _ => None,
        }
    }

    /// The input line, when open.
    pub fn prompt(&self) -> Option<&Prompt> {
        match &self.overlay {
            Some(Overlay::Prompt(prompt)) => Some(prompt),
            _ => None,
        }
    }

    /// The view whose keys the help shows first: the one under the overlay (the editor's
    /// when it is open).
    pub fn help_view(&self) -> &'static ViewHelp {
        if self.editor().is_some() {
            return &EDITOR;
        }
        self.top_view().map_or(&library::help::HELP, |v| v.help())
    }

    /// The help's first row, when the help is open.
    pub fn help(&self) -> Option<usize> {
        match self.overlay {
            Some(Overlay::Help(top)) => Some(top),
            _ => None,
        }
    }
}
