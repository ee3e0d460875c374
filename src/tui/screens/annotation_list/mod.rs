//! The annotation list (`A` in an article), one screen over the article: its state
//! (`state.rs`: the selected entry; the entries are the article's store's), its actions for the
//! app (`update.rs`: moving, Enter to go to one, `e`, `x`, `c`, `r`), its geometry
//! (`geometry.rs`), its part of the help (`help.rs`), its hints and its drawing (`draw.rs`).
//!
//! Knows the store's entries and the keymap; nothing about the terminal.

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
use crate::tui::screens::annotation_list::geometry::Geometry;
use crate::tui::screens::annotation_list::state::AnnotationList;
use crate::tui::screens::{Shared, View};

impl View for AnnotationList {
    fn mode(&self) -> Mode {
        Mode::List
    }

    fn help(&self) -> &'static ViewHelp {
        &help::HELP
    }

    fn wheel(&mut self, shared: &Shared, down: bool) {
        let len = shared.store.map_or(0, |s| s.annotations().len());
        self.move_by(if down { 1 } else { -1 }, len);
    }

    fn click(&mut self, shared: &Shared, body: Rect, reading_width: u16, at: (u16, u16)) {
        let len = shared.store.map_or(0, |s| s.annotations().len());
        let selected = self.selected.min(len.saturating_sub(1));
        let geometry = Geometry::new(body, reading_width);
        if let Some(n) = geometry.entry_at(selected, at).filter(|&n| n < len) {
            self.selected = n;
        }
    }

    fn draw(&self, shared: &Shared, ctx: &Ctx, body: Rect, buf: &mut Buffer) {
        let geometry = Geometry::new(body, ctx.settings.reading_width);
        if let Some(store) = shared.store {
            draw::draw(self, store, shared.keymap, ctx, &geometry, buf);
        }
    }
}
