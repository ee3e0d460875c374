//! What a list of articles shows of one without reading all of it: its title and word count from
//! the start of the file only, so a directory of huge (or hostile) files lists at once.
//!
//! Reads through [`crate::regular_file`] (regular files only); knows nothing about terminals.

use std::path::Path;

use super::article::{Article, LoadError};
use crate::regular_file::{self, ARTICLE};

/// How much of each file is read for its preview.
pub(crate) const PREVIEW_BYTES: usize = 1 << 20;

/// An article's title and size as far as its start tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// The first non-empty line (trimmed, at most `title_chars` chars).
    pub title: String,
    /// Words (runs of non-whitespace) in what was read.
    pub words: usize,
    /// Whether the whole file was read (else `words` counts only its start).
    pub whole: bool,
}

/// The preview of the article at `path`, or why it cannot be opened. A file over the article
/// limit is refused as opening it would be.
pub(crate) fn preview(path: &Path, title_chars: usize) -> Result<Preview, LoadError> {
    let (bytes, len) = regular_file::read_start(path, PREVIEW_BYTES).map_err(LoadError::from)?;
    if len > ARTICLE.bytes {
        return Err(LoadError::from(regular_file::too_large(len, ARTICLE)));
    }
    let whole = bytes.len() as u64 >= len;
    // The read may have stopped inside a char.
    let article = match whole {
        true => Article::from_bytes(bytes)?,
        false => Article::from_start(bytes)?,
    };
    let title = article
        .title()
        .unwrap_or("")
        .chars()
        .take(title_chars)
        .collect();
    let mut words = article.text().split_whitespace().count();
    if !whole && !article.text().ends_with(char::is_whitespace) {
        // The last word may go on past what was read: count it as not yet seen.
        words = words.saturating_sub(1);
    }
    Ok(Preview {
        title,
        words,
        whole,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_file_is_previewed_from_its_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "عنوان المقال\n";
        let body = "كلمة ".repeat(PREVIEW_BYTES); // 5 MiB of words
        std::fs::write(&path, format!("{line}{body}")).unwrap();
        let p = preview(&path, 400).unwrap();
        assert_eq!(p.title, "عنوان المقال");
        assert!(!p.whole);
        assert!(p.words > 1000 && p.words < PREVIEW_BYTES / 5, "{}", p.words);
        std::fs::write(&path, "a b c\n").unwrap();
        let p = preview(&path, 1).unwrap();
        assert_eq!((p.title.as_str(), p.words, p.whole), ("a", 3, true));
    }
}
