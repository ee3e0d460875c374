//! Annotation highlights for `hamish render --annotations`: where each annotation of an article
//! stands (its sidecar read only, anchored in the text as it is now, as `export` does; orphans
//! left out), and the SGR background of a highlight colour.
//!
//! Data to data; knows nothing about layout or output streams.

use std::ops::Range;
use std::path::Path;

use crate::export::collect::{read_article, Filter};
use crate::export::row::State;

/// The highlights of one article, by start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// Article chars and the SGR parameters of their background.
    spans: Vec<(Range<usize>, &'static str)>,
}

impl Marks {
    /// The highlights of the article at `path` (none without a sidecar); `Err` says why its
    /// sidecar could not be used.
    pub fn read(path: &Path) -> Result<Marks, String> {
        let article = read_article(path, &Filter::default()).map_err(|s| s.problem)?;
        let rows = article.map(|a| a.rows).unwrap_or_default();
        let spans = rows
            .into_iter()
            .filter(|r| r.state != State::Orphaned && r.start < r.end)
            .map(|r| (r.start..r.end, background(&r.annotation.color)))
            .collect();
        Ok(Marks::new(spans))
    }

    /// Highlights from ranges and their backgrounds.
    pub fn new(mut spans: Vec<(Range<usize>, &'static str)>) -> Marks {
        spans.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
        Marks { spans }
    }

    /// True when there is nothing to highlight.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The background of the chars `chars`: the innermost (last starting) highlight that covers
    /// any of them.
    pub fn at(&self, chars: Range<usize>) -> Option<&'static str> {
        let end = self.spans.partition_point(|(r, _)| r.start < chars.end);
        self.spans[..end]
            .iter()
            .rev()
            .find(|(r, _)| r.end > chars.start)
            .map(|&(_, sgr)| sgr)
    }
}

/// The SGR background parameters of a highlight colour name (yellow for one it does not know,
/// as the reader's default colour).
pub fn background(colour: &str) -> &'static str {
    match colour {
        "green" => "42",
        "blue" => "44",
        "pink" => "45",
        "orange" => "48;5;208",
        "purple" => "48;5;99",
        _ => "43",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_innermost_highlight_covering_a_cell_gives_its_background() {
        let marks = Marks::new(vec![(0..10, "43"), (4..6, "44"), (20..22, "42")]);
        assert_eq!(marks.at(0..1), Some("43"));
        assert_eq!(marks.at(4..5), Some("44"));
        assert_eq!(marks.at(6..7), Some("43"));
        assert_eq!(marks.at(10..12), None);
        assert_eq!(marks.at(19..21), Some("42"));
        assert_eq!(background("purple"), "48;5;99");
        assert_eq!(background("chartreuse"), "43");
    }
}
