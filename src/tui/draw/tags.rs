//! Drawing the tags view: a heading (how many tags in how many articles, the order) and the
//! keys, files left out (else the rename or merge `u` undoes), then per tag a swatch of its colour, its numbers of passages and
//! articles and the tag itself, the selected one styled and kept on screen; below, the tags
//! found with the selected one, with counts. Every tag is sanitised before it is drawn.
//!
//! Reads the state; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::annotate::retag::Retagged;
use crate::text::sanitize::sanitize;
use crate::text::BidiMode;
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::draw::editor::dim;
use crate::tui::panels::editor::DEFAULT_COLOR;
use crate::tui::panels::tags::{counted, TagOrder, TagRow, TagsView};

/// The keys the heading names.
pub const KEYS: &str = "j/k · enter passages · r rename · m merge · u undo · o sort · esc close";

/// Rows above the list: heading, keys, files left out (or a gap), column names.
const HEADER_ROWS: u16 = 4;

/// Cells before a tag's name: swatch, passages, articles.
const COUNTS_WIDTH: u16 = 22;

/// Draws `tags` into `area` (the reading column); `last` is the rename or merge `u` undoes.
pub fn draw(tags: &TagsView, last: Option<&Retagged>, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let theme = ctx.theme;
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
        (KEYS.to_string(), dim(theme.text, theme)),
        third_line(tags, last, ctx),
        (
            "  passages  articles  tag".to_string(),
            dim(theme.text, theme),
        ),
    ];
    for (dy, (text, style)) in (0..area.height).zip(lines) {
        ctx.put(
            buf,
            (area.x, area.y + dy),
            area.width,
            &text,
            style,
            Align::Left,
        );
    }
    let top = area.y + HEADER_ROWS.min(area.height);
    if tags.rows.is_empty() {
        if top < area.bottom() {
            let text = "no tags yet: annotate a passage (a) and give it a tag";
            ctx.put(
                buf,
                (area.x, top),
                area.width,
                text,
                theme.text,
                Align::Left,
            );
        }
        return;
    }
    let rest = area.bottom() - top;
    let with_rows = with_rows(tags, rest);
    let list = Rect::new(area.x, top, area.width, rest - with_rows);
    draw_list(tags, ctx, list, buf);
    let with = Rect::new(area.x, list.bottom(), area.width, with_rows);
    draw_with(tags, ctx, with, buf);
}

/// The files left out ("N file(s) left out: the first"), else what `u` undoes, else nothing.
fn third_line(tags: &TagsView, last: Option<&Retagged>, ctx: &Ctx) -> (String, Style) {
    let theme = ctx.theme;
    if let Some(first) = tags.skipped.first() {
        let text = format!("{} file(s) left out: {first}", tags.skipped.len());
        return (sanitize(&text), theme.text.patch(theme.symbol));
    }
    let Some(last) = last else {
        return (String::new(), theme.text);
    };
    let text = format!(
        "u undoes «\u{2068}{}\u{2069}» → «\u{2068}{}\u{2069}» ({} in {})",
        sanitize(&last.from),
        sanitize(&last.to),
        counted(last.annotations(), "passage"),
        counted(last.changed.len(), "article")
    );
    (text, dim(theme.text, theme))
}

/// Rows for the tags found with the selected one: a gap, its heading and up to six, at most a
/// third of `rest` but room for one (none when the screen is small).
fn with_rows(tags: &TagsView, rest: u16) -> u16 {
    if rest < 8 {
        return 0;
    }
    let wanted = 2 + tags.with_selected().len().clamp(1, 6) as u16;
    wanted.min((rest / 3).max(4))
}

/// The tags, a page holding the selected one.
fn draw_list(tags: &TagsView, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let page = usize::from(area.height.max(1));
    let first = tags.selected / page * page;
    for (n, row) in tags.rows.iter().enumerate().skip(first).take(page) {
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
