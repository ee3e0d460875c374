//! The fields of one exported annotation, named and in order, shared by CSV and JSON Lines so
//! the two always agree. Knows nothing about either syntax.

use super::row::{ExportArticle, Row};

/// The column names, in order.
pub const COLUMNS: [&str; 18] = [
    "file",
    "title",
    "source",
    "url",
    "published",
    "paragraph",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "tags",
    "note",
    "colour",
    "created",
    "updated",
    "state",
    "id",
];

/// A field's value: text or a number.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text (empty when unknown).
    Text(String),
    /// A count or offset.
    Number(usize),
    /// A number not known: an orphan's offsets, the ¶ of a passage in the title.
    Absent,
    /// A list of text (the tags).
    List(Vec<String>),
}

impl Value {
    /// The value as one piece of text; tags joined by `; `.
    pub(crate) fn to_text(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Absent => String::new(),
            Value::List(l) => l.join("; "),
        }
    }
}

/// The values of `row` of `article`, in [`COLUMNS`] order: `paragraph`, `start` and `end`
/// absent when the row has no position (an orphan), `paragraph` also for a passage in the
/// title; `published` as the source wrote it (its own offset, so its date is the source's).
pub fn values(article: &ExportArticle, row: &Row) -> Vec<Value> {
    let a = &row.annotation;
    let text = |s: &str| Value::Text(s.to_owned());
    let opt = |s: Option<&str>| Value::Text(s.unwrap_or_default().to_owned());
    let time = |t: Option<crate::annotate::time::Timestamp>| {
        Value::Text(t.map(|t| t.to_string()).unwrap_or_default())
    };
    vec![
        text(&article.file),
        text(&article.title),
        opt(article.meta.source.as_deref()),
        opt(article.meta.url.as_deref()),
        opt(article.meta.published.as_deref()),
        number(row.position.and_then(|p| p.paragraph)),
        number(row.position.map(|p| p.start)),
        number(row.position.map(|p| p.end)),
        text(&a.exact),
        text(&a.prefix),
        text(&a.suffix),
        Value::List(a.tags.clone()),
        text(&a.note),
        text(&a.color),
        time(a.created),
        time(a.updated),
        text(row.state.name()),
        text(a.id.as_str()),
    ]
}

fn number(n: Option<usize>) -> Value {
    n.map_or(Value::Absent, Value::Number)
}

/// `text` with control characters other than line breaks and tabs replaced by visible symbols,
/// for formats that a person may print on a terminal.
pub fn visible(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c => crate::text::sanitize::control_symbol(c).unwrap_or(c),
        })
        .collect()
}
