//! The tags view's state (`#`): every tag of the library with its numbers of passages and
//! articles and its colour, the tags found with the selected one (on the same or overlapping
//! passages) with counts, the order (by count or by name), the selected tag, and files that
//! could not be read.
//!
//! Tags differing only in case are one tag ([`tag_key`]), shown in their most used spelling.
//! A tag's colour is the one the config's `tag_colors` gives it, else the colour most of its
//! annotations have. Built from annotations already read (data to data); knows nothing about
//! files, keys, terminals or drawing.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::annotate::model::tag_key;
use crate::export::collect::Collected;
use crate::export::tags::{cooccurrence, one_spelling, tag_counts};
use crate::tui::screens::selection;

/// One tag of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagRow {
    /// The tag, in its most used spelling (not sanitised: draw it through `sanitize`).
    pub tag: String,
    /// Annotations carrying it.
    pub passages: usize,
    /// Articles with at least one of those.
    pub articles: usize,
    /// Its highlight colour's name (`""`: the default).
    pub color: String,
}

/// How the tags are sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagOrder {
    /// Most passages first, then by name.
    #[default]
    Count,
    /// By name (without regard to case).
    Name,
}

/// The open tags view.
#[derive(Clone, Debug, Default)]
pub struct TagsView {
    /// The library's directory.
    pub dir: PathBuf,
    /// The articles whose sidecars are counted (and renamed in).
    pub articles: Vec<PathBuf>,
    /// Every tag, in `order`.
    pub rows: Vec<TagRow>,
    /// Articles with at least one tagged annotation.
    pub tagged_articles: usize,
    /// Tags found with each tag (by key): (tag, count), most often first.
    with: HashMap<String, Vec<(String, usize)>>,
    /// The order of `rows`.
    pub order: TagOrder,
    /// Index into `rows` of the selected tag.
    pub selected: usize,
    /// Files that could not be read, as "file: problem" lines (not sanitised).
    pub skipped: Vec<String>,
}

impl TagsView {
    /// The view of `collected` (the annotations of `articles`, in `dir`), `tag_colors` from the
    /// config.
    pub fn new(
        dir: PathBuf,
        articles: Vec<PathBuf>,
        collected: &Collected,
        tag_colors: &BTreeMap<String, String>,
    ) -> TagsView {
        let mut view = TagsView {
            dir,
            articles,
            ..TagsView::default()
        };
        view.refresh(collected, tag_colors);
        view
    }

    /// Counts again from `collected`; the selection stays on the same tag when it is still
    /// there (else on the same row).
    pub fn refresh(&mut self, collected: &Collected, tag_colors: &BTreeMap<String, String>) {
        let current = self.selected_tag().map(|r| tag_key(&r.tag));
        let one_spelling = one_spelling(collected.clone());
        let colors = colors(&one_spelling, tag_colors);
        self.rows = tag_counts(&one_spelling)
            .into_iter()
            .map(|t| TagRow {
                color: colors.get(&t.tag).cloned().unwrap_or_default(),
                tag: t.tag,
                passages: t.passages,
                articles: t.articles,
            })
            .collect();
        self.tagged_articles = collected
            .articles
            .iter()
            .filter(|a| a.rows.iter().any(|r| !r.tags().is_empty()))
            .count();
        self.with.clear();
        for pair in cooccurrence(&one_spelling) {
            for (x, y) in [(&pair.a, &pair.b), (&pair.b, &pair.a)] {
                let list = self.with.entry(tag_key(x)).or_default();
                list.push((y.clone(), pair.count));
            }
        }
        self.skipped = collected
            .skipped
            .iter()
            .map(|s| format!("{}: {}", s.path.display(), s.problem))
            .collect();
        self.sort();
        if let Some(key) = current {
            if let Some(i) = self.rows.iter().position(|r| tag_key(&r.tag) == key) {
                self.selected = i;
            }
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    fn sort(&mut self) {
        match self.order {
            TagOrder::Count => self.rows.sort_by(|a, b| {
                (b.passages, tag_key(&a.tag), &a.tag).cmp(&(a.passages, tag_key(&b.tag), &b.tag))
            }),
            TagOrder::Name => self
                .rows
                .sort_by(|a, b| (tag_key(&a.tag), &a.tag).cmp(&(tag_key(&b.tag), &b.tag))),
        }
    }

    /// Sorts by the other order; the selection stays on the same tag.
    pub fn toggle_order(&mut self) {
        let current = self.selected_tag().map(|r| r.tag.clone());
        self.order = match self.order {
            TagOrder::Count => TagOrder::Name,
            TagOrder::Name => TagOrder::Count,
        };
        self.sort();
        self.selected = current
            .and_then(|t| self.rows.iter().position(|r| r.tag == t))
            .unwrap_or(0);
    }

    /// The selected tag, if there is any.
    pub fn selected_tag(&self) -> Option<&TagRow> {
        self.rows.get(self.selected)
    }

    /// The tags found with the selected one, with counts, most often first.
    pub fn with_selected(&self) -> &[(String, usize)] {
        self.selected_tag()
            .and_then(|r| self.with.get(&tag_key(&r.tag)))
            .map_or(&[], Vec::as_slice)
    }

    /// The most tags found with any one tag (the "found with" part's room is kept for it).
    pub fn most_found_with(&self) -> usize {
        self.with.values().map(Vec::len).max().unwrap_or(0)
    }

    /// Moves the selection by `delta` rows, stopping at the ends.
    pub fn move_by(&mut self, delta: isize) {
        self.selected = selection::moved(self.selected, delta, self.rows.len());
    }

    /// Selects the first (`false`) or last (`true`) tag.
    pub fn move_to_end(&mut self, last: bool) {
        self.selected = selection::end(last, self.rows.len());
    }

    /// The tag to complete `typed` to (for choosing a merge target with Tab): the first tag,
    /// other than the selected one, whose key starts with `typed`'s and that comes after
    /// `typed` itself when `typed` is a whole tag already (so Tab goes through them all).
    pub fn complete(&self, typed: &str) -> Option<String> {
        let selected = self.selected_tag().map(|r| tag_key(&r.tag));
        let candidates: Vec<&TagRow> = self
            .rows
            .iter()
            .filter(|r| Some(tag_key(&r.tag)) != selected)
            .collect();
        let key = tag_key(typed);
        let now = candidates.iter().position(|r| tag_key(&r.tag) == key);
        let next = match now {
            Some(i) => candidates.get(i + 1).or(candidates.first()),
            None => candidates
                .iter()
                .find(|r| tag_key(&r.tag).starts_with(&key)),
        };
        next.map(|r| r.tag.clone())
    }
}

/// `n` and `what`, plural unless `n` is 1 ("1 tag", "3 articles").
pub fn counted(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Each tag's colour: the config's for it (compared without regard to case), else the colour
/// most of its annotations have (the first in name order on a tie).
fn colors(collected: &Collected, tag_colors: &BTreeMap<String, String>) -> HashMap<String, String> {
    let mut counts: HashMap<&str, BTreeMap<&str, usize>> = HashMap::new();
    for row in collected.articles.iter().flat_map(|a| &a.rows) {
        for tag in row.tags() {
            let colors = counts.entry(tag.as_str()).or_default();
            *colors.entry(row.annotation.color.as_str()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(tag, colors)| {
            let configured = tag_colors
                .iter()
                .find(|(t, _)| tag_key(t) == tag_key(tag))
                .map(|(_, c)| c.clone());
            let most = colors
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .map(|(c, _)| c.to_owned());
            (tag.to_owned(), configured.or(most).unwrap_or_default())
        })
        .collect()
}
