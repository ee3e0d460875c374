//! Helpers shared by the annotation tests: seed articles, annotations made from phrases, edits.
#![allow(dead_code)]

use std::ops::Range;
use std::path::PathBuf;

use hamish::annotate::model::{Annotation, AnnotationId};
use hamish::annotate::offsets::TextIndex;

/// The text of seed `name` (e.g. "000"), from seeds/.
pub fn seed(prefix: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        .collect();
    names.sort();
    std::fs::read_to_string(dir.join(&names[0])).unwrap()
}

/// All seed texts.
pub fn seeds() -> Vec<String> {
    ["000", "001", "002", "003", "004"].map(seed).to_vec()
}

/// Char range of the `nth` (0-based) occurrence of `phrase` in `text`.
pub fn find(text: &str, phrase: &str, nth: usize) -> Range<usize> {
    let (byte, _) = text
        .match_indices(phrase)
        .nth(nth)
        .unwrap_or_else(|| panic!("{phrase:?} occurs fewer than {} times", nth + 1));
    let start = text[..byte].chars().count();
    start..start + phrase.chars().count()
}

/// An annotation on `range` of `text`, with quote and context as hamish stores them.
pub fn annotation_at(text: &str, range: Range<usize>) -> Annotation {
    let quote = TextIndex::new(text).quote(range.clone());
    Annotation {
        id: AnnotationId::generate(),
        start: range.start,
        end: range.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        tags: vec!["test".into()],
        color: "yellow".into(),
        note: String::new(),
        created: None,
        updated: None,
        extra: Default::default(),
    }
}

/// An annotation on the `nth` occurrence of `phrase`.
pub fn annotate(text: &str, phrase: &str, nth: usize) -> Annotation {
    annotation_at(text, find(text, phrase, nth))
}

/// `text` with `insert` put before the `nth` occurrence of `before`.
pub fn insert_before(text: &str, before: &str, nth: usize, insert: &str) -> String {
    let (byte, _) = text.match_indices(before).nth(nth).unwrap();
    format!("{}{}{}", &text[..byte], insert, &text[byte..])
}

/// `text` with the first occurrence of `from` replaced by `to` (which must exist).
pub fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in text");
    text.replacen(from, to, 1)
}

/// The chars of `range` in `text`.
pub fn chars(text: &str, range: Range<usize>) -> String {
    text.chars().skip(range.start).take(range.len()).collect()
}

/// `text` without harakat.
pub fn strip_harakat(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{064b}'..='\u{0652}').contains(c))
        .collect()
}

/// `text` with a fatha after every third Arabic letter that has none.
pub fn add_harakat(text: &str) -> String {
    let mut out = String::new();
    let mut n = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        let next_is_mark = chars
            .peek()
            .is_some_and(|m| ('\u{064b}'..='\u{0652}').contains(m));
        if ('\u{0628}'..='\u{064a}').contains(&c) && !next_is_mark {
            n += 1;
            if n % 3 == 0 {
                out.push('\u{064e}');
            }
        }
    }
    out
}
