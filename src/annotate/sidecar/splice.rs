//! Patching a few annotations of a large sidecar without re-reading all of it: the text is cut
//! into its tables with `toml_parser`'s event stream (cheap: no values are decoded), and only the
//! `[[annotations]]` tables of changed annotations are parsed, patched and spliced back; deleted
//! ones are cut out and new ones inserted after the one before them in id order.
//!
//! Handles only changes to annotations (not to `[article]` or unknown top-level keys), a file
//! whose annotations are plain `[[annotations]]` tables (no `[annotations.x]` sub-tables), and up
//! to [`MAX_CHANGES`] changed annotations; anything else answers `None`, and the caller patches
//! the whole document. Knows nothing about files.

use std::ops::Range;

use toml_parser::parser::{parse_document, Event, EventKind};
use toml_parser::{ParseError, Source};

use super::parse;
use super::patch::patched;
use super::write::annotation_table;
use crate::annotate::model::{AnnotationId, Sidecar};

/// More changed annotations than this are patched in the whole document.
pub(crate) const MAX_CHANGES: usize = 16;

/// One table of the text (with the blank lines and comments before its header), or the text
/// before the first header.
struct Segment {
    range: Range<usize>,
    annotation: bool,
}

/// `new` written over `body` (which reads as `old`) by splicing changed annotation tables.
pub fn splice(body: &str, old: &Sidecar, new: &Sidecar) -> Option<String> {
    if old.extra != new.extra || old.article != new.article {
        return None;
    }
    let ids = old.annotations.keys().chain(new.annotations.keys());
    let mut changed: Vec<&AnnotationId> = ids
        .filter(|id| old.annotations.get(*id) != new.annotations.get(*id))
        .collect();
    changed.sort();
    changed.dedup();
    if changed.len() > MAX_CHANGES {
        return None;
    }
    let segments = segments(body)?;
    let tables = segments.iter().filter(|s| s.annotation).count();
    if tables != old.annotations.len() || tables == 0 {
        return None;
    }
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for id in changed {
        edits.push(edit(body, &segments, old, new, id)?);
    }
    // Insertions (empty ranges) before a replacement starting at the same place.
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut out = String::with_capacity(body.len() + 1024);
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(body.get(at..range.start)?);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(body.get(at..)?);
    Some(out)
}

/// The replacement for annotation `id`'s table (or the insertion of a new one).
fn edit(
    body: &str,
    segments: &[Segment],
    old: &Sidecar,
    new: &Sidecar,
    id: &AnnotationId,
) -> Option<(Range<usize>, String)> {
    let Some(a) = new.annotations.get(id) else {
        let (range, _) = find(body, segments, id)?;
        return Some((range, String::new()));
    };
    if old.annotations.contains_key(id) {
        let (range, seg_old) = find(body, segments, id)?;
        let mut seg_new = seg_old.clone();
        seg_new.annotations.insert(id.clone(), a.clone());
        let text = patched(&body[range.clone()], &seg_old, &seg_new)?;
        return (parse(&text).ok()? == seg_new).then_some((range, text));
    }
    // New: after the annotation before it in id order, else before the first table.
    let table = annotation_table(a);
    match old.annotations.range(..id.clone()).next_back() {
        Some((before, _)) => {
            let (range, _) = find(body, segments, before)?;
            let newline = if body[..range.end].ends_with('\n') {
                ""
            } else {
                "\n"
            };
            Some((range.end..range.end, format!("{newline}\n{table}")))
        }
        None => {
            let first = segments.iter().find(|s| s.annotation)?;
            let at = first.range.start;
            Some((at..at, format!("\n{table}")))
        }
    }
}

/// The table of annotation `id` and what it reads as alone. Tables whose text holds the id are
/// read until one is it.
fn find(body: &str, segments: &[Segment], id: &AnnotationId) -> Option<(Range<usize>, Sidecar)> {
    segments
        .iter()
        .filter(|s| s.annotation && body[s.range.clone()].contains(id.as_str()))
        .find_map(|s| {
            let read = parse(&body[s.range.clone()]).ok()?;
            (read.annotations.len() == 1 && read.annotations.contains_key(id))
                .then(|| (s.range.clone(), read))
        })
}

/// The text cut at each table header (a table starts after the last line with content before its
/// header, so the comments above a header go with it). `None` when the text does not parse or
/// has a sub-table of `annotations`.
fn segments(body: &str) -> Option<Vec<Segment>> {
    let source = Source::new(body);
    let tokens = source.lex().into_vec();
    let mut cutter = Cutter::default();
    let mut errors: Vec<ParseError> = Vec::new();
    parse_document(&tokens, &mut |e: Event| cutter.event(body, e), &mut errors);
    if !errors.is_empty() || cutter.bad {
        return None;
    }
    let mut out = Vec::with_capacity(cutter.starts.len() + 1);
    let mut prev = (0, false);
    for &(start, annotation) in &cutter.starts {
        out.push(Segment {
            range: prev.0..start,
            annotation: prev.1,
        });
        prev = (start, annotation);
    }
    out.push(Segment {
        range: prev.0..body.len(),
        annotation: prev.1,
    });
    Some(out)
}

#[derive(Default)]
struct Cutter {
    /// Where each table starts, and whether it is an `[[annotations]]` table.
    starts: Vec<(usize, bool)>,
    /// The end of the last line with content.
    content_end: usize,
    line_has_content: bool,
    /// Inside a header: whether an array table, and its keys so far.
    header: Option<(bool, Vec<String>)>,
    bad: bool,
}

impl Cutter {
    fn event(&mut self, body: &str, e: Event) {
        let span = e.span();
        match e.kind() {
            EventKind::Whitespace | EventKind::Comment => return,
            EventKind::Newline => {
                if self.line_has_content {
                    self.content_end = span.end();
                }
                self.line_has_content = false;
                return;
            }
            EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                let array = e.kind() == EventKind::ArrayTableOpen;
                self.header = Some((array, Vec::new()));
            }
            EventKind::SimpleKey => {
                if let Some((_, keys)) = &mut self.header {
                    keys.push(body.get(span.start()..span.end()).unwrap_or("").to_string());
                }
            }
            EventKind::StdTableClose | EventKind::ArrayTableClose => {
                if let Some((array, keys)) = self.header.take() {
                    let under = keys.first().is_some_and(|k| k == "annotations");
                    let annotation = array && under && keys.len() == 1;
                    self.bad |= under && !annotation;
                    self.starts.push((self.content_end, annotation));
                }
            }
            EventKind::Error => self.bad = true,
            _ => {}
        }
        self.line_has_content = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# top\nversion = 1\n\n[article]\nfile = \"a\"\n\n# about one\n\
        [[annotations]]\nid = \"one\"\nstart = 0\nend = 1\nexact = \"a\"\nnote = \"\"\"\n\
        [[annotations]]\n\"\"\"\n\n[[annotations]] # two\nid = \"two\"\nstart = 2\nend = 3\n\
        exact = \"b\"\n";

    #[test]
    fn tables_are_cut_at_headers_with_their_comments_and_not_inside_strings() {
        let s = segments(TEXT).unwrap();
        let texts: Vec<_> = s
            .iter()
            .map(|s| (&TEXT[s.range.clone()], s.annotation))
            .collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[1].0.starts_with("\n[article]"), "{texts:?}");
        assert!(
            texts[2].0.starts_with("\n# about one\n[[annotations]]"),
            "{texts:?}"
        );
        assert!(texts[2].1 && texts[3].1 && !texts[1].1);
        assert!(segments("[[annotations]]\nid = \"x\"\n[annotations.sub]\n").is_none());
    }

    #[test]
    fn a_changed_deleted_and_added_annotation_are_spliced() {
        let old = parse(TEXT).unwrap();
        let mut new = old.clone();
        let one = AnnotationId::new("one").unwrap();
        let two = AnnotationId::new("two").unwrap();
        new.annotations.get_mut(&two).unwrap().color = "red".into();
        let mut three = new.annotations[&two].clone();
        three.id = AnnotationId::new("three").unwrap();
        new.annotations.insert(three.id.clone(), three);
        new.annotations.remove(&one);
        let text = splice(TEXT, &old, &new).unwrap();
        assert_eq!(parse(&text).unwrap(), new);
        assert!(!text.contains("about one"), "{text}");
        assert!(
            text.contains("[[annotations]] # two\nid = \"two\""),
            "{text}"
        );
        // "three" sorts before "two": it is inserted after "one"'s place, before "two".
        assert!(
            text.find("\"three\"").unwrap() < text.find("\"two\"").unwrap(),
            "{text}"
        );
    }
}
