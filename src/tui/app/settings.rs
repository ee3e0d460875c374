//! The settings that can change while hamish runs (reading width, BiDi mode, shaping, mouse),
//! the reading column they give, and the actions that change them (and the theme): each says
//! what it did on the status line, and asks the terminal for what only it can do.
//!
//! State changes only; knows nothing about the terminal.

use crate::text::{BidiMode, Shaping};
use crate::tui::app::{App, Effect};
use crate::tui::input::action::Action;

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

impl App {
    /// The theme and settings actions.
    pub(super) fn setting_action(&mut self, action: Action) {
        match action {
            Action::CycleTheme => {
                self.theme = (self.theme + 1) % self.themes.len().max(1);
                self.message = Some(format!("theme: {}", self.theme().name));
            }
            Action::ToggleMouse => {
                self.settings.mouse = !self.settings.mouse;
                self.effects.push(Effect::SetMouse(self.settings.mouse));
                self.message = Some(if self.settings.mouse {
                    "mouse on: the wheel scrolls".into()
                } else {
                    "mouse off: the terminal selects text".into()
                });
            }
            Action::ToggleBidi => {
                self.settings.bidi = match self.settings.bidi {
                    BidiMode::App => BidiMode::Terminal,
                    BidiMode::Terminal => BidiMode::App,
                };
                self.effects.push(Effect::SetBidi(self.settings.bidi));
                self.relayout();
                self.message = Some(format!("bidi: {}", mode_name(&self.settings)));
            }
            Action::ToggleShaping => {
                self.settings.shaping = match self.settings.shaping {
                    Shaping::Forms => Shaping::None,
                    Shaping::None => Shaping::Forms,
                };
                self.relayout();
                self.message = Some(format!("shaping: {}", mode_name(&self.settings)));
            }
            _ => {}
        }
        self.remember_settings(action);
    }
}
