//! One article of the library as listed: its file, title, word count, citation metadata,
//! annotation count and tags, filled in from the start of the file and its sidecar; what it is
//! sorted by. Knows nothing about the library it is in, keys or drawing.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::annotate::meta::ArticleMeta;
use crate::text::normalize::fold;
use crate::text::preview::{preview, Preview};
use crate::text::sanitize::sanitize;
use crate::tui::screens::library::groups::not_article;
use crate::tui::screens::library::order::SortKey;

/// Longest title kept (chars): a title is drawn on one row, and a one-paragraph article's title
/// is the whole article.
pub const TITLE_CHARS: usize = 400;

/// One article of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The file.
    pub path: PathBuf,
    /// Its file name, safe to draw.
    pub name: String,
    /// Its title (from its metadata, else its first non-empty line; at most a few hundred
    /// chars, sanitised), for the layout engine.
    pub title: String,
    /// Its citation metadata (empty when its sidecar has none).
    pub meta: ArticleMeta,
    /// Words (runs of non-whitespace).
    pub words: usize,
    /// Whether `words` counts only the start of a large file (there are more).
    pub words_partial: bool,
    /// Why the file cannot be opened, if it cannot.
    pub error: Option<String>,
    /// How many annotations its sidecar holds.
    pub annotations: usize,
    /// Why its sidecar could not be read, if it could not (sanitised).
    pub sidecar_problem: Option<String>,
    /// The group it belongs to (index into
    /// [`Library::groups`](crate::tui::screens::library::state::Library::groups)).
    pub group: usize,
    /// Never opened (set from what the reader remembers; false when nothing is remembered).
    pub unread: bool,
    /// Not read yet: only its name is known (the background reader fills it in).
    pub pending: bool,
    /// When it was fetched (`fetched` in its sidecar), if known.
    pub fetched: Option<String>,
    /// When the file last changed, for ordering feeds when nothing else dates it.
    pub modified: Option<SystemTime>,
    /// The tags of its annotations ([`crate::annotate::model::tag_key`] form, sorted).
    pub tags: Vec<String>,
    /// Its first non-empty line, the title when the metadata has none.
    pub(crate) first_line: String,
    /// Folded title, source and name, for filtering.
    pub(crate) folded: String,
    /// Its whole text folded like search, once a filter needed it.
    pub(crate) content: Option<String>,
}

impl Entry {
    /// Reads the article at `path` for its title and word count.
    pub fn read(path: &Path) -> Entry {
        let mut entry = Entry::listed(path, 0);
        if entry.error.is_none() {
            entry.fill(preview(path, TITLE_CHARS).map_err(|e| e.to_string()));
            entry.modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        }
        entry
    }

    /// The entry of `path` in group `group` before the file is read: its name as its title,
    /// pending (or, when it is not an article, why).
    pub fn listed(path: &Path, group: usize) -> Entry {
        let name = sanitize(
            &path
                .file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy(),
        );
        let error = not_article(path);
        Entry {
            path: path.to_path_buf(),
            folded: fold(&name).text,
            pending: error.is_none(),
            error,
            name,
            first_line: String::new(),
            title: String::new(),
            meta: ArticleMeta::default(),
            words: 0,
            words_partial: false,
            annotations: 0,
            sidecar_problem: None,
            group,
            unread: false,
            fetched: None,
            modified: None,
            tags: Vec::new(),
            content: None,
        }
    }

    /// Takes what the start of the file gave (its preview, or why it cannot be opened).
    pub fn fill(&mut self, read: Result<Preview, String>) {
        self.pending = false;
        match read {
            Ok(p) => {
                self.first_line = p.title;
                (self.words, self.words_partial) = (p.words, !p.whole);
            }
            Err(e) => self.error = Some(e),
        }
        let meta = std::mem::take(&mut self.meta);
        self.set_meta(meta);
    }

    /// Takes `meta` as the entry's metadata: its title (sanitised, cut like a first line) when
    /// it has one, else the first line again.
    pub fn set_meta(&mut self, meta: ArticleMeta) {
        self.title = match &meta.title {
            Some(t) => sanitize(t).chars().take(TITLE_CHARS).collect(),
            None => self.first_line.clone(),
        };
        let source = meta.source.as_deref().unwrap_or("");
        self.folded = fold(&format!("{} {source} {}", self.title, self.name)).text;
        self.meta = meta;
    }

    /// What the entry is sorted by.
    pub(crate) fn sort_key(&self) -> SortKey<'_> {
        SortKey {
            name: &self.name,
            title: &self.title,
            published: self.meta.published.as_deref(),
            annotations: self.annotations,
        }
    }

    /// When it is from, for newest first: published, else fetched, else the file's time (all
    /// as sortable text; RFC 3339 and the file time compare as text well enough).
    pub fn date_key(&self) -> Option<String> {
        let published = self.meta.published.clone();
        published.or_else(|| self.fetched.clone()).or_else(|| {
            let t = self.modified?;
            let secs = t.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_secs();
            let stamp = crate::annotate::time::Timestamp::from_unix(secs as i64, 0)?;
            Some(stamp.to_toml().to_string())
        })
    }
}
