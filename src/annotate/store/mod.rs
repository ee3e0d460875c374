//! The annotation store: what the reader uses to show, find and change an article's annotations.
//!
//! Open it with the article's path and its loaded [`Article`](crate::text::Article):
//!
//! ```no_run
//! # use hamish::annotate::store::Store;
//! # use hamish::text::Article;
//! # let path = std::path::Path::new("a.txt");
//! let article = Article::load(path).unwrap();
//! match Store::open(path, &article) {
//!     Ok(opened) => {
//!         let mut store = opened.store;
//!         for entry in store.annotations() { /* entry.annotation, entry.state, entry.range */ }
//!         let applied = store.add(10..20, &["quote"], "yellow", "").unwrap();
//!         if let Err(e) = applied.saved { /* status line: e, e.hint() */ }
//!     }
//!     Err(e) => { /* read-only: show e and e.hint(); annotating disabled */ }
//! }
//! ```
//!
//! Every change is written at once ([`super::save`]), merging with whatever changed on disk
//! meanwhile ([`super::merge`]) under a directory lock (`lock.rs`). A failed write keeps
//! the change in memory (it is written with the next save); a sidecar that does not parse is
//! never written. Only what changed is written: opening writes only when an annotation's place
//! really moved (new offsets or new quote — not merely context that a hand-written entry left
//! out, and not merely a changed article: `[article] sha256` is re-stamped only along with such
//! a write), and the write changes only the changed annotations' lines. Offsets are chars of
//! the article's text. Knows nothing about terminals.

mod edit;
mod error;
mod meta;
mod open;
mod persist;
mod query;
mod recovery;

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

pub use edit::Edit;
pub use error::{EditError, OpenError, SaveError};
pub use meta::MetaSetError;
pub use query::{Counts, Entry};
pub use recovery::{recovery_dir, Unsaved};

use super::anchor::AnchorState;
use super::history::History;
use super::location::Location;
use super::merge::MergeReport;
use super::model::{AnnotationId, Sidecar};

/// An article's annotations, their anchor states, and the sidecar they are kept in.
#[derive(Debug)]
pub struct Store {
    /// The article's file name (written to `[article] file`).
    file_name: String,
    /// The article's absolute path (written to `[article] path` in fallback files).
    absolute: PathBuf,
    /// The article's text, for quotes and re-anchoring.
    text: std::sync::Arc<String>,
    /// SHA-256 of `text`.
    sha256: String,
    location: Location,
    /// The sidecar's bytes when last read or written (`None`: it did not exist). Parsed, they
    /// are the base of a three-way merge when the file has changed since; they are kept as
    /// bytes so that the common case (nothing changed) costs a comparison, not a copy.
    seen_bytes: Option<Vec<u8>>,
    /// What `seen_bytes` parse to, when known (saves and merges then need not parse them).
    seen: Option<Sidecar>,
    /// Whether this store created the sidecar (none existed): it removes it again when undo
    /// or deletion leaves it holding nothing.
    created: bool,
    /// The annotations as they are now.
    current: Sidecar,
    states: HashMap<AnnotationId, AnchorState>,
    /// Shown annotations by (start, end, id), then orphans by stored start: reading order.
    order: Vec<(Option<Range<usize>>, AnnotationId)>,
    history: History,
    /// Whether memory holds changes the last save could not write.
    unsaved: bool,
    /// The last recovery file written on closing, and what it holds.
    recovered: Option<(PathBuf, Sidecar)>,
}

/// A store just opened, and what happened to the sidecar on the way.
#[derive(Debug)]
pub struct Opened {
    /// The store.
    pub store: Store,
    /// `Some` when anchoring moved annotations and the sidecar was rewritten: how that went.
    pub saved: Option<Result<Saved, SaveError>>,
}

/// What a successful save did besides writing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    /// The sidecar had changed on disk and was merged: what came from disk, and conflicts
    /// ("edited on both sides, kept the later" for the status line).
    pub merge: Option<MergeReport>,
    /// The article's directory turned out not to be writable, so the sidecar is now kept in the
    /// XDG fallback (see [`Store::location`]).
    pub fell_back: bool,
}

/// A change made in memory, and whether it reached the disk.
#[derive(Debug)]
pub struct Applied {
    /// The annotation changed.
    pub id: AnnotationId,
    /// The save that followed.
    pub saved: Result<Saved, SaveError>,
}

impl Store {
    /// Where the sidecar is kept (say so when `location().fallback`).
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The whole sidecar as it is in memory.
    pub fn sidecar(&self) -> &Sidecar {
        &self.current
    }
}

/// Puts `a` on `range` with the quote and context taken there: the one place an annotation's
/// placement fields are set together (anchoring and re-selecting both use it).
fn place(a: &mut super::model::Annotation, range: Range<usize>, quote: super::offsets::Quote) {
    a.start = range.start;
    a.end = range.end;
    a.exact = quote.exact;
    a.prefix = quote.prefix;
    a.suffix = quote.suffix;
}
