//! End-to-end tests, one binary: the real `hamish` binary run in tmux, keys sent and the screen
//! and the files it writes read back, for whole flows of reading and annotating.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The shared helpers (`tests/common/`) this binary uses, and only those: the module is private,
/// so a helper no test here uses any more is reported as dead code.
#[path = "../common"]
mod common {
    pub mod tmux;
}

/// The news tests' HTTP server and fixture pages (only some of their helpers are used here).
#[allow(dead_code)]
#[path = "../news/fixtures.rs"]
mod fixtures;
#[allow(dead_code)]
#[path = "../news/server.rs"]
mod server;

mod e2e_annotate;
mod e2e_cli;
mod e2e_daily;
mod e2e_find;
mod e2e_home;
mod e2e_interrupted;
mod e2e_passages;
mod e2e_reader;
mod e2e_tags;
