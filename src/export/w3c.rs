//! W3C Web Annotation export: one `AnnotationCollection` (JSON-LD) whose first page holds every
//! annotation. Each targets its article (the metadata's url, else a `urn:uuid:` named after the
//! file) with a TextQuoteSelector (exact, prefix, suffix) and, when the article's text holds the
//! quote, a TextPositionSelector (char offsets: Unicode code points, as the model counts them;
//! none for an orphan); tags are `TextualBody`s with purpose
//! `tagging`; the note has purpose `commenting` and its direction; an annotation that is not
//! where it was stored gets an `assessing` body saying so.

use serde_json::{json, Value};

use super::collect::Collected;
use super::guid::guid;
use super::row::{ExportArticle, Row, State};
use crate::text::direction::first_strong;

const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The JSON-LD text of `collected`. The items are written one by one into the collection's
/// pretty-printed frame (each item printed alone, indented to its place: the same text as
/// printing the whole document at once), so 100,000 annotations never stand in memory as one
/// JSON tree (that took 1.4 GB and 4 s).
pub fn render(collected: &Collected) -> String {
    let total = collected.row_count();
    let doc = json!({
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "hamish annotations",
        "total": total,
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [],
        },
    });
    let frame = serde_json::to_string_pretty(&doc).unwrap_or_default();
    let hole = "\"items\": []";
    let Some(at) = frame.find(hole).filter(|_| total > 0) else {
        return frame + "\n";
    };
    // The frame's indentation where the items go: that of the `"items"` key, one level in.
    let line_start = frame[..at].rfind('\n').map_or(0, |i| i + 1);
    let outer = &frame[line_start..at];
    let inner = format!("{outer}  ");
    let mut text = String::with_capacity(total * 1024);
    text.push_str(&frame[..at]);
    text.push_str("\"items\": [");
    let items = collected
        .articles
        .iter()
        .flat_map(|a| a.rows.iter().map(move |r| annotation(a, r)));
    for (n, item) in items.enumerate() {
        text.push_str(if n == 0 { "\n" } else { ",\n" });
        let printed = serde_json::to_string_pretty(&item).unwrap_or_default();
        for (i, line) in printed.lines().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(&inner);
            text.push_str(line);
        }
    }
    text.push('\n');
    text.push_str(outer);
    text.push(']');
    text.push_str(&frame[at + hole.len()..]);
    text.push('\n');
    text
}

/// The article's IRI.
pub fn source_iri(article: &ExportArticle) -> String {
    match &article.meta.url {
        Some(u) if u.contains(':') && !u.contains(char::is_whitespace) => u.clone(),
        _ => format!("urn:uuid:{}", guid("source", &article.file)),
    }
}

fn annotation(article: &ExportArticle, row: &Row) -> Value {
    let a = &row.annotation;
    let mut body: Vec<Value> = a
        .tags
        .iter()
        .map(|t| json!({"type": "TextualBody", "purpose": "tagging", "value": t}))
        .collect();
    if !a.note.trim().is_empty() {
        let mut note = json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "format": "text/plain",
            "value": a.note,
        });
        if let Some(d) = first_strong(&a.note) {
            note["textDirection"] = json!(if d.is_rtl() { "rtl" } else { "ltr" });
        }
        body.push(note);
    }
    if let Some(why) = assessment(row) {
        body.push(json!({"type": "TextualBody", "purpose": "assessing", "value": why}));
    }
    let mut selectors = vec![
        json!({"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix}),
    ];
    if let Some(at) = row.position {
        selectors.push(json!({"type": "TextPositionSelector", "start": at.start, "end": at.end}));
    }
    let mut out = json!({
        "@context": CONTEXT,
        "id": format!("urn:uuid:{}", guid("annotation", &format!("{}/{}", article.file, a.id))),
        "type": "Annotation",
        "motivation": "highlighting",
        "target": {
            "source": source_iri(article),
            "selector": selectors,
        },
    });
    if !body.is_empty() {
        out["body"] = Value::Array(body);
    }
    if let Some(t) = a.created {
        out["created"] = json!(t.to_string());
    }
    if let Some(t) = a.updated {
        out["modified"] = json!(t.to_string());
    }
    out
}

/// What an `assessing` body says about an annotation's state, if anything.
fn assessment(row: &Row) -> Option<&'static str> {
    match (row.state, row.position) {
        (State::Anchored | State::Moved, _) => None,
        (State::NeedsReview, Some(_)) => Some("needs-review: probably here, to be checked"),
        (State::NeedsReview, None) => {
            Some("needs-review: its words have changed in the article; no position given")
        }
        (State::Orphaned, _) => Some("orphaned: not found in the article as it is now"),
    }
}
