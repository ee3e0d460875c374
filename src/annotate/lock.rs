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
pub(crate) struct DirLock {
    _file: Option<File>,
}

impl DirLock {
    /// Waits for the lock on `dir`. Where the file system cannot lock (some network file
    /// systems), goes on without it: writes stay atomic, only concurrent merges lose their
    /// guarantee.
    pub(crate) fn acquire(dir: &Path) -> io::Result<DirLock> {
        let file = open_lock_file(dir)?;
        match file.lock() {
            Ok(()) => Ok(DirLock { _file: Some(file) }),
            Err(e) if is_unsupported(&e) => Ok(DirLock { _file: None }),
            Err(e) => Err(e),
        }
    }
}

/// An exclusive advisory lock on a lock file, taken without waiting, released when dropped:
/// one `hamish fetch` (or `add`) at a time writes into a folder of saved articles.
#[derive(Debug)]
pub(crate) struct FileLock {
    _file: Option<File>,
}

impl FileLock {
    /// Takes the lock on the file `path` (created if missing); `Ok(None)` when another process
    /// holds it. Where the file system cannot lock, goes on without it.
    pub(crate) fn try_acquire(path: &Path) -> io::Result<Option<FileLock>> {
        let file = match crate::annotate::save::create_new(path, 0o666) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                crate::regular_file::open_regular(path)?.0
            }
            other => other?,
        };
        match file.try_lock() {
            Ok(()) => Ok(Some(FileLock { _file: Some(file) })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) if is_unsupported(&e) => {
                Ok(Some(FileLock { _file: None }))
            }
            Err(std::fs::TryLockError::Error(e)) => Err(e),
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

    #[test]
    fn a_file_lock_is_taken_once_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".lock");
        let held = FileLock::try_acquire(&path).unwrap();
        assert!(held.is_some());
        assert!(FileLock::try_acquire(&path).unwrap().is_none());
        drop(held);
        assert!(FileLock::try_acquire(&path).unwrap().is_some());
    }
}
