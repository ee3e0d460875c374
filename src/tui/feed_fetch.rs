//! Fetching every subscribed feed from the reader: the feeds run on background threads (as
//! `hamish fetch` runs them, through `fetch::run::fetch_feed`, but with no progress bar: the
//! reader owns the terminal), each feed's report sent through a channel that the event loop
//! polls; the reader shows the progress ("fetching 3/12 feeds · 17 new") and, at the end, a
//! summary with the failures.
//!
//! Knows the fetching code and the XDG directories; nothing about terminals or drawing.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use indicatif::ProgressBar;

use crate::dirs::{config_dir, data_dir, Env};
use crate::fetch::feeds::{self, Feed};
use crate::fetch::http::timeout;
use crate::fetch::http::Client;
use crate::fetch::run::{fetch_feed, summary, Report, WORKERS};
use crate::text::sanitize::sanitize;

/// A fetch under way, and what it did so far.
pub struct FeedFetch {
    rx: Receiver<Report>,
    /// Feeds to fetch.
    pub total: usize,
    /// Feeds fetched.
    pub done: usize,
    /// Articles saved.
    pub new: usize,
    /// A summary line per feed that failed or had failing items.
    pub failed: Vec<String>,
}

impl FeedFetch {
    /// Starts fetching every feed in `feeds.toml`; why not when there are none or the
    /// directories are unknown.
    pub fn start(env: Env) -> Result<FeedFetch, String> {
        let config = config_dir(env).ok_or("no configuration directory: set HOME")?;
        let subs = feeds::load(&feeds::file(&config)).map_err(|e| format!("feeds.toml: {e}"))?;
        if subs.feeds.is_empty() {
            return Err("no feeds yet: hamish feed add URL subscribes to one".into());
        }
        let feeds_dir = data_dir(env)
            .ok_or("no data directory: set HOME")?
            .join("feeds");
        let client = Client::new(timeout(env));
        Ok(FeedFetch::spawn(client, subs.feeds, feeds_dir))
    }

    fn spawn(client: Client, feeds: Vec<Feed>, feeds_dir: PathBuf) -> FeedFetch {
        let (tx, rx) = mpsc::channel();
        let total = feeds.len();
        std::thread::spawn(move || {
            let next = AtomicUsize::new(0);
            let bar = ProgressBar::hidden();
            std::thread::scope(|scope| {
                for _ in 0..WORKERS.min(feeds.len()) {
                    let tx = tx.clone();
                    let (next, feeds, client, dir, bar) =
                        (&next, &feeds, &client, &feeds_dir, &bar);
                    scope.spawn(move || loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(feed) = feeds.get(i) else { break };
                        if tx.send(fetch_feed(client, feed, dir, bar)).is_err() {
                            break;
                        }
                    });
                }
            });
        });
        FeedFetch {
            rx,
            total,
            done: 0,
            new: 0,
            failed: Vec::new(),
        }
    }

    /// Takes the reports that arrived: whether any saved articles, and whether all are in.
    pub fn poll(&mut self) -> (bool, bool) {
        let mut saved = false;
        loop {
            match self.rx.try_recv() {
                Ok(report) => {
                    self.done += 1;
                    self.new += report.new.len();
                    saved |= !report.new.is_empty();
                    if report.error.is_some() || !report.failed.is_empty() {
                        self.failed.push(sanitize(&summary(&report)));
                    }
                }
                Err(TryRecvError::Empty) => return (saved, false),
                Err(TryRecvError::Disconnected) => return (saved, true),
            }
        }
    }

    /// The status row's progress line.
    pub fn progress(&self) -> String {
        format!(
            "fetching {}/{} feeds · {} new",
            self.done, self.total, self.new
        )
    }

    /// The message once every feed is in.
    pub fn outcome(&self) -> String {
        let mut line = format!("fetched {} feeds · {} new", self.total, self.new);
        if let Some(first) = self.failed.first() {
            line.push_str(&format!(" · {} failed: {first}", self.failed.len()));
            if self.failed.len() > 1 {
                line.push_str(" …");
            }
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_and_outcome_count_feeds_new_articles_and_failures() {
        let dir = tempfile::tempdir().unwrap();
        // Nothing listens on port 9 here: each feed fails at once.
        let feeds = ["a", "b"].map(|name| Feed {
            name: name.into(),
            url: "http://127.0.0.1:9/feed.xml".into(),
        });
        let client = Client::new(std::time::Duration::from_millis(500));
        let mut fetch = FeedFetch::spawn(client, feeds.to_vec(), dir.path().join("feeds"));
        assert_eq!(fetch.progress(), "fetching 0/2 feeds · 0 new");
        let start = std::time::Instant::now();
        while !fetch.poll().1 {
            assert!(start.elapsed().as_secs() < 20, "the fetch never ended");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(fetch.progress(), "fetching 2/2 feeds · 0 new");
        let outcome = fetch.outcome();
        assert!(
            outcome.starts_with("fetched 2 feeds · 0 new · 2 failed: "),
            "{outcome}"
        );
        assert!(outcome.ends_with('…'), "{outcome}");
    }
}
