//! `hamish merge-driver BASE OURS THEIRS`: a git merge driver for annotation sidecars, so that
//! `git pull` merges them by annotation id instead of interleaving lines.
//!
//! Set up once per repository:
//! `git config merge.hamish.driver "hamish merge-driver %O %A %B"` and
//! `*.annotations.toml merge=hamish` in `.gitattributes`. Knows files and the annotation layer;
//! nothing about terminals.

use std::path::Path;
use std::process::ExitCode;

use crate::annotate::lock::DirLock;
use crate::annotate::merge::{merge_texts, Side};
use crate::annotate::save::write_atomic;
use crate::text::sanitize::sanitize;

/// A sidecar with no annotations: the base when git has no common ancestor (an empty `%O`).
const EMPTY: &[u8] = b"version = 1\n";

/// Merges THEIRS into OURS with BASE as the common ancestor and writes the result over OURS.
/// Exit status 0 when merged (edits on both sides keep the later `updated`, reported on stderr),
/// 1 when a file cannot be read or parsed (git then reports a conflict and OURS is untouched).
pub fn run(base: &Path, ours: &Path, theirs: &Path) -> ExitCode {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", show(p)));
    let files = (|| Ok::<_, String>((read(base)?, read(ours)?, read(theirs)?)))();
    let (b, o, t) = match files {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    let b = if b.iter().all(u8::is_ascii_whitespace) {
        EMPTY.to_vec()
    } else {
        b
    };
    match merge_texts(&b, &o, &t) {
        Ok((merged, report)) => {
            if let Err(e) = write_locked(ours, merged.as_bytes()) {
                return fail(&format!("{}: cannot write: {e}", show(ours)));
            }
            for c in &report.conflicts {
                let side = match c.kept {
                    Side::Ours => "ours",
                    Side::Theirs => "theirs",
                };
                eprintln!(
                    "hamish: annotation {} was edited on both sides: kept {side} (the later edit)",
                    sanitize(&c.id.to_string())
                );
            }
            ExitCode::SUCCESS
        }
        Err((which, e)) => {
            let path = [base, ours, theirs][which];
            fail(&format!("{}: not a valid annotation file: {e}", show(path)))
        }
    }
}

/// Writes like every other sidecar writer: under the directory lock, atomically.
fn write_locked(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let _lock = DirLock::acquire(dir)?;
    write_atomic(path, bytes)
}

fn show(p: &Path) -> String {
    sanitize(&p.display().to_string())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("hamish: merge-driver: {message}");
    ExitCode::FAILURE
}
