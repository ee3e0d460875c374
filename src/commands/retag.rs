//! `hamish tags --rename OLD NEW` and `hamish tags --merge FROM INTO`: the tag changed in every
//! annotation of the articles named (the same operation as the tags view's `r` and `m`: see
//! [`crate::annotate::retag`]), one line per sidecar written and a summary on standard output,
//! each file left alone named on standard error (exit status 1). Tags and paths are sanitised.
//! The change is recorded for `hamish tags --undo` (see `retag_undo.rs`).

use std::process::ExitCode;

use super::{fail, report_skipped};
use crate::annotate::retag::retag;
use crate::cli::research::TagsOptions;
use crate::export::Skipped;
use crate::library::Found;
use crate::text::sanitize::sanitize;

/// Runs `--rename` or `--merge` when one is given (`None`: neither is).
pub fn requested(o: &TagsOptions, found: &Found) -> Option<ExitCode> {
    if o.undo {
        return Some(super::retag_undo::run());
    }
    let (tags, merge) = match (&o.rename, &o.merge) {
        (Some(r), _) => (r, false),
        (None, Some(m)) => (m, true),
        (None, None) => return None,
    };
    let (from, to) = (&tags[0], &tags[tags.len() - 1]);
    if o.paths.is_empty() && std::path::Path::new(to).exists() {
        // `--rename OLD DIR`: the directory was taken as the new name.
        fail(&format!(
            "\"{to}\" is a path, taken as the new tag: give both tags, then the paths"
        ));
        return Some(ExitCode::from(2));
    }
    Some(run(found, from, to, merge))
}

/// The tag spelled `name` (case aside, as everywhere) that the library's annotations carry.
fn existing_tag(found: &Found, name: &str) -> Option<crate::export::tags::TagCount> {
    let collected =
        crate::export::tags::one_spelling(crate::export::collect::collect_stored_found(found));
    let name = name.trim().to_lowercase();
    crate::export::tags::tag_counts(&collected)
        .into_iter()
        .find(|t| t.tag.to_lowercase() == name)
}

/// Whether renaming `from` to `to` would merge it into a tag in use: then says so, naming the
/// `--merge` that would do it.
fn onto_existing(found: &Found, from: &str, to: &str) -> bool {
    let Some(existing) = existing_tag(found, to) else {
        return false;
    };
    fail(&format!(
        "the tag {} exists already ({} passages): --rename would merge the two; \
         say so with --merge {} {}",
        sanitize(&existing.tag),
        existing.passages,
        sanitize(from),
        sanitize(&existing.tag)
    ));
    true
}

/// Runs the rename (or merge, `merge`) of `from` to `to` over the articles `found`.
pub fn run(found: &Found, from: &str, to: &str, merge: bool) -> ExitCode {
    if !merge && onto_existing(found, from, to) {
        return ExitCode::FAILURE;
    }
    let mut skipped: Vec<Skipped> = found
        .missing
        .iter()
        .map(|(path, problem)| Skipped {
            path: path.clone(),
            problem: problem.clone(),
        })
        .collect();
    let done = match retag(&found.paths(), from, to) {
        Ok(done) => done,
        Err(e) => {
            fail(&format!("{e} ({} to {})", sanitize(from), sanitize(to)));
            return ExitCode::FAILURE;
        }
    };
    if !done.changed.is_empty() {
        super::retag_undo::remember(&done);
    }
    for change in &done.changed {
        println!(
            "{}: {} annotation(s)",
            sanitize(&change.path.display().to_string()),
            change.annotations()
        );
    }
    let verb = if merge { "merged" } else { "renamed" };
    let into = if merge { "into" } else { "to" };
    if done.changed.is_empty() && done.skipped.is_empty() {
        // Asked to change annotations and found none: not a success (a mistyped tag).
        fail(&format!("no annotation carries the tag {from}"));
        report_skipped(&skipped);
        return ExitCode::FAILURE;
    } else {
        println!(
            "{verb} {} {into} {}: {} annotation(s) in {} file(s)",
            sanitize(from),
            sanitize(to),
            done.annotations(),
            done.changed.len()
        );
    }
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
