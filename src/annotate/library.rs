//! What a library directory's sidecars hold, for the library view (annotation counts and citation
//! metadata per article) and for completing tags (every tag used anywhere in the library).
//!
//! Reads the `*.annotations.toml` files beside the articles and the XDG fallback files of the
//! directory's articles, with the same precedence as [`super::location`]. A sidecar that does
//! not parse is listed as a problem, not an error. Knows nothing about terminals.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::location::{absolute, fallback_path, is_writable, SIDECAR_SUFFIX};
use super::meta::ArticleMeta;
use super::model::tag_key;
use super::sidecar::{parse_bytes, ParseError};

/// Annotation counts and tags of one directory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LibraryIndex {
    /// Annotations per article path (articles without annotations are absent).
    pub counts: BTreeMap<PathBuf, usize>,
    /// Citation metadata per article path, read in the same pass (articles without any are
    /// absent).
    pub meta: BTreeMap<PathBuf, ArticleMeta>,
    /// Every tag used, with how many annotations carry it.
    pub tags: BTreeMap<String, usize>,
    /// Sidecars that could not be read or parsed.
    pub problems: Vec<(PathBuf, Problem)>,
    /// The tags of each article's annotations ([`tag_key`] form, sorted, once each; articles
    /// without tags are absent), for filtering the library by tag.
    pub tags_of: BTreeMap<PathBuf, Vec<String>>,
    /// When each article was fetched (`fetched` in its `[article]` table, as written).
    pub fetched: BTreeMap<PathBuf, String>,
}

/// Why a sidecar was skipped.
#[derive(Debug)]
pub enum Problem {
    /// Reading failed.
    Io(io::Error),
    /// It does not parse.
    Parse(ParseError),
}

impl Clone for Problem {
    fn clone(&self) -> Problem {
        match self {
            Problem::Io(e) => Problem::Io(io::Error::new(e.kind(), e.to_string())),
            Problem::Parse(e) => Problem::Parse(e.clone()),
        }
    }
}

impl PartialEq for Problem {
    fn eq(&self, other: &Problem) -> bool {
        match (self, other) {
            (Problem::Io(a), Problem::Io(b)) => a.kind() == b.kind(),
            (Problem::Parse(a), Problem::Parse(b)) => a == b,
            _ => false,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Io(e) => write!(f, "{e}"),
            Problem::Parse(e) => write!(f, "{e}"),
        }
    }
}

impl LibraryIndex {
    /// Tags in order of use (most used first, then alphabetically), for completion.
    /// Spellings that differ only in case are one tag, offered in its most used spelling.
    pub fn tags_by_use(&self) -> Vec<&str> {
        // key → (uses of all spellings, most used spelling, its uses)
        let mut merged: BTreeMap<String, (usize, &str, usize)> = BTreeMap::new();
        for (t, &n) in &self.tags {
            let entry = merged.entry(tag_key(t)).or_insert((0, t.as_str(), 0));
            entry.0 += n;
            if n > entry.2 {
                (entry.1, entry.2) = (t.as_str(), n);
            }
        }
        let mut tags: Vec<(&str, usize)> = merged.into_values().map(|(n, t, _)| (t, n)).collect();
        tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        tags.into_iter().map(|(t, _)| t).collect()
    }
}

/// Tags to complete from: `library`'s in their order (most used first), then those of the open
/// article that the library lacks, in the order given. Linear in the number of tags (a set
/// remembers what is listed): 100,000 tags once took 26 s here, each looked up in a list. Tags
/// differing only in case are one ([`tag_key`]): the first spelling is kept.
pub fn completion_tags<'a>(
    library: &'a [String],
    article: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut tags = Vec::with_capacity(library.len());
    let all = library.iter().map(String::as_str).chain(article);
    for tag in all {
        if seen.insert(tag_key(tag)) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// Scans the directory `dir`.
pub fn scan_library(dir: &Path) -> io::Result<LibraryIndex> {
    let dir = fs::canonicalize(dir)?;
    let writable = is_writable(&dir);
    let mut articles: BTreeMap<PathBuf, Option<PathBuf>> = BTreeMap::new();
    for entry in fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        if let Some(article) = name.strip_suffix(SIDECAR_SUFFIX) {
            articles.insert(dir.join(article), Some(entry.path()));
        } else if entry.file_type().is_ok_and(|t| t.is_file()) {
            articles.entry(entry.path()).or_insert(None);
        }
    }
    let mut index = LibraryIndex::default();
    for (article, beside) in articles {
        // Named by the resolved path, as the store names it.
        let resolved = absolute(&article).unwrap_or_else(|_| article.clone());
        let fallback = fallback_path(&resolved).filter(|p| p.is_file());
        // The file the store would use: beside when the directory is writable, else the
        // fallback; either way the other one when the first does not exist.
        let sidecar = if writable {
            beside.or(fallback)
        } else {
            fallback.or(beside)
        };
        let Some(sidecar) = sidecar else { continue };
        match crate::regular_file::read(&sidecar, crate::regular_file::SIDECAR) {
            Err(e) => index.problems.push((sidecar, Problem::Io(e))),
            Ok(bytes) => match parse_bytes(&bytes) {
                Err(e) => index.problems.push((sidecar, Problem::Parse(e))),
                Ok(s) => record(&mut index, article, &s),
            },
        }
    }
    Ok(index)
}

/// Adds what sidecar `s` of `article` holds to `index`.
fn record(index: &mut LibraryIndex, article: PathBuf, s: &super::model::Sidecar) {
    let meta = ArticleMeta::from_info(&s.article);
    if !meta.is_empty() {
        index.meta.insert(article.clone(), meta);
    }
    if !s.annotations.is_empty() {
        index.counts.insert(article.clone(), s.annotations.len());
    }
    for tag in s.annotations.values().flat_map(|a| &a.tags) {
        *index.tags.entry(tag.clone()).or_default() += 1;
    }
    let mut keys: Vec<String> = s
        .annotations
        .values()
        .flat_map(|a| a.tags.iter().map(|t| tag_key(t)))
        .collect();
    keys.sort();
    keys.dedup();
    if !keys.is_empty() {
        index.tags_of.insert(article.clone(), keys);
    }
    if let Some(fetched) = &s.article.fetched {
        index.fetched.insert(article.clone(), fetched.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_differing_in_case_are_offered_once_in_the_most_used_spelling() {
        let index = LibraryIndex {
            tags: [("Putin", 1), ("putin", 3), ("quote", 3), ("PUTIN", 1)]
                .map(|(t, n)| (t.to_string(), n))
                .into_iter()
                .collect(),
            ..LibraryIndex::default()
        };
        assert_eq!(index.tags_by_use(), ["putin", "quote"]);
    }
}
