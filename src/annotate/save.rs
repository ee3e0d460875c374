//! Writing a file so that a crash at any moment leaves either the old or the new content, and
//! so that nothing planted beside it can redirect the write.
//!
//! Atomic write: a temporary file created new in the same directory (`O_EXCL`, a random name
//! `.<name>.XXXXXX.tmp`, mode 0600 while it is written, through the `tempfile` crate, so a link
//! or file planted under any fixed name is never opened), written, flushed and fsynced, given
//! the mode of the file it replaces (or the umask's default for a new file) through its own
//! handle, renamed over the target (a rename replaces a link, it never writes through one),
//! then the directory fsynced so the rename itself is durable. Temporary files of the same
//! target left by a writer killed mid-save are removed after the next successful write (callers
//! hold the directory lock). Knows nothing about the sidecar format.

// The one door out: the only module that creates or replaces files (clippy.toml).
#![allow(clippy::disallowed_methods)]

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Makes a write past the file-size limit (`ulimit -f`) fail with an error that is reported and
/// leaves no partial file, instead of the signal killing the process in the middle of a save.
/// Called first thing by each of hamish's programs, before any thread starts.
pub fn report_writes_past_the_size_limit() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to "ignore" before any thread starts.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// Replaces `path` with `bytes` atomically and durably.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent_dir(path);
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"))?;
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // Through the file itself: `NamedTempFile` adds its path to errors in a Debug form.
    tmp.as_file_mut().write_all(bytes)?;
    tmp.as_file_mut().flush()?;
    set_final_mode(tmp.as_file(), path)?;
    tmp.as_file().sync_all()?;
    // On failure the temporary file is removed when `tmp` (inside the error) is dropped.
    tmp.persist(path).map_err(|e| e.error)?;
    remove_leftovers(dir, name);
    sync_dir(dir)
}

/// Creates the file `path`, which must not exist yet (`O_EXCL`: a link or file planted under
/// that name is never opened; `AlreadyExists` then), with permissions `mode` less the umask.
/// For files created once and never replaced in place: a reserved name, a first copy, a
/// temporary note.
pub(crate) fn create_new(path: &Path, mode: u32) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    options.open(path)
}

/// How many random characters `tempfile` puts in a name.
const RANDOM_LEN: usize = 6;

/// Whether `file` is a temporary file of [`write_atomic`] for the file named `name`.
pub fn is_temporary_of(file: &std::ffi::OsStr, name: &std::ffi::OsStr) -> bool {
    let (Some(file), Some(name)) = (file.to_str(), name.to_str()) else {
        return false;
    };
    file.strip_prefix('.')
        .and_then(|r| r.strip_prefix(name))
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| r.strip_suffix(".tmp"))
        .is_some_and(|r| r.len() == RANDOM_LEN && r.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether `file` is named like a temporary file of [`write_atomic`] (for any target).
pub(crate) fn is_temporary(file: &std::ffi::OsStr) -> bool {
    let Some(rest) = file
        .to_str()
        .and_then(|f| f.strip_prefix('.'))
        .and_then(|f| f.strip_suffix(".tmp"))
    else {
        return false;
    };
    rest.rsplit_once('.').is_some_and(|(name, random)| {
        !name.is_empty()
            && random.len() == RANDOM_LEN
            && random.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Removes what a writer killed mid-save left: regular files named like this file's temporary
/// files. Callers hold the directory lock, so no other writer's file is in flight. A link of
/// that name is removed too (unlinking never follows it); best effort.
fn remove_leftovers(dir: &Path, name: &std::ffi::OsStr) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if is_temporary_of(&entry.file_name(), name) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Gives the new file (by its handle) the permissions of the regular file it replaces, or
/// those a new file gets under the process's umask.
#[cfg(unix)]
fn set_final_mode(file: &File, replaced: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = match fs::symlink_metadata(replaced) {
        Ok(meta) if meta.file_type().is_file() => meta.permissions().mode() & 0o7777,
        _ => 0o666 & !umask(),
    };
    file.set_permissions(fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_final_mode(_file: &File, _replaced: &Path) -> io::Result<()> {
    Ok(())
}

/// The process's umask, read without changing it (Linux's `/proc/self/status`); 022 where it
/// cannot be read.
#[cfg(unix)]
fn umask() -> u32 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0o022)
}

/// The directory `path` is in: its parent, or `.` for a bare file name.
pub(crate) fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes a rename in `dir` durable. Not possible (nor needed) on every platform.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        crate::regular_file::open_directory(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt.annotations.toml");
        write_atomic(&path, b"one").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(names(dir.path()), ["a.txt.annotations.toml"]);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        fs::write(&path, "x").unwrap();
        for mode in [0o600, 0o640, 0o664] {
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
            write_atomic(&path, b"y").unwrap();
            let got = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(got, mode);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_umask_default_not_the_temporary_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.toml");
        write_atomic(&path, b"y").unwrap();
        let got = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(got, 0o666 & !umask());
    }

    #[test]
    fn a_stale_temporary_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        let stale = dir.path().join(".s.toml.tmp");
        fs::write(&stale, "left over from a crash").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(&stale).unwrap(), b"left over from a crash");
    }

    /// The attack of issue 10: a link planted under the old fixed temporary name (say,
    /// committed to a shared repository) must not be written through.
    #[cfg(unix)]
    #[test]
    fn a_planted_link_under_the_old_temporary_name_is_not_followed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        fs::set_permissions(&victim, fs::Permissions::from_mode(0o644)).unwrap();
        let path = dir.path().join("a.txt.annotations.toml");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join(".a.txt.annotations.toml.tmp"))
            .unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        let mode = fs::metadata(&victim).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
        assert_eq!(fs::read(&path).unwrap(), b"new");
    }

    /// A link where the file itself was is replaced, not written through.
    #[cfg(unix)]
    #[test]
    fn a_link_at_the_target_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        let path = dir.path().join("s.toml");
        std::os::unix::fs::symlink(&victim, &path).unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert!(!fs::symlink_metadata(&path).unwrap().is_symlink());
    }

    #[test]
    fn leftovers_of_killed_writers_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        for name in [
            ".s.toml.a1B2c3.tmp",
            ".s.toml.zzzzzz.tmp",
            ".t.toml.a1B2c3.tmp",
        ] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        fs::write(dir.path().join(".s.toml.tmp"), "x").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(
            names(dir.path()),
            [".s.toml.tmp", ".t.toml.a1B2c3.tmp", "s.toml"]
        );
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        // The target is a non-empty directory: the rename fails.
        let path = dir.path().join("s.toml");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("inside"), "x").unwrap();
        assert!(write_atomic(&path, b"new").is_err());
        assert_eq!(names(dir.path()), ["s.toml"]);
    }
}
