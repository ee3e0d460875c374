//! Annotations (highlights with tags, colour and note) and their TOML sidecar files.
//!
//! Knows the text engine's `Article` and offsets; knows nothing about terminals.

pub mod model;
pub mod sidecar;
pub mod time;
mod ulid;
