//! Filling the library in: titles and word counts as the files are read, annotation counts,
//! metadata and tags from each group's sidecars, the unread marks, and listing again when a
//! group's directory changed (new files appear, removed ones go, what was read stays).
//!
//! Data only (the reading itself may happen on another thread, see `tui::library_reader`);
//! knows nothing about keys, terminals or drawing.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::annotate::library::{scan_library, LibraryIndex};
use crate::annotate::location::SIDECAR_SUFFIX;
use crate::annotate::meta::ArticleMeta;
use crate::annotate::model::{tag_key, Sidecar};
use crate::library::walk::list_files;
use crate::library::Group;
use crate::text::preview::Preview;
use crate::text::sanitize::sanitize;
use crate::tui::screens::library::groups::stamps;
use crate::tui::screens::library::state::{Entry, Library};

/// What reading one file gave: its preview (or why it cannot be opened) and its time.
#[derive(Clone, Debug)]
pub struct Read {
    /// The file.
    pub path: PathBuf,
    /// Its title and words, or why not.
    pub preview: Result<Preview, String>,
    /// When it last changed.
    pub modified: Option<SystemTime>,
}

impl Library {
    /// Reads the annotation counts, metadata and tags again from every group's sidecars (an
    /// unreadable directory leaves its entries as they were); the order and selection follow.
    pub fn refresh_annotations(&mut self) {
        for g in 0..self.groups.len() {
            if let Ok(index) = scan_library(&self.groups[g].dir) {
                self.apply_index_quietly(g, &index);
            }
        }
        self.refilter();
    }

    /// Takes what was read of some files (entries no longer listed are skipped).
    pub fn apply_reads(&mut self, reads: Vec<Read>) {
        let at: HashMap<&Path, usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.path.as_path(), i))
            .collect();
        let found: Vec<(usize, Read)> = reads
            .into_iter()
            .filter_map(|r| Some((*at.get(r.path.as_path())?, r)))
            .collect();
        for (i, read) in found {
            let entry = &mut self.entries[i];
            entry.modified = read.modified;
            entry.fill(read.preview);
        }
        self.refilter();
    }

    /// Takes group `group`'s sidecar index.
    pub fn apply_index(&mut self, group: usize, index: &LibraryIndex) {
        self.apply_index_quietly(group, index);
        self.refilter();
    }

    /// [`Library::apply_index`] without re-sorting. Matched by file name within the group, so
    /// a directory of many articles is matched in one pass (the index names resolved paths).
    fn apply_index_quietly(&mut self, group: usize, index: &LibraryIndex) {
        fn by_name<T>(map: &std::collections::BTreeMap<PathBuf, T>) -> HashMap<&OsStr, &T> {
            map.iter()
                .filter_map(|(p, v)| Some((p.file_name()?, v)))
                .collect()
        }
        let counts = by_name(&index.counts);
        let metas = by_name(&index.meta);
        let tags = by_name(&index.tags_of);
        let fetched = by_name(&index.fetched);
        let problems: HashMap<&OsStr, String> = index
            .problems
            .iter()
            .filter_map(|(p, problem)| {
                let sidecar = p.file_name()?.to_str()?;
                let article = sidecar.strip_suffix(SIDECAR_SUFFIX)?;
                let why = sanitize(&format!("annotations unreadable: {problem}"));
                Some((OsStr::new(article), why))
            })
            .collect();
        for entry in self.entries.iter_mut().filter(|e| e.group == group) {
            let Some(name) = entry.path.file_name().map(OsStr::to_os_string) else {
                continue;
            };
            let name = name.as_os_str();
            entry.annotations = counts.get(name).map_or(0, |&&n| n);
            let meta: Option<ArticleMeta> = metas.get(name).map(|&m| m.clone());
            entry.set_meta(meta.unwrap_or_default());
            entry.tags = tags.get(name).map(|&t| t.clone()).unwrap_or_default();
            entry.fetched = fetched.get(name).map(|&f| f.clone());
            entry.sidecar_problem = problems.get(name).cloned();
        }
    }

    /// Takes what the open article's store knows of it (after it was closed): its annotation
    /// count, tags and metadata, without reading any file; false when it is not listed.
    pub fn update_entry(&mut self, path: &Path, sidecar: &Sidecar, meta: ArticleMeta) -> bool {
        let Some(entry) = self.entries.iter_mut().find(|e| e.path == path) else {
            return false;
        };
        entry.annotations = sidecar.annotations.len();
        let mut tags: Vec<String> = sidecar
            .annotations
            .values()
            .flat_map(|a| a.tags.iter().map(|t| tag_key(t)))
            .collect();
        tags.sort();
        tags.dedup();
        entry.tags = tags;
        entry.sidecar_problem = None;
        entry.set_meta(meta);
        self.refilter();
        true
    }

    /// Reads group `group`'s sidecars again (after an article of it was closed).
    pub fn refresh_group(&mut self, group: usize) {
        if let Some(index) = self
            .groups
            .get(group)
            .and_then(|g| scan_library(&g.dir).ok())
        {
            self.apply_index(group, &index);
        }
    }

    /// Takes new groups (the home after a feed was added or removed): entries of groups that
    /// stay are kept (what was read with them), those of groups gone are dropped; a new group's
    /// files are listed by the next [`Library::relist`] of [`Library::changed_groups`].
    pub fn set_groups(&mut self, groups: Vec<Group>) {
        let old = std::mem::replace(&mut self.groups, groups);
        let moved: Vec<Option<usize>> = old
            .iter()
            .map(|o| self.groups.iter().position(|g| g.dir == o.dir))
            .collect();
        self.entries
            .retain_mut(|e| match moved.get(e.group).copied().flatten() {
                Some(g) => {
                    e.group = g;
                    true
                }
                None => false,
            });
        let old_stamps = std::mem::take(&mut self.stamps);
        self.stamps = self
            .groups
            .iter()
            .map(|g| {
                let was = old.iter().position(|o| o.dir == g.dir)?;
                // A new group counts as changed, so that it is listed.
                old_stamps.get(was).copied().flatten()
            })
            .collect();
        for (g, stamp) in self.stamps.iter_mut().enumerate() {
            if !old.iter().any(|o| o.dir == self.groups[g].dir) {
                *stamp = Some(SystemTime::UNIX_EPOCH);
            }
        }
        self.refilter();
    }

    /// Sorts and filters again with the current filter and order.
    pub fn refilter(&mut self) {
        let filter = self.filter.clone();
        self.set_filter(&filter);
    }

    /// Sets each entry's unread mark: `unread(path)` for articles, never for other files.
    pub fn mark_unread(&mut self, unread: impl Fn(&Path) -> bool) {
        for entry in &mut self.entries {
            entry.unread = entry.error.is_none() && unread(&entry.path);
        }
    }

    /// The groups whose directories changed since they were last listed.
    pub fn changed_groups(&self) -> Vec<usize> {
        let dirs: Vec<&Path> = self.groups.iter().map(|g| g.dir.as_path()).collect();
        let now = stamps(&dirs);
        (0..self.groups.len())
            .filter(|&g| self.stamps.get(g) != now.get(g))
            .collect()
    }

    /// Lists the directories of `groups` again: new files are added (pending), files gone are
    /// removed, the rest stay as read. Returns the new files' paths (to be read).
    pub fn relist(&mut self, groups: &[usize]) -> Vec<PathBuf> {
        let dirs: Vec<&Path> = self.groups.iter().map(|g| g.dir.as_path()).collect();
        self.stamps = stamps(&dirs);
        let mut added = Vec::new();
        for &g in groups {
            let Some(group) = self.groups.get(g) else {
                continue;
            };
            let files = list_files(&group.dir);
            let listed: std::collections::HashSet<&Path> =
                files.iter().map(PathBuf::as_path).collect();
            self.entries
                .retain(|e| e.group != g || listed.contains(e.path.as_path()));
            let known: std::collections::HashSet<PathBuf> = self
                .entries
                .iter()
                .filter(|e| e.group == g)
                .map(|e| e.path.clone())
                .collect();
            for path in files.iter().filter(|p| !known.contains(*p)) {
                let entry = Entry::listed(path, g);
                if entry.pending {
                    added.push(path.clone());
                }
                self.entries.push(entry);
            }
        }
        self.refilter();
        added
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::dir_groups;

    #[test]
    fn listed_entries_fill_in_and_new_files_appear() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Alpha\nx\n").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b.txt"), "Beta\nx y\n").unwrap();
        let mut lib = Library::list(dir.path().into(), dir_groups(dir.path()).unwrap());
        assert!(lib.entries.iter().all(|e| e.pending && e.title.is_empty()));
        assert_eq!(lib.entries[1].group, 1);
        let reads = lib
            .entries
            .iter()
            .map(|e| Read {
                path: e.path.clone(),
                preview: crate::text::preview::preview(&e.path, 100).map_err(|e| e.to_string()),
                modified: None,
            })
            .collect();
        lib.apply_reads(reads);
        let titles: Vec<_> = lib.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["Alpha", "Beta"]);
        assert!(lib.entries.iter().all(|e| !e.pending));
        assert!(lib.changed_groups().is_empty());
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.path().join("sub/c.txt"), "Gamma\n").unwrap();
        std::fs::remove_file(dir.path().join("a.txt")).unwrap();
        let changed = lib.changed_groups();
        assert_eq!(changed, [0, 1]);
        let added = lib.relist(&changed);
        assert_eq!(added, [dir.path().join("sub/c.txt")]);
        let names: Vec<_> = lib
            .shown
            .iter()
            .map(|&i| lib.entries[i].name.as_str())
            .collect();
        assert_eq!(names, ["b.txt", "c.txt"]);
        assert_eq!(lib.entries[0].title, "Beta", "what was read stays");
    }
}
