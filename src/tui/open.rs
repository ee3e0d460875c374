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
/// How much of a huge file is read before the first screen, at least and at most: decoding and
/// splitting it was most of the first frame's work, so no more than the screen needs.
const FIRST_PART: std::ops::Range<usize> = (32 << 10)..(1 << 20);

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

/// Opens `path` (a directory or a file), or the home when `None`, for a terminal of `size`
/// (columns, rows).
pub fn target(path: Option<&Path>, size: (u16, u16)) -> Result<Target, String> {
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
        let article =
            first_part(path, first_part_bytes(size)).map_err(|e| format!("{shown}: {e}"))?;
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

/// The first part of a huge file as an article: up to `bytes` bytes, decoded like a whole
/// file (a char cut by the read left out), cut after the last line ending in it.
pub fn first_part(path: &Path, bytes: usize) -> Result<Article, LoadError> {
    let (bytes, _) = regular_file::read_start(path, bytes).map_err(LoadError::Unreadable)?;
    Article::from_start_lines(bytes)
}

/// How much of a huge file is read before the first screen of a terminal of `size` (columns,
/// rows): 8 bytes a cell (a screen of 4-byte chars twice over), within [`FIRST_PART`].
pub fn first_part_bytes(size: (u16, u16)) -> usize {
    let cells = usize::from(size.0) * usize::from(size.1);
    (cells * 8).clamp(FIRST_PART.start, FIRST_PART.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A first part's size in the tests.
    const PART: usize = 256 << 10;

    #[test]
    fn first_part_ends_on_a_line_and_matches_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "سطر من نص عربي طويل نسبياً\n";
        let text = line.repeat(PART / line.len() * 2);
        std::fs::write(&path, &text).unwrap();
        let part = first_part(&path, PART).unwrap();
        let whole = Article::load(&path).unwrap();
        assert!(part.paragraph_count() > 100);
        assert!(part.paragraph_count() < whole.paragraph_count());
        for i in 0..part.paragraph_count() {
            assert_eq!(part.paragraph(i).text, whole.paragraph(i).text);
            assert_eq!(part.paragraph(i).char_start, whole.paragraph(i).char_start);
        }
        // One long paragraph: cut on a char boundary.
        std::fs::write(&path, "ب".repeat(PART)).unwrap();
        let part = first_part(&path, PART).unwrap();
        assert_eq!(part.paragraph_count(), 1);
        assert_eq!(part.char_len(), PART / 2);
        std::fs::write(&path, "€".repeat(PART)).unwrap();
        assert_eq!(first_part(&path, PART).unwrap().char_len(), PART / 3);
        // UTF-16 (the read cut after an odd byte count): decoded, then cut on a line.
        let bytes: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        std::fs::write(&path, bytes).unwrap();
        let part = first_part(&path, PART).unwrap();
        assert!(part.paragraph_count() > 100);
        for i in 0..part.paragraph_count() {
            assert_eq!(part.paragraph(i).text, whole.paragraph(i).text);
        }
    }

    #[test]
    fn a_first_part_in_a_single_byte_encoding_with_crlf_matches_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "سطر من نص عربي طويل نسبياً\r\n";
        let text = line.repeat(PART / line.len() * 4);
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
        std::fs::write(&path, &bytes).unwrap();
        let part = first_part(&path, PART).unwrap();
        let whole = Article::load(&path).unwrap();
        assert!(part.paragraph_count() > 100);
        assert!(part.paragraph_count() < whole.paragraph_count());
        for i in 0..part.paragraph_count() {
            assert_eq!(part.paragraph(i).text, whole.paragraph(i).text);
        }
    }

    #[test]
    fn the_first_part_holds_a_screen_and_no_more_than_it_needs() {
        assert_eq!(first_part_bytes((80, 24)), 32 << 10);
        assert_eq!(first_part_bytes((100, 30)), 32 << 10);
        assert_eq!(first_part_bytes((200, 60)), 200 * 60 * 8);
        assert_eq!(first_part_bytes((400, 120)), 400 * 120 * 8);
        assert_eq!(first_part_bytes((u16::MAX, u16::MAX)), 1 << 20);
        // Arabic (two bytes a letter) fills every cell of the screen twice over.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "سطر من نص عربي طويل نسبياً\n";
        std::fs::write(&path, line.repeat((2 << 20) / line.len())).unwrap();
        for size in [(100, 30), (400, 120)] {
            let cells = usize::from(size.0) * usize::from(size.1);
            let part = first_part(&path, first_part_bytes(size)).unwrap();
            assert!(
                part.char_len() >= 2 * cells,
                "{size:?}: {}",
                part.char_len()
            );
        }
    }

    #[test]
    fn bad_paths_are_one_line_errors() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        let e = target(Some(&missing), (80, 24)).err().unwrap();
        assert!(e.ends_with("missing.txt: no such file or directory"), "{e}");
        let binary = dir.path().join("b.txt");
        std::fs::write(&binary, b"a\0b").unwrap();
        let e = target(Some(&binary), (80, 24)).err().unwrap();
        assert!(e.contains("b.txt: looks like a binary file"), "{e}");
        assert!(matches!(
            target(Some(dir.path()), (80, 24)),
            Ok(Target::Library(_))
        ));
    }
}
