//! JSON Lines export: one JSON object per annotation per line, with the CSV's fields (tags as
//! an array, numbers as numbers, an unknown position `null`).

use serde_json::{Map, Value as Json};

use super::collect::Collected;
use super::fields::{values, Value, COLUMNS};
use super::parallel::in_runs;
use super::row::ExportArticle;

/// The JSON Lines text of `collected` (its articles rendered on every core).
pub fn render(collected: &Collected) -> String {
    in_runs(&collected.articles, lines).concat()
}

/// The lines of `articles`.
fn lines(articles: &[ExportArticle]) -> String {
    let mut out = String::new();
    for article in articles {
        for row in &article.rows {
            let mut object = Map::new();
            for (name, value) in COLUMNS.iter().zip(values(article, row)) {
                let v = match value {
                    Value::Text(s) => Json::String(s),
                    Value::Number(n) => Json::from(n),
                    Value::Absent => Json::Null,
                    Value::List(l) => Json::from(l),
                };
                object.insert((*name).to_owned(), v);
            }
            // serde_json escapes every control character but U+0085, U+2028 and U+2029, which
            // split lines for readers that take Unicode line breaks (Python's splitlines,
            // JavaScript before ES2019): escaped here. They can only stand inside strings.
            out.push_str(&escape_line_breaks(&Json::Object(object).to_string()));
            out.push('\n');
        }
    }
    out
}

/// `json` with U+0085, U+2028 and U+2029 written as `\u` escapes.
fn escape_line_breaks(json: &str) -> String {
    json.replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_line_breaks_are_escaped_and_read_back() {
        let json = Json::String("a\u{2028}b\u{2029}c\u{85}d".into()).to_string();
        let line = escape_line_breaks(&json);
        assert_eq!(line, "\"a\\u2028b\\u2029c\\u0085d\"");
        let back: Json = serde_json::from_str(&line).unwrap();
        assert_eq!(back, Json::String("a\u{2028}b\u{2029}c\u{85}d".into()));
    }
}
