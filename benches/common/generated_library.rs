//! The library the library-wide benches run on: 10,000 articles and 100,000 annotations, written
//! to a directory at bench time (never committed). Each article is a seed with its own first
//! line; each has ten annotations on words of its text, with two tags from pools of 24 (one
//! Arabic, one Latin) and a short note on every third.

use std::path::{Path, PathBuf};

use hamish::annotate::fingerprint::sha256_hex;
use hamish::annotate::model::{Annotation, AnnotationId, Extra, Sidecar};
use hamish::annotate::offsets::TextIndex;
use hamish::annotate::sidecar::write;
use hamish::annotate::time::Timestamp;

/// Articles in the library.
pub const ARTICLES: usize = 10_000;
/// Annotations per article.
pub const PER_ARTICLE: usize = 10;

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

fn annotation(text: &str, n: usize, i: usize, word: (usize, usize)) -> Annotation {
    let quote = TextIndex::new(text).quote(word.0..word.1);
    let t = Timestamp::from_unix(1_700_000_000 + (n * PER_ARTICLE + i) as i64, 0);
    Annotation {
        id: AnnotationId::new(format!("{n:06}-{i:02}")).unwrap(),
        start: word.0,
        end: word.1,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        tags: vec![
            format!("وسم{}", (n + i) % 24),
            format!("tag{}", (n * 7 + i) % 24),
        ],
        color: String::new(),
        note: if i.is_multiple_of(3) {
            "ملاحظة قصيرة".into()
        } else {
            String::new()
        },
        created: t,
        updated: t,
        extra: Extra::new(),
    }
}

/// Writes the library into `dir`, saying on stderr how long that took.
pub fn generate(dir: &Path) {
    let began = std::time::Instant::now();
    let seeds = seeds();
    for n in 0..ARTICLES {
        let text = format!("المقال رقم {n}\n{}", seeds[n % seeds.len()]);
        let file = format!("{n:05}.txt");
        let chars: Vec<char> = text.chars().collect();
        let words: Vec<(usize, usize)> = {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in chars.iter().enumerate() {
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
        };
        let mut s = Sidecar::new(file.clone());
        s.article.sha256 = sha256_hex(text.as_bytes());
        for i in 0..PER_ARTICLE {
            let a = annotation(&text, n, i, words[(i * 37 + n) % words.len()]);
            s.annotations.insert(a.id.clone(), a);
        }
        std::fs::write(dir.join(&file), &text).unwrap();
        std::fs::write(dir.join(format!("{file}.annotations.toml")), write(&s)).unwrap();
    }
    eprintln!(
        "generated {ARTICLES} articles, {} annotations in {:.1?}",
        ARTICLES * PER_ARTICLE,
        began.elapsed()
    );
}
