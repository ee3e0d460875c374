//! Fetching every subscribed feed from the reader: `hamish-news --for-reader` runs the feeds
//! (as `hamish fetch` does, with no progress bar: the reader owns the terminal) and writes a
//! line per feed as it comes in (`fetch::reader_lines`); a thread reads them into a channel that
//! the event loop polls. The reader shows the progress ("fetching 3/12 feeds · 17 new") and, at
//! the end, a summary with the failures. The fetch ends with the reader: dropping a
//! [`FeedFetch`] stops it, and if the reader is killed, the pipe it held closes and the fetch
//! ends on its own (`commands::reader_fetch`).
//!
//! Knows the subscriptions, the program that fetches and its lines; nothing about terminals or
//! drawing.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::dirs::process_env;
use crate::fetch::feeds::every_feed;
use crate::fetch::reader_lines::{read, Line};
use crate::news_helper::{self, FOR_READER};
use crate::text::sanitize::sanitize;

/// A fetch under way, and what it did so far.
pub struct FeedFetch {
    child: Child,
    rx: Receiver<Line>,
    /// Feeds to fetch.
    pub total: usize,
    /// Feeds fetched.
    pub done: usize,
    /// Articles saved.
    pub new: usize,
    /// A summary line per feed that failed or had failing items.
    pub failed: Vec<String>,
    /// Why the fetch ended before every feed was in.
    stopped: Option<String>,
}

impl FeedFetch {
    /// Starts fetching every feed in `feeds.toml`; why not when there are none, the directories
    /// are unknown or `hamish-news` cannot be run. Reads the process's environment, which
    /// `hamish-news` inherits, so that both find the same directories.
    pub fn start() -> Result<FeedFetch, String> {
        let (feeds, _) = every_feed(&process_env)?;
        let mut command = news_helper::command(&news_helper::path()?);
        command.arg(FOR_READER);
        FeedFetch::spawn(command, feeds.len())
    }

    /// Runs `command`, which writes `reader_lines`, for `total` feeds.
    fn spawn(mut command: Command, total: usize) -> Result<FeedFetch, String> {
        // Its standard input is the pipe whose closing tells it the reader is gone.
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", news_helper::NAME))?;
        let (tx, rx) = mpsc::channel();
        if let Some(out) = child.stdout.take() {
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines() {
                    let Ok(line) = line else { break };
                    let Some(line) = read(&line) else { continue };
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        Ok(FeedFetch {
            child,
            rx,
            total,
            done: 0,
            new: 0,
            failed: Vec::new(),
            stopped: None,
        })
    }

    /// Takes the lines that arrived: whether any feed saved articles, and whether the fetch
    /// is over.
    pub fn poll(&mut self) -> (bool, bool) {
        let mut saved = false;
        loop {
            match self.rx.try_recv() {
                Ok(Line::Feed { new, failed }) => {
                    self.done += 1;
                    self.new += new;
                    saved |= new > 0;
                    self.failed.extend(failed.map(|f| sanitize(&f)));
                }
                Ok(Line::Stopped { why }) => self.stopped = Some(sanitize(&why)),
                Err(TryRecvError::Empty) => return (saved, false),
                Err(TryRecvError::Disconnected) => {
                    self.ended();
                    return (saved, true);
                }
            }
        }
    }

    /// Its output closed: notes why it ended early, if it did without saying.
    fn ended(&mut self) {
        let status = self.child.wait();
        if self.stopped.is_some() || self.done >= self.total {
            return;
        }
        self.stopped = Some(match status {
            Ok(s) => format!("{} ended ({s})", news_helper::NAME),
            Err(e) => format!("{}: {e}", news_helper::NAME),
        });
    }

    /// The status row's progress line.
    pub fn progress(&self) -> String {
        format!(
            "fetching {}/{} feeds · {} new",
            self.done, self.total, self.new
        )
    }

    /// The message once the fetch is over.
    pub fn outcome(&self) -> String {
        let mut line = match &self.stopped {
            Some(why) => format!(
                "fetched {}/{} feeds · {} new · stopped: {why}",
                self.done, self.total, self.new
            ),
            None => format!("fetched {} feeds · {} new", self.total, self.new),
        };
        if let Some(first) = self.failed.first() {
            line.push_str(&format!(" · {} failed: {first}", self.failed.len()));
            if self.failed.len() > 1 {
                line.push_str(" …");
            }
        }
        line
    }
}

impl Drop for FeedFetch {
    /// Leaving the reader (or the fetch) stops the fetch.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for `hamish-news`: a shell printing `lines` (then exiting with `status`).
    fn fake(lines: &[Line], status: u8) -> Command {
        let script: String = lines
            .iter()
            .map(|l| format!("printf '%s\\n' '{}'; ", l.line()))
            .collect();
        let mut c = Command::new("sh");
        c.args(["-c", &format!("{script}exit {status}")]);
        c
    }

    fn finish(fetch: &mut FeedFetch) {
        let start = std::time::Instant::now();
        while !fetch.poll().1 {
            assert!(start.elapsed().as_secs() < 20, "the fetch never ended");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    fn feed(new: usize, failed: Option<&str>) -> Line {
        Line::Feed {
            new,
            failed: failed.map(str::to_string),
        }
    }

    #[test]
    fn progress_and_outcome_count_feeds_new_articles_and_failures() {
        let lines = [feed(2, None), feed(0, Some("b: failed: \u{1b}[31mdown"))];
        let mut fetch = FeedFetch::spawn(fake(&lines, 0), 3).unwrap();
        assert_eq!(fetch.progress(), "fetching 0/3 feeds · 0 new");
        finish(&mut fetch);
        assert_eq!(fetch.progress(), "fetching 2/3 feeds · 2 new");
        let outcome = fetch.outcome();
        assert!(
            outcome.starts_with("fetched 2/3 feeds · 2 new · stopped: hamish-news ended"),
            "{outcome}"
        );
        assert!(
            outcome.ends_with("· 1 failed: b: failed: ␛[31mdown"),
            "{outcome}"
        );
    }

    #[test]
    fn every_feed_in_is_a_plain_summary_and_a_stop_says_why() {
        let mut fetch = FeedFetch::spawn(fake(&[feed(1, None), feed(0, None)], 0), 2).unwrap();
        finish(&mut fetch);
        assert_eq!(fetch.outcome(), "fetched 2 feeds · 1 new");
        let why = Line::Stopped {
            why: "no feeds yet".into(),
        };
        let mut fetch = FeedFetch::spawn(fake(&[why], 1), 2).unwrap();
        finish(&mut fetch);
        assert_eq!(
            fetch.outcome(),
            "fetched 0/2 feeds · 0 new · stopped: no feeds yet"
        );
    }

    #[test]
    fn dropping_the_fetch_ends_the_program_running_it() {
        let mut c = Command::new("sleep");
        c.arg("30");
        let fetch = FeedFetch::spawn(c, 1).unwrap();
        let pid = fetch.child.id();
        drop(fetch);
        let alive = std::path::Path::new(&format!("/proc/{pid}")).exists();
        assert!(!alive, "sleep {pid} still runs");
    }
}
