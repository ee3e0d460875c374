//! Annotations (highlights with tags, colour and note) and their TOML sidecar files.
//!
//! The reader uses [`store::Store`]: open it for an article, list and find annotations, change
//! them (each change saved at once, merged with changes made on disk, undoable). Below it:
//! the data [`model`], the file format ([`sidecar`]), where files live ([`location`]), finding
//! passages again after an article changed ([`anchor`], `score.rs`, `fuzzy.rs`), crash-safe
//! writing ([`save`], `lock.rs`), three-way merging ([`merge`]), library-wide counts and tags
//! ([`library`]) and renaming or merging a tag across a library ([`retag`]).
//!
//! Knows the text engine's `Article`, offsets and folding; knows nothing about terminals.

pub mod anchor;
mod candidates;
pub mod fingerprint;
mod folded_text;
pub(crate) mod fuzzy;
pub(crate) mod history;
pub mod library;
pub mod location;
pub(crate) mod lock;
pub mod merge;
pub(crate) mod merge_fields;
pub mod meta;
pub mod model;
pub mod offsets;
pub mod retag;
pub(crate) mod retag_record;
pub mod save;
pub(crate) mod score;
pub mod sidecar;
pub mod store;
pub mod time;
pub(crate) mod unique;
