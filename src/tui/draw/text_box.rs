//! Strings of several lines (editor fields, notes, notices) laid out by the engine into a
//! rectangle: each line of the string is a paragraph with its own direction, wrapped at the
//! rectangle's width, right-to-left ones right-aligned; the first or the last rows that fit are
//! drawn. Also where a typing cursor goes: after the text's logical end.
//!
//! The engine shows control characters as symbols, so any string (a note, a tag, an error
//! naming a file) is safe to draw. Knows ratatui's buffer; nothing about the app's state.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::text::direction::first_strong;
use crate::text::{BidiMode, Direction, LayoutOptions, Layouter, ParagraphLayout};
use crate::tui::article::caret::indent;
use crate::tui::draw::cells::put_line;

/// Which rows of a text taller than its box are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// The first rows (reading).
    Head,
    /// The last rows (typing: the end is where the cursor is).
    Tail,
}

/// `text` laid out at `width` columns: one layout per line of the string.
pub fn lay_out(text: &str, width: u16, options: &LayoutOptions) -> Vec<ParagraphLayout> {
    let options = LayoutOptions {
        width: u32::from(width.max(1)),
        ..*options
    };
    let mut layouter = Layouter::default();
    let mut previous = None;
    text.split('\n')
        .map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            let direction = first_strong(line)
                .or(previous)
                .or_else(|| first_strong(text))
                .unwrap_or(Direction::Ltr);
            previous = Some(direction);
            layouter.layout(line, direction, &options)
        })
        .collect()
}

/// Rows `text` takes at `width`.
pub fn rows(text: &str, width: u16, options: &LayoutOptions) -> usize {
    lay_out(text, width, options)
        .iter()
        .map(ParagraphLayout::line_count)
        .sum()
}

/// Draws `text` into `area` with `style`; returns where a cursor after its logical end goes
/// (when that is inside `area`).
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    text: &str,
    style: Style,
    options: &LayoutOptions,
    show: Show,
) -> Option<(u16, u16)> {
    if area.is_empty() {
        return None;
    }
    let layouts = lay_out(text, area.width, options);
    let width_options = LayoutOptions {
        width: u32::from(area.width),
        ..*options
    };
    let lines: Vec<_> = layouts.iter().flat_map(|l| l.lines()).collect();
    let skip = match show {
        Show::Head => 0,
        Show::Tail => lines.len().saturating_sub(usize::from(area.height)),
    };
    let mut cursor = None;
    for (row, line) in lines
        .iter()
        .skip(skip)
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + row as u16;
        let left = indent(line, width_options) as u16;
        put_line(
            buf,
            area.x + left,
            y,
            area.width - left.min(area.width),
            line,
            |_, _| style,
        );
        let rtl = line.align().is_rtl() && options.bidi == BidiMode::App;
        let x = if rtl {
            (area.x + left).checked_sub(1).filter(|&x| x >= area.x)
        } else {
            Some(area.x + line.width() as u16).filter(|&x| x < area.right())
        };
        cursor = x.map(|x| (x, y));
    }
    cursor
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    #[test]
    fn lines_wrap_align_by_direction_and_show_their_tail() {
        let options = LayoutOptions::default();
        let text = "one two three\nبوتين\n";
        assert_eq!(rows(text, 8, &options), 4);
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 3));
        let area = buf.area;
        let cursor = draw(&mut buf, area, text, Style::new(), &options, Show::Tail);
        assert_eq!(row(&buf, 0), "three   ");
        assert!(row(&buf, 1).ends_with("ﻦﻴﺗﻮﺑ"), "{:?}", row(&buf, 1));
        // The last line is empty and takes its direction from the one before: the cursor
        // goes on its right.
        assert_eq!(cursor, Some((7, 2)));
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        let area = buf.area;
        let cursor = draw(&mut buf, area, "ab\x1b", Style::new(), &options, Show::Head);
        assert_eq!(row(&buf, 0), "ab␛     ");
        assert_eq!(cursor, Some((3, 0)));
    }
}
