//! Renaming a tag, or merging one tag into another, across every sidecar of a library, and
//! undoing that in one step.
//!
//! Both are one operation: every annotation carrying tag `from` carries tag `to` instead (a
//! rename when no annotation had `to`, a merge when some had). Tags compare without regard to
//! case ([`tag_key`]), so renaming `putin` to `Putin` respells it everywhere; an annotation that
//! had both `from` and `to` keeps one `to`, spelled as given. Only annotations carrying `from`
//! change (their `updated` time too, as any edit's, so the change wins a merge it is part of).
//!
//! Each sidecar is changed the way the reader saves one: under the directory lock
//! (`lock.rs`), read again, patched so that only the changed annotations' `tags` and
//! `updated` lines change ([`super::sidecar::patch`]) and written atomically ([`write_atomic`]).
//! Reading and writing under the lock means a concurrent writer's change is never lost: another
//! hamish with the article open takes this change in with its next save (a three-way merge, as
//! for any change made on disk). A sidecar that cannot be read or does not parse is named in
//! [`Retagged::skipped`] and never written; one whose tags do not change is not written at all.
//!
//! The [`Retagged`] record undoes the whole operation ([`Retagged::undo`]): a sidecar untouched
//! since gets its exact former bytes back; one changed since in other ways gets exactly the
//! retagged annotations back (their former tags and times), provided those annotations are as
//! the operation left them; otherwise that file is refused with the reason, and the others are
//! still undone. Knows nothing about terminals.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use super::location::{link_target, locate};
use super::lock::DirLock;
use super::model::{normalize_tags, tag_key, Annotation, AnnotationId, Sidecar};
use super::save::{parent_dir, write_atomic};
use super::sidecar::{parse_bytes, patch};
use super::time::Timestamp;

/// A file left alone, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The sidecar.
    pub path: PathBuf,
    /// What is wrong (for a sidecar that does not parse: its line and column).
    pub problem: String,
}

/// One sidecar a rename or merge wrote: enough to undo it.
#[derive(Clone, Debug, PartialEq)]
pub struct FileChange {
    /// The sidecar written.
    pub path: PathBuf,
    /// Its bytes before.
    before: Vec<u8>,
    /// Its bytes as written.
    after: Vec<u8>,
    /// The annotations changed: (before, after) by id.
    annotations: BTreeMap<AnnotationId, (Annotation, Annotation)>,
}

impl FileChange {
    /// How many annotations of this file changed.
    pub fn annotations(&self) -> usize {
        self.annotations.len()
    }

    /// The sidecar's bytes before the change.
    pub fn before(&self) -> &[u8] {
        &self.before
    }

    /// The sidecar's bytes as the change wrote them.
    pub fn after(&self) -> &[u8] {
        &self.after
    }

    /// The change of `path` from `before` to `after` (both whole sidecars, as written): the
    /// annotations that differ are the changed ones.
    pub fn from_bytes(
        path: PathBuf,
        before: Vec<u8>,
        after: Vec<u8>,
    ) -> Result<FileChange, String> {
        let old = parse_bytes(&before).map_err(|e| e.to_string())?;
        let new = parse_bytes(&after).map_err(|e| e.to_string())?;
        let annotations = old
            .annotations
            .into_iter()
            .filter_map(|(id, a)| {
                let b = new.annotations.get(&id)?;
                (a != *b).then(|| (id, (a, b.clone())))
            })
            .collect();
        Ok(FileChange {
            path,
            before,
            after,
            annotations,
        })
    }
}

/// What a rename or merge did, and the record that undoes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Retagged {
    /// The tag given up.
    pub from: String,
    /// The tag it became.
    pub to: String,
    /// The sidecars written.
    pub changed: Vec<FileChange>,
    /// Sidecars left alone: unreadable, not parsing, or failing to be written.
    pub skipped: Vec<Skipped>,
}

impl Retagged {
    /// How many annotations changed, in all files.
    pub fn annotations(&self) -> usize {
        self.changed.iter().map(FileChange::annotations).sum()
    }
}

/// What an undo did.
#[derive(Clone, Debug, PartialEq)]
pub struct Undone {
    /// The sidecars put back.
    pub restored: Vec<PathBuf>,
    /// The sidecars refused, with why.
    pub refused: Vec<Skipped>,
    /// The part still to undo (the refused files), or `None` when nothing was refused.
    pub rest: Option<Retagged>,
}

/// Why a rename or merge was not started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetagError {
    /// The new tag is empty (or only spaces).
    EmptyTag,
    /// The two tags are spelled exactly alike: there is nothing to do.
    Same,
}

impl std::fmt::Display for RetagError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RetagError::EmptyTag => write!(f, "a tag cannot be empty"),
            RetagError::Same => write!(f, "that is the tag's name already"),
        }
    }
}

impl std::error::Error for RetagError {}

/// The sidecar files of `articles` (each article's, where the store would read it; articles
/// without one are left out), and the articles whose sidecar place cannot be used (a link
/// hamish will not write through).
pub(crate) fn sidecars_of(articles: &[PathBuf]) -> (Vec<PathBuf>, Vec<Skipped>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for article in articles {
        match locate(article) {
            Ok(loc) => files.extend(loc.source()),
            Err(e) => skipped.push(Skipped {
                path: article.clone(),
                problem: e.to_string(),
            }),
        }
    }
    files.sort();
    files.dedup();
    (files, skipped)
}

/// Gives every annotation carrying tag `from`, in the sidecars of `articles`, the tag `to`
/// instead (see the module's comment). Renaming and merging are this one operation.
pub fn retag(articles: &[PathBuf], from: &str, to: &str) -> Result<Retagged, RetagError> {
    let to = to.trim();
    if to.is_empty() {
        return Err(RetagError::EmptyTag);
    }
    if from.trim() == to {
        return Err(RetagError::Same);
    }
    let (files, skipped) = sidecars_of(articles);
    let mut done = Retagged {
        from: from.trim().to_owned(),
        to: to.to_owned(),
        changed: Vec::new(),
        skipped,
    };
    let now = Timestamp::now();
    for file in files {
        match retag_file(&file, from, to, now) {
            Ok(Some(change)) => done.changed.push(change),
            Ok(None) => {}
            Err(problem) => done.skipped.push(Skipped {
                path: file,
                problem,
            }),
        }
    }
    Ok(done)
}

/// `sidecar` with `from` replaced by `to` on every annotation carrying it: the changed
/// annotations (before, after), `updated` set to `now`.
pub fn retagged(
    sidecar: &Sidecar,
    from: &str,
    to: &str,
    now: Timestamp,
) -> BTreeMap<AnnotationId, (Annotation, Annotation)> {
    let (from_key, to_key) = (tag_key(from), tag_key(to));
    let mut changed = BTreeMap::new();
    for a in sidecar.annotations.values() {
        if !a.tags.iter().any(|t| tag_key(t) == from_key) {
            continue;
        }
        let kept = a.tags.iter().filter(|t| {
            let key = tag_key(t);
            key != from_key && key != to_key
        });
        let tags = normalize_tags(kept.map(String::as_str).chain([to]));
        if tags != a.tags {
            let mut new = a.clone();
            new.tags = tags;
            new.updated = Some(now);
            changed.insert(a.id.clone(), (a.clone(), new));
        }
    }
    changed
}

/// Retags one sidecar under its directory's lock; `Ok(None)` when none of its tags change
/// (then it is not written) or it has gone.
fn retag_file(
    path: &Path,
    from: &str,
    to: &str,
    now: Timestamp,
) -> Result<Option<FileChange>, String> {
    let path = link_target(path).map_err(|e| e.to_string())?;
    let _lock = DirLock::acquire(parent_dir(&path)).map_err(|e| e.to_string())?;
    let Some(before) = read(&path)? else {
        return Ok(None);
    };
    let old = parse_bytes(&before).map_err(|e| e.to_string())?;
    let annotations = retagged(&old, from, to, now);
    if annotations.is_empty() {
        return Ok(None);
    }
    let mut new = old.clone();
    for (id, (_, a)) in &annotations {
        new.annotations.insert(id.clone(), a.clone());
    }
    let after = patch(&String::from_utf8_lossy(&before), &old, &new).into_bytes();
    write_atomic(&path, &after).map_err(|e| e.to_string())?;
    Ok(Some(FileChange {
        path,
        before,
        after,
        annotations,
    }))
}

/// The file's bytes, `None` if it does not exist.
fn read(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match crate::regular_file::read(path, crate::regular_file::SIDECAR) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

impl Retagged {
    /// Undoes the whole operation, file by file (see the module's comment): files refused are
    /// named, with why, and kept in [`Undone::rest`]; the others are undone all the same.
    pub fn undo(self) -> Undone {
        let mut undone = Undone {
            restored: Vec::new(),
            refused: Vec::new(),
            rest: None,
        };
        let mut rest = Vec::new();
        for change in self.changed {
            match undo_file(&change) {
                Ok(()) => undone.restored.push(change.path),
                Err(problem) => {
                    undone.refused.push(Skipped {
                        path: change.path.clone(),
                        problem,
                    });
                    rest.push(change);
                }
            }
        }
        if !rest.is_empty() {
            undone.rest = Some(Retagged {
                changed: rest,
                skipped: Vec::new(),
                ..self
            });
        }
        undone
    }
}

/// Puts one file back under its directory's lock.
fn undo_file(change: &FileChange) -> Result<(), String> {
    let path = &change.path;
    let _lock = DirLock::acquire(parent_dir(path)).map_err(|e| e.to_string())?;
    let Some(now) = read(path)? else {
        return Err("it was removed since".into());
    };
    if now == change.after {
        return write_atomic(path, &change.before).map_err(|e| e.to_string());
    }
    let current = parse_bytes(&now).map_err(|e| format!("it no longer reads: {e}"))?;
    let mut restored = current.clone();
    for (id, (before, after)) in &change.annotations {
        if current.annotations.get(id) != Some(after) {
            return Err(format!(
                "annotation {id} was changed since; its tags are left as they are"
            ));
        }
        restored.annotations.insert(id.clone(), before.clone());
    }
    let text = patch(&String::from_utf8_lossy(&now), &current, &restored);
    write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())
}
