//! Reading a file that must be a regular file, with a bound on how much is read: articles,
//! sidecars, the library's title scan, the configuration and themes all read through here.
//!
//! A named pipe, a device or a socket would block a read or never end it (`/dev/zero`), and a
//! huge (say, sparse) file would exhaust memory. So the path is checked before opening, opened
//! non-blocking (a pipe swapped in meanwhile cannot block the open), checked again on the open
//! file (`fstat`), and read no further than a stated limit: a file over it is refused with a
//! message naming the limit. Errors are `io::Error`s whose text says what is wrong (without the
//! path; callers name it). Knows nothing about what the bytes mean.

// The one door in: the only module that opens files for reading (clippy.toml).
#![allow(clippy::disallowed_methods)]

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// How much of one kind of file hamish reads at most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// The most bytes read.
    pub bytes: u64,
    /// What the file is, for messages ("an article").
    pub what: &'static str,
}

/// Articles: far above any news article (the largest expected are tens of MB).
pub const ARTICLE: Limit = Limit {
    bytes: 128 << 20,
    what: "an article",
};

/// Annotation sidecars: 100,000 annotations take about 40 MB.
pub const SIDECAR: Limit = Limit {
    bytes: 64 << 20,
    what: "an annotations file",
};

/// The configuration file and theme files.
pub(crate) const SETTINGS: Limit = Limit {
    bytes: 1 << 20,
    what: "a settings or theme file",
};

/// The whole of the regular file at `path`, refused when it is not a regular file or is
/// larger than `limit`.
pub fn read(path: &Path, limit: Limit) -> io::Result<Vec<u8>> {
    let (file, len) = open_regular(path)?;
    if len > limit.bytes {
        return Err(too_large(len, limit));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // `take` bounds a file that grows while it is read.
    file.take(limit.bytes + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit.bytes {
        return Err(too_large(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

/// [`read`] as UTF-8 text.
pub fn read_to_string(path: &Path, limit: Limit) -> io::Result<String> {
    String::from_utf8(read(path, limit)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "is not valid UTF-8"))
}

/// At most the first `max` bytes of the regular file at `path`, and the file's whole length.
pub(crate) fn read_start(path: &Path, max: usize) -> io::Result<(Vec<u8>, u64)> {
    let (file, len) = open_regular(path)?;
    let mut bytes = Vec::with_capacity(len.min(max as u64) as usize);
    file.take(max as u64).read_to_end(&mut bytes)?;
    Ok((bytes, len))
}

/// Opens `path` for reading if it is a regular file (after following symlinks): checked by
/// path, opened without blocking or taking a controlling terminal, checked again by handle.
pub(crate) fn open_regular(path: &Path) -> io::Result<(File, u64)> {
    check_regular(&std::fs::metadata(path)?)?;
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    check_regular(&meta)?;
    Ok((file, meta.len()))
}

/// Opens the directory at `path` (to lock it or make a rename in it durable), refused when it is
/// not a directory.
pub(crate) fn open_directory(path: &Path) -> io::Result<File> {
    if !std::fs::metadata(path)?.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            "is not a directory",
        ));
    }
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_DIRECTORY | libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Whether a size is over `limit`, as the error [`read`] gives.
pub(crate) fn too_large(len: u64, limit: Limit) -> io::Error {
    io::Error::new(
        io::ErrorKind::FileTooLarge,
        format!(
            "is {}, more than the {} hamish reads for {}",
            size(len),
            size(limit.bytes),
            limit.what
        ),
    )
}

fn check_regular(meta: &Metadata) -> io::Result<()> {
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory, not a regular file",
        ));
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("is {}, not a regular file", special_kind(meta)),
    ))
}

/// Whether two files' metadata is of one file (whatever names or links led to it).
#[cfg(unix)]
pub(crate) fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Whether two files' metadata is of one file, as far as it can be told here.
#[cfg(not(unix))]
pub(crate) fn same_file(a: &Metadata, b: &Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

/// What a file that is not a regular file is, for messages ("a named pipe (FIFO)", "a
/// directory").
pub(crate) fn kind_of(meta: &Metadata) -> &'static str {
    if meta.is_dir() {
        "a directory"
    } else {
        special_kind(meta)
    }
}

#[cfg(unix)]
fn special_kind(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_meta: &Metadata) -> &'static str {
    "a special file"
}

/// A byte count for people: "64 MiB", "2.0 GiB", "312 bytes".
fn size(bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (unit, name) in UNITS {
        if bytes >= unit {
            return if bytes.is_multiple_of(unit) {
                format!("{} {name}", bytes / unit)
            } else {
                format!("{:.1} {name}", bytes as f64 / unit as f64)
            };
        }
    }
    format!("{bytes} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(64 << 20), "64 MiB");
        assert_eq!(size(3 << 29), "1.5 GiB");
        assert_eq!(size(312), "312 bytes");
    }

    #[test]
    fn regular_files_are_read_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "0123456789").unwrap();
        assert_eq!(read(&path, ARTICLE).unwrap(), b"0123456789");
        let tiny = Limit {
            bytes: 4,
            what: "a test file",
        };
        let e = read(&path, tiny).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::FileTooLarge);
        assert!(e.to_string().contains("more than the 4 bytes"), "{e}");
        assert_eq!(read_start(&path, 3).unwrap(), (b"012".to_vec(), 10));
        let e = read(dir.path(), ARTICLE).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::IsADirectory);
    }
}
