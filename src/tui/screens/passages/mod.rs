//! The passages view (`A` in the library), one screen: its state (`state.rs`: every annotation
//! of the library as a row, which the filters of `filter.rs` let through), its actions for the
//! app (`update.rs`: reading the library in parts, moving, filtering, Enter to read a passage in
//! its article, `e`, `x`, `u`), its geometry (`geometry.rs`), its part of the help
//! (`help.rs`), its hints and its drawing (`draw.rs`).
//!
//! Knows the passages and the keymap; nothing about the terminal.

pub mod draw;
pub mod filter;
pub mod geometry;
pub mod help;
pub mod state;
pub(crate) mod update;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::draw::context::Ctx;
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::ViewHelp;
use crate::tui::screens::passages::geometry::Geometry;
use crate::tui::screens::passages::state::Passages;
use crate::tui::screens::{Shared, View};

impl View for Passages {
    fn mode(&self) -> Mode {
        Mode::Passages
    }

    fn help(&self) -> &'static ViewHelp {
        &help::HELP
    }

    fn wheel(&mut self, _: &Shared, down: bool) {
        self.move_by(if down { 1 } else { -1 });
    }

    fn click(&mut self, _: &Shared, body: Rect, reading_width: u16, at: (u16, u16)) {
        let geometry = Geometry::new(body, reading_width);
        if let Some(n) = geometry.entry_at(self.selected, at) {
            if n < self.shown.len() {
                self.selected = n;
            }
        }
    }

    fn draw(&self, shared: &Shared, ctx: &Ctx, body: Rect, buf: &mut Buffer) {
        let geometry = Geometry::new(body, ctx.settings.reading_width);
        draw::draw(self, shared, ctx, &geometry, buf);
    }
}
