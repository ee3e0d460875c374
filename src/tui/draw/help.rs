//! Drawing the help overlay: the keys of the view in use first, then those of the other views
//! (library, article, caret mode, annotation list, editor), each under its heading, from the
//! keymap's generated rows (the same descriptions as the README table), and a line on the
//! keyboard layouts; in a box over the screen, scrolled from `top`, saying when more is below.
//!
//! Reads the keymap; writes a buffer. Knows nothing about the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::draw::context::Ctx;
use crate::tui::draw::popup::{bordered, centred};
use crate::tui::input::action::Action;
use crate::tui::input::help_views::ViewHelp;
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;
use crate::tui::screens::help::help_lines;

/// Draws the overlay; `top` is the first line shown (clamped so the box stays full).
pub fn draw(keymap: &Keymap, view: &ViewHelp, ctx: &Ctx, top: usize, area: Rect, buf: &mut Buffer) {
    let lines = help_lines(keymap, view);
    let key_width = lines
        .iter()
        .filter(|(_, d)| !d.is_empty())
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0) as u16;
    let wanted = lines
        .iter()
        .map(|(_, d)| d.chars().count() as u16)
        .max()
        .unwrap_or(0)
        .saturating_add(key_width + 6);
    let rect = centred(area, wanted, lines.len() as u16 + 2);
    if rect.width < 3 || rect.height < 3 {
        return;
    }
    let style = ctx.panel();
    let key = |action| hints::key(keymap, action);
    let title = format!(
        " keys · {} or {} closes ",
        key(Action::Help),
        key(Action::Cancel)
    );
    let inner = bordered(buf, rect, &title, style);
    let shown = usize::from(inner.height);
    let top = top.min(lines.len().saturating_sub(shown));
    for (row, (keys, description)) in lines.iter().skip(top).take(shown).enumerate() {
        let ry = inner.y + row as u16;
        let width = usize::from(inner.width.saturating_sub(1));
        buf.set_stringn(inner.x + 1, ry, keys, width, style.patch(ctx.theme.title));
        let dx = key_width + 3;
        if dx < inner.width {
            let width = usize::from(inner.width - dx);
            buf.set_stringn(inner.x + dx, ry, description, width, style);
        }
    }
    if top + shown < lines.len() {
        let more = " ↓ more: j, space ";
        let x = rect.right().saturating_sub(more.chars().count() as u16 + 2);
        buf.set_stringn(
            x.max(rect.x + 1),
            rect.bottom() - 1,
            more,
            usize::from(rect.width.saturating_sub(2)),
            style,
        );
    }
}
