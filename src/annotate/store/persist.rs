//! Saving: under the directory lock, read the sidecar; if it changed since hamish last saw it,
//! merge three ways with what hamish last saw as the base; write the result atomically, as a
//! patch of the text on disk (see [`crate::annotate::sidecar::patch`]).
//!
//! A sidecar that vanished is written again (nothing in memory is given up); one that no longer
//! parses is left alone and the save fails. When the article's directory refuses the write, the
//! sidecar moves to the XDG fallback and the save is retried there.

use std::io;
use std::path::Path;

use super::open::read_optional;
use super::{OpenError, SaveError, Saved, Store};
use crate::annotate::anchor::AnchorState;
use crate::annotate::location::{fallback_path, link_target};
use crate::annotate::lock::DirLock;
use crate::annotate::merge::{is_blank, merge, MergeReport};
use crate::annotate::model::{ArticleInfo, Sidecar};
use crate::annotate::save::{parent_dir, write_atomic};
use crate::annotate::sidecar::{parse_bytes, patch, write};

impl Store {
    /// Brings memory and disk in line: takes in changes made to the sidecar on disk (another
    /// hamish, a `git pull`, a hand edit) and writes what memory holds that disk lacks (after a
    /// failed save). Writes nothing when they already agree. Every change calls it itself.
    pub fn sync(&mut self) -> Result<Saved, SaveError> {
        self.persist()
    }

    pub(super) fn persist(&mut self) -> Result<Saved, SaveError> {
        let result = self.persist_or_fall_back();
        self.unsaved = result.is_err();
        result
    }

    fn persist_or_fall_back(&mut self) -> Result<Saved, SaveError> {
        match self.persist_here() {
            Err(SaveError::Io { error, .. })
                if !self.location.fallback && is_permission(&error) =>
            {
                self.fall_back()?;
                let mut saved = self.persist_here()?;
                saved.fell_back = true;
                Ok(saved)
            }
            other => other,
        }
    }

    fn persist_here(&mut self) -> Result<Saved, SaveError> {
        let path = self.location.path.clone();
        let io_error = |error: io::Error| SaveError::Io {
            path: path.clone(),
            error,
        };
        self.recheck_link().map_err(io_error)?;
        let dir = parent_dir(&path).to_path_buf();
        if self.location.fallback {
            std::fs::create_dir_all(&dir).map_err(io_error)?;
        }
        let _lock = DirLock::acquire(&dir).map_err(io_error)?;
        let disk = read_optional(&path).map_err(|e| match e {
            OpenError::Read { error, .. } => io_error(error),
            other => io_error(io::Error::other(other.to_string())),
        })?;
        let unparsable = |error| SaveError::Unparsable {
            path: path.clone(),
            error,
        };
        let on_disk = match &disk {
            // Unchanged since last seen: its parsed form is kept, so a save need not parse.
            Some(bytes) if Some(bytes) == self.seen_bytes.as_ref() => match self.seen.take() {
                Some(seen) => Some(seen),
                None => Some(parse_bytes(bytes).map_err(unparsable)?),
            },
            Some(bytes) => Some(parse_bytes(bytes).map_err(unparsable)?),
            None => None,
        };
        let mut saved = Saved::default();
        if let (Some(bytes), Some(theirs)) = (&disk, &on_disk) {
            if Some(bytes) != self.seen_bytes.as_ref() {
                saved.merge = Some(self.take_in(bytes.clone(), theirs));
            }
        }
        self.write_out(&path, disk, on_disk).map_err(io_error)?;
        Ok(saved)
    }

    /// Merges the sidecar found on disk (`theirs`, read as `bytes`) into memory.
    fn take_in(&mut self, bytes: Vec<u8>, theirs: &Sidecar) -> MergeReport {
        let base = self.seen();
        let (merged, report) = merge(&base, &self.current, theirs);
        self.current = merged;
        self.remember(Some(bytes), Some(theirs.clone()));
        let from_disk: Vec<_> = report.taken_from_disk().cloned().collect();
        for id in &from_disk {
            self.anchor_one(id);
        }
        self.states
            .retain(|id, _| self.current.annotations.contains_key(id));
        self.rebuild_order();
        report
    }

    /// Writes memory to `path` where it differs from what is there (`disk`, read as `on_disk`):
    /// a new file in the canonical layout, an existing one patched so that only what changed
    /// changes. `[article]` is stamped only along with such a write, so that merely opening
    /// never dirties the file. A sidecar holding nothing is not created, and one this store
    /// created is removed again when it comes to hold nothing.
    fn write_out(
        &mut self,
        path: &Path,
        disk: Option<Vec<u8>>,
        on_disk: Option<Sidecar>,
    ) -> io::Result<()> {
        let holds_nothing = is_blank(&self.current);
        let (Some(bytes), Some(on_disk)) = (disk, on_disk) else {
            if !holds_nothing {
                self.stamp_article();
                let text = write(&self.current);
                write_atomic(path, text.as_bytes())?;
                self.created = true;
                self.remember(Some(text.into_bytes()), Some(self.current.clone()));
            }
            return Ok(());
        };
        if holds_nothing && self.created {
            std::fs::remove_file(path)?;
            self.created = false;
            self.remember(None, None);
            return Ok(());
        }
        if on_disk.annotations == self.current.annotations
            && on_disk.extra == self.current.extra
            && same_metadata(&on_disk.article, &self.current.article)
        {
            self.remember(Some(bytes), Some(on_disk));
            return Ok(());
        }
        self.stamp_article();
        let text = patch(&String::from_utf8_lossy(&bytes), &on_disk, &self.current);
        if text.as_bytes() != bytes {
            write_atomic(path, text.as_bytes())?;
        }
        self.remember(Some(text.into_bytes()), Some(self.current.clone()));
        Ok(())
    }

    /// Records the sidecar as last read or written: its bytes and what they parse to.
    fn remember(&mut self, bytes: Option<Vec<u8>>, parsed: Option<Sidecar>) {
        self.seen_bytes = bytes;
        self.seen = parsed;
    }

    /// A sidecar beside the article that is a link is written through only while it still
    /// points to the file it pointed to on opening, and that is still a regular file of this
    /// user's ([`link_target`]): a link changed meanwhile is refused, not followed.
    fn recheck_link(&self) -> io::Result<()> {
        let loc = &self.location;
        if loc.fallback || loc.path == loc.beside {
            return Ok(());
        }
        match link_target(&loc.beside) {
            Ok(target) if target == loc.path => Ok(()),
            Ok(_) => Err(io::Error::other(format!(
                "{} now points elsewhere; not written through",
                loc.beside.display()
            ))),
            Err(e) => Err(io::Error::other(e.to_string())),
        }
    }

    /// The sidecar as last read or written: empty if there was none. (Seen bytes always
    /// parsed when they were seen.)
    fn seen(&self) -> Sidecar {
        if let Some(seen) = &self.seen {
            return seen.clone();
        }
        self.seen_bytes
            .as_deref()
            .and_then(|b| parse_bytes(b).ok())
            .unwrap_or_else(|| Sidecar::new(self.file_name.clone()))
    }

    /// Fills `[article]` for the article as loaded. The checksum says "these offsets were
    /// verified against this text", so it is stamped only when every annotation was found:
    /// stamping it over one that needs review or is orphaned would make the next open trust
    /// that annotation's offsets and report it anchored, with nothing changed.
    fn stamp_article(&mut self) {
        let all_found = self.all_found();
        let article = &mut self.current.article;
        article.file = self.file_name.clone();
        if all_found {
            article.sha256 = self.sha256.clone();
        }
        if self.location.fallback {
            article.path = Some(self.absolute.to_string_lossy().into_owned());
        }
    }

    /// Whether every annotation was found (anchored or moved): only then may the article's
    /// checksum be stamped.
    pub(super) fn all_found(&self) -> bool {
        self.current.annotations.keys().all(|id| {
            matches!(
                self.state_of(id),
                AnchorState::Anchored | AnchorState::Moved { .. }
            )
        })
    }

    /// Switches to the XDG fallback file, which has nothing in common with what was seen
    /// beside the article: nothing was seen there, so a merge with it adds rather than deletes.
    fn fall_back(&mut self) -> Result<(), SaveError> {
        let path = fallback_path(&self.absolute).ok_or_else(|| SaveError::Io {
            path: self.location.path.clone(),
            error: io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the directory is not writable and there is no XDG data directory",
            ),
        })?;
        self.location.alternative = Some(self.location.beside.clone());
        self.location.path = path;
        self.location.fallback = true;
        self.remember(None, None);
        Ok(())
    }
}

fn is_permission(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Whether two `[article]` tables say the same apart from `file` and `sha256`, which saving
/// stamps anew.
fn same_metadata(a: &ArticleInfo, b: &ArticleInfo) -> bool {
    let unstamped = |i: &ArticleInfo| ArticleInfo {
        file: String::new(),
        sha256: String::new(),
        ..i.clone()
    };
    unstamped(a) == unstamped(b)
}
