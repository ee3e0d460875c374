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
#[allow(dead_code)] // not every bench that includes this file uses it
pub fn generate(dir: &Path) {
    generate_as(dir, |n| format!("{n:05}.txt"));
}

/// The library in nested folders, as feeds and research folders are: ten top folders of ten
/// subfolders each, 100 articles in each subfolder, named alike in every subfolder
/// (`feed3/7/00042.txt`), so that names clash unless each is known by its place.
#[allow(dead_code)] // not every bench that includes this file uses it
pub fn generate_nested(dir: &Path) {
    generate_as(dir, |n| {
        format!("feed{}/{}/{:05}.txt", n % 10, (n / 10) % 10, n / 100)
    });
}

/// Writes article `n` at `dir/place(n)` (folders made as needed).
fn generate_as(dir: &Path, place: impl Fn(usize) -> String) {
    let began = std::time::Instant::now();
    let seeds = seeds();
    for n in 0..ARTICLES {
        let text = format!("المقال رقم {n}\n{}", seeds[n % seeds.len()]);
        let path = dir.join(place(n));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let words = words_of(&text);
        let mut s = Sidecar::new(file.clone());
        s.article.sha256 = sha256_hex(text.as_bytes());
        for i in 0..PER_ARTICLE {
            let a = annotation(&text, n, i, words[(i * 37 + n) % words.len()]);
            s.annotations.insert(a.id.clone(), a);
        }
        std::fs::write(&path, &text).unwrap();
        let sidecar = path.with_file_name(format!("{file}.annotations.toml"));
        std::fs::write(sidecar, write(&s)).unwrap();
    }
    eprintln!(
        "generated {ARTICLES} articles, {} annotations in {:.1?}",
        ARTICLES * PER_ARTICLE,
        began.elapsed()
    );
}

/// The char ranges of the runs of letters of `text`.
fn words_of(text: &str) -> Vec<(usize, usize)> {
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
