//! `hamish export`: collects the annotations of the paths given (filtered by tags and state) and
//! writes them in the format asked for: to `-o FILE` through a temporary file in its directory
//! renamed over it (never half-written, and never over one of the export's own articles or
//! annotations files, a pipe or a device), else (or with `-o -`) to standard output. A sidecar
//! that cannot be read is named on standard error and skipped; the rest is exported, and the
//! exit status is then 1.
//! With no path the whole library is exported; finding no article, or no annotation to export,
//! is said on standard error with exit status 1 (and nothing is written).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use super::{fail, library_articles, report_skipped};
use crate::annotate::save::write_atomic;
use crate::cli::research::{ExportOptions, FormatArg};
use crate::export::collect::collect_reporting;
use crate::export::output::{self, Target};
use crate::export::{render, Filter};

use super::progress::Bar;

/// Runs `hamish export`.
pub fn run(o: &ExportOptions) -> ExitCode {
    let target = Target::of(o.output.as_deref());
    if o.format == FormatArg::Qdpx && target == Target::Stdout && std::io::stdout().is_terminal() {
        fail("--format qdpx writes a zip archive: give a file with -o FILE, or pipe it");
        return ExitCode::from(2);
    }
    let found = match library_articles(&o.paths) {
        Ok(found) => found,
        Err(status) => return status,
    };
    if let Target::File(path) = &target {
        if let Err(why) = output::check(path, &output::inputs(&found.paths())) {
            fail(&format!("will not write {}: {why}", shown(path)));
            return ExitCode::FAILURE;
        }
    }
    let filter = Filter {
        tags: crate::annotate::model::normalize_tags(&o.tags),
        any: o.any,
        states: o.state.iter().map(|&s| s.into()).collect(),
    };
    let bar = Bar::new();
    let collected = collect_reporting(&found, &filter, &bar);
    bar.finish();
    report_skipped(&collected.skipped);
    if collected.row_count() == 0 {
        // Asked for annotations and found none: not an empty success (a mistyped tag, say).
        fail(&nothing_found(found.articles.len(), &filter));
        return ExitCode::FAILURE;
    }
    let bytes = match render(o.format.into(), &collected) {
        Ok(b) => b,
        Err(e) => {
            fail(&format!("cannot export: {e}"));
            return ExitCode::FAILURE;
        }
    };
    if let Err(message) = write(&target, &bytes) {
        fail(&message);
        return ExitCode::FAILURE;
    }
    if let (Target::File(path), true) = (&target, std::io::stderr().is_terminal()) {
        eprintln!(
            "{} annotations from {} articles written to {}",
            collected.row_count(),
            collected.articles.len(),
            shown(path)
        );
    }
    let status = if collected.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    };
    // The process ends here: freeing 100,000 rows one by one would take a tenth of a second
    // of a large export for nothing.
    std::mem::forget((collected, bytes));
    status
}

/// What to say when no annotation of the `n` articles found is to be exported.
fn nothing_found(n: usize, filter: &Filter) -> String {
    if *filter == Filter::default() {
        format!("no annotations in the {n} article(s) found: nothing written")
    } else {
        format!("no annotation in the {n} article(s) found passes the filters: nothing written")
    }
}

/// Writes the export's bytes where it goes; why not.
fn write(target: &Target, bytes: &[u8]) -> Result<(), String> {
    match target {
        Target::File(path) => {
            write_atomic(path, bytes).map_err(|e| format!("cannot write {}: {e}", shown(path)))
        }
        Target::Stdout => write_stdout(bytes),
    }
}

/// A path as it may be shown on a terminal.
fn shown(path: &std::path::Path) -> String {
    crate::text::sanitize::sanitize(&path.display().to_string())
}

fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}
