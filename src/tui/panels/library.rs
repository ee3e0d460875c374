//! The library: the articles (`*.txt`) of a directory with their titles, word counts,
//! annotation counts and citation metadata (from their sidecars), a filter over them, the order
//! they are shown in, and the selected one.
//!
//! Reads the directory and the files once (the annotation counts again when the reader comes
//! back from an article); knows nothing about keys, terminals or drawing.

use std::io;
use std::path::{Path, PathBuf};

use crate::annotate::library::scan_library;
use crate::annotate::meta::ArticleMeta;
use crate::text::normalize::fold;
use crate::text::preview::preview;
use crate::text::sanitize::sanitize;
use crate::tui::panels::library_order::{compare, LibraryOrder, SortKey};

/// Longest title kept (chars): a title is drawn on one row, and a one-paragraph article's title
/// is the whole article.
const TITLE_CHARS: usize = 400;

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
    /// Its first non-empty line, the title when the metadata has none.
    first_line: String,
    /// Folded title, source and name, for filtering.
    folded: String,
}

impl Entry {
    /// Reads the article at `path` for its title and word count.
    pub fn read(path: &Path) -> Entry {
        let name = sanitize(
            &path
                .file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy(),
        );
        // Only the start of the file is read: a directory of huge files lists at once.
        let (title, words, words_partial, error) = match preview(path, TITLE_CHARS) {
            Ok(p) => (p.title, p.words, !p.whole, None),
            Err(e) => (String::new(), 0, false, Some(e.to_string())),
        };
        let folded = fold(&format!("{title} {name}")).text;
        Entry {
            path: path.to_path_buf(),
            name,
            first_line: title.clone(),
            title,
            meta: ArticleMeta::default(),
            words,
            words_partial,
            error,
            annotations: 0,
            sidecar_problem: None,
            folded,
        }
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
    fn sort_key(&self) -> SortKey<'_> {
        SortKey {
            name: &self.name,
            title: &self.title,
            published: self.meta.published.as_deref(),
            annotations: self.annotations,
        }
    }

    fn matches(&self, filter: &str) -> bool {
        let needle = fold(filter).text;
        let needle = needle.trim();
        needle.is_empty() || self.folded.contains(needle)
    }
}

/// The library of one directory.
#[derive(Clone, Debug)]
pub struct Library {
    /// The directory.
    pub dir: PathBuf,
    /// Every article, by file name.
    pub entries: Vec<Entry>,
    /// The filter typed with `/` ("" for none).
    pub filter: String,
    /// Indices of the entries the filter lets through.
    pub shown: Vec<usize>,
    /// Index into `shown` of the selected entry.
    pub selected: usize,
    /// The order `shown` is in.
    pub order: LibraryOrder,
}

impl Library {
    /// Reads the `*.txt` files of `dir` (not its subdirectories).
    pub fn load(dir: &Path) -> io::Result<Library> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt") && !p.is_dir())
            .collect();
        paths.sort();
        let entries = paths.iter().map(|p| Entry::read(p)).collect();
        let mut library = Library::from_entries(dir.to_path_buf(), entries);
        library.refresh_annotations();
        Ok(library)
    }

    /// Reads the annotation counts and metadata again from the sidecars, in one pass (an
    /// unreadable directory leaves them as they were); the order and selection follow.
    pub fn refresh_annotations(&mut self) {
        let Ok(index) = scan_library(&self.dir) else {
            return;
        };
        // By file name, so a directory of many articles is matched in one pass, not one per entry.
        let counts: std::collections::HashMap<_, usize> = index
            .counts
            .iter()
            .filter_map(|(p, &n)| Some((p.file_name()?, n)))
            .collect();
        let metas: std::collections::HashMap<_, &ArticleMeta> = index
            .meta
            .iter()
            .filter_map(|(p, m)| Some((p.file_name()?, m)))
            .collect();
        for entry in &mut self.entries {
            let file = entry.path.file_name().map(std::ffi::OsStr::to_os_string);
            let name = file.as_deref();
            entry.annotations = name.and_then(|n| counts.get(n)).copied().unwrap_or(0);
            let meta = name.and_then(|n| metas.get(n)).copied().cloned();
            entry.set_meta(meta.unwrap_or_default());
            entry.sidecar_problem = index.problems.iter().find_map(|(p, problem)| {
                let sidecar = p.file_name()?.to_string_lossy();
                let article = sidecar.strip_suffix(crate::annotate::location::SIDECAR_SUFFIX)?;
                (Some(std::ffi::OsStr::new(article)) == name)
                    .then(|| sanitize(&format!("annotations unreadable: {problem}")))
            });
        }
        let filter = self.filter.clone();
        self.set_filter(&filter);
    }

    /// A library of the given entries, unfiltered.
    pub fn from_entries(dir: PathBuf, entries: Vec<Entry>) -> Library {
        let shown = (0..entries.len()).collect();
        Library {
            dir,
            entries,
            filter: String::new(),
            shown,
            selected: 0,
            order: LibraryOrder::default(),
        }
    }

    /// Sorts by the next order of the cycle (file name, date, title, annotations); the
    /// selection stays on the same entry.
    pub fn cycle_order(&mut self) {
        self.order = self.order.next();
        let filter = self.filter.clone();
        self.set_filter(&filter);
    }

    /// Shows only entries whose title, source or file name contains `filter` (folded like
    /// search), in the library's order; the selection stays on the same entry when it still shows.
    pub fn set_filter(&mut self, filter: &str) {
        let current = self.selected_entry().map(|e| e.path.clone());
        self.filter = filter.to_string();
        self.shown = (0..self.entries.len())
            .filter(|&i| self.entries[i].matches(filter))
            .collect();
        let (entries, order) = (&self.entries, self.order);
        self.shown
            .sort_by(|&a, &b| compare(order, &entries[a].sort_key(), &entries[b].sort_key()));
        self.selected = current
            .and_then(|p| self.shown.iter().position(|&i| self.entries[i].path == p))
            .unwrap_or(0);
    }

    /// The selected entry, if any shows.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.shown.get(self.selected).map(|&i| &self.entries[i])
    }

    /// Moves the selection by `delta` entries, stopping at the ends.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.shown.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Selects the first (`false`) or last (`true`) entry.
    pub fn move_to_end(&mut self, last: bool) {
        self.selected = if last {
            self.shown.len().saturating_sub(1)
        } else {
            0
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_titles_words_and_errors_and_filters() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("b.txt"),
            "\nالإسلام والعلم\nنص من أربع كلمات\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("a.txt"), "Hello world\n").unwrap();
        std::fs::write(dir.path().join("c.txt"), b"bad\0file").unwrap();
        std::fs::write(dir.path().join("notes.md"), "not an article").unwrap();
        std::fs::create_dir(dir.path().join("d.txt")).unwrap();
        let mut lib = Library::load(dir.path()).unwrap();
        let names: Vec<_> = lib.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.txt", "c.txt"]);
        assert_eq!(lib.entries[1].title, "الإسلام والعلم");
        assert_eq!(lib.entries[1].words, 6);
        assert!(lib.entries[2].error.as_deref().unwrap().contains("binary"));
        lib.move_by(1);
        lib.set_filter("الاسلام");
        assert_eq!(lib.shown, [1]);
        assert_eq!(lib.selected_entry().unwrap().name, "b.txt");
        lib.set_filter("HELLO");
        assert_eq!(lib.shown, [0]);
        lib.set_filter("nothing like it");
        assert!(lib.selected_entry().is_none());
        lib.move_by(1);
        lib.set_filter("");
        assert_eq!(lib.shown.len(), 3);
        lib.move_by(5);
        assert_eq!(lib.selected, 2);
        lib.move_by(-9);
        assert_eq!(lib.selected, 0);
        lib.move_to_end(true);
        assert_eq!(lib.selected, 2);
    }
}
