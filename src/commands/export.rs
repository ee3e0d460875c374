//! `hamish export`: collects the annotations of the paths given (filtered by tags and state) and
//! writes them in the format asked for: to `-o FILE` through a temporary file in its directory
//! renamed over it (never half-written), else to standard output. A sidecar that cannot be read
//! is named on standard error and skipped; the rest is exported, and the exit status is then 1.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use super::{fail, library_paths, report_skipped};
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
    let paths = match library_paths(&o.paths) {
        Ok(p) => p,
        Err(status) => return status,
    };
    let filter = Filter {
        tags: crate::annotate::model::normalize_tags(&o.tags),
        any: o.any,
        states: o.state.iter().map(|&s| s.into()).collect(),
    };
    let bar = Bar::new();
    let collected = collect_reporting(&paths, &filter, &bar);
    bar.finish();
    report_skipped(&collected.skipped);
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
