//! Why a file could not be opened as an article: the reasons the reader and the decoder give
//! (`encoding.rs` finds the encoding ones, `article.rs` the rest). Knows nothing about paths.

use std::fmt;

/// Why a file could not be opened as an article. `Display` gives the reason without the path;
/// callers print `hamish: PATH: reason`.
#[derive(Debug)]
pub enum LoadError {
    /// The path does not exist.
    NotFound,
    /// The path is a directory.
    Directory,
    /// The file could not be read (permissions, I/O error, …).
    Unreadable(std::io::Error),
    /// The file holds NUL bytes: a binary file, not text.
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// The file is not valid UTF-8.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file looks like it is in another encoding, but not certainly enough to read it so.
    Encoding {
        /// Byte offset of the first byte that is not UTF-8.
        offset: usize,
        /// The encoding it looks like (`windows-1256`, `UTF-16LE`, …).
        looks_like: &'static str,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound => write!(f, "no such file"),
            LoadError::Directory => write!(f, "is a directory, not an article file"),
            LoadError::Unreadable(e) => write!(f, "cannot be read: {e}"),
            LoadError::Binary { offset } => {
                write!(
                    f,
                    "looks like a binary file (NUL byte at offset {offset}), not text"
                )
            }
            LoadError::InvalidUtf8 { offset } => {
                write!(f, "is not valid UTF-8 (invalid byte at offset {offset})")
            }
            LoadError::Encoding { offset, looks_like } => write!(
                f,
                "is not UTF-8 (invalid byte at offset {offset}); it looks like {looks_like}: \
                 convert it with `iconv -f {} -t UTF-8 FILE > NEW.txt` and open that",
                looks_like.to_uppercase()
            ),
        }
    }
}

impl std::error::Error for LoadError {}
