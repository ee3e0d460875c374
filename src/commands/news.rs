//! The news commands as a person runs them: `hamish add`, `hamish feed add|list|remove`,
//! `hamish fetch`. Reads the environment and prints: article paths on standard output, one
//! sanitized line per failure on standard error; exit status 1 when anything failed.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};

use crate::dirs::process_env;
use crate::fetch::discover::find_feed;
use crate::fetch::http::{timeout, Client};
use crate::fetch::save::Library;
use crate::fetch::{add, feeds, run};
use crate::text::sanitize::sanitize;

/// Prints `hamish: WHAT: message` on standard error, sanitized.
pub fn complain(what: &str, message: &str) {
    eprintln!("hamish: {}: {}", sanitize(what), sanitize(message));
}

/// `hamish add SOURCE... [--to DIR]`.
pub fn run_add(sources: &[String], to: Option<PathBuf>) -> ExitCode {
    let Some(dir) = to.or_else(|| add::default_dir(&process_env)) else {
        complain(
            "add",
            "no data directory: set XDG_DATA_HOME or HOME, or give --to DIR",
        );
        return ExitCode::FAILURE;
    };
    let mut library = match Library::open(&dir) {
        Ok(l) => l,
        Err(e) => {
            complain(&dir.display().to_string(), &e.to_string());
            return ExitCode::FAILURE;
        }
    };
    let client = Client::new(timeout(&process_env));
    let mut failed = false;
    for source in sources {
        match add::add_one(&client, &mut library, source) {
            Ok(saved) => println!("{}", sanitize(&saved.path.display().to_string())),
            Err(e) => {
                complain(source, &e);
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// hamish's configuration directory, or a complaint.
pub(crate) fn config_dir() -> Option<PathBuf> {
    let dir = crate::dirs::config_dir(&process_env);
    if dir.is_none() {
        complain(
            "feed",
            "no configuration directory: set XDG_CONFIG_HOME or HOME",
        );
    }
    dir
}

/// Loads the subscriptions, or complains.
pub(crate) fn subscriptions(file: &std::path::Path) -> Option<feeds::Subscriptions> {
    feeds::load(file)
        .map_err(|e| complain(&file.display().to_string(), &e))
        .ok()
}

/// `hamish feed add URL [--name NAME]`.
pub fn run_feed_add(url: &str, name: Option<&str>) -> ExitCode {
    let Some(file) = config_dir().map(|d| feeds::file(&d)) else {
        return ExitCode::FAILURE;
    };
    let Some(mut subs) = subscriptions(&file) else {
        return ExitCode::FAILURE;
    };
    // The name and address are checked before anything is fetched.
    let named = match subs.clone().add(url, name) {
        Ok(f) => f.name,
        Err(e) => {
            complain(url, &e);
            return ExitCode::FAILURE;
        }
    };
    let found = match find_feed(&Client::new(timeout(&process_env)), url) {
        Ok(found) => found,
        Err(e) => {
            complain(url, &format!("not subscribed: {e}"));
            return ExitCode::FAILURE;
        }
    };
    if found.from_page {
        eprintln!(
            "hamish: {} is a page; subscribed to the feed it names: {}",
            sanitize(url),
            sanitize(&found.url)
        );
    }
    let feed = match subs.add(&found.url, Some(&named)) {
        Ok(f) => f,
        Err(e) => {
            complain(&found.url, &e);
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = feeds::save(&file, &subs) {
        complain(&file.display().to_string(), &e.to_string());
        return ExitCode::FAILURE;
    }
    println!("{}", sanitize(&feed.name));
    ExitCode::SUCCESS
}

/// `hamish feed list`: `NAME<tab>URL` per feed.
pub fn run_feed_list() -> ExitCode {
    let Some(subs) = config_dir().and_then(|d| subscriptions(&feeds::file(&d))) else {
        return ExitCode::FAILURE;
    };
    for f in &subs.feeds {
        println!("{}\t{}", sanitize(&f.name), sanitize(&f.url));
    }
    ExitCode::SUCCESS
}

/// `hamish feed remove NAME`: the subscription goes; its saved articles stay.
pub fn run_feed_remove(name: &str) -> ExitCode {
    let Some(file) = config_dir().map(|d| feeds::file(&d)) else {
        return ExitCode::FAILURE;
    };
    let Some(mut subs) = subscriptions(&file) else {
        return ExitCode::FAILURE;
    };
    if let Err(e) = subs.remove(name) {
        complain("feed remove", &e);
        return ExitCode::FAILURE;
    }
    match feeds::save(&file, &subs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            complain(&file.display().to_string(), &e.to_string());
            ExitCode::FAILURE
        }
    }
}

/// `hamish fetch [NAME...]`: the named feeds (all without names); a summary line per feed.
pub fn run_fetch(names: &[String]) -> ExitCode {
    let Some(subs) = config_dir().and_then(|d| subscriptions(&feeds::file(&d))) else {
        return ExitCode::FAILURE;
    };
    let Some(feeds_dir) = crate::dirs::data_dir(&process_env).map(|d| d.join("feeds")) else {
        complain("fetch", "no data directory: set XDG_DATA_HOME or HOME");
        return ExitCode::FAILURE;
    };
    if subs.feeds.is_empty() {
        complain("fetch", "no feeds yet: hamish feed add URL [--name NAME]");
        return ExitCode::FAILURE;
    }
    let mut failed = false;
    for n in names
        .iter()
        .filter(|n| !subs.feeds.iter().any(|f| &f.name == *n))
    {
        complain(n, "no such feed (hamish feed list)");
        failed = true;
    }
    let chosen: Vec<feeds::Feed> = subs
        .feeds
        .into_iter()
        .filter(|f| names.is_empty() || names.contains(&f.name))
        .collect();
    let bar = progress_bar(chosen.len());
    let reports = run::fetch_all(
        &Client::new(timeout(&process_env)),
        &chosen,
        &feeds_dir,
        &bar,
    );
    bar.finish_and_clear();
    for report in &reports {
        println!("{}", sanitize(&run::summary(report)));
        failed |= report.failed_any();
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A progress bar on standard error when it is a terminal; hidden otherwise.
fn progress_bar(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}") {
        bar.set_style(style);
    }
    bar
}
