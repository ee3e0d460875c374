//! Writing laid-out lines into a ratatui buffer, cell by cell, and laying out short strings
//! (titles, file names, messages, the search query) with the engine so that they read right too.
//!
//! Article text never goes through ratatui's `Span`s: they drop zero-width clusters and split
//! marks from their letters. Each engine cell becomes one buffer cell (the columns a wide cell
//! covers are blanked, as ratatui does). Knows nothing about the app's state.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::text::cluster::ClusterKind;
use crate::text::{Cell, Direction, LayoutOptions, Layouter, Line};

/// Writes the cells of `line` from column `x` of row `y`, clipped to `max_width` columns and to
/// the buffer; `style` gives each cell's style from its index. Returns the columns written.
pub fn put_line(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    max_width: u16,
    line: &Line,
    style: impl Fn(usize, &Cell) -> Style,
) -> u16 {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() {
        return 0;
    }
    let right = x.saturating_add(max_width).min(area.right());
    let mut written = 0;
    for (i, cell) in line.cells().iter().enumerate() {
        if cell.width == 0 {
            continue;
        }
        let Ok(col) = u16::try_from(u32::from(x) + cell.x) else {
            break;
        };
        let Ok(width) = u16::try_from(cell.width) else {
            break;
        };
        if col < area.left() || col.saturating_add(width) > right {
            break;
        }
        let st = style(i, cell);
        let glyph = line.glyph(cell);
        if cell.kind == ClusterKind::Tab {
            for c in col..col + width {
                buf[(c, y)].set_symbol(" ").set_style(st);
            }
        } else {
            let target = &mut buf[(col, y)];
            target.set_symbol(glyph).set_style(st);
            // Keep ratatui's idea of the width equal to the engine's.
            if glyph.len() > 1 && glyph.width() != cell.width as usize {
                if let Some(w) = std::num::NonZeroU16::new(width) {
                    target.set_diff_option(CellDiffOption::ForcedWidth(w));
                }
            }
            for c in col + 1..col + width {
                let hidden = &mut buf[(c, y)];
                hidden.reset();
                hidden.set_style(st);
            }
        }
        written = col + width - x;
    }
    written
}

/// Where a short string goes on its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// From the left edge.
    Left,
    /// Right-to-left text to the right edge, other text to the left.
    ByDirection,
    /// To the right edge.
    Right,
}

/// Lays out `text` (any string: it is sanitised by the engine) on one row between `x` and
/// `x + max_width`, cut with "…" when it does not fit. Returns the columns used (from the left of
/// what was drawn) and where it starts.
pub fn put_text(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max_width: u16,
    text: &str,
    style: Style,
    options: &LayoutOptions,
    align: Align,
) -> (u16, u16) {
    if max_width == 0 {
        return (x, 0);
    }
    let direction = crate::text::direction::first_strong(text).unwrap_or(Direction::Ltr);
    let mut layouter = Layouter::default();
    let whole = LayoutOptions {
        width: 0,
        ..*options
    };
    let mut layout = layouter.layout(text, direction, &whole);
    let mut cut = false;
    if layout.line_count() == 0 {
        return (x, 0);
    }
    if layout.line(0).width() > u32::from(max_width) {
        let narrower = LayoutOptions {
            width: u32::from(max_width.saturating_sub(1)).max(1),
            ..*options
        };
        layout = layouter.layout(text, direction, &narrower);
        cut = true;
    }
    let line = layout.line(0);
    let width = (line.width() as u16).min(max_width) + u16::from(cut);
    let width = width.min(max_width);
    let rtl = direction == Direction::Rtl && options.bidi == crate::text::BidiMode::App;
    let start = match align {
        Align::Left => x,
        Align::Right => x + max_width - width,
        Align::ByDirection if rtl => x + max_width - width,
        Align::ByDirection => x,
    };
    // The "…" goes where the text is cut: at its logical end, which is on the left of RTL text.
    let (text_x, dots_x) = if rtl {
        (start + u16::from(cut), start)
    } else {
        (start, (start + width).saturating_sub(1))
    };
    put_line(buf, text_x, y, width - u16::from(cut), &line, |_, _| style);
    if cut && buf.area.contains((dots_x, y).into()) {
        buf[(dots_x, y)].set_symbol("…").set_style(style);
    }
    (start, width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::layout_paragraph;
    use ratatui::layout::Rect;

    fn row(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    #[test]
    fn cells_keep_marks_with_letters_and_wide_cells_blank_their_neighbour() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        let layout = layout_paragraph("بَ中\t!", Direction::Ltr, &LayoutOptions::default());
        let used = put_line(&mut buf, 0, 0, 8, &layout.line(0), |_, _| Style::new());
        assert_eq!(buf[(0, 0)].symbol(), "\u{fe8f}\u{64e}");
        assert_eq!(buf[(1, 0)].symbol(), "中");
        assert_eq!(buf[(2, 0)].symbol(), " ");
        assert_eq!(used, 4 + 4);
        // Clipped: a cell that does not fit whole is not drawn.
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        assert_eq!(
            put_line(&mut buf, 0, 0, 2, &layout.line(0), |_, _| Style::new()),
            1
        );
        assert_eq!(row(&buf, 0), "\u{fe8f}\u{64e}       ");
    }

    #[test]
    fn short_text_is_cut_with_an_ellipsis_at_its_logical_end() {
        let opts = LayoutOptions::default();
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        put_text(
            &mut buf,
            (0, 0),
            6,
            "hello world",
            Style::new(),
            &opts,
            Align::Left,
        );
        assert_eq!(row(&buf, 0), "hello…");
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        let (start, w) = put_text(&mut buf, (0, 0), 6, "ab", Style::new(), &opts, Align::Right);
        assert_eq!((start, w), (4, 2));
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        put_text(
            &mut buf,
            (0, 0),
            6,
            "اب تث جح",
            Style::new(),
            &opts,
            Align::ByDirection,
        );
        assert_eq!(buf[(0, 0)].symbol(), "…");
        assert_ne!(buf[(5, 0)].symbol(), " ");
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        put_text(
            &mut buf,
            (0, 0),
            6,
            "a\x1b[31m",
            Style::new(),
            &opts,
            Align::Left,
        );
        assert_eq!(row(&buf, 0), "a␛[31m");
    }
}
