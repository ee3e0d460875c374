//! What an interrupted `add` or `fetch` may leave in a folder of saved articles, and its
//! removal the next time one runs there (under the folder's fetch lock, and the directory lock
//! that every sidecar writer holds, so nothing in flight is touched).
//!
//! Removed: temporary files of the atomic writer (up to a whole article each), and an
//! annotations file that `add`/`fetch` wrote (it records `fetched`) for an article that was
//! never written, as long as it holds no annotation. Nothing else is ever removed (`add --to`
//! may name a folder of the user's own: an empty `.txt` there is theirs, even where an older
//! hamish left one). Knows nothing about the network.

use std::path::Path;

use crate::annotate::location::SIDECAR_SUFFIX;
use crate::annotate::lock::DirLock;
use crate::annotate::save::is_temporary;
use crate::annotate::sidecar::parse_bytes;
use crate::regular_file::{self, SIDECAR};

/// Removes the leftovers in `dir`; how many. Best effort: what cannot be removed stays.
pub fn clean(dir: &Path) -> usize {
    let Ok(_lock) = DirLock::acquire(dir) else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_file() && is_leftover(dir, &entry.file_name()) {
            removed += usize::from(std::fs::remove_file(&path).is_ok());
        }
    }
    removed
}

fn is_leftover(dir: &Path, name: &std::ffi::OsStr) -> bool {
    if is_temporary(name) {
        return true;
    }
    let Some(name) = name.to_str() else {
        return false;
    };
    name.strip_suffix(SIDECAR_SUFFIX).is_some_and(|article| {
        article.ends_with(".txt") && is_unwritten_article(dir, name, article)
    })
}

/// Whether the annotations file `sidecar` was written by `add`/`fetch` for an `article` that
/// is not there, and holds nothing a person wrote.
fn is_unwritten_article(dir: &Path, sidecar: &str, article: &str) -> bool {
    if std::fs::symlink_metadata(dir.join(article)).is_ok() {
        return false;
    }
    regular_file::read(&dir.join(sidecar), SIDECAR)
        .ok()
        .and_then(|b| parse_bytes(&b).ok())
        .is_some_and(|s| s.annotations.is_empty() && s.article.fetched.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_an_interrupted_save_leaves_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let write = |name: &str, text: &str| std::fs::write(d.join(name), text).unwrap();
        let fetched = "version = 1\n[article]\nfile = \"x.txt\"\nfetched = 2026-01-01T00:00:00Z\n";
        let annotated =
            format!("{fetched}\n[[annotations]]\nid = \"a\"\nstart = 0\nend = 1\nexact = \"x\"\n");
        write(".x.txt.AbC123.tmp", "half an article");
        write("never.txt.annotations.toml", fetched);
        // Kept: a person's files.
        write("mine.txt", "");
        write(
            "mine.txt.annotations.toml",
            "version = 1\n[article]\nfile = \"mine.txt\"\n",
        );
        write("gone.txt.annotations.toml", &annotated);
        write(
            "hand.txt.annotations.toml",
            "version = 1\n[article]\nfile = \"hand.txt\"\n",
        );
        write("saved.txt", "نص");
        write("saved.txt.annotations.toml", fetched);
        write(".notes.tmp", "x");
        write("empty.txt", "");
        assert_eq!(clean(d), 2);
        let mut left: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".notes.tmp",
                "empty.txt",
                "gone.txt.annotations.toml",
                "hand.txt.annotations.toml",
                "mine.txt",
                "mine.txt.annotations.toml",
                "saved.txt",
                "saved.txt.annotations.toml"
            ]
        );
    }
}
