//! What happens between keys, for the app: the background readers' batches filling the
//! library in, a fetch of the feeds reporting progress, and a cheap look every
//! [`RESCAN`] at the library's directories (their change times) so files added while hamish
//! runs appear; also when the library regains focus. The event loop asks
//! [`App::wake_after`] how long it may sleep and calls [`App::tick`] when it wakes.
//!
//! State changes only; knows nothing about the terminal.

use std::time::{Duration, Instant};

use crate::tui::app::{App, Layer};
use crate::tui::feed_fetch::FeedFetch;
use crate::tui::library_reader::{Batch, Job, LibraryReader};

/// How often the library's directories are looked at while it shows.
pub const RESCAN: Duration = Duration::from_secs(1);
/// How often to look for batches while a reader or a fetch works.
const BUSY_POLL: Duration = Duration::from_millis(30);

impl App {
    /// How long the event loop may wait for a key before calling [`App::tick`] (`None`: until
    /// a key comes).
    pub fn wake_after(&self) -> Option<Duration> {
        if !self.readers.is_empty() || self.fetch.is_some() {
            Some(BUSY_POLL)
        } else if self.library.is_some() && self.article.is_none() {
            Some(RESCAN)
        } else {
            None
        }
    }

    /// Takes what the readers and the fetch delivered and looks for new files when it is time;
    /// true when anything changed (the screen is drawn again).
    pub fn tick(&mut self) -> bool {
        let mut changed = self.take_batches();
        changed |= self.poll_fetch();
        if self.view() == Layer::Library && self.last_scan.elapsed() >= RESCAN {
            changed |= self.rescan();
        }
        changed
    }

    /// Starts reading the library's pending entries (and every group's sidecars).
    pub(super) fn start_reading(&mut self) {
        let Some(library) = self.library.as_ref() else {
            return;
        };
        if !library.entries.iter().any(|e| e.pending) {
            return;
        }
        let jobs = (0..library.groups.len())
            .map(|g| Job {
                group: g,
                dir: library.groups[g].dir.clone(),
                paths: library
                    .shown
                    .iter()
                    .map(|&i| &library.entries[i])
                    .filter(|e| e.group == g && e.pending)
                    .map(|e| e.path.clone())
                    .collect(),
            })
            .collect();
        self.readers.push(LibraryReader::start(jobs));
    }

    /// Applies the batches that arrived; true when there were any.
    fn take_batches(&mut self) -> bool {
        let mut any = false;
        let mut i = 0;
        while i < self.readers.len() {
            let (batches, done) = self.readers[i].take();
            any |= !batches.is_empty();
            self.apply_batches(batches);
            if done {
                self.readers.remove(i);
            } else {
                i += 1;
            }
        }
        any
    }

    fn apply_batches(&mut self, batches: Vec<Batch>) {
        let Some(library) = self.library.as_mut() else {
            return;
        };
        let mut reads = Vec::new();
        for batch in batches {
            match batch {
                Batch::Reads(r) => reads.extend(r),
                Batch::Index(g, index) => library.apply_index(g, &index),
            }
        }
        if !reads.is_empty() {
            library.apply_reads(reads);
        }
    }

    /// Waits until every reader is done and applies what they read (tests, benchmarks).
    pub fn wait_for_library(&mut self) {
        for reader in std::mem::take(&mut self.readers) {
            let batches = reader.wait();
            self.apply_batches(batches);
        }
    }

    /// Lists again the groups whose directories changed, reads the new files and the changed
    /// groups' sidecars; true when a directory had changed.
    pub fn rescan(&mut self) -> bool {
        self.last_scan = Instant::now();
        let Some(library) = self.library.as_mut() else {
            return false;
        };
        let changed = library.changed_groups();
        if changed.is_empty() {
            return false;
        }
        let added = library.relist(&changed);
        let jobs = changed
            .iter()
            .map(|&g| Job {
                group: g,
                dir: library.groups[g].dir.clone(),
                paths: added
                    .iter()
                    .filter(|p| p.parent() == Some(library.groups[g].dir.as_path()))
                    .cloned()
                    .collect(),
            })
            .collect();
        self.readers.push(LibraryReader::start(jobs));
        self.mark_unread();
        true
    }

    /// `F`: fetches every feed in the background (once at a time).
    pub(crate) fn start_fetch(&mut self) {
        if self.fetch.is_some() {
            self.message = Some("already fetching the feeds".into());
            return;
        }
        self.regroup_home();
        match FeedFetch::start() {
            Ok(fetch) => {
                self.message = Some("fetching the feeds in the background…".into());
                self.fetch = Some(fetch);
            }
            Err(e) => self.message = Some(crate::text::sanitize::sanitize(&e)),
        }
    }

    /// The home's feed groups follow `feeds.toml` (a feed added since hamish started gets its
    /// group before it is fetched).
    fn regroup_home(&mut self) {
        let Some(library) = self.library.as_mut().filter(|l| l.home) else {
            return;
        };
        let Some(samples) = library.groups.iter().rev().find(|g| g.title == "Samples") else {
            return;
        };
        let samples = samples.dir.clone();
        let Ok(groups) = crate::library::home_in(&crate::dirs::process_env, &samples) else {
            return;
        };
        if groups != library.groups {
            library.set_groups(groups);
        }
    }

    /// Takes the fetch's reports: new articles appear (the feeds' directories are listed
    /// again); at the end a message sums it up. True when anything arrived.
    fn poll_fetch(&mut self) -> bool {
        let Some(fetch) = self.fetch.as_mut() else {
            return false;
        };
        let before = fetch.done;
        let (saved, finished) = fetch.poll();
        let moved = fetch.done != before || finished;
        if finished {
            self.message = Some(fetch.outcome());
            self.fetch = None;
        }
        if saved || finished {
            self.rescan();
        }
        moved
    }
}
