//! JSON Lines export: one JSON object per annotation per line, with the CSV's fields (tags as
//! an array, numbers as numbers, an unknown position `null`).

use super::collect::Collected;
use super::fields::{values, Value, COLUMNS};
use super::parallel::in_runs;
use super::row::ExportArticle;

/// The JSON Lines text of `collected` (its articles rendered on every core).
pub fn render(collected: &Collected) -> String {
    in_runs(&collected.articles, lines).concat()
}

/// The lines of `articles`: each row an object whose keys are in name order (as a JSON map
/// writes them), written straight into the text without building a map per row.
fn lines(articles: &[ExportArticle]) -> String {
    let mut order: Vec<usize> = (0..COLUMNS.len()).collect();
    order.sort_by_key(|&i| COLUMNS[i]);
    let mut out: Vec<u8> = Vec::new();
    for article in articles {
        for row in &article.rows {
            let values = values(article, row);
            out.push(b'{');
            for (n, &i) in order.iter().enumerate() {
                if n > 0 {
                    out.push(b',');
                }
                push_json(&mut out, COLUMNS[i]);
                out.push(b':');
                match &values[i] {
                    Value::Text(s) => push_json(&mut out, s),
                    Value::Number(n) => push_json(&mut out, n),
                    Value::Absent => out.extend_from_slice(b"null"),
                    Value::List(l) => push_json(&mut out, l),
                }
            }
            out.extend_from_slice(b"}\n");
        }
    }
    // serde_json writes UTF-8; the fallback is never taken.
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    escape_line_breaks(text)
}

/// `value` as JSON at the end of `out`. Strings, numbers and lists of strings always print.
fn push_json(out: &mut Vec<u8>, value: &(impl serde::Serialize + ?Sized)) {
    let _ = serde_json::to_writer(&mut *out, value);
}

/// `json` with U+0085, U+2028 and U+2029 written as `\u` escapes. serde_json escapes every
/// control character but these, which split lines for readers that take Unicode line breaks
/// (Python's splitlines, JavaScript before ES2019). They can only stand inside strings.
fn escape_line_breaks(json: String) -> String {
    if !json.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
        return json;
    }
    json.replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value as Json;

    #[test]
    fn unicode_line_breaks_are_escaped_and_read_back() {
        let json = Json::String("a\u{2028}b\u{2029}c\u{85}d".into()).to_string();
        let line = escape_line_breaks(json);
        assert_eq!(line, "\"a\\u2028b\\u2029c\\u0085d\"");
        let back: Json = serde_json::from_str(&line).unwrap();
        assert_eq!(back, Json::String("a\u{2028}b\u{2029}c\u{85}d".into()));
    }
}
