//! The actions that change the settings (`tui/settings.rs`) and the theme: each says what it
//! did on the status line, and asks the terminal for what only it can do.
//!
//! State changes only; knows nothing about the terminal.

use crate::text::{BidiMode, Shaping};
use crate::tui::app::{App, Effect};
use crate::tui::input::action::Action;
use crate::tui::settings::mode_name;

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
