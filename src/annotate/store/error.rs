//! What can go wrong opening, saving and editing annotations, with messages a person can act on.
//!
//! Messages hold file paths and ids taken from the user's files: a front end must sanitise them
//! before drawing them. Knows nothing about terminals.

use std::fmt;
use std::io;
use std::ops::Range;
use std::path::PathBuf;

use crate::annotate::location::LocateError;
use crate::annotate::model::AnnotationId;
use crate::annotate::sidecar::ParseError;

/// Why an article's annotations could not be opened. The article can still be read, with
/// annotating disabled.
#[derive(Debug)]
pub enum OpenError {
    /// No place for the sidecar.
    Locate(LocateError),
    /// The sidecar exists but could not be read.
    Read {
        /// The sidecar.
        path: PathBuf,
        /// Why.
        error: io::Error,
    },
    /// The sidecar is not valid: hamish will not write to it until it is fixed or moved.
    Unparsable {
        /// The sidecar.
        path: PathBuf,
        /// Where and what.
        error: ParseError,
    },
}

impl OpenError {
    /// How to get out of this, in one sentence.
    pub fn hint(&self) -> String {
        match self {
            OpenError::Unparsable { .. } => unparsable_hint(),
            OpenError::Read { .. } => {
                "check the file's permissions; annotating is off for this article".into()
            }
            OpenError::Locate(_) => "annotating is off for this article".into(),
        }
    }
}

/// The advice for a sidecar that does not parse. It names no command to paste: a file name
/// can hold quotes and `;`, and a pasted suggestion would run them.
fn unparsable_hint() -> String {
    String::from(
        "hamish has not changed it and will not write to it: fix it by hand (it is TOML, see the \
         README), or rename it (for example adding .broken to its name) to start afresh; \
         annotating is off for this article until then",
    )
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Locate(e) => write!(f, "annotations: {e}"),
            OpenError::Read { path, error } => {
                write!(f, "{}: cannot be read: {error}", path.display())
            }
            OpenError::Unparsable { path, error } => {
                write!(f, "{}: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for OpenError {}

/// Why a change could not be written. The change is kept in memory and written with the next
/// successful save; nothing on disk was damaged.
#[derive(Debug)]
pub enum SaveError {
    /// Reading, locking or writing failed.
    Io {
        /// The sidecar.
        path: PathBuf,
        /// Why.
        error: io::Error,
    },
    /// The sidecar on disk was changed into something that does not parse: it is left alone
    /// until it is fixed or moved away.
    Unparsable {
        /// The sidecar.
        path: PathBuf,
        /// Where and what.
        error: ParseError,
    },
}

impl SaveError {
    /// How to get out of this, in one sentence.
    pub fn hint(&self) -> String {
        match self {
            SaveError::Unparsable { .. } => unparsable_hint(),
            SaveError::Io { .. } => {
                "your changes are kept in memory and saved with the next change".into()
            }
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Io { path, error } => {
                write!(f, "{}: cannot save annotations: {error}", path.display())
            }
            SaveError::Unparsable { path, error } => write!(
                f,
                "{}: changed on disk and no longer valid ({error}); not overwritten",
                path.display()
            ),
        }
    }
}

impl std::error::Error for SaveError {}

/// Why an edit was refused. Nothing changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No annotation has this id (it may have been deleted by another hamish).
    UnknownId(AnnotationId),
    /// The range holds no text.
    EmptyRange,
    /// The range reaches past the end of the article.
    OutOfRange {
        /// The range given.
        range: Range<usize>,
        /// The article's length in chars.
        len: usize,
    },
    /// `confirm` on an annotation that does not need review.
    NotUnderReview(AnnotationId),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::UnknownId(id) => write!(f, "no annotation with id {id}"),
            EditError::EmptyRange => write!(f, "nothing is selected"),
            EditError::OutOfRange { range, len } => write!(
                f,
                "chars {}..{} are outside the article ({len} chars)",
                range.start, range.end
            ),
            EditError::NotUnderReview(id) => {
                write!(f, "annotation {id} does not need review")
            }
        }
    }
}

impl std::error::Error for EditError {}
