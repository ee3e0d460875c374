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

/// A small deterministic random number generator (xorshift64*), seeded per test.
pub struct Rng(pub u64);

impl Rng {
    /// The next number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
    }
}

/// A sidecar for `text` with `n` annotations spread over it, as hamish would write them, with
/// the article's checksum so that opening it needs no re-anchoring.
pub fn big_sidecar(file: &str, text: &str, n: usize) -> hamish::annotate::model::Sidecar {
    use hamish::annotate::fingerprint::sha256_hex;
    let index = TextIndex::new(text);
    let len = index.char_len();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut s = hamish::annotate::model::Sidecar::new(file);
    s.article.sha256 = sha256_hex(text.as_bytes());
    for i in 0..n {
        let start = rng.below(len as u64 - 80) as usize;
        let range = index.snap(start..start + 5 + rng.below(60) as usize);
        let q = index.quote(range.clone());
        let a = Annotation {
            id: AnnotationId::generate(),
            start: range.start,
            end: range.end,
            exact: q.exact,
            prefix: q.prefix,
            suffix: q.suffix,
            // Sorted, as parsing leaves them, so that the written file is canonical.
            tags: vec!["bench".into(), format!("tag{}", i % 17)],
            color: ["yellow", "green", "blue"][i % 3].into(),
            note: if i % 4 == 0 {
                format!("ملاحظة {i}\nسطر ثان")
            } else {
                String::new()
            },
            created: hamish::annotate::time::Timestamp::from_unix(1_795_341_600 + i as i64, 0),
            updated: hamish::annotate::time::Timestamp::from_unix(1_795_341_600 + i as i64, 0),
            extra: Default::default(),
        };
        s.annotations.insert(a.id.clone(), a);
    }
    s
}
