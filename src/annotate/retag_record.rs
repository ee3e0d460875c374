//! The undo record of the last `hamish tags --rename`/`--merge`, kept on disk so that a later
//! `hamish tags --undo` can undo it as the tags view's `u` does ([`Retagged::undo`]).
//!
//! A folder holds `record.toml` (the two tags and, for each sidecar written, its path) and the
//! sidecar's bytes before and after, `N.before` and `N.after`: the changed annotations are found
//! again by parsing both. A new rename replaces the record; a full undo removes it; a partial one
//! keeps what is left to undo. Every file is written atomically. Knows nothing about terminals.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::retag::{FileChange, Retagged};
use super::save::write_atomic;
use super::sidecar::toml_string;
use crate::regular_file::{self, SIDECAR};

/// `record.toml`.
#[derive(Deserialize)]
struct Record {
    from: String,
    to: String,
    #[serde(default)]
    file: Vec<String>,
}

/// Writes `done` as the record in `dir` (replacing any older one).
pub fn save(dir: &Path, done: &Retagged) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut text = String::from("# The last hamish tags --rename or --merge, for --undo.\nfrom = ");
    toml_string(&mut text, &done.from);
    text.push_str("\nto = ");
    toml_string(&mut text, &done.to);
    text.push_str("\nfile = [");
    for (n, change) in done.changed.iter().enumerate() {
        write_atomic(&dir.join(format!("{n}.before")), change.before())?;
        write_atomic(&dir.join(format!("{n}.after")), change.after())?;
        text.push_str("\n    ");
        toml_string(&mut text, &change.path.to_string_lossy());
        text.push(',');
    }
    text.push_str("\n]\n");
    write_atomic(&dir.join("record.toml"), text.as_bytes())
}

/// The record in `dir`; `Ok(None)` when there is none.
pub fn load(dir: &Path) -> Result<Option<Retagged>, String> {
    let file = dir.join("record.toml");
    if std::fs::symlink_metadata(&file).is_err() {
        return Ok(None);
    }
    let text = regular_file::read_to_string(&file, SIDECAR).map_err(|e| e.to_string())?;
    let record: Record = toml::from_str(&text).map_err(|e| e.message().to_string())?;
    let mut changed = Vec::new();
    for (n, path) in record.file.iter().enumerate() {
        let read = |side: &str| {
            regular_file::read(&dir.join(format!("{n}.{side}")), SIDECAR).map_err(|e| e.to_string())
        };
        let change = FileChange::from_bytes(PathBuf::from(path), read("before")?, read("after")?)?;
        changed.push(change);
    }
    Ok(Some(Retagged {
        from: record.from,
        to: record.to,
        changed,
        skipped: Vec::new(),
    }))
}

/// Removes the record in `dir` (after a full undo).
pub fn clear(dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
