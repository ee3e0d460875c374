//! The advisory lock that makes read-merge-write of a sidecar safe between processes.
//!
//! Knows nothing about the sidecar format or what is done under the lock.

use std::fs::File;
use std::io;
use std::path::Path;

/// An exclusive advisory lock on a directory's sidecars, released when dropped.
///
/// On Unix the directory itself is locked (`flock`), so no lock file is left beside the
/// articles; elsewhere a `.hamish.lock` file in the directory is locked.
#[derive(Debug)]
pub struct DirLock {
    _file: Option<File>,
}

impl DirLock {
    /// Waits for the lock on `dir`. Where the file system cannot lock (some network file
    /// systems), goes on without it: writes stay atomic, only concurrent merges lose their
    /// guarantee.
    pub fn acquire(dir: &Path) -> io::Result<DirLock> {
        let file = open_lock_file(dir)?;
        match file.lock() {
            Ok(()) => Ok(DirLock { _file: Some(file) }),
            Err(e) if is_unsupported(&e) => Ok(DirLock { _file: None }),
            Err(e) => Err(e),
        }
    }
}

fn is_unsupported(e: &io::Error) -> bool {
    if e.kind() == io::ErrorKind::Unsupported {
        return true;
    }
    #[cfg(unix)]
    {
        matches!(e.raw_os_error(), Some(libc::ENOLCK) | Some(libc::EBADF))
    }
    #[cfg(not(unix))]
    {
        false
    }
}

#[cfg(unix)]
fn open_lock_file(dir: &Path) -> io::Result<File> {
    crate::regular_file::open_directory(dir)
}

#[cfg(not(unix))]
fn open_lock_file(dir: &Path) -> io::Result<File> {
    match crate::annotate::save::create_new(&dir.join(".hamish.lock"), 0o666) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            crate::regular_file::open_regular(&dir.join(".hamish.lock")).map(|(f, _)| f)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_lock_excludes_other_holders() {
        let dir = tempfile::tempdir().unwrap();
        let held = DirLock::acquire(dir.path()).unwrap();
        let other = File::open(dir.path()).unwrap();
        assert!(other.try_lock().is_err());
        drop(held);
        assert!(other.try_lock().is_ok());
    }
}
