//! The mouse (when captured), for the app: the wheel scrolls the help and the article and moves
//! a list's selection; a left click selects the entry under it in the library and the screens'
//! lists (where their geometry draws it); in an article the left button selects
//! (`article/select.rs`).
//!
//! Clicks are counted from the times the caller gives ([`App::mouse_at`]), so tests need no
//! clock. State changes only; knows nothing about the terminal or drawing.

use std::time::Instant;

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use crate::tui::app::{App, Layer, Overlay, WHEEL_LINES};
use crate::tui::screens::library::geometry::Geometry;
use crate::tui::screens::Screen;

impl App {
    /// Applies a mouse event that happened at `now`.
    pub fn mouse_at(&mut self, event: &MouseEvent, now: Instant) {
        if !self.settings.mouse || self.too_small().is_some() {
            return;
        }
        let layer = self.layer();
        let down = match event.kind {
            MouseEventKind::ScrollDown => true,
            MouseEventKind::ScrollUp => false,
            MouseEventKind::Down(MouseButton::Left)
                if matches!(layer, Layer::Library | Layer::Screen) =>
            {
                return self.click_entry(layer, event);
            }
            _ => {
                if matches!(layer, Layer::Article | Layer::Library) {
                    self.mouse_select(event, now);
                }
                return;
            }
        };
        self.wheel(layer, down);
    }

    /// A left click on the library or a screen: the entry under it is selected (found where
    /// the view's geometry draws it).
    fn click_entry(&mut self, layer: Layer, event: &MouseEvent) {
        let (body, width) = (self.body(), self.settings.reading_width);
        let at = (event.column, event.row);
        if layer == Layer::Screen {
            let (shared, screens) = self.shared_and_screens();
            if let Some(view) = screens.last_mut().and_then(Screen::view_mut) {
                view.click(&shared, body, width, at);
            }
        } else if let Some(library) = self.library.as_mut() {
            let geometry = Geometry::new(library, body, width);
            if let Some(n) = geometry.entry_at(library.selected, at) {
                library.selected = n;
            }
        }
    }

    /// The mouse wheel over `layer`: the help scrolls, the article scrolls, a list moves its
    /// selection.
    fn wheel(&mut self, layer: Layer, down: bool) {
        let lines = |n: usize| {
            if down {
                n + WHEEL_LINES
            } else {
                n.saturating_sub(WHEEL_LINES)
            }
        };
        match layer {
            Layer::Notice | Layer::Editor | Layer::Prompt => {}
            Layer::Help => {
                if let Some(Overlay::Help(top)) = self.overlay.as_mut() {
                    *top = lines(*top);
                }
            }
            Layer::Article => {
                if let Some(view) = self.article.as_mut() {
                    if down {
                        view.scroll_down(WHEEL_LINES);
                    } else {
                        view.scroll_up(WHEEL_LINES);
                    }
                }
            }
            Layer::Library => {
                if let Some(library) = self.library.as_mut() {
                    library.move_by(if down { 1 } else { -1 });
                }
            }
            Layer::Screen => {
                let (shared, screens) = self.shared_and_screens();
                if let Some(view) = screens.last_mut().and_then(Screen::view_mut) {
                    view.wheel(&shared, down);
                }
            }
        }
    }
}
