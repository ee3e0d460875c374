//! Drawing the article view's text: the rows on screen in the reading column, RTL lines
//! right-aligned (in `app` mode), the title styled, control symbols marked, annotation
//! highlights (see `highlights.rs`) with their marks in a one-column gutter beside
//! the reading column (on the side lines start: right of right-to-left paragraphs), search
//! matches, the selection and the caret, each in every visual piece reordering split it into.
//!
//! Reads the state; writes a buffer. Knows nothing about keys or the terminal.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::draw::cells::Align;
use ratatui::style::{Modifier, Style};

use crate::text::cluster::ClusterKind;
use crate::text::{BidiMode, ParagraphLayout};
use crate::tui::article::highlights::{gutter, Highlights, Mark, Scratch};
use crate::tui::article::scroll::Anchor;
use crate::tui::article::ArticleView;
use crate::tui::draw::cells::put_line;
use crate::tui::draw::context::Ctx;
use crate::tui::settings::reading_column;

/// Draws the article's rows into `area`.
pub fn draw(view: &ArticleView, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (offset, width) = reading_column(area.width, ctx.settings.reading_width);
    let x = area.x + offset;
    if view.is_empty() {
        let message = "(this article is empty)";
        ctx.put(
            buf,
            (x, area.y),
            width,
            message,
            ctx.theme.text,
            Align::Left,
        );
        return;
    }
    let rows = view.rows();
    let highlights = Highlights::for_screen(&view.notes, screen_chars(view, &rows), ctx.theme);
    let mut scratch = Scratch::default();
    for (row, anchor) in rows.into_iter().enumerate() {
        let Ok(row) = u16::try_from(row) else { break };
        if row >= area.height {
            break;
        }
        let Some(layout) = view.cache.peek(anchor.block) else {
            break;
        };
        let line = layout.line(anchor.line);
        let indent = match ctx.settings.bidi {
            BidiMode::App => line.indent(u32::from(width)) as u16,
            BidiMode::Terminal => 0,
        };
        let (styles, gutter_mark) =
            row_styles(view, ctx, layout, &anchor, &highlights, &mut scratch);
        if let Some(gutter_mark) = gutter_mark {
            // The gutter: beside the column on the side lines start.
            let rtl = layout.direction().is_rtl() && ctx.settings.bidi == BidiMode::App;
            let gx = if rtl {
                Some(x + width).filter(|&g| g < area.right())
            } else {
                x.checked_sub(1).filter(|&g| g >= area.x)
            };
            if let Some(gx) = gx {
                let (symbol, style) = gutter(gutter_mark, ctx.theme, ctx.settings.bidi);
                buf[(gx, area.y + row)].set_symbol(symbol).set_style(style);
            }
        }
        let room = width - indent.min(width);
        put_line(buf, x + indent, area.y + row, room, &line, |i, _| styles[i]);
    }
}

/// The style of each cell of the row at `anchor` (title, control symbols, highlights, search
/// matches, the selection and the caret, in that order), and its gutter mark.
fn row_styles(
    view: &ArticleView,
    ctx: &Ctx,
    layout: &ParagraphLayout,
    anchor: &Anchor,
    highlights: &Highlights,
    scratch: &mut Scratch,
) -> (Vec<Style>, Option<Mark>) {
    let theme = ctx.theme;
    let block = view.blocks.get(anchor.block);
    let line = layout.line(anchor.line);
    let base = if view.title == Some(block.paragraph) {
        theme.text.patch(theme.title)
    } else {
        theme.text
    };
    let mut styles = vec![base; line.cells().len()];
    for (i, cell) in line.cells().iter().enumerate() {
        if matches!(cell.kind, ClusterKind::Control(_) | ClusterKind::LoneMark) {
            styles[i] = base.patch(theme.symbol);
        }
    }
    let gutter_mark = if highlights.is_empty() {
        None
    } else {
        highlights.apply(layout, anchor.line, block.char_start, &mut styles, scratch)
    };
    let chars = line.chars();
    let shown = |r: &Range<u32>| r.start < chars.end && chars.start < r.end;
    for m in view.matches.get(block.paragraph) {
        let m = m.start as usize..m.end as usize;
        if let Some(rel) = relative(&m, block.char_offset, layout).filter(shown) {
            mark(layout, anchor.line, rel, &mut styles, theme.search);
        }
    }
    if let Some(sel) = &view.selection {
        if let Some(rel) = relative(sel, block.char_start, layout).filter(shown) {
            mark(layout, anchor.line, rel, &mut styles, theme.selection);
        }
    }
    if let Some(caret) = &view.caret {
        let at = caret.at.start..caret.at.start + 1;
        let caret_style = theme.search.add_modifier(Modifier::UNDERLINED);
        if let Some(rel) = relative(&at, block.char_start, layout).filter(shown) {
            mark(layout, anchor.line, rel, &mut styles, caret_style);
        }
    }
    (styles, gutter_mark)
}

/// The article chars the rows show.
fn screen_chars(view: &ArticleView, rows: &[Anchor]) -> Range<usize> {
    let at = |anchor: &Anchor, end: bool| {
        let start = view.blocks.get(anchor.block).char_start;
        view.cache.peek(anchor.block).map_or(start, |l| {
            let chars = l.line(anchor.line).chars();
            start + if end { chars.end } else { chars.start } as usize
        })
    };
    match (rows.first(), rows.last()) {
        (Some(first), Some(last)) => at(first, false)..at(last, true).max(at(first, false) + 1),
        _ => 0..0,
    }
}

/// `range` relative to the block starting at `start` (in the same coordinates), clipped to it.
fn relative(range: &Range<usize>, start: usize, layout: &ParagraphLayout) -> Option<Range<u32>> {
    let last = layout.line(layout.line_count() - 1).chars().end as usize;
    let (s, e) = (range.start.max(start), range.end.min(start + last));
    (s < e).then(|| (s - start) as u32..(e - start) as u32)
}

/// Patches `style` onto the cells of line `line` that show `range` (every visual segment).
fn mark(
    layout: &ParagraphLayout,
    line: usize,
    range: Range<u32>,
    styles: &mut [Style],
    style: Style,
) {
    for segment in layout.segments(range) {
        if segment.line == line {
            for i in segment.cells {
                if let Some(s) = styles.get_mut(i) {
                    *s = s.patch(style);
                }
            }
        }
    }
}
