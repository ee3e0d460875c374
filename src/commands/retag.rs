//! `hamish tags --rename OLD NEW` and `hamish tags --merge FROM INTO`: the tag changed in every
//! annotation of the articles named (the same operation as the tags view's `r` and `m`: see
//! [`crate::annotate::retag`]), one line per sidecar written and a summary on standard output,
//! each file left alone named on standard error (exit status 1). Tags and paths are sanitised.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{fail, report_skipped};
use crate::annotate::retag::retag;
use crate::export::collect::article_paths;
use crate::export::Skipped;
use crate::text::sanitize::sanitize;

/// Runs the rename (or merge, `merge`) of `from` to `to` over `paths`.
pub fn run(paths: &[PathBuf], from: &str, to: &str, merge: bool) -> ExitCode {
    let (articles, mut skipped) = article_paths(paths);
    let done = match retag(&articles, from, to) {
        Ok(done) => done,
        Err(e) => {
            fail(&format!("{e} ({from:?} to {to:?})"));
            return ExitCode::FAILURE;
        }
    };
    for change in &done.changed {
        println!(
            "{}: {} annotation(s)",
            sanitize(&change.path.display().to_string()),
            change.annotations()
        );
    }
    let verb = if merge { "merged" } else { "renamed" };
    let into = if merge { "into" } else { "to" };
    println!(
        "{verb} {} {into} {}: {} annotation(s) in {} file(s)",
        sanitize(from),
        sanitize(to),
        done.annotations(),
        done.changed.len()
    );
    skipped.extend(done.skipped.into_iter().map(|s| Skipped {
        path: s.path,
        problem: s.problem,
    }));
    report_skipped(&skipped);
    if skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
