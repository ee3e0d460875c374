//! The tags view (`#`), one screen: its state (`state.rs`: the library's tags, their counts and
//! colours, the tags found together), its actions for the app (`update.rs`: moving, sorting,
//! renaming, merging, undoing, Enter for the tag's passages), its geometry (`geometry.rs`), its
//! part of the help (`help.rs`), its hints and its drawing (`draw.rs`).
//!
//! Knows the tags and the keymap; nothing about the terminal.

pub mod draw;
pub mod geometry;
pub mod help;
pub mod state;
mod update;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::draw::context::Ctx;
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::ViewHelp;
use crate::tui::screens::tags::geometry::Geometry;
use crate::tui::screens::tags::state::TagsView;
use crate::tui::screens::{Shared, View};

impl View for TagsView {
    fn mode(&self) -> Mode {
        Mode::Tags
    }

    fn help(&self) -> &'static ViewHelp {
        &help::HELP
    }

    fn wheel(&mut self, _: &Shared, down: bool) {
        self.move_by(if down { 1 } else { -1 });
    }

    fn click(&mut self, _: &Shared, body: Rect, reading_width: u16, at: (u16, u16)) {
        if let Some(row) = Geometry::new(self, body, reading_width).row_at(self, at) {
            self.selected = row;
        }
    }

    fn draw(&self, shared: &Shared, ctx: &Ctx, body: Rect, buf: &mut Buffer) {
        let geometry = Geometry::new(self, body, ctx.settings.reading_width);
        draw::draw(self, shared, ctx, &geometry, buf);
    }
}
