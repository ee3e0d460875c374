//! Helpers for the annotation tests: seed texts, annotations made from phrases, edits to a text,
//! and the test binary run again as a child process. Knows nothing of the reader.

use std::ops::Range;

use hamish::annotate::model::{Annotation, AnnotationId};
use hamish::annotate::offsets::TextIndex;

use super::seeds::seeds;

/// The text of the seed whose file name starts with `prefix` (e.g. "000").
pub fn seed(prefix: &str) -> String {
    let path = seeds()
        .into_iter()
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed named {prefix}*"));
    std::fs::read_to_string(path).unwrap()
}

/// All seed texts, in the order of [`seeds`].
pub fn seed_texts() -> Vec<String> {
    seeds()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
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

/// Runs the test `name` of the current test binary in a child process, with `envs` set.
pub fn spawn_self(name: &str, envs: &[(&str, &std::ffi::OsStr)]) -> std::process::Child {
    let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", name, "--nocapture", "--test-threads=1"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.spawn().unwrap()
}
