//! Drawing the library: a heading (with the order when it is not by file name), then, group by
//! group under the group's heading when there are several (an empty group says how to fill
//! it), per article its title (laid out by the engine, right-to-left titles right-aligned), an
//! unread mark, its source and date when known, file name, word count and annotation count,
//! the selected one styled. Files not read yet show their names.
//!
//! Reads the state; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::annotate::meta::ArticleMeta;
use crate::text::direction::first_strong;
use crate::text::sanitize::sanitize;
use crate::text::Direction;
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::screens::library::geometry::Geometry;
use crate::tui::screens::library::order::LibraryOrder;
use crate::tui::screens::library::slots::{Slot, LIBRARY_HEADER_ROWS};
use crate::tui::screens::library::state::{Entry, Library};
use crate::tui::settings::reading_column;

/// Draws `library` into `area`, showing the page that holds the selected entry.
pub fn draw(library: &Library, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (offset, width) = reading_column(area.width, ctx.settings.reading_width);
    let x = area.x + offset;
    let theme = ctx.theme;
    if area.height == 0 {
        return;
    }
    let title = theme.text.patch(theme.title);
    ctx.put(
        buf,
        (x, area.y),
        width,
        &heading(library),
        title,
        Align::Left,
    );
    let top = area.y + LIBRARY_HEADER_ROWS.min(area.height);
    if library.shown.is_empty() && library.groups.len() < 2 {
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
    let geometry = Geometry::new(library, area, ctx.settings.reading_width);
    for &(slot, y) in geometry.shown(library.selected) {
        let column = Rect::new(x, y, width, area.bottom().saturating_sub(y));
        let drawn = match slot {
            Slot::Heading(g, n) => group_heading(library, g, n, ctx, column, buf),
            Slot::Hint(g) => hint(library, g, ctx, column, buf),
            Slot::Entry(n) => {
                let entry = &library.entries[library.shown[n]];
                draw_entry(entry, n == library.selected, ctx, column, buf)
            }
        };
        if !drawn {
            break;
        }
    }
}

/// The heading line: how many articles show, the order when it is not by file name, and where.
fn heading(library: &Library) -> String {
    let order = match library.order {
        LibraryOrder::Name => String::new(),
        order => format!(" · {}", order.label()),
    };
    let place = if library.home {
        "home".to_string()
    } else {
        library.dir.display().to_string()
    };
    format!(
        "hamish · {} of {} articles{order} · {place}",
        library.shown.len(),
        library.entries.len(),
    )
}

/// A group's heading: its title and how many of its articles show. False when no room.
fn group_heading(
    library: &Library,
    g: usize,
    n: usize,
    ctx: &Ctx,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    if area.height == 0 {
        return false;
    }
    let group = &library.groups[g];
    let text = format!("── \u{2068}{}\u{2069} · {n} ──", sanitize(&group.title));
    let style = ctx.theme.text.patch(ctx.theme.symbol);
    ctx.put(buf, (area.x, area.y), area.width, &text, style, Align::Left);
    true
}

/// An empty group's hint. False when no room.
fn hint(library: &Library, g: usize, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> bool {
    if area.height == 0 {
        return false;
    }
    let text = library.groups[g].hint.as_deref().unwrap_or("");
    let style = ctx.theme.text.patch(ctx.theme.gutter);
    ctx.put(
        buf,
        (area.x, area.y),
        area.width,
        &sanitize(text),
        style,
        Align::Left,
    );
    true
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
    let title = match entry.title.as_str() {
        "" if entry.pending || entry.error.is_some() => entry.name.as_str(),
        "" => "(untitled)",
        title => title,
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

/// The unread mark, file name, word count (or why it cannot be opened), the date when known,
/// annotation count and source when known of an entry. The name is isolated (FSI…PDI), so an
/// Arabic name does not turn the line right-to-left and carry the counts' digits across it; when
/// the metadata gives a title the name (often that title again, as `hamish add` names files)
/// comes after the counts, so a narrow line cuts it rather than them. The source comes last:
/// a terminal that reorders by itself (terminal mode, where isolates are not sent) would
/// otherwise take the digits after an Arabic source into its right-to-left run.
fn meta_line(entry: &Entry) -> String {
    let name = format!("\u{2068}{}\u{2069}", entry.name);
    let state = match &entry.error {
        None if entry.pending => "reading…".to_string(),
        None if entry.words_partial => format!("over {} words", entry.words),
        None => format!("{} words", entry.words),
        Some(e) => format!("cannot be opened: {e}"),
    };
    let name_last = entry.meta.title.is_some();
    let mut meta = match name_last {
        true => state,
        false => format!("{name} · {state}"),
    };
    if entry.unread {
        meta = format!("unread · {meta}");
    }
    let (date, source) = citation_parts(&entry.meta);
    meta.push_str(&date.unwrap_or_default());
    match (entry.annotations, &entry.sidecar_problem) {
        (_, Some(problem)) => meta.push_str(&format!(" · {problem}")),
        (0, None) => {}
        (1, None) => meta.push_str(" · 1 annotation"),
        (n, None) => meta.push_str(&format!(" · {n} annotations")),
    }
    if name_last {
        meta.push_str(&format!(" · {name}"));
    }
    meta.push_str(&source.unwrap_or_default());
    meta
}

/// " · date · source" from an article's metadata (the date without its time), sanitised; empty
/// when neither is known. Each part is isolated (the date left-to-right, LRI…PDI; the source by
/// its own first letter, FSI…PDI), so an Arabic source neither turns the line right-to-left,
/// which would move the file name's digits to its end, nor makes the date's digits Arabic
/// numbers shown as `01-03-2024`.
pub(crate) fn citation(meta: &ArticleMeta) -> String {
    let (date, source) = citation_parts(meta);
    date.into_iter().chain(source).collect()
}

/// " · date" and " · source" of [`citation`], each when known.
pub(crate) fn citation_parts(meta: &ArticleMeta) -> (Option<String>, Option<String>) {
    let date = day(meta).map(|d| format!(" · \u{2066}{d}\u{2069}"));
    let source = meta
        .source
        .as_deref()
        .map(|s| format!(" · \u{2068}{}\u{2069}", sanitize(s)));
    (date, source)
}

/// The day an article was published (its date without the time, in the source's own zone),
/// sanitised, when known.
pub(crate) fn day(meta: &ArticleMeta) -> Option<String> {
    meta.published_day().map(sanitize)
}
