//! Drawing the article view's header line: the title (from the sidecar's metadata, else the
//! first non-blank line; left out while that line is on screen below it) and, when known, the
//! date and source; right-to-left titles
//! right-aligned like the text, everything sanitised, cut with … when too long.
//!
//! Reads the view; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::text::sanitize::sanitize;
use crate::tui::article::ArticleView;
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::screens::library::draw::day;
use crate::tui::settings::reading_column;

/// The header's parts for `view`, sanitised: title, date (its first ten chars), source. No
/// title while the article's own title line is on screen just below, saying the same words.
fn parts(view: &ArticleView) -> [Option<String>; 3] {
    let meta = view.notes.store().map(|s| s.meta()).unwrap_or_default();
    let title = meta
        .title
        .clone()
        .or_else(|| view.article.title().map(str::to_owned))
        .unwrap_or_else(|| "(untitled)".to_owned());
    [
        (!title_on_screen(view, &title)).then(|| sanitize(&title)),
        day(&meta),
        meta.source.as_deref().map(sanitize),
    ]
}

/// Whether the article's title line (its first non-blank line), drawn as the title, is on
/// screen and reads `title`.
fn title_on_screen(view: &ArticleView, title: &str) -> bool {
    view.title.is_some_and(|p| {
        let line = view.article.paragraph(p);
        view.top_char() <= line.char_start && line.text.trim() == title.trim()
    })
}

/// The parts joined with " · ", cut: a first line that is a whole paragraph is cut long before
/// the terminal's width.
fn joined(parts: impl IntoIterator<Item = String>) -> String {
    let parts: Vec<String> = parts.into_iter().collect();
    parts.join(" · ").chars().take(2000).collect()
}

/// The header's text for `view`: "title · date · source", the date isolated left-to-right
/// (LRI…PDI, which occupy no cell): after Arabic letters the BiDi algorithm would otherwise read
/// its digits as Arabic numbers (rule W2) and show `2024-03-01` as `01-03-2024`.
pub fn header_text(view: &ArticleView) -> String {
    let [title, date, source] = parts(view);
    let date = date.map(|d| format!("\u{2066}{d}\u{2069}"));
    joined([title, date, source].into_iter().flatten())
}

/// The header's text in terminal BiDi mode, where the terminal reorders the row and isolates
/// cannot be relied on (mlterm 3.9 ignores them): "date · title · source", the date first, so
/// no Arabic letter before it makes its digits Arabic numbers and `2024-03-01` reads as written.
pub fn terminal_header_text(view: &ArticleView) -> String {
    let [title, date, source] = parts(view);
    joined([date, title, source].into_iter().flatten())
}

/// Draws the header of `view` on the first row of `area`.
pub fn draw(view: &ArticleView, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let (offset, width) = reading_column(area.width, ctx.settings.reading_width);
    let style = ctx.theme.text.patch(ctx.theme.title);
    let text = match ctx.settings.bidi {
        crate::text::BidiMode::App => header_text(view),
        crate::text::BidiMode::Terminal => terminal_header_text(view),
    };
    ctx.put(
        buf,
        (area.x + offset, area.y),
        width,
        &text,
        style,
        Align::ByDirection,
    );
}
