//! W3C Web Annotation export: one `AnnotationCollection` (JSON-LD) whose first page holds every
//! annotation. Each targets its article (the metadata's url, else a `urn:uuid:` named after the
//! file) with a TextQuoteSelector (exact, prefix, suffix) and, when the article's text holds the
//! quote, a TextPositionSelector (char offsets: Unicode code points, as the model counts them;
//! none for an orphan); tags are `TextualBody`s with purpose
//! `tagging`; the note has purpose `commenting` and its direction; an annotation that is not
//! where it was stored gets an `assessing` body saying so.

use serde::Serialize;
use serde_json::json;

use super::collect::Collected;
use super::guid::guid;
use super::parallel::in_runs;
use super::row::{ExportArticle, Row, State};
use crate::text::direction::first_strong;

const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The JSON-LD text of `collected`: the collection's frame pretty-printed, each annotation
/// compact on a line of its own (a file of 100,000 is then a third of the size and greps and
/// diffs line by line). The items are printed one by one into the frame on every core, so
/// 100,000 annotations never stand in memory as one JSON tree (that took 1.4 GB and 4 s).
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
    // Items printed on every core, each run's joined as the whole would be.
    let runs = in_runs(&collected.articles, |articles| items(articles, &inner));
    for (n, run) in runs.iter().filter(|r| !r.is_empty()).enumerate() {
        text.push_str(if n == 0 { "\n" } else { ",\n" });
        text.push_str(run);
    }
    text.push('\n');
    text.push_str(outer);
    text.push(']');
    text.push_str(&frame[at + hole.len()..]);
    text.push('\n');
    text
}

/// The items of `articles`, each compact on a line indented by `inner`, apart by `,` and a
/// line break.
fn items(articles: &[ExportArticle], inner: &str) -> String {
    let mut text = String::new();
    for a in articles {
        let source = source_iri(a);
        for r in &a.rows {
            if !text.is_empty() {
                text.push_str(",\n");
            }
            text.push_str(inner);
            // These items hold only strings and numbers: printing them cannot fail.
            if let Ok(line) = serde_json::to_string(&annotation(a, r, &source)) {
                text.push_str(&line);
            }
        }
    }
    text
}

/// The article's IRI.
pub(crate) fn source_iri(article: &ExportArticle) -> String {
    match &article.meta.url {
        Some(u) if u.contains(':') && !u.contains(char::is_whitespace) => u.clone(),
        _ => format!("urn:uuid:{}", guid("source", &article.file)),
    }
}

fn annotation<'a>(article: &'a ExportArticle, row: &'a Row, source: &'a str) -> Item<'a> {
    let a = &row.annotation;
    let mut body: Vec<Body<'a>> = a.tags.iter().map(|t| Body::new("tagging", t)).collect();
    if !a.note.trim().is_empty() {
        let mut note = Body::new("commenting", &a.note);
        note.format = Some("text/plain");
        note.text_direction = first_strong(&a.note).map(|d| if d.is_rtl() { "rtl" } else { "ltr" });
        body.push(note);
    }
    if let Some(why) = assessment(row) {
        body.push(Body::new("assessing", why));
    }
    let mut selector = vec![Selector::Quote {
        exact: &a.exact,
        prefix: &a.prefix,
        suffix: &a.suffix,
        kind: "TextQuoteSelector",
    }];
    if let Some(at) = row.position {
        selector.push(Selector::Position {
            end: at.end,
            start: at.start,
            kind: "TextPositionSelector",
        });
    }
    Item {
        context: CONTEXT,
        body,
        created: a.created.map(|t| t.to_string()),
        id: format!(
            "urn:uuid:{}",
            guid("annotation", &format!("{}/{}", article.file, a.id))
        ),
        modified: a.updated.map(|t| t.to_string()),
        motivation: "highlighting",
        target: Target { selector, source },
        kind: "Annotation",
    }
}

/// One annotation as printed. Fields in the order of their names, as serde_json's maps print
/// them (the golden file holds that order).
#[derive(Serialize)]
struct Item<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    body: Vec<Body<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<String>,
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<String>,
    motivation: &'static str,
    target: Target<'a>,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    purpose: &'static str,
    #[serde(rename = "textDirection", skip_serializing_if = "Option::is_none")]
    text_direction: Option<&'static str>,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
}

impl<'a> Body<'a> {
    fn new(purpose: &'static str, value: &'a str) -> Body<'a> {
        Body {
            format: None,
            purpose,
            text_direction: None,
            kind: "TextualBody",
            value,
        }
    }
}

#[derive(Serialize)]
struct Target<'a> {
    selector: Vec<Selector<'a>>,
    source: &'a str,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Selector<'a> {
    Quote {
        exact: &'a str,
        prefix: &'a str,
        suffix: &'a str,
        #[serde(rename = "type")]
        kind: &'static str,
    },
    Position {
        end: usize,
        start: usize,
        #[serde(rename = "type")]
        kind: &'static str,
    },
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
