//! One exported annotation ([`Row`]) and one exported article ([`ExportArticle`]): the data every
//! format writes. Knows nothing about formats or terminals.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use crate::annotate::meta::ArticleMeta;
use crate::annotate::model::Annotation;
use crate::text::{Article, ParagraphNumbers};

/// Where an annotation stands in the article as it is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    /// At its stored offsets.
    Anchored,
    /// Found elsewhere (the offsets exported are the new ones).
    Moved,
    /// Probably at the position exported, not surely: a person should check.
    NeedsReview,
    /// Not found in the article: exported without a position.
    Orphaned,
}

impl State {
    /// Every state, in order.
    pub(crate) const ALL: [State; 4] = [
        State::Anchored,
        State::Moved,
        State::NeedsReview,
        State::Orphaned,
    ];

    /// The name written in exports and accepted by `--state`.
    pub fn name(self) -> &'static str {
        match self {
            State::Anchored => "anchored",
            State::Moved => "moved",
            State::NeedsReview => "needs-review",
            State::Orphaned => "orphaned",
        }
    }
}

/// Where an exported quote is in the article as it is now: char offsets that slice exactly the
/// quote out of the article's current text, and its ¶.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Start (chars, from the start of the text after a BOM).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The ¶ a reader sees ([`crate::text::ParagraphNumbers`]); `None` in the title.
    pub paragraph: Option<usize>,
}

impl Position {
    /// Where `exact` is when `range` of `article` (numbered by `numbers`) holds it; `None` when
    /// the text there is other words (an orphan's stale offsets, a changed passage).
    pub fn of(
        article: &Article,
        numbers: &ParagraphNumbers,
        range: Range<usize>,
        exact: &str,
    ) -> Option<Position> {
        (article.slice_chars(range.clone()) == exact).then(|| Position {
            paragraph: numbers.of_passage(article, range.start, exact),
            start: range.start,
            end: range.end,
        })
    }
}

/// One annotation to export.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The annotation (offsets, quote and context updated when it moved).
    pub annotation: Annotation,
    /// Where a view shows it: its range, the candidate for one that needs review, the stored
    /// offsets for an orphan. Not for export: see [`Row::position`].
    pub start: usize,
    /// End of the range shown (exclusive).
    pub end: usize,
    /// Where the exported quote is now, when its text is there: never for an orphan, nor for
    /// one needing review whose candidate holds other words.
    pub position: Option<Position>,
    /// How it anchored.
    pub state: State,
}

impl Row {
    /// Its tags.
    pub fn tags(&self) -> &[String] {
        &self.annotation.tags
    }
}

/// One article with the annotations to export.
#[derive(Clone, Debug)]
pub struct ExportArticle {
    /// The article's path as found.
    pub path: PathBuf,
    /// Its name in the library (`feeds/bbc/x.txt`: its place relative to its group's root),
    /// unique in an export; the file name when read on its own.
    pub file: String,
    /// Its title: the metadata's, else its first non-blank line, else the file name.
    pub title: String,
    /// Its citation metadata.
    pub meta: ArticleMeta,
    /// Its text (after a BOM), as offsets count it.
    pub text: Arc<String>,
    /// Its annotations in reading order, orphans last.
    pub rows: Vec<Row>,
}
