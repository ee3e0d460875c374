//! Drawing the article view's header line: the title (from the sidecar's metadata, else the
//! first non-blank line) and, when known, the date and source; right-to-left titles
//! right-aligned like the text, everything sanitised, cut with … when too long.
//!
//! Reads the view; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::text::sanitize::sanitize;
use crate::tui::app::reading_column;
use crate::tui::article::ArticleView;
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;

/// The header's text for `view`: "title · date · source", the date isolated left-to-right
/// (LRI…PDI, which occupy no cell): after Arabic letters the BiDi algorithm would otherwise read
/// its digits as Arabic numbers (rule W2) and show `2024-03-01` as `01-03-2024`.
pub fn header_text(view: &ArticleView) -> String {
    let meta = view.notes.store().map(|s| s.meta()).unwrap_or_default();
    let title = meta
        .title
        .clone()
        .or_else(|| view.article.title().map(str::to_owned))
        .unwrap_or_else(|| "(untitled)".to_owned());
    let date = meta.published.as_deref().map(|d| d.get(..10).unwrap_or(d));
    let parts = [Some(title.as_str()), date, meta.source.as_deref()];
    let mut text: Vec<String> = parts.into_iter().flatten().map(sanitize).collect();
    if let Some(date) = text.get_mut(1).filter(|_| date.is_some()) {
        *date = format!("\u{2066}{date}\u{2069}");
    }
    // One row: a first line that is a whole paragraph is cut long before the terminal's width.
    text.join(" · ").chars().take(2000).collect()
}

/// Draws the header of `view` on the first row of `area`.
pub fn draw(view: &ArticleView, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let (offset, width) = reading_column(area.width, ctx.settings.reading_width);
    // In terminal mode the first two cells stay blank for the left-to-right mark.
    let (offset, width) = match ctx.settings.bidi {
        crate::text::BidiMode::Terminal if offset < 2 => (2, width.saturating_sub(2 - offset)),
        _ => (offset, width),
    };
    let style = ctx.theme.text.patch(ctx.theme.title);
    let mut text = header_text(view);
    if ctx.settings.bidi == crate::text::BidiMode::Terminal {
        // Room for a left-to-right mark after each part (see `isolate.rs`): a date after an
        // Arabic title then keeps its order in a terminal that reorders the row.
        text = text.replace(" · ", "  ·  ");
    }
    ctx.put(
        buf,
        (area.x + offset, area.y),
        width,
        &text,
        style,
        Align::ByDirection,
    );
}
