//! The library (a directory of articles, or the home), the view at the bottom of the reader:
//! it is `App::library`, under the article and the screens on the stack, not on the stack
//! itself. One folder all the same: its state (`state.rs`, with its entries `entry.rs`, their
//! filling in `fill.rs`, the filter `filter.rs`, the groups `groups.rs`, the order `order.rs`),
//! its actions for the app (`update.rs`), its slots and pages (`slots.rs`, `geometry.rs`: one
//! geometry for paging, the mouse and drawing), its part of the help (`help.rs`) and its drawing
//! (`draw.rs`).
//!
//! Knows the library; nothing about the terminal.

pub mod draw;
pub mod entry;
pub mod fill;
pub mod filter;
pub mod geometry;
pub mod groups;
pub mod help;
pub mod order;
pub mod slots;
pub mod state;
mod update;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::draw::context::Ctx;
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::ViewHelp;
use crate::tui::screens::library::geometry::Geometry;
use crate::tui::screens::library::state::Library;
use crate::tui::screens::{Shared, View};

impl View for Library {
    fn mode(&self) -> Mode {
        Mode::Reader
    }

    fn help(&self) -> &'static ViewHelp {
        &help::HELP
    }

    fn wheel(&mut self, _: &Shared, down: bool) {
        self.move_by(if down { 1 } else { -1 });
    }

    fn click(&mut self, _: &Shared, body: Rect, reading_width: u16, at: (u16, u16)) {
        let geometry = Geometry::new(self, body, reading_width);
        if let Some(n) = geometry.entry_at(self.selected, at) {
            self.selected = n;
        }
    }

    fn draw(&self, _: &Shared, ctx: &Ctx, body: Rect, buf: &mut Buffer) {
        draw::draw(self, ctx, body, buf);
    }
}
