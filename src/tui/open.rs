//! Opening what the command line names, before the screen is touched: the home (saved
//! articles, feeds, samples), a directory's library (listed only: the files are read once it
//! shows), or one article with its annotations. A huge article opens on its first
//! part at once while the rest loads on another thread (which then opens its annotations on the
//! whole text: anchoring them on a part would move them), so the first screen does not wait
//! for 50 MB to be read.
//!
//! Errors are one-line messages naming the path; knows nothing about terminals or drawing.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::library::{self, dir_groups};
use crate::regular_file;
use crate::text::{Article, LoadError};
use crate::tui::article::notes::Notes;
use crate::tui::screens::library::state::Library;

/// Files larger than this open on their first part while the rest loads.
const HUGE: u64 = 8 << 20;
/// How much of a huge file is read before the first screen.
const FIRST_PART: usize = 256 << 10;

/// A whole article with its annotations and the status line's message about them.
pub type Whole = (Article, (Notes, Option<String>));

/// The rest of a huge article: the whole of it, or why it could not be read, from a loading
/// thread started once the first screen is drawn (so that the two do not compete).
pub struct Rest {
    path: PathBuf,
    rx: Option<Receiver<Result<Whole, String>>>,
}

impl Rest {
    /// Starts loading (once).
    pub fn start(&mut self) {
        if self.rx.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let owned = self.path.clone();
        std::thread::spawn(move || {
            let whole = Article::load(&owned)
                .map(|article| {
                    let notes = Notes::open(&owned, &article);
                    (article, notes)
                })
                .map_err(|e| format!("{}: {e}; showing only its beginning", owned.display()));
            let _ = tx.send(whole);
        });
        self.rx = Some(rx);
    }

    /// The whole article if it has arrived.
    pub fn try_recv(&self) -> Result<Result<Whole, String>, TryRecvError> {
        match &self.rx {
            Some(rx) => rx.try_recv(),
            None => Err(TryRecvError::Empty),
        }
    }

    /// Waits for the whole article (`None` if the loading thread died).
    pub fn recv(mut self) -> Option<Result<Whole, String>> {
        self.start();
        self.rx?.recv().ok()
    }
}

/// What hamish opens.
pub enum Target {
    /// A library.
    Library(Library),
    /// An article (maybe only its first part, with the rest on its way).
    Article {
        /// The file.
        path: PathBuf,
        /// Its text (or its first part).
        article: Article,
        /// The whole article, when `article` is only the first part.
        rest: Option<Rest>,
    },
}

/// Opens `path` (a directory or a file), or the home when `None`.
pub fn target(path: Option<&Path>) -> Result<Target, String> {
    let Some(path) = path else {
        return home();
    };
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{shown}: no such file or directory"),
        _ => format!("{shown}: cannot be read: {e}"),
    })?;
    if meta.is_dir() {
        return library(path);
    }
    if meta.len() > regular_file::ARTICLE.bytes {
        let e = regular_file::too_large(meta.len(), regular_file::ARTICLE);
        return Err(format!("{shown}: {e}"));
    }
    if meta.is_file() && meta.len() > HUGE {
        let article = first_part(path).map_err(|e| format!("{shown}: {e}"))?;
        let rest = Rest {
            path: path.to_path_buf(),
            rx: None,
        };
        return Ok(Target::Article {
            path: path.to_path_buf(),
            article,
            rest: Some(rest),
        });
    }
    let article = Article::load(path).map_err(|e| format!("{shown}: {e}"))?;
    Ok(Target::Article {
        path: path.to_path_buf(),
        article,
        rest: None,
    })
}

/// A directory's library, its files listed (read in the background once it shows).
fn library(dir: &Path) -> Result<Target, String> {
    dir_groups(dir)
        .map(|groups| Target::Library(Library::list(dir.to_path_buf(), groups)))
        .map_err(|e| format!("{}: cannot be read: {e}", dir.display()))
}

/// The home: saved articles, each subscribed feed's articles, the samples (installed on the
/// first run). A broken `feeds.toml` lists no feeds here (fetching says what is wrong).
fn home() -> Result<Target, String> {
    let groups = library::home()?;
    let data =
        crate::dirs::data_dir(&crate::dirs::process_env).ok_or("no data directory: set HOME")?;
    let mut library = Library::list(data, groups);
    library.home = true;
    Ok(Target::Library(library))
}

/// The first part of a huge file as an article: up to [`FIRST_PART`] bytes, decoded like a
/// whole file (a char cut by the read left out), cut after the last line ending in it.
pub fn first_part(path: &Path) -> Result<Article, LoadError> {
    let (bytes, _) = regular_file::read_start(path, FIRST_PART).map_err(LoadError::Unreadable)?;
    let mut text = Article::from_start(bytes)?.text().to_string();
    if let Some(i) = text.rfind('\n') {
        text.truncate(i + 1);
    }
    // A final line ending would make an empty last paragraph the whole file does not have.
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(Article::from_text(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_part_ends_on_a_line_and_matches_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "سطر من نص عربي طويل نسبياً\n";
        let text = line.repeat(FIRST_PART / line.len() * 2);
        std::fs::write(&path, &text).unwrap();
        let part = first_part(&path).unwrap();
        let whole = Article::load(&path).unwrap();
        assert!(part.paragraph_count() > 100);
        assert!(part.paragraph_count() < whole.paragraph_count());
        for i in 0..part.paragraph_count() {
            assert_eq!(part.paragraph(i).text, whole.paragraph(i).text);
            assert_eq!(part.paragraph(i).char_start, whole.paragraph(i).char_start);
        }
        // One long paragraph: cut on a char boundary.
        std::fs::write(&path, "ب".repeat(FIRST_PART)).unwrap();
        let part = first_part(&path).unwrap();
        assert_eq!(part.paragraph_count(), 1);
        assert_eq!(part.char_len(), FIRST_PART / 2);
        std::fs::write(&path, "€".repeat(FIRST_PART)).unwrap();
        assert_eq!(first_part(&path).unwrap().char_len(), FIRST_PART / 3);
        // UTF-16 (the read cut after an odd byte count): decoded, then cut on a line.
        let bytes: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        std::fs::write(&path, bytes).unwrap();
        let part = first_part(&path).unwrap();
        assert!(part.paragraph_count() > 100);
        for i in 0..part.paragraph_count() {
            assert_eq!(part.paragraph(i).text, whole.paragraph(i).text);
        }
    }

    #[test]
    fn bad_paths_are_one_line_errors() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        let e = target(Some(&missing)).err().unwrap();
        assert!(e.ends_with("missing.txt: no such file or directory"), "{e}");
        let binary = dir.path().join("b.txt");
        std::fs::write(&binary, b"a\0b").unwrap();
        let e = target(Some(&binary)).err().unwrap();
        assert!(e.contains("b.txt: looks like a binary file"), "{e}");
        assert!(matches!(target(Some(dir.path())), Ok(Target::Library(_))));
    }
}
