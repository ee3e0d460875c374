//! Drawing the annotation list over the article: a heading with the counts per state and the
//! keys, then per annotation (in reading order, orphans last) a swatch of its colour, its quote
//! laid out by the engine (right-to-left quotes right-aligned), and a line with its state, tags
//! and the start of its note. The selected entry is styled and kept on screen.
//!
//! Reads the store and the list; writes a buffer, in the slots [`Geometry`] gives; the keys named
//! are the keymap's. Knows nothing about the terminal.

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
use crate::tui::input::action::Action;
use crate::tui::input::hints::{self, Hint};
use crate::tui::input::keymap::Keymap;
use crate::tui::screens::annotation_list::geometry::Geometry;
use crate::tui::screens::annotation_list::state::{state_name, AnnotationList};

/// The keys the heading names.
pub const KEYS: &[Hint] = &[
    Hint::Pair(Action::LineDown, Action::LineUp),
    Hint::Key(Action::Open, "go to"),
    Hint::Key(Action::EditAnnotation, "edit"),
    Hint::Key(Action::DeleteAnnotation, "delete"),
    Hint::Key(Action::ConfirmAnnotation, "confirm"),
    Hint::Key(Action::ReselectAnnotation, "re-select"),
    Hint::Key(Action::Cancel, "close"),
];

/// Draws the list of `store`'s annotations where `geometry` says.
pub fn draw(
    list: &AnnotationList,
    store: &Store,
    keymap: &Keymap,
    ctx: &Ctx,
    geometry: &Geometry,
    buf: &mut Buffer,
) {
    let area = geometry.column;
    if area.height == 0 || area.width < 4 {
        return;
    }
    let theme = ctx.theme;
    let entries = store.annotations();
    draw_heading(store, keymap, ctx, area, buf);
    let top_row = geometry.list.y;
    if entries.is_empty() {
        if top_row < area.bottom() {
            let key = |action| hints::key(keymap, action);
            let text = format!(
                "no annotations yet: select a passage ({}, or {} to search) and press {}",
                key(Action::StartSelection),
                key(Action::Search),
                key(Action::Annotate)
            );
            let at = (area.x, top_row);
            ctx.put(buf, at, area.width, &text, theme.text, Align::Left);
        }
        return;
    }
    let selected = list.selected.min(entries.len() - 1);
    let first = geometry.first(selected);
    for (n, entry) in entries.iter().enumerate().skip(first) {
        let Some(rows) = geometry.entry(n, selected) else {
            break;
        };
        draw_entry(entry, n == selected, store, ctx, rows, buf);
    }
}

/// The heading (the counts per state), then the keys.
fn draw_heading(store: &Store, keymap: &Keymap, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let counts = store.counts();
    let heading = format!(
        "annotations · {} · {} anchored, {} moved, {} needing review, {} not found",
        counts.total, counts.anchored, counts.moved, counts.needs_review, counts.orphaned
    );
    let title = theme.text.patch(theme.title);
    let at = (area.x, area.y);
    ctx.put(buf, at, area.width, &heading, title, Align::Left);
    if area.height > 1 {
        let (keys, style) = (hints::line(keymap, KEYS), dim(theme.text, theme));
        let at = (area.x, area.y + 1);
        ctx.put(buf, at, area.width, &keys, style, Align::Left);
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
    // A swatch of the colour, marked for the states that need attention; of no colour, the
    // entry's background (the selection's when selected).
    let swatch = base.patch(theme.highlight(&a.color).unwrap_or_default());
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
