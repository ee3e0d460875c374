//! The annotation layer's integration tests, one binary: anchoring after edits, the store and
//! its sidecar files (round trips, hostile files, crashes, concurrent writers), the library scan
//! and the git merge driver. Knows nothing of the reader.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The shared helpers (`tests/common/`) this binary uses, and only those: the module is private,
/// so a helper no test here uses any more is reported as dead code.
#[path = "../common"]
mod common {
    pub mod annotations;
    pub mod seeds;
    pub mod sidecars;
}

mod annotate_anchoring;
mod annotate_concurrent;
mod annotate_crash;
mod annotate_honest_states;
mod annotate_hostile_files;
mod annotate_library;
mod annotate_persian_urdu;
mod annotate_recovery;
mod annotate_retag;
mod annotate_roundtrip;
mod annotate_store;
mod annotate_store_disk;
mod annotate_untouched;
mod merge_driver;
mod merge_driver_losses;
