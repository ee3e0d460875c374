//! Reading a listed library in the background: each file's start (title, words) in batches, in
//! the order given, then each group's sidecars (annotation counts, metadata, tags), sent
//! through a channel that the event loop polls, so the first frame does not wait for 10,000
//! files and the titles and counts fill in as they are read.
//!
//! Knows the library's data types; nothing about terminals or drawing.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::annotate::library::{scan_library, LibraryIndex};
use crate::text::preview::preview;
use crate::tui::screens::library::fill::Read;

/// Files read before what was read is sent.
const BATCH: usize = 64;
/// Longest title kept (as the library keeps it).
const TITLE_CHARS: usize = 400;

/// What one group needs read.
#[derive(Clone, Debug)]
pub struct Job {
    /// The group (index into the library's groups).
    pub group: usize,
    /// Its directory (for its sidecars).
    pub dir: PathBuf,
    /// Its files to read.
    pub paths: Vec<PathBuf>,
}

/// A piece of what was read.
#[derive(Debug)]
pub enum Batch {
    /// Some files' starts.
    Reads(Vec<Read>),
    /// A group's sidecars (a directory that cannot be read gives none).
    Index(usize, LibraryIndex),
}

/// A reader at work: the batches arrive on its channel; it is done when the channel closes.
pub struct LibraryReader {
    rx: Receiver<Batch>,
}

impl LibraryReader {
    /// Starts reading `jobs` on another thread.
    pub fn start(jobs: Vec<Job>) -> LibraryReader {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for job in &jobs {
                for chunk in job.paths.chunks(BATCH) {
                    let reads = chunk.iter().map(|p| read(p.clone())).collect();
                    if tx.send(Batch::Reads(reads)).is_err() {
                        return;
                    }
                }
            }
            for job in jobs {
                let index = scan_library(&job.dir).unwrap_or_default();
                if tx.send(Batch::Index(job.group, index)).is_err() {
                    return;
                }
            }
        });
        LibraryReader { rx }
    }

    /// What has arrived so far, and whether the reader is done.
    pub fn take(&self) -> (Vec<Batch>, bool) {
        let mut batches = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(b) => batches.push(b),
                Err(TryRecvError::Empty) => return (batches, false),
                Err(TryRecvError::Disconnected) => return (batches, true),
            }
        }
    }

    /// Waits for everything (for tests and benchmarks).
    pub fn wait(self) -> Vec<Batch> {
        self.rx.iter().collect()
    }
}

/// Reads one file's start and time.
fn read(path: PathBuf) -> Read {
    let preview = preview(&path, TITLE_CHARS).map_err(|e| e.to_string());
    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
    Read {
        path,
        preview,
        modified,
    }
}
