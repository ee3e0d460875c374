//! Drawing the library: a heading (with the order when it is not by file name), then per article
//! its title (laid out by the engine, right-to-left titles right-aligned), its source and date
//! when known, file name, word count and annotation count, the selected one styled.
//!
//! Reads the state; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::annotate::meta::ArticleMeta;
use crate::text::direction::first_strong;
use crate::text::sanitize::sanitize;
use crate::text::Direction;
use crate::tui::app::{reading_column, LIBRARY_ENTRY_ROWS, LIBRARY_HEADER_ROWS};
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::panels::library::{Entry, Library};
use crate::tui::panels::library_order::LibraryOrder;

/// Draws `library` into `area`, showing the page that holds the selected entry.
pub fn draw(library: &Library, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (offset, width) = reading_column(area.width, ctx.settings.reading_width);
    let x = area.x + offset;
    let theme = ctx.theme;
    let order = match library.order {
        LibraryOrder::Name => String::new(),
        order => format!(" · {}", order.label()),
    };
    let heading = format!(
        "hamish · {} of {} articles{order} · {}",
        library.shown.len(),
        library.entries.len(),
        library.dir.display(),
    );
    if area.height == 0 {
        return;
    }
    let title = theme.text.patch(theme.title);
    ctx.put(buf, (x, area.y), width, &heading, title, Align::Left);
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
            ctx.put(buf, (x, top), width, &text, theme.text, Align::Left);
        }
        return;
    }
    for (n, &index) in library.shown.iter().enumerate().skip(first).take(page) {
        let y = top + (n - first) as u16 * LIBRARY_ENTRY_ROWS;
        let selected = n == library.selected;
        let column = Rect::new(x, y, width, area.bottom().saturating_sub(y));
        if !draw_entry(&library.entries[index], selected, ctx, column, buf) {
            break;
        }
    }
}

/// One entry at the top of `area` (which reaches the bottom of the screen): its title, then its
/// file, words and annotations. False when there was no room for it.
fn draw_entry(entry: &Entry, selected: bool, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> bool {
    let theme = ctx.theme;
    let (x, y, width) = (area.x, area.y, area.width);
    let style = |s: Style| {
        if selected {
            theme.text.patch(s).patch(theme.selection)
        } else {
            theme.text.patch(s)
        }
    };
    let rtl = first_strong(&entry.title) == Some(Direction::Rtl);
    let align = if rtl { Align::Right } else { Align::Left };
    for dy in 0..2.min(area.height) {
        if selected {
            for cx in x..x + width {
                buf[(cx, y + dy)].set_style(style(theme.text));
            }
        }
    }
    if area.height == 0 {
        return false;
    }
    let title = if entry.title.is_empty() {
        "(untitled)"
    } else {
        entry.title.as_str()
    };
    ctx.put(
        buf,
        (x, y),
        width,
        title,
        style(theme.title),
        Align::ByDirection,
    );
    if area.height > 1 {
        let meta_style = if entry.error.is_some() {
            theme.symbol
        } else {
            theme.gutter
        };
        let meta = meta_line(entry);
        ctx.put(buf, (x, y + 1), width, &meta, style(meta_style), align);
    }
    true
}

/// The file name, word count (or why it cannot be opened), the date and source when known and
/// annotation count of an entry.
fn meta_line(entry: &Entry) -> String {
    let mut meta = match &entry.error {
        None if entry.words_partial => format!("{} · over {} words", entry.name, entry.words),
        None => format!("{} · {} words", entry.name, entry.words),
        Some(e) => format!("{} · cannot be opened: {e}", entry.name),
    };
    meta.push_str(&citation(&entry.meta));
    match (entry.annotations, &entry.sidecar_problem) {
        (_, Some(problem)) => meta.push_str(&format!(" · {problem}")),
        (0, None) => {}
        (1, None) => meta.push_str(" · 1 annotation"),
        (n, None) => meta.push_str(&format!(" · {n} annotations")),
    }
    meta
}

/// " · date · source" from an article's metadata (the date without its time), sanitised; empty
/// when neither is known. Each part is isolated (the date left-to-right, LRI…PDI; the source by
/// its own first letter, FSI…PDI), so an Arabic source neither turns the line right-to-left,
/// which would move the file name's digits to its end, nor makes the date's digits Arabic
/// numbers shown as `01-03-2024`.
pub(crate) fn citation(meta: &ArticleMeta) -> String {
    let date = meta
        .published
        .as_deref()
        .map(|d| format!(" · \u{2066}{}\u{2069}", sanitize(d.get(..10).unwrap_or(d))));
    let source = meta
        .source
        .as_deref()
        .map(|s| format!(" · \u{2068}{}\u{2069}", sanitize(s)));
    date.into_iter().chain(source).collect()
}
