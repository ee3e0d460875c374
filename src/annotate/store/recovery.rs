//! Closing an article whose last save failed (a full disk, a directory made read-only, a
//! sidecar broken on disk meanwhile): one more try, then the annotations as memory holds them
//! go to a recovery file in hamish's data directory, so closing never loses a change silently.
//! Knows nothing about terminals: the front end says what [`Unsaved`] reports.

use std::fmt;
use std::io;
use std::path::PathBuf;

use super::{SaveError, Store};
use crate::annotate::model::AnnotationId;
use crate::annotate::save::write_atomic;
use crate::annotate::sidecar::write;

/// Changes that could not be saved on closing, and where they went instead.
#[derive(Debug)]
pub struct Unsaved {
    /// Why the sidecar could not be written.
    pub error: SaveError,
    /// The recovery file holding every annotation as memory had it, or why none could be
    /// written either (then the changes are lost when hamish exits).
    pub recovery: Result<PathBuf, io::Error>,
}

impl fmt::Display for Unsaved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.recovery {
            Ok(path) => write!(
                f,
                "{}; your annotations were written to {} instead: copy it over the sidecar \
                 once the problem is fixed",
                self.error,
                path.display()
            ),
            Err(e) => write!(
                f,
                "{}; no recovery file could be written either ({e}): the unsaved changes are \
                 lost when hamish exits",
                self.error
            ),
        }
    }
}

impl std::error::Error for Unsaved {}

/// Where recovery files go: `recovery/` in hamish's data directory.
pub fn recovery_dir() -> Option<PathBuf> {
    crate::dirs::data_dir(&crate::dirs::process_env).map(|d| d.join("recovery"))
}

impl Store {
    /// Whether memory holds changes that the last save could not write.
    pub fn has_unsaved(&self) -> bool {
        self.unsaved
    }

    /// Before the article is closed: writes what the last save could not; if that still fails,
    /// writes the annotations to a recovery file (a new one only when they changed since the
    /// last) and reports where. `Ok` when nothing is
    /// unsaved (nothing is written then).
    pub fn close(&mut self) -> Result<(), Unsaved> {
        self.close_recovering_in(recovery_dir())
    }

    /// [`Store::close`] with the recovery directory given (`None`: there is none).
    pub fn close_recovering_in(&mut self, dir: Option<PathBuf>) -> Result<(), Unsaved> {
        if !self.unsaved {
            return Ok(());
        }
        let Err(error) = self.persist() else {
            return Ok(());
        };
        let recovery = match &self.recovered {
            // Nothing changed since the last recovery file: it still holds everything.
            Some((path, held)) if *held == self.current => Ok(path.clone()),
            _ => self.write_recovery(dir),
        };
        if let Ok(path) = &recovery {
            self.recovered = Some((path.clone(), self.current.clone()));
        }
        Err(Unsaved { error, recovery })
    }

    /// `<dir>/<article>.<ULID>.annotations.toml`.
    fn write_recovery(&self, dir: Option<PathBuf>) -> io::Result<PathBuf> {
        let dir = dir.ok_or_else(|| {
            io::Error::other("no data directory (neither XDG_DATA_HOME nor HOME is set)")
        })?;
        std::fs::create_dir_all(&dir)?;
        let name = format!(
            "{}.{}{}",
            self.file_name.trim_start_matches('.'),
            AnnotationId::generate(),
            crate::annotate::location::SIDECAR_SUFFIX
        );
        let path = dir.join(name);
        write_atomic(&path, write(&self.current).as_bytes())?;
        Ok(path)
    }
}
