//! What the reader asks of the terminal: the app's update cannot quit, suspend, run `$EDITOR`
//! or switch modes of the terminal itself, so it asks with an [`Effect`], and the event loop
//! carries the effects out in the order they were asked for (and empties the list).
//!
//! Data only; knows nothing about the terminal.

use crate::text::BidiMode;

/// One thing for the event loop to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Leave hamish.
    Quit,
    /// Hand the terminal back to the shell until `fg`.
    Suspend,
    /// Edit the open editor's note in `$EDITOR`, then give the result to
    /// [`App::finish_external_edit`](crate::tui::app::App::finish_external_edit).
    EditNoteExternally,
    /// Capture the mouse (true) or give it back to the terminal.
    SetMouse(bool),
    /// Switch the terminal's BiDi mode to suit this mode of the reader.
    SetBidi(BidiMode),
}
