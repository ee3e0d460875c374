//! The article as a view: its keymap mode (caret mode's keys while the caret is out), its help,
//! the mouse wheel and its drawing (the header line, then the text). Presses, drags and double
//! and triple clicks are `select.rs`'s, given them by the app (`app/mouse.rs`), which counts
//! them over time.
//!
//! Knows the article view and drawing; nothing about the app or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::article::help::{ARTICLE, CARET};
use crate::tui::article::{draw, header, ArticleView};
use crate::tui::draw::context::Ctx;
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::ViewHelp;
use crate::tui::screens::{Shared, View};

/// Rows above an article's text: its header line (title, date, source).
pub const HEADER_ROWS: u16 = 1;

/// Lines the mouse wheel scrolls.
pub const WHEEL_LINES: usize = 3;

impl View for ArticleView {
    fn mode(&self) -> Mode {
        if self.caret.is_some() {
            Mode::Caret
        } else {
            Mode::Reader
        }
    }

    fn help(&self) -> &'static ViewHelp {
        if self.caret.is_some() {
            &CARET
        } else {
            &ARTICLE
        }
    }

    fn wheel(&mut self, _: &Shared, down: bool) {
        if down {
            self.scroll_down(WHEEL_LINES);
        } else {
            self.scroll_up(WHEEL_LINES);
        }
    }

    fn click(&mut self, _: &Shared, _: Rect, _: u16, _: (u16, u16)) {}

    fn draw(&self, _: &Shared, ctx: &Ctx, body: Rect, buf: &mut Buffer) {
        header::draw(self, ctx, body, buf);
        let text = Rect {
            y: body.y + HEADER_ROWS.min(body.height),
            height: body.height.saturating_sub(HEADER_ROWS),
            ..body
        };
        draw::draw(self, ctx, text, buf);
    }
}
