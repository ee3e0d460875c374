//! Setting an article's citation metadata ([`crate::annotate::meta`]) through the same save as
//! annotations: under the directory lock, merged with what changed on disk, written atomically,
//! never over a sidecar that does not parse. Not recorded for undo (it is not an annotation).

use super::{SaveError, Saved, Store};
use crate::annotate::meta::{apply, ArticleMeta, MetaError, MetaUpdate};

/// Why metadata was not set.
#[derive(Debug)]
pub enum MetaSetError {
    /// A value was refused; nothing was changed.
    Invalid(MetaError),
    /// The save failed; memory holds the change.
    Save(SaveError),
}

impl std::fmt::Display for MetaSetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MetaSetError::Invalid(e) => write!(f, "{e}"),
            MetaSetError::Save(e) => write!(f, "{e}"),
        }
    }
}

impl Store {
    /// The article's citation metadata as held in memory.
    pub fn meta(&self) -> ArticleMeta {
        ArticleMeta::from_info(&self.current.article)
    }

    /// Sets or removes metadata keys and saves.
    pub fn set_meta(&mut self, update: &MetaUpdate) -> Result<Saved, MetaSetError> {
        apply(&mut self.current.article, update).map_err(MetaSetError::Invalid)?;
        self.persist().map_err(MetaSetError::Save)
    }
}
