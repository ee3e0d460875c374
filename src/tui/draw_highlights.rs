//! Annotation highlights on screen: which annotations the rows show, and the style each cell of
//! a line gets from them, through the layout's visual segments (a passage split by reordering is
//! coloured in every piece).
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

use super::notes::Notes;
use super::theme::Theme;
use crate::annotate::anchor::AnchorState;
use crate::text::ParagraphLayout;

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
                let mut style = theme
                    .highlight(&e.annotation.color)
                    .unwrap_or_else(|| Style::new().add_modifier(Modifier::UNDERLINED));
                if review {
                    style = style.add_modifier(Modifier::ITALIC);
                }
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
    pub fn apply(
        &self,
        layout: &ParagraphLayout,
        line: usize,
        start: usize,
        styles: &mut [Style],
        counts: &mut Vec<u8>,
    ) -> Option<Mark> {
        let chars = layout.line(line).chars();
        let (from, to) = (start + chars.start as usize, start + chars.end as usize);
        let end = self.spans.partition_point(|s| s.range.start < to);
        let mut mark = None;
        counts.clear();
        counts.resize(styles.len(), 0);
        for span in self.spans[..end].iter().filter(|s| s.range.end > from) {
            let clipped = (span.range.start.max(from) - start) as u32
                ..(span.range.end.min(to) - start) as u32;
            let mut shown = false;
            for segment in layout.segments(clipped) {
                if segment.line != line {
                    continue;
                }
                for i in segment.cells {
                    if let Some(s) = styles.get_mut(i) {
                        *s = s.patch(span.style);
                        counts[i] = counts[i].saturating_add(1);
                        shown = true;
                    }
                }
            }
            if shown || chars.is_empty() {
                mark = match (mark, span.review) {
                    (Some(Mark::Review), _) | (_, true) => Some(Mark::Review),
                    _ => Some(Mark::Annotated(span.style)),
                };
            }
        }
        for (style, &n) in styles.iter_mut().zip(counts.iter()) {
            if n > 1 {
                *style = style.add_modifier(Modifier::UNDERLINED);
            }
        }
        mark
    }
}

/// The gutter cell's symbol and style for `mark`.
pub fn gutter(mark: Mark, theme: &Theme) -> (&'static str, Style) {
    let base = theme.text.patch(theme.gutter);
    match mark {
        Mark::Review => (REVIEW, base.add_modifier(Modifier::BOLD)),
        Mark::Annotated(style) => match style.bg {
            Some(bg) => (BAR, base.fg(bg)),
            None => (BAR, base),
        },
    }
}
