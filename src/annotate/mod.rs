//! Annotations (highlights with tags, colour and note) and their TOML sidecar files.
//!
//! Knows the text engine's `Article` and offsets; knows nothing about terminals.

pub mod anchor;
mod candidates;
pub mod fuzzy;
pub mod model;
pub mod offsets;
pub mod score;
pub mod sidecar;
pub mod time;
mod ulid;
