//! Drawing the help overlay: the keymap's generated rows (the same list as the README table),
//! in a box over the screen, scrolled from `top`.
//!
//! Reads the keymap; writes a buffer. Knows nothing about the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::input::keymap::Keymap;
use crate::tui::theme::Theme;

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
        .collect()
}

/// Draws the overlay; `top` is the first line shown (clamped so the box stays full).
pub fn draw(keymap: &Keymap, theme: &Theme, top: usize, area: Rect, buf: &mut Buffer) {
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
    let width = wanted.min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    if width < 3 || height < 3 {
        return;
    }
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height) / 2;
    let rect = Rect::new(x, y, width, height);
    Clear.render(rect, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" keys · ? or esc closes ")
        .style(theme.text.patch(theme.status));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let shown = usize::from(inner.height);
    let top = top.min(lines.len().saturating_sub(shown));
    for (row, (keys, description)) in lines.iter().skip(top).take(shown).enumerate() {
        let ry = inner.y + row as u16;
        let style = theme.text.patch(theme.status);
        buf.set_stringn(
            inner.x + 1,
            ry,
            keys,
            usize::from(inner.width.saturating_sub(1)),
            style.patch(theme.title),
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
