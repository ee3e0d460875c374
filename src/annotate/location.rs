//! Where an article's sidecar lives.
//!
//! Beside the article as `<file name>.annotations.toml` when the article's directory (and an
//! existing sidecar) can be written; otherwise `$XDG_DATA_HOME/hamish/annotations/<SHA-256 of the
//! article's absolute path>.annotations.toml` (`~/.local/share/…` without `XDG_DATA_HOME`). When
//! the file to write does not exist yet but the other one does, hamish starts from the other one,
//! so nothing is lost when a directory becomes (un)writable. Knows nothing about the format.

use std::ffi::OsString;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::fingerprint::sha256_hex;

/// The suffix of sidecar file names.
pub(crate) const SIDECAR_SUFFIX: &str = ".annotations.toml";

/// Where an article's annotations are written and read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file hamish writes.
    pub path: PathBuf,
    /// Whether `path` is the XDG fallback because the article's directory cannot be written.
    pub fallback: bool,
    /// The sidecar beside the article (equal to `path` unless `fallback`, or unless it is a
    /// symlink, which `path` then resolves).
    pub beside: PathBuf,
    /// The other place, to start from when `path` does not exist yet.
    pub alternative: Option<PathBuf>,
    /// Whether the fallback is used because the sidecar beside the article is read-only (in a
    /// directory that may well be writable), not because of the directory.
    pub read_only_sidecar: bool,
}

impl Location {
    /// The file to read: `path` if it exists, else `alternative` if that exists, else `None`.
    pub fn source(&self) -> Option<PathBuf> {
        if self.path.exists() {
            return Some(self.path.clone());
        }
        self.alternative.clone().filter(|p| p.exists())
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fallback && self.read_only_sidecar {
            write!(
                f,
                "{} ({} is read-only)",
                self.path.display(),
                self.beside.display()
            )
        } else if self.fallback {
            write!(
                f,
                "{} (the article's directory is not writable)",
                self.path.display()
            )
        } else {
            write!(f, "{}", self.path.display())
        }
    }
}

/// Why no sidecar location could be found.
#[derive(Debug)]
pub enum LocateError {
    /// The path has no file name (e.g. `..`).
    NotAFile(PathBuf),
    /// The article's directory is not writable and there is no data directory for the fallback.
    NoDataDir,
    /// The current directory could not be read to make the path absolute.
    Io(io::Error),
    /// The sidecar beside the article is a symlink hamish will not write through.
    UnsafeLink {
        /// The link.
        link: PathBuf,
        /// Why it is refused.
        reason: String,
    },
}

impl fmt::Display for LocateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocateError::NotAFile(p) => write!(f, "{} is not a file name", p.display()),
            LocateError::NoDataDir => write!(
                f,
                "the article's directory is not writable and neither XDG_DATA_HOME nor HOME is \
                 set, so there is nowhere to keep annotations"
            ),
            LocateError::Io(e) => write!(f, "cannot resolve the article's path: {e}"),
            LocateError::UnsafeLink { link, reason } => write!(
                f,
                "{} is a symbolic link {reason}; hamish writes through a linked sidecar only \
                 when it points to a regular file you own",
                link.display()
            ),
        }
    }
}

impl std::error::Error for LocateError {}

/// The sidecar path beside `article`.
pub fn beside(article: &Path) -> Option<PathBuf> {
    let name = article.file_name()?;
    let mut sidecar = OsString::from(name);
    sidecar.push(SIDECAR_SUFFIX);
    Some(article.with_file_name(sidecar))
}

/// The directory of fallback sidecars: `annotations/` in hamish's data directory
/// ([`crate::dirs::data_dir`]).
pub(crate) fn fallback_dir() -> Option<PathBuf> {
    Some(crate::dirs::data_dir(&crate::dirs::process_env)?.join("annotations"))
}

/// The fallback sidecar of the article at absolute path `absolute`.
pub(crate) fn fallback_path(absolute: &Path) -> Option<PathBuf> {
    let key = sha256_hex(absolute.as_os_str().as_encoded_bytes());
    Some(fallback_dir()?.join(format!("{key}{SIDECAR_SUFFIX}")))
}

/// The article's path made absolute with symlinks resolved when possible (so one article has
/// one fallback file however it is reached).
pub(crate) fn absolute(article: &Path) -> Result<PathBuf, LocateError> {
    match std::fs::canonicalize(article) {
        Ok(p) => Ok(p),
        Err(_) => std::path::absolute(article).map_err(LocateError::Io),
    }
}

/// The sidecar to read for `article` (to read only), if there is one: what
/// `locate(article)?.source()` gives, found with two `stat`s instead of a dozen system calls when
/// no fallback sidecar exists at all (no `annotations/` directory: the common case), where it
/// can only be the file beside the article. A link there is resolved by [`locate`].
pub(crate) fn existing_sidecar(article: &Path) -> Option<PathBuf> {
    let no_fallbacks = fallback_dir().is_none_or(|d| !d.is_dir());
    if no_fallbacks {
        let b = beside(article)?;
        match std::fs::symlink_metadata(&b) {
            Ok(m) if m.is_file() => return Some(b),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            _ => {}
        }
    }
    match locate(article) {
        Ok(loc) => loc.source(),
        Err(_) => beside(article).filter(|p| p.exists()),
    }
}

/// Where the sidecar of `article` lives.
pub fn locate(article: &Path) -> Result<Location, LocateError> {
    locate_with(article, is_writable)
}

/// [`locate`] with the writability test given (tests use it to play a read-only directory,
/// which root cannot otherwise see).
pub fn locate_with(
    article: &Path,
    writable: impl Fn(&Path) -> bool,
) -> Result<Location, LocateError> {
    let abs = absolute(article)?;
    let beside = beside(&abs).ok_or_else(|| LocateError::NotAFile(article.to_path_buf()))?;
    // A sidecar that is a symlink (say, into a repository of annotations) is written through:
    // replacing the link by a file would silently fork the annotations.
    let target = link_target(&beside)?;
    let dir = target.parent().unwrap_or(Path::new("/"));
    let dir_writable = writable(dir);
    let read_only_sidecar = target.exists() && !writable(&target);
    let fallback = fallback_path(&abs);
    if dir_writable && !read_only_sidecar {
        Ok(Location {
            path: target,
            fallback: false,
            beside,
            alternative: fallback,
            read_only_sidecar: false,
        })
    } else {
        Ok(Location {
            path: fallback.ok_or(LocateError::NoDataDir)?,
            fallback: true,
            alternative: Some(beside.clone()),
            beside,
            read_only_sidecar: dir_writable && read_only_sidecar,
        })
    }
}

/// The file to write for the sidecar `beside`: itself, or, when it is a symlink, the file it
/// points to, provided that is a regular file owned by this user. Any other link (dangling,
/// to a directory, a device or someone else's file) is refused: a link planted in a shared
/// directory must not turn opening an article into a write elsewhere.
pub(crate) fn link_target(beside: &Path) -> Result<PathBuf, LocateError> {
    if !beside.is_symlink() {
        return Ok(beside.to_path_buf());
    }
    let refuse = |reason: String| LocateError::UnsafeLink {
        link: beside.to_path_buf(),
        reason,
    };
    let target = std::fs::canonicalize(beside)
        .map_err(|e| refuse(format!("that cannot be followed ({e})")))?;
    let meta =
        std::fs::metadata(&target).map_err(|e| refuse(format!("to {} ({e})", target.display())))?;
    if !meta.file_type().is_file() {
        return Err(refuse(format!(
            "to {}, which is not a regular file",
            target.display()
        )));
    }
    if !owned_by_me(&meta) {
        return Err(refuse(format!(
            "to {}, which belongs to another user",
            target.display()
        )));
    }
    Ok(target)
}

#[cfg(unix)]
fn owned_by_me(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    meta.uid() == unsafe { libc::geteuid() }
}

#[cfg(not(unix))]
fn owned_by_me(_meta: &std::fs::Metadata) -> bool {
    true
}

/// Whether this process may write `path` (a directory: create and rename files in it).
pub(crate) fn is_writable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: `c` is a valid NUL-terminated string that outlives the call.
        unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_existing_sidecar_is_found_as_locate_finds_it() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "نص").unwrap();
        assert_eq!(existing_sidecar(&article), None);
        let sidecar = dir.path().join("a.txt.annotations.toml");
        std::fs::write(&sidecar, "version = 1\n").unwrap();
        assert_eq!(existing_sidecar(&article), Some(sidecar.clone()));
        assert_eq!(
            existing_sidecar(&article),
            locate(&article).unwrap().source()
        );
        // A link beside the article is resolved as locate resolves it.
        let real = dir.path().join("real.toml");
        std::fs::rename(&sidecar, &real).unwrap();
        std::os::unix::fs::symlink(&real, &sidecar).unwrap();
        assert_eq!(
            existing_sidecar(&article),
            locate(&article).unwrap().source()
        );
    }

    #[test]
    fn sidecar_names() {
        assert_eq!(
            beside(Path::new("/a/b/000_634842d1e9bc2a25.txt")).unwrap(),
            Path::new("/a/b/000_634842d1e9bc2a25.txt.annotations.toml")
        );
        assert_eq!(beside(Path::new("/")), None);
        let f = fallback_path(Path::new("/a/b.txt"));
        if let Some(f) = f {
            let name = f.file_name().unwrap().to_str().unwrap();
            assert_eq!(name.len(), 64 + SIDECAR_SUFFIX.len());
            assert!(f.ends_with(Path::new("hamish/annotations").join(name)));
        }
    }

    #[test]
    fn a_writable_directory_keeps_the_sidecar_beside() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "نص").unwrap();
        let loc = locate(&article).unwrap();
        assert!(!loc.fallback);
        assert_eq!(loc.path.file_name().unwrap(), "a.txt.annotations.toml");
        assert_eq!(loc.source(), None);
        assert!(loc.to_string().ends_with("a.txt.annotations.toml"));
    }

    #[test]
    fn a_read_only_sidecar_is_named_as_such_not_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "نص").unwrap();
        let sidecar = dir.path().join("a.txt.annotations.toml");
        std::fs::write(&sidecar, "version = 1\n").unwrap();
        // Root may write a 0444 file anyway, so the test plays the permission check.
        let loc = locate_with(&article, |p| p != sidecar.canonicalize().unwrap()).unwrap();
        if fallback_dir().is_none() {
            return;
        }
        assert!(loc.fallback && loc.read_only_sidecar);
        let shown = loc.to_string();
        assert!(
            shown.contains("a.txt.annotations.toml is read-only"),
            "{shown}"
        );
        assert!(!shown.contains("directory is not writable"), "{shown}");
        let loc = locate_with(&article, |_| false).unwrap();
        assert!(loc.to_string().contains("directory is not writable"));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_sidecar_is_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("elsewhere");
        std::fs::create_dir(&store).unwrap();
        let real = store.join("notes.toml");
        std::fs::write(&real, "version = 1\n").unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "x").unwrap();
        std::os::unix::fs::symlink(&real, dir.path().join("a.txt.annotations.toml")).unwrap();
        let loc = locate(&article).unwrap();
        assert_eq!(loc.path, std::fs::canonicalize(&real).unwrap());
        assert!(loc.beside.ends_with("a.txt.annotations.toml"));
    }

    #[cfg(unix)]
    #[test]
    fn links_that_do_not_point_to_a_regular_file_of_mine_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "x").unwrap();
        let link = dir.path().join("a.txt.annotations.toml");
        let targets = [
            (dir.path().join("missing"), "cannot be followed"),
            (dir.path().to_path_buf(), "not a regular file"),
            (PathBuf::from("/dev/null"), "not a regular file"),
        ];
        for (target, why) in targets {
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink(&target, &link).unwrap();
            match locate(&article) {
                Err(e @ LocateError::UnsafeLink { .. }) => {
                    assert!(e.to_string().contains(why), "{e}")
                }
                other => panic!("{target:?}: {other:?}"),
            }
        }
    }
}
