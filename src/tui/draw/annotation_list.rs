//! Drawing the annotation list over the article: a heading with the counts per state and the
//! keys, then per annotation (in reading order, orphans last) a swatch of its colour, its quote
//! laid out by the engine (right-to-left quotes right-aligned), and a line with its state, tags
//! and the start of its note. The selected entry is styled and kept on screen.
//!
//! Reads the store and the list; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use crate::annotate::anchor::AnchorState;
use crate::annotate::model::Annotation;
use crate::annotate::store::{Entry, Store};
use crate::text::sanitize::sanitize;
use crate::tui::article::notes::{isolate, note_start, tags_text};
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::draw::editor::dim;
use crate::tui::panels::annotation_list::{state_name, AnnotationList, ENTRY_ROWS};

/// Rows above the entries.
const HEADER_ROWS: u16 = 3;

/// The keys the heading names.
pub const KEYS: &str =
    "j/k · enter go to · e edit · x delete · c confirm · r re-select · esc close";

/// Draws the list into `area` (the reading column).
pub fn draw(list: &AnnotationList, store: &Store, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let theme = ctx.theme;
    let entries = store.annotations();
    let counts = store.counts();
    let heading = format!(
        "annotations · {} · {} anchored, {} moved, {} needing review, {} not found",
        counts.total, counts.anchored, counts.moved, counts.needs_review, counts.orphaned
    );
    let title = theme.text.patch(theme.title);
    ctx.put(
        buf,
        (area.x, area.y),
        area.width,
        &heading,
        title,
        Align::Left,
    );
    if area.height > 1 {
        let keys_style = dim(theme.text, theme);
        ctx.put(
            buf,
            (area.x, area.y + 1),
            area.width,
            KEYS,
            keys_style,
            Align::Left,
        );
    }
    let top_row = area.y + HEADER_ROWS.min(area.height);
    if entries.is_empty() {
        if top_row < area.bottom() {
            let text = "no annotations yet: select a passage (v, or / to search) and press a";
            ctx.put(
                buf,
                (area.x, top_row),
                area.width,
                text,
                theme.text,
                Align::Left,
            );
        }
        return;
    }
    let page = usize::from(((area.bottom() - top_row) / ENTRY_ROWS).max(1));
    let selected = list.selected.min(entries.len() - 1);
    let first = selected / page * page;
    for (n, entry) in entries.iter().enumerate().skip(first).take(page) {
        let y = top_row + (n - first) as u16 * ENTRY_ROWS;
        if y >= area.bottom() {
            break;
        }
        let rows = Rect::new(area.x, y, area.width, area.bottom() - y);
        draw_entry(entry, n == selected, store, ctx, rows, buf);
    }
}

/// One entry at the top of `area`: a swatch, its quote, then its state, tags and note.
fn draw_entry(
    entry: &Entry,
    is_selected: bool,
    store: &Store,
    ctx: &Ctx,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = ctx.theme;
    let (a, y) = (entry.annotation, area.y);
    let base = if is_selected {
        theme.text.patch(theme.selection)
    } else {
        theme.text
    };
    for dy in 0..2.min(area.height) {
        if is_selected {
            for x in area.x..area.right() {
                buf[(x, y + dy)].set_style(base);
            }
        }
    }
    // A swatch of the colour, marked for the states that need attention.
    let swatch = theme
        .text
        .patch(theme.highlight(&a.color).unwrap_or_default());
    let mark = match entry.state {
        AnchorState::NeedsReview { .. } => "?",
        AnchorState::Orphaned => "!",
        _ => " ",
    };
    buf[(area.x, y)]
        .set_symbol(mark)
        .set_style(swatch.add_modifier(Modifier::BOLD));
    let quote: String = a.exact.chars().take(400).collect();
    let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    let width = area.width - 2;
    ctx.put(
        buf,
        (area.x + 2, y),
        width,
        &quote,
        base,
        Align::ByDirection,
    );
    if area.height > 1 {
        let line = state_line(store, entry.state, a);
        let style = if is_selected { base } else { dim(base, theme) };
        ctx.put(buf, (area.x + 2, y + 1), width, &line, style, Align::Left);
    }
}

/// An entry's second line: its state (with the article's new wording when that changed: `c`
/// takes it), tags and the start of its note.
fn state_line(store: &Store, state: &AnchorState, a: &Annotation) -> String {
    let mut line = state_name(state).to_owned();
    if let Some(now) = store.reworded(&a.id) {
        let now: String = now.chars().take(200).collect();
        let now = now.split_whitespace().collect::<Vec<_>>().join(" ");
        line.push_str(" · now: ");
        line.push_str(&isolate(&sanitize(&now)));
    }
    line.push_str(" · ");
    line.push_str(&tags_text(&a.tags));
    let note = note_start(&a.note, 200);
    if !note.is_empty() {
        line.push_str(" · ");
        line.push_str(&isolate(&note));
    }
    line
}
