//! `hamish tags --undo`: undoes the last `--rename` or `--merge` made on the command line, from
//! its record in `$XDG_DATA_HOME/hamish/undo/tags/` (see [`crate::annotate::retag_record`]),
//! as the tags view's `u` undoes one: a sidecar untouched since gets its former bytes back, one
//! changed since gets its retagged annotations back, one whose annotations changed again is
//! refused with the reason (and stays undoable). One line per file on standard output.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{fail, report_skipped};
use crate::annotate::retag::Retagged;
use crate::annotate::retag_record::{clear, load, save};
use crate::dirs::{data_dir, process_env};
use crate::export::Skipped;
use crate::text::sanitize::sanitize;

/// Where the record is kept.
fn record_dir() -> Option<PathBuf> {
    data_dir(&process_env).map(|d| d.join("hamish").join("undo").join("tags"))
}

/// Keeps `done` for `--undo`; says so on standard error when it cannot.
pub(crate) fn remember(done: &Retagged) {
    let kept = record_dir()
        .ok_or_else(|| "no data directory (set HOME)".to_string())
        .and_then(|dir| save(&dir, done).map_err(|e| e.to_string()));
    if let Err(e) = kept {
        fail(&format!(
            "the change is made but cannot be undone with --undo: {e}"
        ));
    }
}

/// Runs `hamish tags --undo`.
pub fn run() -> ExitCode {
    let Some(dir) = record_dir() else {
        fail("no data directory: set XDG_DATA_HOME or HOME");
        return ExitCode::FAILURE;
    };
    let record = match load(&dir) {
        Ok(Some(r)) => r,
        Ok(None) => {
            fail("nothing to undo: no tags --rename or --merge since the last undo");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            fail(&format!("the undo record cannot be read: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let (from, to) = (sanitize(&record.from), sanitize(&record.to));
    let undone = record.undo();
    for path in &undone.restored {
        println!("{}: restored", sanitize(&path.display().to_string()));
    }
    println!(
        "undid {from} to {to}: {} file(s) restored, {} refused",
        undone.restored.len(),
        undone.refused.len()
    );
    let kept = match &undone.rest {
        Some(rest) => save(&dir, rest),
        None => clear(&dir),
    };
    if let Err(e) = kept {
        fail(&format!("the undo record cannot be updated: {e}"));
    }
    let refused: Vec<Skipped> = undone
        .refused
        .into_iter()
        .map(|s| Skipped {
            path: s.path,
            problem: s.problem,
        })
        .collect();
    report_skipped(&refused);
    if refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
