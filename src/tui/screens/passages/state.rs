//! The passages view's state (`A` in the library): every annotation of every article of the
//! library as a row (its article, its quote, tags, note and anchoring state), which rows the
//! filters (`filter.rs`) let through, and the selected one.
//!
//! Built from what `export::collect_in_parts` read, part after part (the same anchoring and the
//! same broken-sidecar rules as exports), taken from the view's own feed (closing the view drops
//! it, which stops the reading); one article's rows are replaced from its store after a change. Quotes are not
//! laid out here: drawing lays out only the rows on screen. Knows the annotation layer; nothing
//! about keys, terminals or drawing.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

use crate::annotate::meta::ArticleMeta;
use crate::annotate::model::{Annotation, AnnotationId};
use crate::annotate::store::Store;
use crate::export::row::Position;
use crate::export::{Collected, Row, State};
use crate::text::normalize::fold;
use crate::text::sanitize::sanitize;
use crate::text::{Article, ParagraphNumbers};
use crate::tui::screens::selection;

pub use crate::tui::screens::passages::filter::{
    is_tag_separator, next_state, parse_tags, state_label, PassageFilter,
};

/// How long `App::work` waits for the next part (the screen is drawn after each).
pub const FEED_WAIT: Duration = Duration::from_millis(40);

/// Parts of the library read for the passages view: the rows, and how many articles have been
/// read of how many.
pub type Feed = Receiver<(Collected, (usize, usize))>;

/// One article that has passages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassageArticle {
    /// The article's file.
    pub path: PathBuf,
    /// Its title (metadata, else first line, else file name), sanitised.
    pub title: String,
    /// Its citation metadata (as read; sanitised when drawn).
    pub meta: ArticleMeta,
    /// Its name in the library (`feeds/bbc/x.txt`, unique there), sanitised: shown when
    /// another article has the same title.
    pub name: String,
}

/// One passage: an annotation of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// Index of its article in [`Passages::articles`].
    pub article: usize,
    /// The annotation (quote updated when it moved).
    pub annotation: Annotation,
    /// Where it is shown in the article (the stored offsets for an orphan).
    pub range: Range<usize>,
    /// How it anchored.
    pub state: State,
    /// Its ¶ in the article as it is now (the exports' number), when the text there is its
    /// quote and not the title.
    pub paragraph: Option<usize>,
}

impl Passage {
    /// The passage exported as `row` of the article at index `article`.
    fn of_row(article: usize, row: Row) -> Passage {
        Passage {
            article,
            range: row.start..row.end,
            state: row.state,
            paragraph: row.position.and_then(|p| p.paragraph),
            annotation: row.annotation,
        }
    }
}

/// The passages view.
#[derive(Debug, Default)]
pub struct Passages {
    /// Articles with passages, in path order.
    pub articles: Vec<PassageArticle>,
    /// Every passage, by article then in reading order (orphans last).
    pub rows: Vec<Passage>,
    /// Sidecars that could not be read, with why (sanitised): skipped, never rewritten.
    pub skipped: Vec<String>,
    /// The filters in force.
    pub filter: PassageFilter,
    /// Indices into `rows` of the passages the filters let through.
    pub shown: Vec<usize>,
    /// Index into `shown` of the selected passage.
    pub selected: usize,
    /// The filter before the input line opened (Esc there puts it back).
    pub before_prompt: Option<PassageFilter>,
    /// While the library is still being read: how many articles have been, of how many.
    pub loading: Option<(usize, usize)>,
    /// The rest of the library's parts, while it is still being read for the view (closing
    /// the view drops it, which stops the reading).
    pub feed: Option<Feed>,
    /// Each row's quote and note, folded, once a text filter asked for them.
    folded: Option<Vec<String>>,
    /// Every tag of the rows, folded (filled as rows come in).
    folded_tags: HashMap<String, String>,
    /// How many articles have each title (to tell those with the same title apart).
    titles: HashMap<String, usize>,
}

impl Passages {
    /// The view of everything `collected` holds, unfiltered.
    pub fn from_collected(collected: Collected) -> Passages {
        let mut view = Passages::default();
        view.append(collected);
        view
    }

    /// Takes the parts read since (waiting up to `wait` for the first): true once every part
    /// is in, when the feed is gone and loading is over.
    pub fn take_parts(&mut self, wait: Duration) -> bool {
        let Some(feed) = self.feed.take() else {
            return false;
        };
        let mut next = feed
            .recv_timeout(wait)
            .map_err(|e| e == RecvTimeoutError::Timeout);
        loop {
            match next {
                Ok((part, progress)) => {
                    self.append(part);
                    self.loading = Some(progress);
                }
                Err(true) => {
                    self.feed = Some(feed);
                    return false;
                }
                Err(false) => {
                    self.loading = None;
                    return true;
                }
            }
            next = feed.try_recv().map_err(|e| e == TryRecvError::Empty);
        }
    }

    /// Adds the articles of `part` (read after those already in) and the sidecars it skipped;
    /// the filters in force apply to its passages.
    pub fn append(&mut self, part: Collected) {
        let first_new = self.rows.len();
        for export in part.articles {
            let article = self.articles.len();
            (self.rows).extend(export.rows.into_iter().map(|r| Passage::of_row(article, r)));
            let title = sanitize(&export.title);
            *self.titles.entry(title.clone()).or_default() += 1;
            self.articles.push(PassageArticle {
                path: export.path,
                title,
                meta: export.meta,
                name: sanitize(&export.file),
            });
        }
        self.skipped.extend(part.skipped.iter().map(|s| {
            let name = s.path.file_name().unwrap_or(s.path.as_os_str());
            sanitize(&format!("{}: {}", name.to_string_lossy(), s.problem))
        }));
        if let Some(folded) = self.folded.as_mut() {
            folded.extend(self.rows[first_new..].iter().map(folded_row));
        }
        self.fold_tags(first_new..self.rows.len());
        let passing = self.passing(first_new..self.rows.len());
        self.shown.extend(passing);
    }

    /// The selected passage, if any shows.
    pub fn selected_passage(&self) -> Option<&Passage> {
        self.shown.get(self.selected).map(|&i| &self.rows[i])
    }

    /// Whether another article of the view has the title of `article` (its name then tells
    /// them apart).
    pub fn shares_title(&self, article: &PassageArticle) -> bool {
        self.titles.get(&article.title).is_some_and(|&n| n > 1)
    }

    /// The article of `passage`.
    pub fn article_of(&self, passage: &Passage) -> &PassageArticle {
        &self.articles[passage.article]
    }

    /// How many articles the shown passages come from.
    pub fn shown_articles(&self) -> usize {
        let mut seen = HashSet::new();
        self.shown
            .iter()
            .filter(|&&i| seen.insert(self.rows[i].article))
            .count()
    }

    /// "42 passages in 9 articles", with "(of 50)" when filters hide some.
    pub fn heading(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut heading = format!(
            "{} in {}",
            plural(self.shown.len(), "passage", "passages"),
            plural(self.shown_articles(), "article", "articles")
        );
        if self.filter.is_active() {
            heading.push_str(&format!(" (of {})", self.rows.len()));
        }
        if let Some((done, total)) = self.loading {
            heading.push_str(&format!(" · reading articles, {done} of {total}…"));
        }
        heading
    }

    /// Moves the selection by `delta` passages, stopping at the ends.
    pub fn move_by(&mut self, delta: isize) {
        self.selected = selection::moved(self.selected, delta, self.shown.len());
    }

    /// Selects the first (`false`) or last (`true`) passage.
    pub fn move_to_end(&mut self, last: bool) {
        self.selected = selection::end(last, self.shown.len());
    }

    /// Applies `filter`; the selection stays on the same passage when it still shows, else on
    /// the same place in the list.
    pub fn set_filter(&mut self, filter: PassageFilter) {
        let current = self.selected_key();
        self.filter = filter;
        self.refilter(current);
    }

    fn selected_key(&self) -> Option<(PathBuf, AnnotationId)> {
        let p = self.selected_passage()?;
        Some((self.article_of(p).path.clone(), p.annotation.id.clone()))
    }

    /// Recomputes `shown`, selecting the passage `current` names if it shows.
    fn refilter(&mut self, current: Option<(PathBuf, AnnotationId)>) {
        let place = self.selected;
        self.shown = self.passing(0..self.rows.len());
        let found = current.and_then(|(path, id)| {
            self.shown.iter().position(|&i| {
                let r = &self.rows[i];
                r.annotation.id == id && self.articles[r.article].path == path
            })
        });
        self.selected = found.unwrap_or(place.min(self.shown.len().saturating_sub(1)));
    }

    /// Adds the tags of `rows` to the folded tags.
    fn fold_tags(&mut self, rows: Range<usize>) {
        for tag in self.rows[rows].iter().flat_map(|r| &r.annotation.tags) {
            if !self.folded_tags.contains_key(tag) {
                self.folded_tags.insert(tag.clone(), fold(tag).text);
            }
        }
    }

    /// The indices of `rows` that the filters let through.
    fn passing(&mut self, rows: Range<usize>) -> Vec<usize> {
        let text = fold(&self.filter.text).text.trim().to_string();
        if !text.is_empty() && self.folded.is_none() {
            self.folded = Some(self.rows.iter().map(folded_row).collect());
        }
        let wanted: Vec<String> = self.filter.tags.iter().map(|t| fold(t).text).collect();
        let cache = &self.folded_tags;
        let tags_pass = |row: &Passage| {
            let has =
                |w: &String| (row.annotation.tags.iter()).any(|t| cache.get(t.as_str()) == Some(w));
            if self.filter.any {
                wanted.iter().any(has)
            } else {
                wanted.iter().all(has)
            }
        };
        let folded = self.folded.as_deref().unwrap_or_default();
        rows.filter(|&i| {
            let row = &self.rows[i];
            self.filter.state.is_none_or(|s| s == row.state)
                && (wanted.is_empty() || tags_pass(row))
                && (text.is_empty() || folded.get(i).is_some_and(|f| f.contains(&text)))
        })
        .collect()
    }

    /// The tags of every passage, most used first (then alphabetically).
    pub fn tags_by_use(&self) -> Vec<&str> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for tag in self.rows.iter().flat_map(|r| &r.annotation.tags) {
            *counts.entry(tag).or_default() += 1;
        }
        let mut tags: Vec<(&str, usize)> = counts.into_iter().collect();
        tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        tags.into_iter().map(|(t, _)| t).collect()
    }

    /// `typed` with its last tag completed: the most used tag that starts with it (folded), and
    /// not already typed before it, then a comma for the next; `None` when there is none.
    pub fn complete_tag(&self, typed: &str) -> Option<String> {
        let head = typed.trim_end_matches(|c: char| !is_tag_separator(c));
        let last = fold(typed[head.len()..].trim_start()).text;
        let before = parse_tags(head);
        let tag = self.tags_by_use().into_iter().find(|t| {
            fold(t).text.starts_with(&last) && !before.iter().any(|b| b.as_str() == *t)
        })?;
        let gap = if head.is_empty() { "" } else { " " };
        Some(format!("{head}{gap}{tag}, "))
    }

    /// Replaces the passages of the article at `path` with what its store holds now (after an
    /// edit, a deletion or an undo there, `text` being the article); the filters are applied
    /// again.
    pub fn replace_article(&mut self, path: &Path, text: &Article, store: &Store) {
        let Some(article) = self.articles.iter().position(|a| a.path == path) else {
            return;
        };
        let numbers = ParagraphNumbers::of(text);
        let fresh: Vec<Passage> = store
            .annotations()
            .into_iter()
            .map(|e| {
                let range = e.range.cloned().unwrap_or(e.annotation.range());
                let position = Position::of(text, &numbers, range.clone(), &e.annotation.exact);
                Passage {
                    article,
                    range,
                    state: State::of(e.state),
                    paragraph: position.and_then(|p| p.paragraph),
                    annotation: e.annotation.clone(),
                }
            })
            .collect();
        self.splice(article, fresh);
    }

    /// The articles with a passage carrying a tag `wanted` accepts.
    pub fn articles_with(&self, wanted: impl Fn(&str) -> bool) -> Vec<PathBuf> {
        let mut found: Vec<usize> = (self.rows.iter())
            .filter(|r| r.annotation.tags.iter().any(|t| wanted(t)))
            .map(|r| r.article)
            .collect();
        found.dedup();
        found
            .into_iter()
            .map(|a| self.articles[a].path.clone())
            .collect()
    }

    /// Replaces the passages of the articles `part` holds with its rows (read again after a
    /// change made to them elsewhere); the filters are applied again.
    pub fn reread(&mut self, part: Collected) {
        for export in part.articles {
            let Some(article) = self.articles.iter().position(|a| a.path == export.path) else {
                continue;
            };
            let fresh = (export.rows.into_iter())
                .map(|r| Passage::of_row(article, r))
                .collect();
            self.splice(article, fresh);
        }
    }

    /// `fresh` in place of the passages of `article`, the selection kept on the same passage.
    fn splice(&mut self, article: usize, fresh: Vec<Passage>) {
        let current = self.selected_key();
        let start = self.rows.partition_point(|r| r.article < article);
        let end = self.rows.partition_point(|r| r.article <= article);
        let added = fresh.len();
        self.rows.splice(start..end, fresh);
        self.folded = None;
        self.fold_tags(start..start + added);
        self.refilter(current);
    }
}

/// A passage's quote and note, folded, for the text filter.
fn folded_row(row: &Passage) -> String {
    fold(&format!("{} {}", row.annotation.exact, row.annotation.note)).text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::model::Extra;
    use crate::export::{ExportArticle, Row};

    /// A part holding one article, `name`, with one passage per (quote, tags).
    fn part(name: &str, passages: &[(&str, &[&str])]) -> Collected {
        let rows = passages
            .iter()
            .enumerate()
            .map(|(i, (quote, tags))| Row {
                annotation: Annotation {
                    id: AnnotationId::new(format!("{name}{i}")).unwrap(),
                    start: i,
                    end: i + 1,
                    exact: quote.to_string(),
                    prefix: String::new(),
                    suffix: String::new(),
                    tags: tags.iter().map(|t| t.to_string()).collect(),
                    color: String::new(),
                    note: String::new(),
                    created: None,
                    updated: None,
                    extra: Extra::new(),
                },
                start: i,
                end: i + 1,
                position: None,
                state: State::Anchored,
            })
            .collect();
        let article = ExportArticle {
            path: PathBuf::from(name),
            file: name.into(),
            title: name.into(),
            meta: ArticleMeta::default(),
            text: Default::default(),
            rows,
        };
        Collected {
            articles: vec![article],
            skipped: Vec::new(),
        }
    }

    #[test]
    fn parts_read_later_are_filtered_as_they_come_and_the_selection_stays() {
        let mut view = Passages::from_collected(part("a", &[("أولى", &["طاقة"]), ("ثانية", &[])]));
        view.loading = Some((1, 3));
        view.move_by(1);
        assert!(view.heading().ends_with("reading articles, 1 of 3…"));
        view.set_filter(PassageFilter {
            tags: vec!["طاقه".into()],
            ..PassageFilter::default()
        });
        assert_eq!(view.shown, [0]);
        view.set_filter(PassageFilter {
            text: "ثانيه".into(),
            ..PassageFilter::default()
        });
        assert_eq!(view.shown, [1]);
        view.append(part("b", &[("ثانية أيضا", &["طاقة"])]));
        assert_eq!(
            view.shown,
            [1, 2],
            "the text filter, folded, on the new part"
        );
        assert_eq!(view.selected_passage().unwrap().annotation.exact, "ثانية");
        view.set_filter(PassageFilter {
            tags: vec!["طاقة".into()],
            ..PassageFilter::default()
        });
        view.append(part("c", &[("x", &["طاقة"]), ("y", &["other"])]));
        assert_eq!(view.shown, [0, 2, 3]);
        assert_eq!(view.articles.len(), 3);
        assert_eq!(view.shown_articles(), 3);
    }

    #[test]
    fn parts_are_taken_as_they_come_and_the_end_of_the_feed_ends_loading() {
        let (send, feed) = std::sync::mpsc::channel();
        let mut view = Passages {
            loading: Some((0, 2)),
            feed: Some(feed),
            ..Passages::default()
        };
        assert!(!view.take_parts(Duration::ZERO), "nothing yet");
        send.send((part("a", &[("أولى", &[])]), (1, 2))).unwrap();
        assert!(!view.take_parts(Duration::ZERO));
        assert_eq!((view.rows.len(), view.loading), (1, Some((1, 2))));
        assert!(view.feed.is_some(), "still reading");
        send.send((part("b", &[("ثانية", &[])]), (2, 2))).unwrap();
        drop(send);
        assert!(view.take_parts(Duration::ZERO), "every part in");
        assert_eq!((view.rows.len(), view.loading), (2, None));
        assert!(view.feed.is_none());
        assert!(!view.take_parts(Duration::ZERO), "said once");
    }
}
