//! What every drawing function needs besides its own state: the theme, the settings, and the
//! layout options for text drawn on single lines (width 0: the caller cuts it to its room).
//!
//! Built once per frame by [`crate::tui::draw::draw`]; knows nothing about the app's state.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use crate::text::LayoutOptions;
use crate::tui::draw::cells::{put_text, Align};
use crate::tui::settings::Settings;
use crate::tui::theme::Theme;

/// The drawing context.
pub struct Ctx<'a> {
    /// The current theme.
    pub theme: &'a Theme,
    /// The current settings.
    pub settings: &'a Settings,
    /// Layout options for unwrapped text (labels, titles, the status line).
    pub options: LayoutOptions,
}

impl<'a> Ctx<'a> {
    /// The context for drawing with `theme` and `settings`.
    pub fn new(theme: &'a Theme, settings: &'a Settings) -> Ctx<'a> {
        Ctx {
            theme,
            settings,
            options: LayoutOptions {
                width: 0,
                bidi: settings.bidi,
                shaping: settings.shaping,
            },
        }
    }

    /// The style of the status line and of boxes over the text.
    pub fn panel(&self) -> Style {
        self.theme.text.patch(self.theme.status)
    }

    /// `text` on one row from `at`, within `width` cells (see [`put_text`]).
    pub fn put(
        &self,
        buf: &mut Buffer,
        at: (u16, u16),
        width: u16,
        text: &str,
        style: Style,
        align: Align,
    ) -> (u16, u16) {
        put_text(buf, at, width, text, style, &self.options, align)
    }
}
