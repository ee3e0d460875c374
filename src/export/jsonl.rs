//! JSON Lines export: one JSON object per annotation per line, with the CSV's fields (tags as
//! an array, numbers as numbers, an unknown position `null`).

use serde_json::{Map, Value as Json};

use super::collect::Collected;
use super::fields::{values, Value, COLUMNS};

/// The JSON Lines text of `collected`.
pub fn render(collected: &Collected) -> String {
    let mut out = String::new();
    for article in &collected.articles {
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
            // serde_json escapes every control character, so a line never breaks.
            out.push_str(&Json::Object(object).to_string());
            out.push('\n');
        }
    }
    out
}
