//! `hamish export`: collects the annotations of the paths given (filtered by tags and state) and
//! writes them in the format asked for: to `-o FILE` through a temporary file in its directory
//! renamed over it (never half-written), else to standard output. A sidecar that cannot be read
//! is named on standard error and skipped; the rest is exported, and the exit status is then 1.
//! With no path the whole library is exported; finding no article, or no annotation to export,
//! is said on standard error with exit status 1 (and nothing is written).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use super::{fail, library_articles, report_skipped};
use crate::annotate::save::write_atomic;
use crate::cli::research::{ExportOptions, FormatArg};
use crate::export::collect::collect_reporting;
use crate::export::{render, Filter};

use super::progress::Bar;

/// Runs `hamish export`.
pub fn run(o: &ExportOptions) -> ExitCode {
    if o.format == FormatArg::Qdpx && o.output.is_none() {
        fail("--format qdpx writes a zip archive: give a file with -o FILE");
        return ExitCode::from(2);
    }
    let found = match library_articles(&o.paths) {
        Ok(found) => found,
        Err(status) => return status,
    };
    let filter = Filter {
        tags: crate::annotate::model::normalize_tags(&o.tags),
        any: o.any,
        state: o.state.map(Into::into),
    };
    let bar = Bar::new();
    let collected = collect_reporting(&found, &filter, &bar);
    bar.finish();
    report_skipped(&collected.skipped);
    if collected.row_count() == 0 {
        // Asked for annotations and found none: not an empty success (a mistyped tag, say).
        let n = found.articles.len();
        fail(&if filter == Filter::default() {
            format!("no annotations in the {n} article(s) found: nothing written")
        } else {
            format!("no annotation in the {n} article(s) found passes the filters: nothing written")
        });
        return ExitCode::FAILURE;
    }
    let bytes = match render(o.format.into(), &collected) {
        Ok(b) => b,
        Err(e) => {
            fail(&format!("cannot export: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let written = match &o.output {
        Some(path) => {
            write_atomic(path, &bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
        }
        None => write_stdout(&bytes),
    };
    if let Err(message) = written {
        fail(&message);
        return ExitCode::FAILURE;
    }
    if let (Some(path), true) = (&o.output, std::io::stderr().is_terminal()) {
        eprintln!(
            "{} annotations from {} articles written to {}",
            collected.row_count(),
            collected.articles.len(),
            crate::text::sanitize::sanitize(&path.display().to_string())
        );
    }
    if collected.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
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
