//! The text engine's integration tests, one binary: line layout and BiDi against Unicode's
//! conformance file and GNU FriBidi, shaping, the generated Unicode tables, wrapping, and the
//! seeds rendered as text (snapshots). Knows nothing of annotations or the reader.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The shared helpers (`tests/common/`) this binary uses, and only those: the module is private,
/// so a helper no test here uses any more is reported as dead code.
#[path = "../common"]
mod common {
    pub mod reference;
    pub mod seeds;
}

mod bidi_conformance;
mod fribidi_reference;
mod layout_properties;
mod render_snapshots;
mod shaping_fribidi;
mod unicode_tables;
mod wrapping;
