//! `hamish fetch`: each feed fetched (conditionally), parsed by `feed-rs` (RSS 0.9x/1.0/2.0,
//! Atom, JSON Feed), and each new item's page saved as by `add` into the feed's directory.
//! Feeds run in parallel on a few threads; a failing feed or item is reported and the rest go
//! on. Returns a report per feed; prints nothing but the progress bar it is given.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use indicatif::ProgressBar;

use super::address::without_tracking;
use super::feeds::{valid_name, Feed};
use super::http::{leads_inward, Client, Fetched};
use super::page::{self, Hints};
use super::pending::{self, Failure, Pending};
use super::save::Library;
use super::seen::State;
use crate::annotate::time::Timestamp;
use crate::text::sanitize::sanitize;

/// Feeds fetched at once.
pub(crate) const WORKERS: usize = 4;

/// What fetching one feed did.
#[derive(Debug, Default)]
pub struct Report {
    /// The feed's name.
    pub name: String,
    /// Articles saved.
    pub new: Vec<PathBuf>,
    /// Items that failed, each as `address: reason`.
    pub failed: Vec<String>,
    /// Why the feed itself failed.
    pub error: Option<String>,
    /// The server said the feed has not changed.
    pub unchanged: bool,
    /// Items failed for the last time (given up).
    pub gave_up: usize,
    /// Items that wait for a later fetch (over the per-fetch cap, or failed and waiting).
    pub waiting: usize,
    /// New items left out because too many were waiting already.
    pub dropped: usize,
}

impl Report {
    /// Whether the feed itself or any of its items failed.
    pub(crate) fn failed_any(&self) -> bool {
        self.error.is_some() || !self.failed.is_empty()
    }
}

/// Fetches `feeds` into `feeds_dir/NAME/`, [`WORKERS`] at a time, in the order given.
pub(crate) fn fetch_all(
    client: &Client,
    feeds: &[Feed],
    feeds_dir: &Path,
    bar: &ProgressBar,
) -> Vec<Report> {
    let reports: Mutex<Vec<Option<Report>>> = Mutex::new(feeds.iter().map(|_| None).collect());
    fetch_each(client, feeds, feeds_dir, bar, &|i, report| {
        if let Ok(mut r) = reports.lock() {
            r[i] = Some(report);
        }
    });
    reports
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// Fetches `feeds` as [`fetch_all`] does, handing each feed's report (with the feed's index)
/// to `done` as soon as that feed is in.
pub(crate) fn fetch_each(
    client: &Client,
    feeds: &[Feed],
    feeds_dir: &Path,
    bar: &ProgressBar,
    done: &(dyn Fn(usize, Report) + Sync),
) {
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..WORKERS.min(feeds.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(feed) = feeds.get(i) else { break };
                bar.set_message(sanitize(&feed.name));
                let report = fetch_feed(client, feed, feeds_dir, bar);
                bar.inc(1);
                done(i, report);
            });
        }
    });
}

/// Fetches one feed and saves its new items.
fn fetch_feed(client: &Client, feed: &Feed, feeds_dir: &Path, bar: &ProgressBar) -> Report {
    let mut report = Report {
        name: feed.name.clone(),
        ..Report::default()
    };
    if let Err(e) = fetch_into(client, feed, feeds_dir, bar, &mut report) {
        report.error = Some(e);
    }
    report
}

fn fetch_into(
    client: &Client,
    feed: &Feed,
    feeds_dir: &Path,
    bar: &ProgressBar,
    report: &mut Report,
) -> Result<(), String> {
    if !valid_name(&feed.name) {
        return Err("the name cannot be a directory's name; change it in feeds.toml".into());
    }
    let dir = feeds_dir.join(&feed.name);
    let mut library = Library::open(&dir).map_err(|e| e.to_string())?;
    let mut state = State::load(&dir);
    match client.get(&feed.url, Some(&state.validators())) {
        Ok(Fetched::NotModified) => report.unchanged = true,
        Ok(Fetched::Body(response)) => {
            let found = new_items(&response.body, &response.url, &state)?;
            report.dropped = pending::enqueue(&mut state.pending, found);
            // Kept whatever becomes of the items: the ones that fail wait in the state.
            state.etag = response.validators.etag;
            state.last_modified = response.validators.last_modified;
        }
        Err(e) => return Err(e.to_string()),
    }
    save_due(client, &mut library, &mut state, (&feed.url, bar), report);
    report.waiting = state.pending.len();
    state.save(&dir).map_err(|e| e.to_string())
}

/// The items of the feed `body` (read from `base`) that `state` does not know yet.
fn new_items(body: &[u8], base: &str, state: &State) -> Result<Vec<Pending>, String> {
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(Some(base))
        .build()
        .parse(body)
        .map_err(|e| format!("not a valid feed: {e}"))?;
    let source = parsed.title.as_ref().map(|t| t.content.clone());
    Ok(parsed
        .entries
        .iter()
        .map(|e| item(e, base, source.as_deref()))
        .filter(|item| !state.knows(item.keys()))
        .collect())
}

/// Tries the items that are due, saving each new page.
fn save_due(
    client: &Client,
    library: &mut Library,
    state: &mut State,
    (feed_url, bar): (&str, &ProgressBar),
    report: &mut Report,
) {
    let now = Timestamp::now().unix_secs();
    let due = pending::take_due(&mut state.pending, now);
    bar.inc_length(due.len() as u64);
    for item in due {
        let saved = match item.link.as_deref() {
            Some(link) if leads_inward(feed_url, link) => {
                Err("a public feed's item on this machine or a private network is refused".into())
            }
            _ => save_item(client, library, &item, feed_url),
        };
        match saved {
            Ok(saved) => {
                report.new.extend(saved);
                state.seen.extend(item.keys().map(str::to_string));
            }
            Err(e) => {
                report.failed.push(format!("{}: {e}", item.shown()));
                match pending::failed(item, e, now) {
                    Failure::Waits(item) => state.pending.push(item),
                    Failure::GivenUp(item) => {
                        report.gave_up += 1;
                        state.seen.extend(item.keys().map(str::to_string));
                    }
                }
            }
        }
        bar.inc(1);
    }
}

/// A feed item as it waits to be saved.
fn item(entry: &feed_rs::model::Entry, base: &str, source: Option<&str>) -> Pending {
    let link = entry.links.first().map(|l| {
        url::Url::parse(base)
            .and_then(|b| b.join(&l.href))
            .map(|u| u.to_string())
            .unwrap_or_else(|_| l.href.clone())
    });
    Pending {
        id: entry.id.clone(),
        link,
        title: entry.title.as_ref().map(|t| t.content.clone()),
        published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
        author: entry.authors.first().and_then(|a| a.name.clone()),
        source: source.map(str::to_string),
        ..Pending::default()
    }
}

/// Saves an item's page; `None` when its address is saved already.
fn save_item(
    client: &Client,
    library: &mut Library,
    item: &Pending,
    feed_url: &str,
) -> Result<Option<PathBuf>, String> {
    let link = item.link.as_deref().ok_or("an item without a link")?;
    if library.find(&without_tracking(link)).is_some() {
        return Ok(None);
    }
    let fetched = Timestamp::now().to_toml();
    let response = match client
        .get_led(link, None, feed_url)
        .map_err(|e| e.to_string())?
    {
        Fetched::Body(r) => r,
        Fetched::NotModified => return Err("304 Not Modified without a condition".into()),
    };
    let hints = Hints {
        title: item.title.clone(),
        source: item.source.clone(),
        published: item.published.clone(),
        author: item.author.clone(),
    };
    let article = page::read(
        &response.body,
        response.content_type.as_deref(),
        Some(&response.url),
        &hints,
    )?;
    let saved = library.save(&article, fetched).map_err(|e| e.to_string())?;
    Ok(saved.new.then_some(saved.path))
}

/// The summary line of a report: `NAME: 12 new, 1 failed: …, 88 wait for the next fetch`.
pub fn summary(report: &Report) -> String {
    if let Some(e) = &report.error {
        return format!("{}: failed: {e}", report.name);
    }
    if report.unchanged && report.new.is_empty() && report.failed.is_empty() {
        let waiting = match report.waiting {
            0 => String::new(),
            n => format!(" ({n} items wait to be tried again)"),
        };
        return format!("{}: not changed{waiting}", report.name);
    }
    let mut line = format!("{}: {} new", report.name, report.new.len());
    if let Some(first) = report.failed.first() {
        line.push_str(&format!(", {} failed: {first}", report.failed.len()));
    }
    if report.gave_up > 0 {
        let tries = pending::MAX_TRIES;
        line.push_str(&format!(
            ", {} given up after {tries} tries",
            report.gave_up
        ));
    }
    if report.waiting > 0 {
        line.push_str(&format!(", {} wait for a later fetch", report.waiting));
    }
    if report.dropped > 0 {
        let most = pending::MAX_WAITING;
        line.push_str(&format!(
            ", {} more left out (at most {most} wait)",
            report.dropped
        ));
    }
    line
}
