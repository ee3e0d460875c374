//! Drawing the library: a heading, then per article its title (laid out by the engine,
//! right-to-left titles right-aligned), its file name, word count and annotation count, the
//! selected one styled.
//!
//! Reads the state; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::{reading_column, Settings, LIBRARY_ENTRY_ROWS, LIBRARY_HEADER_ROWS};
use super::cells::{put_text, Align};
use super::library::Library;
use super::theme::Theme;
use crate::text::direction::first_strong;
use crate::text::{Direction, LayoutOptions};

/// Draws `library` into `area`, showing the page that holds the selected entry.
pub fn draw(library: &Library, settings: &Settings, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (offset, width) = reading_column(area.width, settings.reading_width);
    let x = area.x + offset;
    let options = LayoutOptions {
        width: 0,
        bidi: settings.bidi,
        shaping: settings.shaping,
    };
    let heading = format!(
        "hamish · {} of {} articles · {}",
        library.shown.len(),
        library.entries.len(),
        library.dir.display(),
    );
    if area.height == 0 {
        return;
    }
    put_text(
        buf,
        (x, area.y),
        width,
        &heading,
        theme.text.patch(theme.title),
        &options,
        Align::Left,
    );
    let rows = area.height.saturating_sub(LIBRARY_HEADER_ROWS);
    let page = usize::from((rows / LIBRARY_ENTRY_ROWS).max(1));
    let first = library.selected / page * page;
    let top = area.y + LIBRARY_HEADER_ROWS.min(area.height);
    if library.shown.is_empty() {
        let text = if library.entries.is_empty() {
            format!("no articles (*.txt) in {}", library.dir.display())
        } else {
            format!("no article matches “{}”", library.filter)
        };
        if top < area.bottom() {
            put_text(
                buf,
                (x, top),
                width,
                &text,
                theme.text,
                &options,
                Align::Left,
            );
        }
        return;
    }
    for (n, &index) in library.shown.iter().enumerate().skip(first).take(page) {
        let entry = &library.entries[index];
        let y = top + (n - first) as u16 * LIBRARY_ENTRY_ROWS;
        let selected = n == library.selected;
        let style = |s| {
            if selected {
                theme.text.patch(s).patch(theme.selection)
            } else {
                theme.text.patch(s)
            }
        };
        let rtl = first_strong(&entry.title) == Some(Direction::Rtl);
        let align = if rtl { Align::Right } else { Align::Left };
        for dy in 0..2 {
            if selected && y + dy < area.bottom() {
                for cx in x..x + width {
                    buf[(cx, y + dy)].set_style(style(theme.text));
                }
            }
        }
        if y >= area.bottom() {
            break;
        }
        let title = if entry.title.is_empty() {
            "(untitled)"
        } else {
            entry.title.as_str()
        };
        put_text(
            buf,
            (x, y),
            width,
            title,
            style(theme.title),
            &options,
            Align::ByDirection,
        );
        if y + 1 < area.bottom() {
            let mut meta = match &entry.error {
                None if entry.words_partial => {
                    format!("{} · over {} words", entry.name, entry.words)
                }
                None => format!("{} · {} words", entry.name, entry.words),
                Some(e) => format!("{} · cannot be opened: {e}", entry.name),
            };
            match (entry.annotations, &entry.sidecar_problem) {
                (_, Some(problem)) => meta.push_str(&format!(" · {problem}")),
                (0, None) => {}
                (1, None) => meta.push_str(" · 1 annotation"),
                (n, None) => meta.push_str(&format!(" · {n} annotations")),
            }
            let meta_style = if entry.error.is_some() {
                theme.symbol
            } else {
                theme.gutter
            };
            put_text(
                buf,
                (x, y + 1),
                width,
                &meta,
                style(meta_style),
                &options,
                align,
            );
        }
    }
}
