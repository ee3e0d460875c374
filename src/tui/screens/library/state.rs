//! The library: the articles (`*.txt`) of a directory, or of the home's groups, with their
//! titles, word counts, annotation counts and citation metadata (from their sidecars), files
//! that are not articles with the reason, a filter over them, the order they are shown in
//! (group by group), and the selected one.
//!
//! [`Library::load`] reads everything at once; [`Library::list`] only lists the files, and the
//! rest is filled in as it is read (`fill.rs`). Knows nothing about keys, terminals or
//! drawing.

use std::io;
use std::path::{Path, PathBuf};

use std::cmp::Ordering;
use std::time::SystemTime;

use crate::library::walk::list_files;
use crate::library::{dir_groups, Group};
use crate::text::preview::preview;
use crate::tui::screens::library::filter::Filter;
use crate::tui::screens::library::groups::stamps;
use crate::tui::screens::library::order::{compare, LibraryOrder};
use crate::tui::screens::selection;

pub use crate::tui::screens::library::entry::{Entry, TITLE_CHARS};

/// Compares two entries as the library lists them: group by group, newest first in a group
/// that is (feeds, when sorted by file name), else in `order`.
fn compare_entries(groups: &[Group], order: LibraryOrder, a: &Entry, b: &Entry) -> Ordering {
    let newest = order == LibraryOrder::Name && groups.get(a.group).is_some_and(|g| g.newest_first);
    a.group.cmp(&b.group).then_with(|| {
        if newest {
            b.date_key()
                .cmp(&a.date_key())
                .then_with(|| a.name.cmp(&b.name))
        } else {
            compare(order, &a.sort_key(), &b.sort_key())
        }
    })
}

/// The library of one directory, or the home.
#[derive(Clone, Debug)]
pub struct Library {
    /// The directory (for the home: the data directory), as the heading shows it.
    pub dir: PathBuf,
    /// The groups, in the order shown (one group: no headings).
    pub groups: Vec<Group>,
    /// Every article, by group then file name.
    pub entries: Vec<Entry>,
    /// The filter typed with `/` ("" for none).
    pub filter: String,
    /// Indices of the entries the filter lets through.
    pub shown: Vec<usize>,
    /// Index into `shown` of the selected entry.
    pub selected: usize,
    /// The order `shown` is in.
    pub order: LibraryOrder,
    /// Whether this is the home (`hamish` with no path).
    pub home: bool,
    /// When each group's directory last changed, as last listed.
    pub(crate) stamps: Vec<Option<SystemTime>>,
}

impl Library {
    /// Reads the files of `dir` and of its subdirectories (at any depth, each a group),
    /// titles and annotation counts included.
    pub fn load(dir: &Path) -> io::Result<Library> {
        let mut library = Library::list(dir.to_path_buf(), dir_groups(dir)?);
        for entry in library.entries.iter_mut().filter(|e| e.pending) {
            entry.fill(preview(&entry.path, TITLE_CHARS).map_err(|e| e.to_string()));
            entry.modified = std::fs::metadata(&entry.path)
                .and_then(|m| m.modified())
                .ok();
        }
        library.refresh_annotations();
        Ok(library)
    }

    /// The files of `groups`, listed only (names; titles and counts pending), for a first
    /// frame that does not wait for them.
    pub fn list(dir: PathBuf, groups: Vec<Group>) -> Library {
        let dirs: Vec<&Path> = groups.iter().map(|g| g.dir.as_path()).collect();
        let stamps = stamps(&dirs);
        let entries = groups
            .iter()
            .enumerate()
            .flat_map(|(g, group)| list_files(&group.dir).into_iter().map(move |p| (g, p)))
            .map(|(g, p)| Entry::listed(&p, g))
            .collect();
        let mut library = Library::from_entries(dir, entries);
        library.groups = groups;
        library.stamps = stamps;
        library.set_filter("");
        library
    }

    /// The articles of the library (every group's `*.txt` files; for the home, the saved
    /// articles, each feed, the configured folders and the samples, with their subfolders),
    /// each named by its place in it. A home group not filled yet lists nothing, which is no
    /// error.
    pub fn articles(&self) -> crate::library::Found {
        crate::library::articles(&self.groups)
    }

    /// A library of the given entries, unfiltered, in one group (`dir`).
    pub fn from_entries(dir: PathBuf, entries: Vec<Entry>) -> Library {
        let shown = (0..entries.len()).collect();
        let group = Group {
            title: dir.display().to_string(),
            dir: dir.clone(),
            hint: None,
            newest_first: false,
            root: dir.clone(),
            label: String::new(),
        };
        Library {
            dir,
            groups: vec![group],
            entries,
            filter: String::new(),
            shown,
            selected: 0,
            order: LibraryOrder::default(),
            home: false,
            stamps: Vec::new(),
        }
    }

    /// Sorts by the next order of the cycle (file name, date, title, annotations); the
    /// selection stays on the same entry.
    pub fn cycle_order(&mut self) {
        self.order = self.order.next();
        let filter = self.filter.clone();
        self.set_filter(&filter);
    }

    /// Shows only entries that [`Filter`] lets through (text in the title, source, file name
    /// or the article itself, folded like search; `#tag` for a tag), group by group in the
    /// library's order; the selection stays on the same entry when it still shows.
    pub fn set_filter(&mut self, filter: &str) {
        let current = self.selected_entry().map(|e| e.path.clone());
        self.filter = filter.to_string();
        let parsed = Filter::parse(filter);
        let mut shown = Vec::with_capacity(self.entries.len());
        for (i, entry) in self.entries.iter_mut().enumerate() {
            if parsed.matches(entry) {
                shown.push(i);
            }
        }
        let (entries, groups, order) = (&self.entries, &self.groups, self.order);
        shown.sort_by(|&a, &b| compare_entries(groups, order, &entries[a], &entries[b]));
        self.shown = shown;
        self.selected = current.and_then(|p| self.select_path(&p)).unwrap_or(0);
    }

    /// Where in `shown` the entry of `path` is.
    fn select_path(&self, path: &Path) -> Option<usize> {
        self.shown
            .iter()
            .position(|&i| self.entries[i].path == path)
    }

    /// Selects the entry of `path` when it shows; whether it does.
    pub fn select(&mut self, path: &Path) -> bool {
        match self.select_path(path) {
            Some(at) => {
                self.selected = at;
                true
            }
            None => false,
        }
    }

    /// The selected entry, if any shows.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.shown.get(self.selected).map(|&i| &self.entries[i])
    }

    /// Moves the selection by `delta` entries, stopping at the ends.
    pub fn move_by(&mut self, delta: isize) {
        self.selected = selection::moved(self.selected, delta, self.shown.len());
    }

    /// Selects the first (`false`) or last (`true`) entry.
    pub fn move_to_end(&mut self, last: bool) {
        self.selected = selection::end(last, self.shown.len());
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
        // A Markdown file is listed with the reason it cannot be opened (it was hidden once).
        assert_eq!(names, ["a.txt", "b.txt", "c.txt", "notes.md"]);
        assert!(lib.entries[3]
            .error
            .as_deref()
            .unwrap()
            .contains("Markdown"));
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
        assert_eq!(lib.shown.len(), 4);
        lib.move_by(5);
        assert_eq!(lib.selected, 3);
        lib.move_by(-9);
        assert_eq!(lib.selected, 0);
        lib.move_to_end(true);
        assert_eq!(lib.selected, 3);
    }

    #[test]
    fn feeds_are_newest_first_by_published_else_fetched_else_file_time() {
        use std::time::{Duration, UNIX_EPOCH};
        let group = |newest_first| Group {
            title: "g".into(),
            dir: PathBuf::from("g"),
            hint: None,
            newest_first,
            root: PathBuf::from("g"),
            label: String::new(),
        };
        let entry = |name: &str, published: Option<&str>, fetched: Option<&str>, secs: u64| {
            let mut e = Entry::listed(Path::new(name), 0);
            e.meta.published = published.map(str::to_string);
            e.fetched = fetched.map(str::to_string);
            e.modified = Some(UNIX_EPOCH + Duration::from_secs(secs));
            e
        };
        let entries = vec![
            entry("a.txt", Some("2024-01-01"), None, 0),
            entry("b.txt", None, Some("2024-06-01T00:00:00Z"), 0),
            entry("c.txt", None, None, 1_750_000_000), // 2025-06-15
            entry("d.txt", Some("2023-01-01"), Some("2025-12-01"), 0),
        ];
        let mut lib = Library::from_entries(PathBuf::from("g"), entries);
        lib.groups = vec![group(true)];
        lib.set_filter("");
        let names: Vec<_> = lib
            .shown
            .iter()
            .map(|&i| lib.entries[i].name.as_str())
            .collect();
        assert_eq!(names, ["c.txt", "b.txt", "a.txt", "d.txt"]);
        lib.groups = vec![group(false)];
        lib.set_filter("");
        let names: Vec<_> = lib
            .shown
            .iter()
            .map(|&i| lib.entries[i].name.as_str())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt", "c.txt", "d.txt"], "by name");
    }
}
