//! The command line's integration tests, one binary: `hamish render`, `hamish check-terminal`
//! and the sample library, run as a person runs them (no terminal needed; see `tests/e2e`).

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The shared helpers (`tests/common/`) this binary uses, and only those: the module is private,
/// so a helper no test here uses any more is reported as dead code.
#[path = "../common"]
mod common {
    pub mod readme;
    pub mod seeds;
}

mod check_terminal;
mod cli_annotate_folding;
mod cli_args;
mod cli_encodings;
mod cli_render;
mod cli_render_files;
mod news_helper;
mod samples_install;
