//! Editing a note in the user's editor: `$EDITOR` (else `vi`) run through `sh` on a temporary
//! file readable only by the user, as git runs it (so `EDITOR="code -w"` works). The caller
//! hands the terminal over while it runs (see [`crate::tui::terminal::outside`]).
//!
//! Knows processes and files; nothing about the app's state or drawing.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The editor command: `$EDITOR` when set and not blank, else `vi`.
pub fn editor_command(editor: Option<&str>) -> String {
    match editor.map(str::trim) {
        Some(e) if !e.is_empty() => e.to_string(),
        _ => "vi".to_string(),
    }
}

/// Runs the editor on `text`; returns the text as saved, or why it could not be edited (the
/// note is then left as it was).
pub fn edit(text: &str) -> Result<String, String> {
    let command = editor_command(std::env::var("EDITOR").ok().as_deref());
    edit_with(&command, text)
}

/// [`edit`] with the editor command given.
pub fn edit_with(command: &str, text: &str) -> Result<String, String> {
    let path = create_temp(text).map_err(|e| format!("cannot make a file for the note: {e}"))?;
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$@\""))
        .arg(command)
        .arg(&path)
        .status();
    let result = match status {
        Ok(s) if s.success() => crate::regular_file::read_to_string(&path, NOTE)
            .map_err(|e| format!("cannot read the note back: {e}; note unchanged")),
        Ok(s) => Err(format!("{command} exited with {s}; note unchanged")),
        Err(e) => Err(format!("cannot run {command}: {e}; note unchanged")),
    };
    let _ = std::fs::remove_file(&path);
    result
}

/// A new file in the temporary directory holding `text` (and a final newline).
fn create_temp(text: &str) -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir();
    for attempt in 0..100u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!("hamish-note-{}-{nanos}-{attempt}.txt", std::process::id());
        let path = dir.join(name);
        match open_new(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                if !text.ends_with('\n') {
                    file.write_all(b"\n")?;
                }
                file.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free temporary file name"))
}

/// The most of a note read back from the editor.
const NOTE: crate::regular_file::Limit = crate::regular_file::Limit {
    bytes: 1 << 20,
    what: "a note",
};

fn open_new(path: &Path) -> std::io::Result<std::fs::File> {
    crate::annotate::save::create_new(path, 0o600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_edits_a_temporary_file() {
        assert_eq!(editor_command(None), "vi");
        assert_eq!(editor_command(Some("  ")), "vi");
        assert_eq!(editor_command(Some("nano")), "nano");
        // An "editor" that appends a line.
        let out = edit_with("f() { echo 'سطر جديد' >> \"$1\"; }; f", "ملاحظة").unwrap();
        assert_eq!(out, "ملاحظة\nسطر جديد\n");
        let e = edit_with("false", "keep").unwrap_err();
        assert!(e.contains("note unchanged"), "{e}");
    }
}
