//! `hamish feed import FILE.opml` and `hamish feed export [-o FILE]`: the subscriptions to and
//! from the OPML every feed reader reads and writes. Import names each feed after its title in
//! the file (else its host), made unique; an address subscribed already is left as it is, one
//! that is not http(s) is named and skipped. Nothing is fetched: `hamish fetch` does that.

use std::path::Path;
use std::process::ExitCode;

use super::news::{complain, config_dir, subscriptions};
use crate::annotate::save::write_atomic;
use crate::fetch::feeds::{self, default_name, valid_name, Subscriptions};
use crate::fetch::naming;
use crate::fetch::opml;
use crate::regular_file::{self, SIDECAR};
use crate::text::sanitize::sanitize;

/// `hamish feed import FILE`.
pub fn run_import(file: &Path) -> ExitCode {
    let shown = sanitize(&file.display().to_string());
    let listed = match regular_file::read_to_string(file, SIDECAR)
        .map_err(|e| e.to_string())
        .and_then(|text| opml::read(&text))
    {
        Ok(l) => l,
        Err(e) => {
            complain(&shown, &e);
            return ExitCode::FAILURE;
        }
    };
    let Some(subs_file) = config_dir().map(|d| feeds::file(&d)) else {
        return ExitCode::FAILURE;
    };
    let Some(mut subs) = subscriptions(&subs_file) else {
        return ExitCode::FAILURE;
    };
    let (mut added, mut known, mut refused) = (0, 0, 0);
    for feed in &listed {
        if subs.feeds.iter().any(|f| f.url == feed.url) {
            known += 1;
            continue;
        }
        let name = free_name(&subs, feed);
        match subs.add(&feed.url, Some(&name)) {
            Ok(f) => {
                println!("{}\t{}", sanitize(&f.name), sanitize(&f.url));
                added += 1;
            }
            Err(e) => {
                complain(&feed.url, &e);
                refused += 1;
            }
        }
    }
    if added > 0 {
        if let Err(e) = feeds::save(&subs_file, &subs) {
            complain(&subs_file.display().to_string(), &e.to_string());
            return ExitCode::FAILURE;
        }
    }
    eprintln!(
        "hamish: {shown}: {added} feeds subscribed, {known} subscribed already, {refused} refused"
    );
    if refused > 0 || listed.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A name for `feed` that no subscription has: its title (else its host) as a directory's
/// name, with `-2`, `-3`… when taken.
fn free_name(subs: &Subscriptions, feed: &opml::Listed) -> String {
    let base = Some(naming::stem(&feed.title))
        .filter(|s| !feed.title.trim().is_empty() && s != "article")
        .or_else(|| default_name(&feed.url))
        .unwrap_or_else(|| "feed".into());
    let base: String = base.chars().take(60).collect();
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|n| valid_name(n) && !subs.feeds.iter().any(|f| &f.name == n))
        .unwrap_or(base)
}

/// `hamish feed export [-o FILE]`.
pub fn run_export(output: Option<&Path>) -> ExitCode {
    let Some(subs_file) = config_dir().map(|d| feeds::file(&d)) else {
        return ExitCode::FAILURE;
    };
    let Some(subs) = subscriptions(&subs_file) else {
        return ExitCode::FAILURE;
    };
    let text = match opml::write(&subs) {
        Ok(t) => t,
        Err(e) => {
            complain("feed export", &e);
            return ExitCode::FAILURE;
        }
    };
    let output = output.filter(|p| p.as_os_str() != "-");
    if output.is_some_and(|p| same_file(p, &subs_file)) {
        complain(
            "feed export",
            "-o names the subscriptions file itself; choose another file",
        );
        return ExitCode::FAILURE;
    }
    let written = match output {
        Some(path) => write_atomic(path, text.as_bytes())
            .map_err(|e| (sanitize(&path.display().to_string()), e.to_string())),
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.write_all(b"\n"))
                .map_err(|e| ("feed export".to_string(), e.to_string()))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((what, e)) => {
            complain(&what, &e);
            ExitCode::FAILURE
        }
    }
}

/// Whether `a` and `b` name one existing file (by any name).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => crate::regular_file::same_file(&a, &b),
        _ => false,
    }
}
