//! Exporting annotations for the tools researchers use: collecting the rows of a library
//! ([`collect()`]) and writing them as Markdown, CSV, JSON Lines, a W3C Web Annotation collection
//! or a REFI-QDA project (one file per format).
//!
//! Functions from data to bytes; knows the annotation layer, nothing about terminals or the
//! command line (which writes the bytes, see `commands::export`).

pub mod collect;
pub mod csv;
mod fields;
pub mod guid;
pub mod jsonl;
pub(crate) mod markdown;
pub mod output;
mod parallel;
pub mod qdpx;
pub mod row;
pub mod tags;
pub mod w3c;

pub use collect::{collect, collect_in_parts, collect_stored, Collected, Filter, Skipped};
pub use row::{ExportArticle, Row, State};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown grouped by article, quotes in right-to-left blocks.
    Markdown,
    /// RFC 4180 CSV with a UTF-8 BOM, one row per annotation.
    Csv,
    /// One JSON object per annotation per line.
    Jsonl,
    /// A W3C Web Annotation `AnnotationCollection` (JSON-LD).
    W3c,
    /// A REFI-QDA project (a zip).
    Qdpx,
}

/// The export of `collected` in `format`.
pub fn render(format: Format, collected: &Collected) -> std::io::Result<Vec<u8>> {
    Ok(match format {
        Format::Markdown => markdown::render(collected).into_bytes(),
        Format::Csv => csv::render(collected)?,
        Format::Jsonl => jsonl::render(collected).into_bytes(),
        Format::W3c => w3c::render(collected).into_bytes(),
        Format::Qdpx => qdpx::render(collected)?,
    })
}
