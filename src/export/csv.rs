//! CSV export: RFC 4180 (quoted where needed, CRLF line ends), UTF-8 with a byte-order mark so
//! spreadsheet programs read Arabic; a header row, then one row per annotation. Tags are joined
//! by `; `; an unknown position is an empty cell. Control characters are shown as symbols, and a text cell that a spreadsheet would
//! take for a formula (starting with `=`, `+`, `-` or `@`) starts with `'` instead.

use super::collect::Collected;
use super::fields::{values, visible, Value, COLUMNS};
use super::parallel::in_runs;
use super::row::ExportArticle;

/// The CSV bytes of `collected` (its articles rendered on every core).
pub fn render(collected: &Collected) -> std::io::Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = writer(&mut out);
        w.write_record(COLUMNS)?;
        w.flush()?;
    }
    for part in in_runs(&collected.articles, rows) {
        out.extend(part?);
    }
    Ok(out)
}

/// The rows of `articles`, without a header.
fn rows(articles: &[ExportArticle]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut w = writer(&mut out);
    for article in articles {
        for row in &article.rows {
            w.write_record(values(article, row).iter().map(cell))?;
        }
    }
    w.flush()?;
    drop(w);
    Ok(out)
}

fn writer(out: &mut Vec<u8>) -> ::csv::Writer<&mut Vec<u8>> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out)
}

/// A value as a cell: visible, and never a formula.
fn cell(value: &Value) -> String {
    let text = visible(&value.to_text());
    match (value, text.chars().next()) {
        (Value::Number(_) | Value::Absent, _) => text,
        (_, Some('=' | '+' | '-' | '@')) => format!("'{text}"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_and_controls_are_defused() {
        let t = |s: &str| cell(&Value::Text(s.into()));
        assert_eq!(t("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(t("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(t("a=b"), "a=b");
        assert_eq!(t("x\x1b[2J"), "x␛[2J");
        assert_eq!(cell(&Value::Number(3)), "3");
    }
}
