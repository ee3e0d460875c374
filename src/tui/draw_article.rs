//! Drawing the article view's text: the rows on screen in the reading column, RTL lines
//! right-aligned (in `app` mode), the title styled, control symbols marked, search matches and
//! the current match styled in every visual piece reordering split them into.
//!
//! Reads the state; writes a buffer. Knows nothing about keys or the terminal.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::app::{reading_column, Settings};
use super::article_view::ArticleView;
use super::cells::put_line;
use super::theme::Theme;
use crate::text::cluster::ClusterKind;
use crate::text::{BidiMode, ParagraphLayout};

/// Draws the article's rows into `area`.
pub fn draw(view: &ArticleView, settings: &Settings, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (offset, width) = reading_column(area.width, settings.reading_width);
    let x = area.x + offset;
    let selection = view.selection.clone();
    for (row, anchor) in view.rows().into_iter().enumerate() {
        let Ok(row) = u16::try_from(row) else { break };
        if row >= area.height {
            break;
        }
        let Some(layout) = view.cache.peek(anchor.block) else {
            break;
        };
        let block = view.blocks.get(anchor.block);
        let line = layout.line(anchor.line);
        let indent = match settings.bidi {
            BidiMode::App => line.indent(u32::from(width)) as u16,
            BidiMode::Terminal => 0,
        };
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
        let chars = line.chars();
        let shown = |r: &Range<u32>| r.start < chars.end && chars.start < r.end;
        let offset = block.char_offset;
        for m in view.matches.get(block.paragraph) {
            let m = m.start as usize..m.end as usize;
            if let Some(rel) = relative(&m, offset, layout).filter(shown) {
                mark(layout, anchor.line, rel, &mut styles, theme.search);
            }
        }
        if let Some(sel) = &selection {
            if let Some(rel) = relative(sel, block.char_start, layout).filter(shown) {
                mark(layout, anchor.line, rel, &mut styles, theme.selection);
            }
        }
        put_line(
            buf,
            x + indent,
            area.y + row,
            width - indent.min(width),
            &line,
            |i, _| styles[i],
        );
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
