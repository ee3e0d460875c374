//! The annotation data model: what a sidecar file holds, independent of how it is written.
//!
//! Offsets are chars (Unicode scalar values) from the start of the article's text after a BOM,
//! as [`crate::text::Article`] counts them. Knows nothing about TOML syntax, files or terminals.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::sync::{Mutex, PoisonError};

use super::time::Timestamp;

/// The sidecar format version this hamish reads and writes.
pub(crate) const FORMAT_VERSION: i64 = 1;

/// Keys hamish does not know, with their values, kept so that rewriting a file loses nothing.
pub type Extra = toml::Table;

/// An annotation's id: a ULID for annotations hamish makes, any non-empty string in a
/// hand-edited file. Ordered as strings, so ULIDs sort by creation time.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnnotationId(String);

impl AnnotationId {
    /// A new, unique id: a ULID (48-bit millisecond time + 80 random bits, Crockford base32), so
    /// ids sort by creation time and sidecars written in id order list annotations oldest first.
    /// Ids made by one process strictly increase, even within a millisecond (the `ulid` crate's
    /// monotonic generator increments the random part; on overflow it moves to the next
    /// millisecond).
    pub fn generate() -> AnnotationId {
        static GENERATOR: Mutex<ulid::Generator> = Mutex::new(ulid::Generator::new());
        let mut generator = GENERATOR.lock().unwrap_or_else(PoisonError::into_inner);
        let id = match generator.generate() {
            Ok(id) => id,
            Err(overflow) => overflow.commit_overflow_random(),
        };
        AnnotationId(id.to_string())
    }

    /// An id read from a file or given by a caller; `None` if empty.
    pub fn new(id: impl Into<String>) -> Option<AnnotationId> {
        let id = id.into();
        (!id.is_empty()).then_some(AnnotationId(id))
    }

    /// An empty id, only to be overwritten (while parsing).
    pub(crate) fn placeholder() -> AnnotationId {
        AnnotationId(String::new())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One highlighted passage with its tags, colour and note.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Unique within the sidecar; the key for merging.
    pub id: AnnotationId,
    /// First char of the passage (inclusive).
    pub start: usize,
    /// End of the passage (exclusive).
    pub end: usize,
    /// The passage's text when it was last anchored.
    pub exact: String,
    /// Up to [`CONTEXT_CHARS`] chars before the passage.
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] chars after the passage.
    pub suffix: String,
    /// Sorted, without duplicates (in any case) or empty tags (see [`normalize_tags`]).
    pub tags: Vec<String>,
    /// A highlight colour name; `""` means the default. Not checked here: the theme knows the names.
    pub color: String,
    /// Free text, possibly several lines.
    pub note: String,
    /// When the annotation was made (absent only in hand-written entries).
    pub created: Option<Timestamp>,
    /// When its content was last changed; the later one wins when both sides of a merge changed it.
    pub updated: Option<Timestamp>,
    /// Keys of this `[[annotations]]` entry that hamish does not know.
    pub extra: Extra,
}

/// How many chars of context `prefix` and `suffix` hold at most.
pub(crate) const CONTEXT_CHARS: usize = 32;

impl Annotation {
    /// The stored char range `start..end`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// What the `[article]` table says about the annotated article: each key hamish knows, typed
/// (read and written by [`super::sidecar`] alone), and the keys it does not know, kept as written.
/// A known key holding a value of another type (a hand edit such as `title = 3`) is kept among
/// the unknown keys, so that a rewrite loses nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleInfo {
    /// The article's file name (without directories).
    pub file: String,
    /// Lower-case hex SHA-256 of the article's text when the offsets were last verified; `""`
    /// when unknown.
    pub sha256: String,
    /// Its title, as written (citation metadata, like the five after it: [`super::meta`] reads
    /// them trimmed and checked).
    pub title: Option<String>,
    /// The publication.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// When it was published.
    pub published: Option<ArticleDate>,
    /// Its language (a BCP 47 tag such as `ar`).
    pub language: Option<String>,
    /// When `add` or `fetch` saved it.
    pub fetched: Option<ArticleDate>,
    /// The article's absolute path, in a sidecar kept in the data folder rather than beside it.
    pub path: Option<String>,
    /// Keys of `[article]` that hamish does not know.
    pub extra: Extra,
}

/// A date in `[article]`: a TOML date or date-time (what hamish writes), or text a person wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum ArticleDate {
    /// A TOML date (`2024-03-01`) or date-time, with the offset it was given.
    Date(toml::value::Datetime),
    /// A string.
    Text(String),
}

impl fmt::Display for ArticleDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArticleDate::Date(d) => d.fmt(f),
            ArticleDate::Text(t) => f.write_str(t),
        }
    }
}

/// A whole sidecar file.
#[derive(Clone, Debug, PartialEq)]
pub struct Sidecar {
    /// Always [`FORMAT_VERSION`] once read.
    pub version: i64,
    /// The `[article]` table.
    pub article: ArticleInfo,
    /// All annotations, by id (the order they are written in).
    pub annotations: BTreeMap<AnnotationId, Annotation>,
    /// Top-level keys hamish does not know.
    pub extra: Extra,
}

impl Sidecar {
    /// An empty sidecar for the article file named `file`.
    pub fn new(file: impl Into<String>) -> Sidecar {
        Sidecar {
            version: FORMAT_VERSION,
            article: ArticleInfo {
                file: file.into(),
                ..ArticleInfo::default()
            },
            annotations: BTreeMap::new(),
            extra: Extra::new(),
        }
    }
}

/// Whether `c` separates tags typed in one field: a comma, Latin or Arabic (`،`, the one an
/// Arabic keyboard gives); a tag may hold spaces.
pub fn is_tag_separator(c: char) -> bool {
    c == ',' || c == '،'
}

/// Tags typed in one field: split at commas (Latin or Arabic), trimmed, empty ones dropped.
pub fn split_tags(text: &str) -> Vec<String> {
    text.split(is_tag_separator)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Tags as stored: each trimmed, empty ones dropped, without duplicates — compared without
/// regard to case, the first spelling kept, so `Putin` and `putin` are one tag — and sorted
/// (without regard to case, then by spelling).
pub fn normalize_tags<I, S>(tags: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<(String, String)> = tags
        .into_iter()
        .map(|t| t.as_ref().trim().to_owned())
        .filter(|t| !t.is_empty())
        .map(|t| (tag_key(&t), t))
        .filter(|(key, _)| seen.insert(key.clone()))
        .collect();
    out.sort();
    out.into_iter().map(|(_, t)| t).collect()
}

/// What two spellings of one tag have in common: the tag trimmed and lower-cased.
pub fn tag_key(tag: &str) -> String {
    tag.trim().to_lowercase()
}

/// Whether `a` and `b` are one tag (they differ at most in case and surrounding spaces).
pub(crate) fn same_tag(a: &str, b: &str) -> bool {
    tag_key(a) == tag_key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_sorted_and_deduplicated() {
        assert_eq!(
            normalize_tags(["quote", " putin", "", "quote ", "بوتين", "  "]),
            ["putin", "quote", "بوتين"]
        );
    }

    #[test]
    fn tags_differing_only_in_case_are_one_tag_spelled_as_first_given() {
        assert_eq!(
            normalize_tags(["Putin", "quote", " putin ", "PUTIN", "Quote", "بوتين"]),
            ["Putin", "quote", "بوتين"]
        );
        assert_eq!(normalize_tags(["b", "A", "a"]), ["A", "b"]);
        assert!(same_tag(" Putin", "putin") && !same_tag("putin", "poutine"));
    }

    #[test]
    fn generated_ids_are_26_crockford_chars_of_now_and_strictly_increasing() {
        let ids: Vec<AnnotationId> = (0..2000).map(|_| AnnotationId::generate()).collect();
        for id in &ids {
            assert_eq!(id.as_str().len(), 26);
            assert!(
                id.as_str()
                    .bytes()
                    .all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b)),
                "{id}"
            );
        }
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        let ms = ulid::Ulid::from_string(ids[0].as_str())
            .unwrap()
            .timestamp_ms();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64;
        assert!(ms <= now && now - ms < 60_000, "{ms} vs {now}");
    }

    #[test]
    fn ids_must_not_be_empty_and_generated_ones_differ() {
        assert!(AnnotationId::new("").is_none());
        assert_eq!(AnnotationId::new("x").unwrap().as_str(), "x");
        assert_ne!(AnnotationId::generate(), AnnotationId::generate());
    }
}
