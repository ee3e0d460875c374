//! Whether the box on top (the annotation editor, the help, a notice, the input line) fits the
//! screen. One that does not is not drawn; in its place the screen says how big it must be
//! ("window too small for the editor: needs 40×10"), and it takes no keys until the screen is
//! big enough again (typing into an editor nobody can see must not change it). A resize
//! recovers by itself: nothing is stored but the screen's size.
//!
//! State only; knows nothing about drawing or the terminal.

use crossterm::event::{KeyEvent, KeyModifiers};

use crate::tui::app::{App, Layer};

/// The smallest screen (columns, rows) the annotation editor is shown on.
pub const EDITOR: (u16, u16) = (40, 10);
/// The smallest screen the help is shown on.
pub const HELP: (u16, u16) = (30, 8);
/// The smallest screen a notice is shown on.
pub const NOTICE: (u16, u16) = (30, 6);
/// The smallest screen the input line is shown on.
pub const PROMPT: (u16, u16) = (20, 1);

/// A box that does not fit: what it is and the screen it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooSmall {
    /// The box ("the editor").
    pub what: &'static str,
    /// Columns and rows it needs.
    pub needs: (u16, u16),
}

impl TooSmall {
    /// What the screen says instead of the box.
    pub fn message(&self) -> String {
        format!(
            "window too small for {}: needs {}×{} (make it bigger; ctrl-c quits)",
            self.what, self.needs.0, self.needs.1
        )
    }
}

impl App {
    /// The box on top, when the screen is too small for it.
    pub fn too_small(&self) -> Option<TooSmall> {
        let (what, needs) = match self.layer() {
            Layer::Editor => ("the editor", EDITOR),
            Layer::Help => ("the help", HELP),
            Layer::Notice => ("this notice", NOTICE),
            Layer::Prompt => ("the input line", PROMPT),
            Layer::Screen | Layer::Article | Layer::Library => return None,
        };
        let (width, height) = self.size;
        (width < needs.0 || height < needs.1).then_some(TooSmall { what, needs })
    }

    /// A key while the box on top does not fit: only Ctrl keys that quit or suspend pass.
    pub(super) fn key_while_too_small(&mut self, event: &KeyEvent) {
        if event.modifiers.contains(KeyModifiers::CONTROL) {
            self.unhandled_key(event);
        }
    }
}
