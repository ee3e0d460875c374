//! Boxes over the screen: where a box of a given size sits, the bordered, titled box itself
//! (used by the notice, the annotation editor and the help), the notice, and what is shown
//! instead of a box the screen is too small for.
//!
//! Writes a buffer; knows nothing about the app's state or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::draw::context::Ctx;
use crate::tui::draw::text_box::{self, Show};

/// A `width` × `height` rectangle in the middle of `area` (both at most `area`'s).
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Clears `rect` and draws a border titled `title` around it in `style`; returns the inside.
pub fn bordered(buf: &mut Buffer, rect: Rect, title: &str, style: Style) -> Rect {
    Clear.render(rect, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .style(style);
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}

/// A box with `text` (wrapped by the engine) in the middle of `area`, closed by any key.
pub fn notice(ctx: &Ctx, text: &str, area: Rect, buf: &mut Buffer) {
    let width = area.width.min(76);
    if width < 8 || area.height < 3 {
        return;
    }
    let rows = text_box::rows(text, width - 2, &ctx.options) as u16;
    let rect = centred(area, width, rows + 2);
    let style = ctx.panel();
    let inner = bordered(buf, rect, " any key closes ", style);
    text_box::draw(buf, inner, text, style, &ctx.options, Show::Head);
}

/// In place of a box the screen is too small for: `text` (what it needs) over the whole of
/// `area`, wrapped, from its top.
pub fn too_small(ctx: &Ctx, text: &str, area: Rect, buf: &mut Buffer) {
    let style = ctx.panel();
    Clear.render(area, buf);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].set_style(style);
        }
    }
    text_box::draw(buf, area, text, style, &ctx.options, Show::Head);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centred_boxes_stay_inside_their_area() {
        let area = Rect::new(2, 1, 20, 10);
        assert_eq!(centred(area, 10, 4), Rect::new(7, 4, 10, 4));
        assert_eq!(centred(area, 30, 40), area);
    }
}
