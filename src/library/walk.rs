//! Walking a folder of articles: the folder and every subfolder under it (hidden ones left out,
//! a folder reached twice through symlinks — a loop — only once), and the files each folder
//! lists. The one walk behind the reader's library, the passages and tags views and every
//! command that takes a folder.
//!
//! Reads directories only (names and types, no file contents); knows nothing about annotations,
//! exports or drawing.

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};

use crate::annotate::location::SIDECAR_SUFFIX;

/// `root` and every folder under it, at any depth, sorted by path (so `root` comes first and a
/// folder before its subfolders). Hidden folders (`.git`) are left out; a symlink to a folder is
/// followed unless it leads to a folder already walked (a loop, or the same folder twice). A
/// subfolder that cannot be read is listed (it then lists no files); `root` itself too.
pub fn folders(root: &Path) -> Vec<PathBuf> {
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut out = Vec::new();
    // Real folders first, then the symlinked ones: a folder reached both ways is listed at its
    // real place, whatever order the directory gives.
    let mut real = VecDeque::from([root.to_path_buf()]);
    let mut links = VecDeque::new();
    while let Some(dir) = real.pop_front().or_else(|| links.pop_front()) {
        let canonical = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
        if !seen.insert(canonical) {
            continue;
        }
        for (path, link) in subfolders(&dir) {
            if link {
                links.push_back(path)
            } else {
                real.push_back(path)
            }
        }
        out.push(dir);
    }
    out.sort();
    out
}

/// The folders directly in `dir` (not hidden), by name, each with whether it is a symlink.
fn subfolders(dir: &Path) -> Vec<(PathBuf, bool)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, bool)> = read
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| match e.file_type() {
            Ok(t) if t.is_symlink() => e.path().is_dir().then(|| (e.path(), true)),
            Ok(t) => t.is_dir().then(|| (e.path(), false)),
            Err(_) => None,
        })
        .collect();
    out.sort();
    out
}

/// The files of `dir` a library lists, by name: everything but folders, hidden files and
/// sidecars (pipes and devices too: the reader says why they cannot be opened). A missing
/// folder lists nothing.
pub(crate) fn list_files(dir: &Path) -> Vec<PathBuf> {
    sorted_entries(dir, |name, kind| {
        !name.ends_with(SIDECAR_SUFFIX) && kind.is_some_and(|k| !k.dir)
    })
}

/// Whether `path` is an article: a regular file (after symlinks) whose name ends in `.txt` (the
/// tests' check of [`list_articles`]).
#[cfg(test)]
fn is_article(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "txt") && path.is_file()
}

/// The articles of `dir` (not hidden, `*.txt`, regular files after symlinks), by name: what
/// [`list_files`] lists that are regular files (after symlinks) named `*.txt`, judged from the directory's own entry
/// types where it can (one `stat` per symlink, not per file: 10,000 articles are 10,000 fewer
/// system calls).
pub(crate) fn list_articles(dir: &Path) -> Vec<PathBuf> {
    sorted_entries(dir, |name, kind| {
        name.ends_with(".txt") && kind.is_some_and(|k| k.file)
    })
}

/// The paths of `dir`'s entries that are not hidden and that `keep` accepts, given the name and
/// the entry's kind after symlinks (`None` when it cannot be known), by name; the kind is read
/// from the directory entry, with one `stat` only for a symlink. A missing folder has none.
fn sorted_entries(dir: &Path, keep: impl Fn(&str, Option<EntryKind>) -> bool) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            !name.starts_with('.') && keep(&name, entry_kind(e))
        })
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
}

/// What a directory entry is, after symlinks (a dangling link is neither).
#[derive(Clone, Copy)]
struct EntryKind {
    dir: bool,
    file: bool,
}

fn entry_kind(e: &std::fs::DirEntry) -> Option<EntryKind> {
    let kind = |t: std::fs::FileType| EntryKind {
        dir: t.is_dir(),
        file: t.is_file(),
    };
    match e.file_type() {
        Ok(t) if t.is_symlink() => Some(std::fs::metadata(e.path()).map_or(
            EntryKind {
                dir: false,
                file: false,
            },
            |m| kind(m.file_type()),
        )),
        Ok(t) => Some(kind(t)),
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subfolder_is_walked_hidden_ones_and_loops_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/deeper/deepest")).unwrap();
        std::fs::create_dir(root.join("a")).unwrap();
        std::fs::create_dir(root.join(".git")).unwrap();
        std::os::unix::fs::symlink(root, root.join("b/deeper/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("a"), root.join("again")).unwrap();
        let found = folders(root);
        let rel: Vec<_> = found
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_path_buf())
            .collect();
        let want = ["", "a", "b", "b/deeper", "b/deeper/deepest"].map(PathBuf::from);
        assert_eq!(rel, want);
    }

    #[test]
    fn files_are_listed_without_folders_hidden_files_and_sidecars() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        std::fs::write(root.join("top.txt"), "x").unwrap();
        std::fs::write(root.join("top.txt.annotations.toml"), "x").unwrap();
        std::fs::write(root.join(".hidden.txt"), "x").unwrap();
        std::fs::write(root.join("page.html"), "x").unwrap();
        let files = list_files(root);
        assert_eq!(files, [root.join("page.html"), root.join("top.txt")]);
        assert!(is_article(&files[1]) && !is_article(&files[0]));
        assert!(!is_article(&root.join("sub")));
        assert!(list_files(&root.join("missing")).is_empty());
        std::os::unix::fs::symlink(root.join("top.txt"), root.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("sub"), root.join("dir.txt")).unwrap();
        let fifo = root.join("pipe.txt");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let articles = list_articles(root);
        assert_eq!(articles, [root.join("link.txt"), root.join("top.txt")]);
        let judged: Vec<PathBuf> = list_files(root)
            .into_iter()
            .filter(|p| is_article(p))
            .collect();
        assert_eq!(articles, judged);
    }
}
