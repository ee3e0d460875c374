//! A fixed small library for export tests: three seeds copied to a temporary directory, their
//! sidecars written with fixed ids and timestamps (so exports are stable), one with citation
//! metadata; one annotation orphaned, one needing review, one with an escape sequence in its
//! note. And the helpers the tests share: running hamish, the vendored references under
//! `tests/data/`, and requiring an outside tool (a test that needs a missing one is ignored, see
//! `build.rs`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use hamish::annotate::fingerprint::sha256_hex;
use hamish::annotate::model::{Annotation, AnnotationId, ArticleDate, Extra, Sidecar};
use hamish::annotate::offsets::TextIndex;
use hamish::annotate::sidecar::write;
use hamish::annotate::time::Timestamp;

/// The seeds in the library.
pub const SEEDS: [&str; 3] = [
    "000_634842d1e9bc2a25.txt",
    "001_f0ad7be50af453a6.txt",
    "002_5dd5e1b6f7efb101.txt",
];

/// The seeds directory of the repository.
pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// An annotation of the `nth` (0-based) occurrence of `word` in `text`.
fn at_word(text: &str, word: &str, nth: usize, id: &str, tags: &[&str], note: &str) -> Annotation {
    let byte = text.match_indices(word).nth(nth).expect("word in seed").0;
    let start = text[..byte].chars().count();
    let range = start..start + word.chars().count();
    let quote = TextIndex::new(text).quote(range.clone());
    let t = Timestamp::from_unix(1_700_000_000 + id.len() as i64, 0);
    Annotation {
        id: AnnotationId::new(id).unwrap(),
        start: range.start,
        end: range.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        color: if tags.contains(&"اقتصاد") {
            "green".into()
        } else {
            String::new()
        },
        note: note.into(),
        created: t,
        updated: t,
        extra: Extra::new(),
    }
}

fn sidecar(file: &str, text: &str, annotations: Vec<Annotation>) -> Sidecar {
    let mut s = Sidecar::new(file);
    s.article.sha256 = sha256_hex(text.as_bytes());
    for a in annotations {
        s.annotations.insert(a.id.clone(), a);
    }
    s
}

/// Builds the fixed library in `dir`.
pub fn fixed_library(dir: &Path) {
    let texts: Vec<String> = SEEDS
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(seeds().join(f)).unwrap();
            std::fs::write(dir.join(f), &text).unwrap();
            text
        })
        .collect();
    let (t0, t1, t2) = (&texts[0], &texts[1], &texts[2]);
    let mut a0 = sidecar(
        SEEDS[0],
        t0,
        vec![
            at_word(t0, "بوتين", 0, "a01", &["روسيا", "سياسة"], "نفي التحالف"),
            at_word(
                t0,
                "الصين",
                0,
                "a02",
                &["الصين", "سياسة"],
                "Said on TV\x1b[31m",
            ),
            at_word(t0, "التعاون", 0, "a03", &["اقتصاد"], ""),
        ],
    );
    let meta = &mut a0.article;
    meta.title = Some("بوتين ينفي التحالف مع الصين".into());
    meta.source = Some("الجزيرة".into());
    meta.url = Some("https://example.com/news/1".into());
    meta.published = Some(ArticleDate::Date("2024-03-01".parse().unwrap()));
    let a1 = second_article(t1);
    let a2 = sidecar(
        SEEDS[2],
        t2,
        vec![at_word(t2, "في", 0, "c01", &["سياسة"], "")],
    );
    for (file, s) in SEEDS.iter().zip([a0, a1, a2]) {
        std::fs::write(dir.join(format!("{file}.annotations.toml")), write(&s)).unwrap();
    }
}

/// The second article's sidecar: one annotation anchored, one orphaned, one needing review;
/// its offsets unverified (no SHA-256), as after the article was edited.
fn second_article(t1: &str) -> Sidecar {
    let mut orphan = at_word(t1, "الصين", 0, "b02", &["سياسة"], "");
    orphan.exact = "نص لم يعد في المقال أبدا".into();
    orphan.prefix = "xxxxxxxx".into();
    orphan.suffix = "yyyyyyyy".into();
    // A 14-char quote whose context is half gone: probably here, not surely.
    let at = t1.match_indices("بوتين").nth(1).unwrap().0;
    let phrase: String = t1[at..].chars().take(14).collect();
    let mut review = at_word(t1, &phrase, 0, "b03", &["روسيا"], "");
    let half = |s: &str, keep_end: bool| -> String {
        let n = s.chars().count();
        s.chars()
            .enumerate()
            .map(|(i, c)| if (i >= n / 2) == keep_end { c } else { 'x' })
            .collect()
    };
    review.prefix = half(&review.prefix, true);
    review.suffix = half(&review.suffix, false);
    review.start += 40;
    review.end += 40;
    let mut a1 = sidecar(
        SEEDS[1],
        t1,
        vec![
            at_word(
                t1,
                "الصين",
                1,
                "b01",
                &["الصين", "اقتصاد"],
                "1. *not* a list",
            ),
            orphan,
            review,
        ],
    );
    a1.article.sha256 = String::new();
    a1
}

/// Runs hamish in `dir` with its own XDG directories.
pub fn hamish_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".data"))
        .output()
        .expect("hamish runs")
}

/// Fails the test, saying what to install, unless `program probe` runs. The tests that call it are
/// marked `#[cfg_attr(missing_..., ignore = ...)]`: `build.rs` sets that cfg when the tool is
/// missing (except under `CI`), so `cargo test` reports them as ignored rather than passed; reaching
/// this check without the tool (installed or removed since the build) is a failure, never a pass.
pub fn require(program: &str, probe: &[&str], install: &str) {
    let ok = Command::new(program)
        .args(probe)
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{program} is needed: install {install} (or `touch build.rs`, and this test is ignored)"
    );
}

/// A file of the vendored references under `tests/data/` (the W3C assertions and their checker,
/// the REFI-QDA schema), shipped with the repository so a clone checks its exports by itself.
pub fn vendored(path: &str) -> PathBuf {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path);
    assert!(
        file.is_file(),
        "{} is part of the repository",
        file.display()
    );
    file
}

/// The W3C Web Annotation checker (`tests/data/w3c/`).
pub fn w3c_checker() -> PathBuf {
    vendored("w3c/check-w3c-annotations.py")
}

/// The REFI-QDA project schema (`tests/data/refi-qda/`).
pub fn refi_qda_schema() -> PathBuf {
    vendored("refi-qda/Project-mrt2019.xsd")
}

/// Text of output bytes.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
