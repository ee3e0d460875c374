//! `hamish tags`: (with `--rename` or `--merge`, see [`super::retag`]) from the sidecars alone (no anchoring: the stored offsets count for
//! overlaps), each tag with its number of passages and articles (or, with
//! `--cooccurrence`, pairs of tags found together): an aligned table on a terminal, tab-separated
//! values with a header line when piped. Tags are sanitised (control characters shown as
//! symbols, tabs as spaces) in both.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use unicode_width::UnicodeWidthStr;

use super::{fail, library_articles, report_skipped};
use crate::cli::research::TagsOptions;
use crate::export::collect::collect_stored_found;
use crate::export::tags::{cooccurrence, one_spelling, tag_counts};
use crate::text::sanitize::sanitize;

/// Runs `hamish tags`.
pub fn run(o: &TagsOptions) -> ExitCode {
    let found = match library_articles(&o.paths) {
        Ok(found) => found,
        Err(status) => return status,
    };
    if let Some(status) = super::retag::requested(o, &found) {
        return status;
    }
    let stored = collect_stored_found(&found);
    report_skipped(&stored.skipped);
    // Spellings differing only in case are one tag, as in the reader.
    let collected = one_spelling(stored);
    let rows: Vec<Vec<String>> = if o.cooccurrence {
        let mut rows = vec![vec!["passages".into(), "tag".into(), "with".into()]];
        rows.extend(
            cooccurrence(&collected)
                .into_iter()
                .map(|p| vec![p.count.to_string(), sanitize(&p.a), sanitize(&p.b)]),
        );
        rows
    } else {
        let mut rows = vec![vec!["passages".into(), "articles".into(), "tag".into()]];
        rows.extend(tag_counts(&collected).into_iter().map(|t| {
            vec![
                t.passages.to_string(),
                t.articles.to_string(),
                sanitize(&t.tag),
            ]
        }));
        rows
    };
    let stdout = std::io::stdout();
    let text = if stdout.is_terminal() {
        table(&rows, if o.cooccurrence { 1 } else { 2 })
    } else {
        rows.iter().map(|r| r.join("\t") + "\n").collect()
    };
    let mut out = stdout.lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            fail(&format!("cannot write output: {e}"));
            return ExitCode::FAILURE;
        }
    }
    if collected.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Rows as an aligned table: the first `numeric` columns right-aligned, the others left-aligned,
/// two spaces apart; the last column is not padded (a right-to-left tag there cannot push the
/// others about).
pub fn table(rows: &[Vec<String>], numeric: usize) -> String {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut cells = Vec::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[c].saturating_sub(cell.width()));
            cells.push(if c + 1 == columns {
                cell.clone()
            } else if c < numeric {
                format!("{pad}{cell}")
            } else {
                format!("{cell}{pad}")
            });
        }
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::table;

    #[test]
    fn numbers_align_right_and_the_last_column_is_not_padded() {
        let rows: Vec<Vec<String>> = [
            ["passages", "articles", "tag"],
            ["12", "3", "طاقة"],
            ["7", "12", "x"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        assert_eq!(
            table(&rows, 2),
            "passages  articles  tag\n      12         3  طاقة\n       7        12  x\n"
        );
    }
}
