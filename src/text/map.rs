//! A laid-out paragraph: its lines of cells in visual order, and the map between cells and the
//! logical chars they show. Selection, search hits and highlights are drawn through this map.
//!
//! Knows nothing about terminals: a cell is a column position, a width and a glyph string.

use std::ops::Range;

use super::cluster::ClusterKind;
use super::direction::Direction;

/// One cell of a laid-out line (wide characters and tabs take more than one column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Column of the cell within its line's content (before alignment).
    pub x: u32,
    /// Columns it takes.
    pub width: u32,
    /// The logical chars it shows, relative to the paragraph (a lam-alef cell two, a cluster all
    /// of its chars).
    pub chars: Range<u32>,
    /// Byte range of its glyphs in the paragraph layout's glyph text.
    pub(crate) glyph: Range<u32>,
    /// What it shows (text, space, tab, control symbol, lone mark).
    pub kind: ClusterKind,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineInfo {
    pub chars: Range<u32>,
    pub cells: Range<u32>,
    pub text: Range<u32>,
    pub width: u32,
}

/// A paragraph laid out into lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphLayout {
    pub(crate) direction: Direction,
    pub(crate) glyphs: String,
    pub(crate) cells: Vec<Cell>,
    pub(crate) lines: Vec<LineInfo>,
}

/// One laid-out line, borrowed from its paragraph layout.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    layout: &'a ParagraphLayout,
    info: &'a LineInfo,
}

/// Where a logical char is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Line index in the paragraph.
    pub line: usize,
    /// Cell index in the line; `None` for a char that occupies no cell (a format character, or a
    /// space hanging at the end of a wrapped line).
    pub cell: Option<usize>,
}

/// A run of adjacent cells of one line that shows part of a logical range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Line index in the paragraph.
    pub line: usize,
    /// Cell indices in the line.
    pub cells: Range<usize>,
    /// Columns within the line's content (before alignment).
    pub columns: Range<u32>,
}

impl ParagraphLayout {
    /// The paragraph's base direction (lines align to its side).
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Number of lines (at least one: an empty paragraph is one empty line).
    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// Line `i`. Panics if out of range.
    pub fn line(&self, i: usize) -> Line<'_> {
        Line {
            layout: self,
            info: &self.lines[i],
        }
    }

    /// All lines, top to bottom.
    pub fn lines(&self) -> impl ExactSizeIterator<Item = Line<'_>> + '_ {
        self.lines
            .iter()
            .map(move |info| Line { layout: self, info })
    }

    /// Where the char at paragraph offset `ch` is shown; `None` past the end.
    pub fn locate(&self, ch: u32) -> Option<Position> {
        let line = self.lines.partition_point(|l| l.chars.end <= ch);
        let info = self.lines.get(line)?;
        if !info.chars.contains(&ch) {
            return None;
        }
        let cell = self
            .line(line)
            .cells()
            .iter()
            .position(|c| c.chars.contains(&ch));
        Some(Position { line, cell })
    }

    /// The visual segments showing the logical char range `range` (relative to the paragraph), top
    /// to bottom and left to right. A range that reordering split (a Latin name or a number in
    /// Arabic text) gives several segments on one line.
    pub fn segments(&self, range: Range<u32>) -> Vec<Segment> {
        let mut out = Vec::new();
        if range.is_empty() {
            return out;
        }
        let first = self.lines.partition_point(|l| l.chars.end <= range.start);
        for (li, info) in self.lines.iter().enumerate().skip(first) {
            if info.chars.start >= range.end {
                break;
            }
            let cells = self.line(li).cells();
            let mut i = 0;
            while i < cells.len() {
                if overlaps(&cells[i].chars, &range) {
                    let start = i;
                    while i < cells.len() && overlaps(&cells[i].chars, &range) {
                        i += 1;
                    }
                    let end = &cells[i - 1];
                    out.push(Segment {
                        line: li,
                        cells: start..i,
                        columns: cells[start].x..end.x + end.width,
                    });
                } else {
                    i += 1;
                }
            }
        }
        out
    }
}

fn overlaps(a: &Range<u32>, b: &Range<u32>) -> bool {
    a.start < b.end && b.start < a.end
}

impl<'a> Line<'a> {
    /// The cells, left to right.
    pub fn cells(&self) -> &'a [Cell] {
        &self.layout.cells[self.info.cells.start as usize..self.info.cells.end as usize]
    }

    /// The glyphs of all cells, left to right: what a terminal is sent for this line.
    pub fn text(&self) -> &'a str {
        &self.layout.glyphs[self.info.text.start as usize..self.info.text.end as usize]
    }

    /// The glyphs of one cell (a cell of this line).
    pub fn glyph(&self, cell: &Cell) -> &'a str {
        &self.layout.glyphs[cell.glyph.start as usize..cell.glyph.end as usize]
    }

    /// Columns the line's content takes.
    pub fn width(&self) -> u32 {
        self.info.width
    }

    /// The logical chars (relative to the paragraph) that belong to this line, including spaces
    /// hanging at its end and format characters.
    pub fn chars(&self) -> Range<u32> {
        self.info.chars.clone()
    }

    /// The direction the line aligns to (its paragraph's).
    pub(crate) fn align(&self) -> Direction {
        self.layout.direction
    }

    /// Columns of padding before the content when the line is aligned within `width` columns:
    /// right-to-left lines align right.
    pub fn indent(&self, width: u32) -> u32 {
        match self.layout.direction {
            Direction::Rtl => width.saturating_sub(self.info.width),
            Direction::Ltr => 0,
        }
    }
}
