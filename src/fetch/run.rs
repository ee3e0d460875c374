//! `hamish fetch`: each feed fetched (conditionally), parsed by `feed-rs` (RSS 0.9x/1.0/2.0,
//! Atom, JSON Feed), and each new item's page saved as by `add` into the feed's directory.
//! Feeds run in parallel on a few threads; a failing feed or item is reported and the rest go
//! on. Returns a report per feed; prints nothing but the progress bar it is given.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use indicatif::ProgressBar;

use super::feeds::{valid_name, Feed};
use super::http::{Client, Fetched};
use super::page::{self, Hints};
use super::save::Library;
use super::seen::State;
use crate::annotate::time::Timestamp;
use crate::text::sanitize::sanitize;

/// Feeds fetched at once.
pub const WORKERS: usize = 4;

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
}

/// Fetches `feeds` into `feeds_dir/NAME/`, [`WORKERS`] at a time, in the order given.
pub fn fetch_all(
    client: &Client,
    feeds: &[Feed],
    feeds_dir: &Path,
    bar: &ProgressBar,
) -> Vec<Report> {
    let next = AtomicUsize::new(0);
    let reports: Mutex<Vec<Option<Report>>> = Mutex::new(feeds.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS.min(feeds.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(feed) = feeds.get(i) else { break };
                bar.set_message(sanitize(&feed.name));
                let report = fetch_feed(client, feed, feeds_dir, bar);
                bar.inc(1);
                if let Ok(mut r) = reports.lock() {
                    r[i] = Some(report);
                }
            });
        }
    });
    reports
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// Fetches one feed and saves its new items.
pub fn fetch_feed(client: &Client, feed: &Feed, feeds_dir: &Path, bar: &ProgressBar) -> Report {
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
    let response = match client.get(&feed.url, Some(&state.validators())) {
        Ok(Fetched::NotModified) => {
            report.unchanged = true;
            return Ok(());
        }
        Ok(Fetched::Body(r)) => r,
        Err(e) => return Err(e.to_string()),
    };
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(Some(&response.url))
        .build()
        .parse(response.body.as_slice())
        .map_err(|e| format!("not a valid feed: {e}"))?;
    let source = parsed.title.as_ref().map(|t| t.content.clone());
    let items: Vec<Item> = parsed
        .entries
        .iter()
        .map(|e| Item::of(e, &response.url, source.as_deref()))
        .filter(|item| !state.has_seen(item.keys()))
        .collect();
    bar.inc_length(items.len() as u64);
    for item in items {
        match save_item(client, &mut library, &item) {
            Ok(saved) => {
                report.new.extend(saved);
                state.seen.extend(item.keys().map(str::to_string));
            }
            Err(e) => {
                let at = item.link.as_deref().unwrap_or(&item.id);
                report.failed.push(format!("{at}: {e}"));
            }
        }
        bar.inc(1);
    }
    if report.failed.is_empty() {
        // Only a complete fetch lets the next one be conditional: failed items are retried.
        state.etag = response.validators.etag;
        state.last_modified = response.validators.last_modified;
    }
    state.save(&dir).map_err(|e| e.to_string())
}

/// A feed item: how it is recognised and what is known of it.
struct Item {
    id: String,
    link: Option<String>,
    hints: Hints,
}

impl Item {
    fn of(entry: &feed_rs::model::Entry, base: &str, source: Option<&str>) -> Item {
        let link = entry.links.first().map(|l| {
            url::Url::parse(base)
                .and_then(|b| b.join(&l.href))
                .map(|u| u.to_string())
                .unwrap_or_else(|_| l.href.clone())
        });
        Item {
            id: entry.id.clone(),
            link,
            hints: Hints {
                title: entry.title.as_ref().map(|t| t.content.clone()),
                source: source.map(str::to_string),
                published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
                author: entry.authors.first().and_then(|a| a.name.clone()),
            },
        }
    }

    fn keys(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.id.as_str()).chain(self.link.as_deref())
    }
}

/// Saves an item's page; `None` when its address is saved already.
fn save_item(
    client: &Client,
    library: &mut Library,
    item: &Item,
) -> Result<Option<PathBuf>, String> {
    let link = item.link.as_deref().ok_or("an item without a link")?;
    if library.find(link).is_some() {
        return Ok(None);
    }
    let fetched = Timestamp::now().to_toml();
    let response = match client.get(link, None).map_err(|e| e.to_string())? {
        Fetched::Body(r) => r,
        Fetched::NotModified => return Err("304 Not Modified without a condition".into()),
    };
    let article = page::read(
        &response.body,
        response.content_type.as_deref(),
        Some(&response.url),
        &item.hints,
    )?;
    let saved = library.save(&article, fetched).map_err(|e| e.to_string())?;
    Ok(saved.new.then_some(saved.path))
}

/// The summary line of a report: `NAME: 12 new, 1 failed: …`.
pub fn summary(report: &Report) -> String {
    if let Some(e) = &report.error {
        return format!("{}: failed: {e}", report.name);
    }
    if report.unchanged {
        return format!("{}: not changed", report.name);
    }
    let mut line = format!("{}: {} new", report.name, report.new.len());
    if let Some(first) = report.failed.first() {
        line.push_str(&format!(", {} failed: {first}", report.failed.len()));
    }
    line
}
