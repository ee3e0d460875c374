//! Annotation highlights on screen: which annotations the rows show, and the style each cell of
//! a line gets from them, through the layout's map from cells to chars (a passage split by
//! reordering is coloured in every visual piece).
//!
//! How overlaps stay distinguishable: annotations are taken in reading order (by start, a longer
//! one before a shorter one starting at the same char); where several cover a cell, the one
//! taken last (the inner or later one) gives the background and the cell is underlined. An
//! annotation that needs review is drawn in italics, and its lines get `?` in the gutter;
//! other annotated lines get a bar in the colour of the highlight on top.
//!
//! Functions from the store and a layout to styles; knows nothing about keys or the terminal.

use std::cmp::Reverse;
use std::ops::Range;

use ratatui::style::{Modifier, Style};

use crate::annotate::anchor::AnchorState;
use crate::text::{BidiMode, ParagraphLayout};
use crate::tui::article::notes::Notes;
use crate::tui::theme::Theme;

/// The gutter's mark for a line holding annotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Annotated: a bar in the given style.
    Annotated(Style),
    /// Holds an annotation that needs review.
    Review,
}

/// The gutter symbol for annotated lines.
pub const BAR: &str = "▐";
/// The gutter symbol for lines with an annotation that needs review.
pub const REVIEW: &str = "?";

/// One annotation as drawn.
#[derive(Clone, Debug, PartialEq)]
struct Span {
    range: Range<usize>,
    style: Style,
    review: bool,
}

/// The annotations overlapping the screen, in drawing order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlights {
    spans: Vec<Span>,
}

impl Highlights {
    /// The highlights of `notes` overlapping the article chars `screen`.
    pub fn for_screen(notes: &Notes, screen: Range<usize>, theme: &Theme) -> Highlights {
        let Some(store) = notes.store() else {
            return Highlights::default();
        };
        let mut spans: Vec<Span> = store
            .overlapping(screen)
            .into_iter()
            .filter_map(|e| {
                let range = e.range?.clone();
                let review = matches!(e.state, AnchorState::NeedsReview { .. });
                let style = theme
                    .highlight(&e.annotation.color)
                    .unwrap_or_else(|| Style::new().add_modifier(Modifier::UNDERLINED));
                Some(Span {
                    range,
                    style,
                    review,
                })
            })
            .filter(|s| !s.range.is_empty())
            .collect();
        spans.sort_by_key(|s| (s.range.start, Reverse(s.range.end)));
        Highlights { spans }
    }

    /// True when no annotation is on screen.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Patches the styles of the cells of line `line` of `layout` (a block whose first char is
    /// article char `start`) with the highlights it shows; returns the line's gutter mark.
    ///
    /// One pass over the chars the line's highlights cover, then one over its cells: each cell
    /// takes the highlights of the chars it shows (the same cell ↔ char map `segments` reads),
    /// so a highlight split by reordering is coloured in every piece.
    pub fn apply(
        &self,
        layout: &ParagraphLayout,
        line: usize,
        start: usize,
        styles: &mut [Style],
        scratch: &mut Scratch,
    ) -> Option<Mark> {
        let l = layout.line(line);
        let chars = l.chars();
        let (from, to) = (start + chars.start as usize, start + chars.end as usize);
        let n = to - from;
        if !self.fill(scratch, from, to) {
            return None;
        }
        let mut mark = None;
        for (cell, style) in l.cells().iter().zip(styles.iter_mut()) {
            let (a, b) = (
                (cell.chars.start - chars.start) as usize,
                ((cell.chars.end - chars.start) as usize).min(n),
            );
            let (mut top, mut count, mut review) = (NONE, 0, false);
            for c in a..b {
                if scratch.top[c] != NONE {
                    top = if top == NONE {
                        scratch.top[c]
                    } else {
                        top.max(scratch.top[c])
                    };
                    count = count.max(scratch.count[c]);
                    review |= scratch.review[c];
                }
            }
            if top == NONE {
                continue;
            }
            let span = &self.spans[top as usize];
            *style = style.patch(span.style);
            if count > 1 {
                *style = style.add_modifier(Modifier::UNDERLINED);
            }
            if review {
                *style = style.add_modifier(Modifier::ITALIC);
            }
            mark = match (mark, review) {
                (Some(Mark::Review), _) | (_, true) => Some(Mark::Review),
                _ => Some(Mark::Annotated(span.style)),
            };
        }
        mark
    }

    /// Fills `scratch` for the chars `from..to` (article coordinates) with the top span over
    /// each char, how many spans cover it and whether one needs review; false when none does.
    fn fill(&self, scratch: &mut Scratch, from: usize, to: usize) -> bool {
        let end = self.spans.partition_point(|s| s.range.start < to);
        let n = to - from;
        scratch.top.clear();
        scratch.top.resize(n, NONE);
        scratch.count.clear();
        scratch.count.resize(n, 0);
        scratch.review.clear();
        scratch.review.resize(n, false);
        let mut any = false;
        for (k, span) in self.spans[..end].iter().enumerate() {
            if span.range.end <= from {
                continue;
            }
            any = true;
            let (a, b) = (
                span.range.start.max(from) - from,
                span.range.end.min(to) - from,
            );
            for c in a..b {
                scratch.top[c] = k as u32;
                scratch.count[c] = scratch.count[c].saturating_add(1);
                scratch.review[c] |= span.review;
            }
        }
        any
    }
}

/// No highlight on a char.
const NONE: u32 = u32::MAX;

/// Buffers [`Highlights::apply`] reuses from line to line.
#[derive(Debug, Default)]
pub struct Scratch {
    /// Per char of the line: the highlight on top.
    top: Vec<u32>,
    /// Per char: how many highlights cover it.
    count: Vec<u8>,
    /// Per char: whether one of them needs review.
    review: Vec<bool>,
}

/// The gutter cell's symbol and style for `mark`. In terminal mode an annotated line's mark is
/// a blank cell in the highlight's colour, not [`BAR`]: mlterm lays out a row holding a block
/// element (U+2580–U+259F) or a box-drawing character left to right whatever its letters, so
/// the bar turned the row's right-to-left text around its trailing punctuation (`،` and `»`
/// shown at the start of the line), as screenshots of mlterm under Xvfb showed.
pub fn gutter(mark: Mark, theme: &Theme, bidi: BidiMode) -> (&'static str, Style) {
    let base = theme.text.patch(theme.gutter);
    match (mark, bidi) {
        (Mark::Review, _) => (REVIEW, base.add_modifier(Modifier::BOLD)),
        (Mark::Annotated(style), BidiMode::App) => match style.bg {
            Some(bg) => (BAR, base.fg(bg)),
            None => (BAR, base),
        },
        (Mark::Annotated(style), BidiMode::Terminal) => match style.bg {
            Some(bg) => (" ", base.bg(bg)),
            None => (" ", base.add_modifier(Modifier::REVERSED)),
        },
    }
}
