//! The settings that can change while hamish runs (reading width, BiDi mode, shaping, mouse,
//! langmap), the reading column they give, and their name in the status line.
//!
//! Data only, for the app, the screens and drawing alike; knows nothing about the app, keys or
//! the terminal (the actions that change them are in `app/settings.rs`).

use crate::text::{BidiMode, Shaping};

/// Settings that can change while hamish runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Widest reading column, in cells.
    pub reading_width: u16,
    /// Who reorders.
    pub bidi: BidiMode,
    /// Whether to shape Arabic.
    pub shaping: Shaping,
    /// Whether the mouse is captured (wheel scrolls).
    pub mouse: bool,
    /// Whether Arabic, Persian and Hebrew letters act as the Latin key on the same key.
    pub langmap: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reading_width: 100,
            bidi: BidiMode::App,
            shaping: Shaping::Forms,
            mouse: true,
            langmap: true,
        }
    }
}

/// The reading column within a screen `width` wide: its left column and its width (at most
/// `reading_width`, centred, with a one-cell margin when the screen allows).
pub fn reading_column(width: u16, reading_width: u16) -> (u16, u16) {
    let margin = if width >= 20 { 2 } else { 0 };
    let w = reading_width.min(width.saturating_sub(margin)).max(1);
    ((width.saturating_sub(w)) / 2, w)
}

/// The mode as the status line shows it: `app/forms`, `app/none` or `terminal`.
pub fn mode_name(settings: &Settings) -> &'static str {
    match (settings.bidi, settings.shaping) {
        (BidiMode::App, Shaping::Forms) => "app/forms",
        (BidiMode::App, Shaping::None) => "app/none",
        (BidiMode::Terminal, _) => "terminal",
    }
}
