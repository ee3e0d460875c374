//! The source's own structure, one binary: no import circles between the files of `src/`, and
//! the layers' "knows nothing of" contracts (`src/text/`, `src/annotate/`) as the `use` paths
//! show them. Reads `src/` only; knows nothing of what the code does.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

mod circles;
mod contracts;
mod graph;
