//! Collecting the annotations of a library as rows to export: the articles of a library or of
//! the paths given ([`crate::library`]: folders walked with their subfolders, each article
//! named by its place in the library), their
//! sidecars (read only: exporting never writes one), where each annotation stands in the article
//! as it is now (a position only where the article's text holds the quote), and the filters
//! (tags, any or all; states).
//!
//! Articles are read in parallel. A sidecar that cannot be read or does not parse is a
//! [`Skipped`] entry and the rest goes on.
//! Knows nothing about output formats or terminals.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::annotate::anchor::{anchor_all, AnchorState, AnchorText, Resolution};
use crate::annotate::fingerprint::sha256_hex;
use crate::annotate::meta::ArticleMeta;
use crate::annotate::model::{Annotation, Sidecar};
use crate::annotate::sidecar::parse_bytes;
use crate::library::{find, Found, LibraryArticle};
use crate::text::Article;
use crate::text::ParagraphNumbers;

use super::row::{ExportArticle, Position, Row, State};

/// Which annotations to export.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Tags asked for; empty: every annotation.
    pub tags: Vec<String>,
    /// With several tags: any of them (else all of them).
    pub any: bool,
    /// Only annotations in these states; empty: in any state.
    pub states: std::collections::BTreeSet<State>,
}

impl Filter {
    /// Whether `row` passes.
    pub(crate) fn accepts(&self, row: &Row) -> bool {
        let tags_ok = self.tags.is_empty()
            || if self.any {
                self.tags.iter().any(|t| row.tags().contains(t))
            } else {
                self.tags.iter().all(|t| row.tags().contains(t))
            };
        tags_ok && (self.states.is_empty() || self.states.contains(&row.state))
    }
}

/// A file left out, and why (the message holds a line number for a sidecar that does not parse).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The sidecar or article.
    pub path: PathBuf,
    /// What is wrong.
    pub problem: String,
}

/// Everything collected.
#[derive(Clone, Debug, Default)]
pub struct Collected {
    /// Articles with at least one annotation that passed the filter, in library order (group
    /// by group, each folder's files by name).
    pub articles: Vec<ExportArticle>,
    /// Files left out.
    pub skipped: Vec<Skipped>,
}

impl Collected {
    /// How many rows in all.
    pub fn row_count(&self) -> usize {
        self.articles.iter().map(|a| a.rows.len()).sum()
    }
}

/// The paths given that name nothing, as skipped.
fn not_found(found: &Found) -> Vec<Skipped> {
    found
        .missing
        .iter()
        .map(|(path, problem)| Skipped {
            path: path.clone(),
            problem: problem.clone(),
        })
        .collect()
}

/// Collects the annotations of the articles `paths` names that pass `filter`.
pub fn collect(paths: &[PathBuf], filter: &Filter) -> Collected {
    collect_reporting(&find(paths), filter, &NoProgress)
}

/// Told how far collecting has got (from several threads).
pub(crate) trait Progress: Sync {
    /// Before reading: how many articles there are.
    fn start(&self, total: usize);
    /// One more article read.
    fn tick(&self);
}

/// A [`Progress`] that says nothing.
pub(crate) struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: usize) {}
    fn tick(&self) {}
}

/// The annotations of the articles `found` (a library, or what paths named) that pass `filter`,
/// each article's `file` its name in the library; telling `progress` how far it has got.
pub(crate) fn collect_reporting(
    found: &Found,
    filter: &Filter,
    progress: &dyn Progress,
) -> Collected {
    gather(found, progress, |p| read_article(p, filter))
}

/// The annotations as stored, without reading the articles or anchoring: enough for counting
/// tags (every row's state says `Anchored`, it has no position, its article's text is empty and
/// its title the file name). Several times faster than [`collect`].
pub fn collect_stored(paths: &[PathBuf]) -> Collected {
    collect_stored_found(&find(paths))
}

/// [`collect_stored`] of the articles `found`.
pub(crate) fn collect_stored_found(found: &Found) -> Collected {
    gather(found, &NoProgress, read_stored)
}

fn gather(
    found: &Found,
    progress: &dyn Progress,
    read: impl Fn(&Path) -> ArticleResult + Sync,
) -> Collected {
    let mut skipped = not_found(found);
    progress.start(found.articles.len());
    let read = |a: &LibraryArticle| {
        let r = named(read(&a.path), a);
        progress.tick();
        r
    };
    let mut out = Collected::default();
    for result in read_in_parallel(&found.articles, &read) {
        out.add(result);
    }
    skipped.append(&mut out.skipped);
    out.skipped = skipped;
    out
}

/// [`collect`] in parts of at most `part` articles, in path order, each part read in parallel:
/// `each` is given every part as soon as it is read, with how many articles have been read of
/// how many, and returns false to stop (for a view that shows the first rows while the rest are
/// read). Paths that name nothing come with the first part.
pub fn collect_in_parts(
    found: &Found,
    filter: &Filter,
    part: usize,
    mut each: impl FnMut(Collected, (usize, usize)) -> bool,
) {
    let total = found.articles.len();
    let mut first = Some(not_found(found));
    let read = |a: &LibraryArticle| named(read_article(&a.path, filter), a);
    for (n, chunk) in found.articles.chunks(part.max(1)).enumerate() {
        let mut out = Collected::default();
        for result in read_in_parallel(chunk, &read) {
            out.add(result);
        }
        if let Some(mut skipped) = first.take() {
            skipped.append(&mut out.skipped);
            out.skipped = skipped;
        }
        let done = (n * part.max(1) + chunk.len()).min(total);
        if !each(out, (done, total)) {
            return;
        }
    }
    if let Some(skipped) = first {
        let out = Collected {
            articles: Vec::new(),
            skipped,
        };
        each(out, (0, 0));
    }
}

impl Collected {
    /// Takes one article's result: its rows when it has any, or why it was left out.
    fn add(&mut self, result: ArticleResult) {
        match result {
            Ok(Some(a)) if !a.rows.is_empty() => self.articles.push(a),
            Ok(_) => {}
            Err(s) => self.skipped.push(s),
        }
    }
}

type ArticleResult = Result<Option<ExportArticle>, Skipped>;

/// `result` with the article named by its place in the library.
fn named(result: ArticleResult, article: &LibraryArticle) -> ArticleResult {
    result.map(|a| {
        a.map(|mut a| {
            a.file.clone_from(&article.name);
            a
        })
    })
}

/// `read` of each article, on as many threads as there are cores, in the order given.
fn read_in_parallel<T: Sync>(
    paths: &[T],
    read: &(impl Fn(&T) -> ArticleResult + Sync),
) -> Vec<ArticleResult> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(read).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// The sidecar to read for `article`, if there is one.
fn sidecar_of(article: &Path) -> Option<PathBuf> {
    crate::annotate::location::existing_sidecar(article)
}

/// The sidecar of the article at `path` as it is on disk (read only), `None` if it has none.
pub(crate) fn read_sidecar(path: &Path) -> Result<Option<Sidecar>, Skipped> {
    let Some(sidecar_path) = sidecar_of(path) else {
        return Ok(None);
    };
    let skip = |problem: String| Skipped {
        path: sidecar_path.clone(),
        problem,
    };
    let bytes = crate::regular_file::read(&sidecar_path, crate::regular_file::SIDECAR)
        .map_err(|e| skip(e.to_string()))?;
    parse_bytes(&bytes)
        .map(Some)
        .map_err(|e| skip(e.to_string()))
}

fn read_stored(path: &Path) -> ArticleResult {
    let Some(sidecar) = read_sidecar(path)? else {
        return Ok(None);
    };
    let file = file_name(path);
    let rows = sidecar
        .annotations
        .into_values()
        .map(|a| Row {
            start: a.start,
            end: a.end,
            position: None,
            state: State::Anchored,
            annotation: a,
        })
        .collect();
    Ok(Some(ExportArticle {
        path: path.to_path_buf(),
        title: file.clone(),
        file,
        meta: ArticleMeta::from_info(&sidecar.article),
        text: Arc::default(),
        rows,
    }))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One article's rows; `Ok(None)` when it has no sidecar.
pub(crate) fn read_article(path: &Path, filter: &Filter) -> Result<Option<ExportArticle>, Skipped> {
    let skip = |p: &Path, problem: String| Skipped {
        path: p.to_path_buf(),
        problem,
    };
    let Some(sidecar) = read_sidecar(path)? else {
        return Ok(None);
    };
    let article = Article::load(path).map_err(|e| skip(path, e.to_string()))?;
    let text = article.shared_text();
    let meta = ArticleMeta::from_info(&sidecar.article);
    let verified = sidecar.article.sha256 == sha256_hex(text.as_bytes());
    let list: Vec<&Annotation> = sidecar.annotations.values().collect();
    let resolutions = anchor_all(&AnchorText::new(&text), verified, &list);
    let numbers = ParagraphNumbers::of(&article);
    let mut rows: Vec<Row> = list
        .iter()
        .zip(resolutions)
        .map(|(a, r)| row(&article, &numbers, (*a).clone(), r))
        .filter(|r| filter.accepts(r))
        .collect();
    rows.sort_by(|a, b| {
        (a.state == State::Orphaned, a.start, a.end, &a.annotation.id).cmp(&(
            b.state == State::Orphaned,
            b.start,
            b.end,
            &b.annotation.id,
        ))
    });
    let file = file_name(path);
    let title = meta
        .title
        .clone()
        .or_else(|| article.title().map(str::to_owned))
        .unwrap_or_else(|| file.clone());
    Ok(Some(ExportArticle {
        path: path.to_path_buf(),
        file,
        title,
        meta,
        text: Arc::clone(&text),
        rows,
    }))
}

/// The row of annotation `a` of `article` anchored as `r`: its position only where the text
/// now holds its quote.
fn row(article: &Article, numbers: &ParagraphNumbers, mut a: Annotation, r: Resolution) -> Row {
    if let Some((range, quote)) = r.update {
        (a.start, a.end) = (range.start, range.end);
        (a.exact, a.prefix, a.suffix) = (quote.exact, quote.prefix, quote.suffix);
    }
    let shown = r.state.shown_range(&a);
    let position = shown
        .clone()
        .and_then(|s| Position::of(article, numbers, s, &a.exact));
    let shown = shown.unwrap_or(a.range());
    Row {
        start: shown.start,
        end: shown.end,
        position,
        state: State::of(&r.state),
        annotation: a,
    }
}

impl State {
    /// The export state of an anchoring result.
    pub fn of(state: &AnchorState) -> State {
        match state {
            AnchorState::Anchored => State::Anchored,
            AnchorState::Moved { .. } => State::Moved,
            AnchorState::NeedsReview { .. } => State::NeedsReview,
            AnchorState::Orphaned => State::Orphaned,
        }
    }
}
