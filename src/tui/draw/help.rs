//! Drawing the help overlay: the keymap's generated rows (the same list as the README table)
//! and a line on the keyboard layouts, in a box over the screen, scrolled from `top`.
//!
//! Reads the keymap; writes a buffer. Knows nothing about the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::draw::context::Ctx;
use crate::tui::draw::popup::{bordered, centred};
use crate::tui::input::keymap::Keymap;

/// The help lines: keys, then what they do.
pub fn help_lines(keymap: &Keymap) -> Vec<(String, &'static str)> {
    keymap
        .help_rows()
        .into_iter()
        .map(|row| {
            let keys = if row.keys.is_empty() {
                "(unbound)".to_string()
            } else {
                row.keys.join(" ")
            };
            (keys, row.description)
        })
        .chain(std::iter::once((LANGMAP_KEYS.to_string(), LANGMAP_HELP)))
        .collect()
}

/// The help's last line: keyboard layouts (`input/layouts.rs`; `langmap = false` turns it off).
const LANGMAP_KEYS: &str = "ت ن ض ח";
const LANGMAP_HELP: &str = "Arabic, Persian, Hebrew layouts: the Latin key's action";

/// Draws the overlay; `top` is the first line shown (clamped so the box stays full).
pub fn draw(keymap: &Keymap, ctx: &Ctx, top: usize, area: Rect, buf: &mut Buffer) {
    let lines = help_lines(keymap);
    let key_width = lines
        .iter()
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
    let inner = bordered(buf, rect, " keys · ? or esc closes ", style);
    let shown = usize::from(inner.height);
    let top = top.min(lines.len().saturating_sub(shown));
    for (row, (keys, description)) in lines.iter().skip(top).take(shown).enumerate() {
        let ry = inner.y + row as u16;
        buf.set_stringn(
            inner.x + 1,
            ry,
            keys,
            usize::from(inner.width.saturating_sub(1)),
            style.patch(ctx.theme.title),
        );
        let dx = key_width + 3;
        if dx < inner.width {
            buf.set_stringn(
                inner.x + dx,
                ry,
                description,
                usize::from(inner.width - dx),
                style,
            );
        }
    }
}
