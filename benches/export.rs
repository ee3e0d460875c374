//! Export and tag counting on a generated library of 10,000 articles and 100,000 annotations
//! (written to a temporary directory at bench time, not committed): each article a seed with its
//! own first line, each with ten annotations on words of the text, tags from a pool of 24.
//! Targets (issue 8): `hamish tags` < 1 s, `export --format csv` < 2 s, `qdpx` < 5 s.
//! Also prints the wall time of the real binary as a whole process.
//!
//! Run: `cargo bench --bench export`.

#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use hamish::annotate::fingerprint::sha256_hex;
use hamish::annotate::model::{Annotation, AnnotationId, Extra, Sidecar};
use hamish::annotate::offsets::TextIndex;
use hamish::annotate::sidecar::write;
use hamish::annotate::time::Timestamp;
use hamish::export::{collect, collect_stored, render, tags, Filter, Format};

const ARTICLES: usize = 10_000;
const PER_ARTICLE: usize = 10;

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

/// Writes the library into `dir`.
fn generate(dir: &Path) {
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
}

/// Wall time of one run of the real binary. (Peak memory is measured outside, with
/// `/usr/bin/time -f %M`: a child's `ru_maxrss` here would include this process's memory at
/// fork time.)
fn whole_process(args: &[&str], dir: &Path) -> f64 {
    let start = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", dir.join(".data"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{args:?}");
    start.elapsed().as_secs_f64()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let t = Instant::now();
    generate(dir.path());
    eprintln!(
        "generated {ARTICLES} articles, {} annotations in {:.1?}",
        ARTICLES * PER_ARTICLE,
        t.elapsed()
    );
    let lib = [dir.path().to_path_buf()];
    let all = Filter::default();
    let mut g = c.benchmark_group("library of 10,000 articles, 100,000 annotations");
    g.sample_size(10);
    g.bench_function("tags (sidecars + count)", |b| {
        b.iter(|| black_box(tags::tag_counts(&collect_stored(&lib))))
    });
    g.bench_function("export csv (collect + render)", |b| {
        b.iter(|| black_box(render(Format::Csv, &collect(&lib, &all)).unwrap()))
    });
    g.bench_function("export qdpx (collect + render)", |b| {
        b.iter(|| black_box(render(Format::Qdpx, &collect(&lib, &all)).unwrap()))
    });
    g.finish();
    for args in [
        &["tags", "."][..],
        &["export", ".", "--format", "csv", "-o", "out.csv"],
        &["export", ".", "--format", "qdpx", "-o", "out.qdpx"],
    ] {
        let secs = whole_process(args, dir.path());
        eprintln!("hamish {}: {secs:.2} s", args.join(" "));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
