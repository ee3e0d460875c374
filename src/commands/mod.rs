//! The research subcommands as a person runs them: `export`, `tags`, `annotate`, `meta`. Each
//! turns parsed options into calls to the export and annotation layers and prints the result;
//! this is where standard output, standard error and exit statuses live.
//!
//! Everything taken from files (paths, tags, quotes, messages) is sanitised before it reaches a
//! terminal or standard error.

pub mod annotate;
pub mod export;
pub mod meta;
mod progress;
pub mod retag;
pub mod retag_undo;
pub mod tags;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::export::Skipped;
use crate::text::sanitize::sanitize;

/// Prints `hamish: MESSAGE` on standard error, sanitised.
pub fn fail(message: &str) {
    eprintln!("hamish: {}", sanitize(message));
}

/// The paths given, or the sample library (installed if missing) when none is.
pub fn library_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ExitCode> {
    if !paths.is_empty() {
        return Ok(paths.to_vec());
    }
    match crate::tui::samples::install() {
        Ok(dir) => Ok(vec![dir]),
        Err(e) => {
            fail(&format!("cannot set up the sample library: {e}"));
            Err(ExitCode::FAILURE)
        }
    }
}

/// Names each skipped file on standard error with its problem (a sidecar's with its line).
pub fn report_skipped(skipped: &[Skipped]) {
    for s in skipped {
        fail(&format!(
            "skipped {}: {} (the file was not changed)",
            s.path.display(),
            s.problem
        ));
    }
}
