//! Quotes out, one binary: every export format on a fixed annotated library (golden files, each
//! also read back by an outside tool: Python's csv and json, the W3C checker, xmllint with the
//! REFI-QDA schema, pandoc), and `export`, `tags`, `annotate`, `meta` run as a person runs them.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The shared helpers (`tests/common/`) this binary uses.
#[path = "../common"]
mod common {
    pub mod bounded;
}

mod export_cli;
mod export_formats;
mod export_whole_library;
mod hostile_files;
mod library;
mod markdown_pandoc;
mod positions;
mod positions_library;
