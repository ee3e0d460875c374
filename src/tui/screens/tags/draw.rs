//! Drawing the tags view: a heading (how many tags in how many articles, the order) and the
//! keys (from the keymap), files left out (else the rename or merge `u` undoes), then per tag a
//! swatch of its colour, its numbers of passages and articles and the tag itself, the selected
//! one styled, on the page [`Geometry`] gives; below, the tags found with the selected one, with
//! counts. Every tag is sanitised before it is drawn.
//!
//! Reads the state; writes a buffer. Knows nothing about the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::annotate::retag::Retagged;
use crate::text::sanitize::sanitize;
use crate::text::BidiMode;
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::draw::editor::dim;
use crate::tui::input::action::Action;
use crate::tui::input::hints::{self, Hint};
use crate::tui::input::keymap::Keymap;
use crate::tui::panels::editor::DEFAULT_COLOR;
use crate::tui::screens::tags::geometry::Geometry;
use crate::tui::screens::tags::state::{counted, TagOrder, TagRow, TagsView};
use crate::tui::screens::Shared;

/// The keys the heading names.
pub const KEYS: &[Hint] = &[
    Hint::Pair(Action::LineDown, Action::LineUp),
    Hint::Key(Action::Open, "passages"),
    Hint::Key(Action::RenameTag, "rename"),
    Hint::Key(Action::MergeTag, "merge"),
    Hint::Key(Action::Undo, "undo"),
    Hint::Key(Action::SortTags, "sort"),
    Hint::Key(Action::Cancel, "close"),
];

/// Cells before a tag's name: swatch, passages, articles.
const COUNTS_WIDTH: u16 = 22;

/// Draws `tags` where `geometry` says.
pub fn draw(tags: &TagsView, shared: &Shared, ctx: &Ctx, geometry: &Geometry, buf: &mut Buffer) {
    let area = geometry.column;
    if area.height == 0 || area.width < 4 {
        return;
    }
    let (theme, keymap) = (ctx.theme, shared.keymap);
    let order = match tags.order {
        TagOrder::Count => "by passages",
        TagOrder::Name => "by name",
    };
    let heading = format!(
        "tags · {} in {} · {order}",
        counted(tags.rows.len(), "tag"),
        counted(tags.tagged_articles, "article")
    );
    let lines: [(String, Style); 4] = [
        (heading, theme.text.patch(theme.title)),
        (hints::line(keymap, KEYS), dim(theme.text, theme)),
        third_line(tags, shared.retagged, keymap, ctx),
        (
            "  passages  articles  tag".to_string(),
            dim(theme.text, theme),
        ),
    ];
    for (dy, (text, style)) in (0..area.height).zip(lines) {
        let at = (area.x, area.y + dy);
        ctx.put(buf, at, area.width, &text, style, Align::Left);
    }
    let top = geometry.list.y;
    if tags.rows.is_empty() {
        if top < area.bottom() {
            let a = hints::key(keymap, Action::Annotate);
            let text = format!("no tags yet: annotate a passage ({a}) and give it a tag");
            let at = (area.x, top);
            ctx.put(buf, at, area.width, &text, theme.text, Align::Left);
        }
        return;
    }
    draw_list(tags, ctx, geometry, buf);
    draw_with(tags, ctx, geometry.with, buf);
}

/// The files left out ("N file(s) left out: the first"), else what `u` undoes, else nothing.
fn third_line(
    tags: &TagsView,
    last: Option<&Retagged>,
    keymap: &Keymap,
    ctx: &Ctx,
) -> (String, Style) {
    let theme = ctx.theme;
    if let Some(first) = tags.skipped.first() {
        let text = format!("{} file(s) left out: {first}", tags.skipped.len());
        return (sanitize(&text), theme.text.patch(theme.symbol));
    }
    let Some(last) = last else {
        return (String::new(), theme.text);
    };
    let text = format!(
        "{} undoes «\u{2068}{}\u{2069}» → «\u{2068}{}\u{2069}» ({} in {})",
        hints::key(keymap, Action::Undo),
        sanitize(&last.from),
        sanitize(&last.to),
        counted(last.annotations(), "passage"),
        counted(last.changed.len(), "article")
    );
    (text, dim(theme.text, theme))
}

/// The tags of the page holding the selected one.
fn draw_list(tags: &TagsView, ctx: &Ctx, geometry: &Geometry, buf: &mut Buffer) {
    let (area, first) = (geometry.list, geometry.first(tags));
    for (n, row) in tags
        .rows
        .iter()
        .enumerate()
        .skip(first)
        .take(geometry.page())
    {
        let y = area.y + (n - first) as u16;
        if y >= area.bottom() {
            break;
        }
        draw_row(
            row,
            n == tags.selected,
            ctx,
            Rect::new(area.x, y, area.width, 1),
            buf,
        );
    }
}

/// A row's counts. In terminal mode a word between them (Latin, a strong left-to-right letter)
/// keeps the row left-to-right in a terminal that reorders by itself: a row of digits and an
/// Arabic tag would be taken as right-to-left and shown mirrored, the tag on the left of the
/// counts, the colour on the right.
fn counts_text(row: &TagRow, bidi: BidiMode) -> String {
    match bidi {
        BidiMode::App => format!("{:>8}  {:>8}  ", row.passages, row.articles),
        BidiMode::Terminal => format!("{:>8} in {:>6}  ", row.passages, row.articles),
    }
}

/// One tag on the row `area`.
fn draw_row(row: &TagRow, selected: bool, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let style = if selected {
        theme.text.patch(theme.selection)
    } else {
        theme.text
    };
    for x in area.x..area.right() {
        buf[(x, area.y)].set_symbol(" ").set_style(style);
    }
    let highlight = theme
        .highlight(&row.color)
        .or_else(|| theme.highlight(DEFAULT_COLOR))
        .unwrap_or_default();
    for x in area.x..area.right().min(area.x + 2) {
        buf[(x, area.y)].set_style(theme.text.patch(highlight));
    }
    let counts = counts_text(row, ctx.settings.bidi);
    let x = area.x + 2;
    let room = area.width.saturating_sub(2);
    ctx.put(buf, (x, area.y), room, &counts, style, Align::Left);
    let x = area.x + COUNTS_WIDTH.min(area.width);
    let room = area.right().saturating_sub(x);
    if room > 0 {
        ctx.put(
            buf,
            (x, area.y),
            room,
            &sanitize(&row.tag),
            style,
            Align::Left,
        );
    }
}

/// The tags found with the selected one, with counts.
fn draw_with(tags: &TagsView, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if area.height < 2 {
        return;
    }
    let theme = ctx.theme;
    let Some(selected) = tags.selected_tag() else {
        return;
    };
    let with = tags.with_selected();
    let heading = if with.is_empty() {
        format!(
            "no other tag is found with «\u{2068}{}\u{2069}»",
            sanitize(&selected.tag)
        )
    } else {
        format!(
            "found with «\u{2068}{}\u{2069}» (same or overlapping passages):",
            sanitize(&selected.tag)
        )
    };
    let y = area.y + 1;
    ctx.put(
        buf,
        (area.x, y),
        area.width,
        &heading,
        dim(theme.text, theme),
        Align::Left,
    );
    let room = usize::from(area.height - 2);
    for (i, (tag, count)) in with.iter().take(room).enumerate() {
        let y = y + 1 + i as u16;
        let more = with.len().saturating_sub(room);
        // The count and the tag put apart, so that a right-to-left tag cannot move the count.
        let (count, tag) = if i + 1 == room && more > 0 {
            (String::new(), format!("… and {} more", more + 1))
        } else {
            let times = match ctx.settings.bidi {
                BidiMode::App => "",
                BidiMode::Terminal => " times",
            };
            (format!("{count:>10}{times}"), sanitize(tag))
        };
        ctx.put(
            buf,
            (area.x, y),
            area.width,
            &count,
            theme.text,
            Align::Left,
        );
        let x = area.x + COUNTS_WIDTH.min(area.width);
        let rest = area.right().saturating_sub(x);
        ctx.put(buf, (x, y), rest, &tag, theme.text, Align::Left);
    }
}
