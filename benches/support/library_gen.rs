//! A generated library for benchmarks: `articles` articles (each a seed with its own first
//! line) with `per_article` annotations each (tags from a pool of 24), written to a directory at
//! bench time, never committed.

use std::path::{Path, PathBuf};

use hamish::annotate::fingerprint::sha256_hex;
use hamish::annotate::model::{Annotation, AnnotationId, Extra, Sidecar};
use hamish::annotate::offsets::TextIndex;
use hamish::annotate::sidecar::write;
use hamish::annotate::time::Timestamp;

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The char ranges of the words (runs of letters) of `text`.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.chars().enumerate() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn annotation(text: &str, id: String, n: usize, word: (usize, usize)) -> Annotation {
    let quote = TextIndex::new(text).quote(word.0..word.1);
    let t = Timestamp::from_unix(1_700_000_000 + n as i64, 0);
    Annotation {
        id: AnnotationId::new(id).unwrap(),
        start: word.0,
        end: word.1,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        tags: vec![format!("وسم{}", n % 24)],
        color: String::new(),
        note: String::new(),
        created: t,
        updated: t,
        extra: Extra::new(),
    }
}

/// Writes the library into `dir`.
pub fn generate(dir: &Path, articles: usize, per_article: usize) {
    let seeds = seeds();
    for n in 0..articles {
        let text = format!("المقال رقم {n}\n{}", seeds[n % seeds.len()]);
        let file = format!("{n:05}.txt");
        let words = words(&text);
        let mut s = Sidecar::new(file.clone());
        s.article.sha256 = sha256_hex(text.as_bytes());
        for i in 0..per_article {
            let word = words[(i * 37 + n) % words.len()];
            let a = annotation(&text, format!("{n:06}-{i:02}"), n + i, word);
            s.annotations.insert(a.id.clone(), a);
        }
        std::fs::write(dir.join(&file), &text).unwrap();
        std::fs::write(dir.join(format!("{file}.annotations.toml")), write(&s)).unwrap();
    }
}
