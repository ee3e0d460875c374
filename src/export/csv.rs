//! CSV export: RFC 4180 (quoted where needed, CRLF line ends), UTF-8 with a byte-order mark so
//! spreadsheet programs read Arabic; a header row, then one row per annotation. Tags are joined
//! by `; `. Control characters are shown as symbols.

use super::collect::Collected;
use super::fields::{values, visible, COLUMNS};

/// The CSV bytes of `collected`.
pub fn render(collected: &Collected) -> std::io::Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(COLUMNS)?;
        for article in &collected.articles {
            for row in &article.rows {
                w.write_record(values(article, row).iter().map(|v| visible(&v.to_text())))?;
            }
        }
        w.flush()?;
    }
    Ok(out)
}
