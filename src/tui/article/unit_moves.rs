//! Caret moves by words, sentences and paragraphs, and the unit under a point: each unit is a
//! stop with a first and a last cluster. Like vim's visual mode, while the caret is ahead of
//! the anchor it stops on the *last* cluster of a unit, while it is behind on the *first*, and
//! it stops at the anchor when it would cross it, so the selection always holds whole units.
//! Words and sentences are taken per block (a paragraph, or a piece of a huge one), paragraphs
//! whole. Functions from the article to char ranges; knows nothing about keys or terminals.

use std::ops::Range;

use crate::tui::article::blocks::Doc;
use crate::tui::article::layout_cache::LayoutCache;
use crate::tui::article::scroll::Anchor;
use crate::tui::article::units::Units;

/// What words, sentences and paragraphs moves go by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Letters and digits (UAX #29 words).
    Word,
    /// UAX #29 sentences, trimmed.
    Sentence,
    /// Paragraphs (lines of the file), trimmed.
    Paragraph,
}

/// A unit's first and last clusters (article chars).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stop {
    /// Its first cluster.
    pub first: Range<usize>,
    /// Its last cluster.
    pub last: Range<usize>,
}

impl Stop {
    /// The whole unit.
    pub fn range(&self) -> Range<usize> {
        self.first.start..self.last.end
    }
}

/// The units of `unit`'s group `group`: words or sentences of a block, or one paragraph.
fn stops(doc: &Doc, unit: Unit, group: usize) -> Vec<Stop> {
    let shift = |r: Range<usize>, base: usize| r.start + base..r.end + base;
    match unit {
        Unit::Word | Unit::Sentence => {
            let units = Units::new(doc.text(group));
            let base = doc.blocks.get(group).char_start;
            let ranges = if unit == Unit::Word {
                units.words()
            } else {
                units.sentences()
            };
            ranges
                .iter()
                .map(|r| Stop {
                    first: shift(units.first_cluster(r), base),
                    last: shift(units.last_cluster(r), base),
                })
                .collect()
        }
        Unit::Paragraph => {
            let blocks: Vec<usize> = (doc.blocks.first_of(group)..doc.len())
                .take_while(|&b| doc.blocks.get(b).paragraph == group)
                .collect();
            let trimmed = |b: usize| {
                let units = Units::new(doc.text(b));
                let base = doc.blocks.get(b).char_start;
                units.trimmed().map(|t| {
                    (
                        shift(units.first_cluster(&t), base),
                        shift(units.last_cluster(&t), base),
                    )
                })
            };
            let first = blocks.iter().find_map(|&b| trimmed(b));
            let last = blocks.iter().rev().find_map(|&b| trimmed(b));
            match (first, last) {
                (Some((first, _)), Some((_, last))) => vec![Stop { first, last }],
                _ => Vec::new(),
            }
        }
    }
}

/// The group (block or paragraph) holding article char `at`, and how many there are.
fn group_of(doc: &Doc, unit: Unit, at: usize) -> (usize, usize) {
    let block = doc.blocks.at_char(at);
    match unit {
        Unit::Word | Unit::Sentence => (block, doc.len()),
        Unit::Paragraph => (
            doc.blocks.get(block).paragraph,
            doc.article.paragraph_count(),
        ),
    }
}

/// Where the caret at `at` goes moving forward by `unit`, the selection's other end staying at
/// `anchor` (stopping on the anchor when the caret crosses it).
pub fn forward(
    doc: &Doc,
    unit: Unit,
    at: &Range<usize>,
    anchor: &Range<usize>,
) -> Option<Range<usize>> {
    let (c, a) = (at.start, anchor.start);
    let (first, count) = group_of(doc, unit, c);
    for group in first..count {
        for stop in stops(doc, unit, group) {
            if c >= a && stop.last.start > c {
                return Some(stop.last);
            }
            if c < a && stop.first.start > c {
                return Some(if stop.first.start < a {
                    stop.first
                } else {
                    anchor.clone()
                });
            }
        }
    }
    // Behind the anchor with no unit before it: the anchor.
    (c < a).then(|| anchor.clone())
}

/// Where the caret at `at` goes moving back by `unit` (see [`forward`]).
pub fn back(
    doc: &Doc,
    unit: Unit,
    at: &Range<usize>,
    anchor: &Range<usize>,
) -> Option<Range<usize>> {
    let (c, a) = (at.start, anchor.start);
    let (last, _) = group_of(doc, unit, c);
    for group in (0..=last).rev() {
        for stop in stops(doc, unit, group).into_iter().rev() {
            if c <= a && stop.first.start < c {
                return Some(stop.first);
            }
            if c > a && stop.last.start < c {
                return Some(if stop.last.start > a {
                    stop.last
                } else {
                    anchor.clone()
                });
            }
        }
    }
    // Ahead of the anchor with no unit end after it: the anchor.
    (c > a).then(|| anchor.clone())
}

/// The unit holding article char `at` (or the nearest one after it in its group).
pub fn unit_at(doc: &Doc, unit: Unit, at: usize) -> Option<Stop> {
    let (group, _) = group_of(doc, unit, at);
    let stops = stops(doc, unit, group);
    stops
        .iter()
        .find(|s| s.range().contains(&at))
        .or_else(|| stops.iter().find(|s| s.first.start > at))
        .or(stops.last())
        .cloned()
}

/// The word holding article char `at`, else the cluster there (for mouse selections).
pub fn word_or_cluster_at(doc: &Doc, at: usize) -> Option<Range<usize>> {
    let block = doc.blocks.at_char(at);
    let units = Units::new(doc.text(block));
    let base = doc.blocks.get(block).char_start;
    let rel = at.checked_sub(base)?;
    let words = units.words();
    let found =
        crate::tui::article::units::unit_at(&words, rel).or_else(|| units.cluster_at(rel))?;
    Some(found.start + base..found.end + base)
}

/// The first and last clusters of `range` (a selection, a search match), for a caret that
/// starts on it. `None` for an empty range.
pub fn end_clusters(doc: &Doc, range: &Range<usize>) -> Option<Stop> {
    let cluster = |at: usize| {
        let block = doc.blocks.at_char(at);
        let base = doc.blocks.get(block).char_start;
        let found = Units::new(doc.text(block)).cluster_at(at.checked_sub(base)?)?;
        Some(found.start + base..found.end + base)
    };
    let last = cluster(range.end.checked_sub(1).filter(|&e| e >= range.start)?)?;
    Some(Stop {
        first: cluster(range.start)?,
        last,
    })
}

/// The first word starting at or after line `from` (its first cluster), searching on through
/// the article; else the first cluster there is.
pub fn first_word_from(doc: &Doc, cache: &mut LayoutCache, from: Anchor) -> Option<Range<usize>> {
    let layout = cache.get(doc, from.block);
    let line_start = doc.blocks.get(from.block).char_start
        + layout
            .line(from.line.min(layout.line_count() - 1))
            .chars()
            .start as usize;
    for block in from.block..doc.len() {
        if let Some(stop) = stops(doc, Unit::Word, block)
            .into_iter()
            .find(|s| s.first.start >= line_start)
        {
            return Some(stop.first);
        }
    }
    (from.block..doc.len()).find_map(|b| {
        let units = Units::new(doc.text(b));
        let base = doc.blocks.get(b).char_start;
        units
            .clusters()
            .into_iter()
            .find(|c| c.start + base >= line_start)
            .map(|c| c.start + base..c.end + base)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::article::caret::fixture::fixture;
    use crate::tui::article::caret::Move;

    #[test]
    fn words_extend_to_ends_and_shrink_to_the_anchor() {
        let text = "قالَ الرئيسُ إنّ الحلف ليس تحالفاً.";
        let mut f = fixture(text, 80);
        let w = Move::Forward(Unit::Word);
        let b = Move::Back(Unit::Word);
        assert_eq!(f.run(0, &[w]).1, "قالَ");
        assert_eq!(f.run(0, &[w, w]).1, "قالَ الرئيسُ");
        assert_eq!(f.run(0, &[w, w, b]).1, "قالَ");
        assert_eq!(f.run(0, &[w, w, b, b]).1, "ق", "back to the anchor");
        // Behind the anchor the caret stops on word starts.
        let start = f.char_of("الحلف");
        assert_eq!(f.run(start, &[b]).1, "إنّ ا");
        assert_eq!(f.run(start, &[b, b, w]).1, "إنّ ا");
        assert_eq!(f.run(start, &[b, w]).1, "ا");
    }

    #[test]
    fn sentences_and_paragraphs() {
        let text = "أولى جملة. ثانية هنا؟ ثالثة\n\nفقرة أخرى. وجملة";
        let mut f = fixture(text, 80);
        let s = Move::Forward(Unit::Sentence);
        assert_eq!(f.run(0, &[s]).1, "أولى جملة.");
        assert_eq!(f.run(0, &[s, s]).1, "أولى جملة. ثانية هنا؟");
        let second = f.char_of("ثانية");
        assert_eq!(f.run(second + 2, &[Move::Back(Unit::Sentence)]).1, "ثان");
        let p = Move::Forward(Unit::Paragraph);
        assert_eq!(f.run(0, &[p]).1, "أولى جملة. ثانية هنا؟ ثالثة");
        // The blank paragraph is skipped.
        assert_eq!(f.run(0, &[p, p]).1, text);
        let doc = Doc {
            article: &f.article,
            blocks: &f.blocks,
        };
        let sentence = unit_at(&doc, Unit::Sentence, second + 3).unwrap();
        assert_eq!(f.article.slice_chars(sentence.range()), "ثانية هنا؟");
        let paragraph = unit_at(&doc, Unit::Paragraph, f.char_of("أخرى")).unwrap();
        assert_eq!(f.article.slice_chars(paragraph.range()), "فقرة أخرى. وجملة");
        let word = word_or_cluster_at(&doc, second + 1).unwrap();
        assert_eq!(f.article.slice_chars(word), "ثانية");
        let dot = word_or_cluster_at(&doc, f.char_of(".")).unwrap();
        assert_eq!(f.article.slice_chars(dot), ".");
    }

    #[test]
    fn the_first_word_of_a_line() {
        let mut f = fixture("«  بداية» النص", 80);
        let doc = Doc {
            article: &f.article,
            blocks: &f.blocks,
        };
        let first = first_word_from(&doc, &mut f.cache, Anchor::new(0, 0)).unwrap();
        assert_eq!(f.article.slice_chars(first), "ب");
        let mut f = fixture("…\n\n!", 80);
        let doc = Doc {
            article: &f.article,
            blocks: &f.blocks,
        };
        let first = first_word_from(&doc, &mut f.cache, Anchor::new(1, 0)).unwrap();
        assert_eq!(f.article.slice_chars(first), "!", "no word: a cluster");
    }
}
