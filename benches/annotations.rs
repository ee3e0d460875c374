//! Annotation speed on an article with 10,000 annotations (built here from the seeds: every seed
//! three times over, ~75,000 chars): opening with a matching checksum (target < 100 ms), saving
//! after a change (target < 50 ms), re-anchoring all after an edit (target < 1 s).
//!
//! Run: `cargo bench --bench annotations`; the 100,000-annotation costs of issue 10 alone:
//! `cargo bench --bench annotations -- linear_100k`.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The tests' shared helpers this bench uses (see tests/common/).
#[path = "../tests/common"]
mod common {
    pub mod seeds;
    pub mod sidecars;
}

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion};
use hamish::annotate::anchor::{anchor_all, AnchorState, AnchorText};
use hamish::annotate::library::{completion_tags, scan_library};
use hamish::annotate::model::{Annotation, Sidecar};
use hamish::annotate::sidecar::{parse, write};
use hamish::annotate::store::{Edit, Store};
use hamish::text::Article;

const ANNOTATIONS: usize = 10_000;

fn article_text() -> String {
    let mut text = String::new();
    for copy in 1..=3 {
        for (i, seed) in common::seeds::seeds().iter().enumerate() {
            text.push_str(&format!("النسخة {copy} من المقال {i}\n"));
            text.push_str(&fs::read_to_string(seed).unwrap());
            text.push('\n');
        }
    }
    text
}

/// The article as edited by someone: a paragraph inserted at the top, a sentence deleted and a
/// word changed in the middle.
fn edited(text: &str) -> String {
    let mut t = format!("فقرة جديدة أضيفت في أعلى المقال بعد نشره.\n\n{text}");
    let middle = floor_char_boundary(&t, t.len() / 2);
    let sentence_start = middle + t[middle..].find(". ").unwrap() + 2;
    let sentence_end = sentence_start + t[sentence_start..].find(". ").unwrap() + 2;
    t.replace_range(sentence_start..sentence_end, "");
    let word_at = floor_char_boundary(&t, t.len() * 3 / 4);
    let word_at = word_at + t[word_at..].find("بوتين").unwrap();
    t.replace_range(word_at..word_at + "بوتين".len(), "الرئيس");
    t
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

struct Library {
    _dir: tempfile::TempDir,
    article: PathBuf,
    sidecar: PathBuf,
    sidecar_bytes: Vec<u8>,
}

fn library(text: &str) -> Library {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let article = dir.path().join("big.txt");
    fs::write(&article, text).unwrap();
    let sidecar = dir.path().join("big.txt.annotations.toml");
    let sidecar_bytes =
        write(&common::sidecars::big_sidecar("big.txt", text, ANNOTATIONS)).into_bytes();
    fs::write(&sidecar, &sidecar_bytes).unwrap();
    Library {
        _dir: dir,
        article,
        sidecar,
        sidecar_bytes,
    }
}

fn open(path: &Path) -> Store {
    let article = Article::load(path).unwrap();
    Store::open(path, &article).unwrap().store
}

/// After an edit of the article: how the annotations fare (printed), re-anchoring them all, and
/// opening the edited article (re-anchor and save).
fn after_an_edit(
    group: &mut BenchmarkGroup<WallTime>,
    lib: &Library,
    text: &str,
    refs: &[&Annotation],
) {
    let changed = edited(text);
    {
        let results = anchor_all(&AnchorText::new(&changed), false, refs);
        let count = |f: fn(&AnchorState) -> bool| results.iter().filter(|r| f(&r.state)).count();
        eprintln!(
            "after the edit: {} anchored, {} moved, {} need review, {} orphaned",
            count(|s| matches!(s, AnchorState::Anchored)),
            count(|s| matches!(s, AnchorState::Moved { .. })),
            count(|s| matches!(s, AnchorState::NeedsReview { .. })),
            count(|s| matches!(s, AnchorState::Orphaned)),
        );
    }
    group.bench_function("re-anchor all after an edit", |b| {
        b.iter(|| black_box(anchor_all(&AnchorText::new(&changed), false, refs).len()))
    });

    let edited_article = Article::from_text(changed.clone());
    group.bench_function("open after an edit (re-anchor and save)", |b| {
        b.iter_batched(
            || fs::write(&lib.sidecar, &lib.sidecar_bytes).unwrap(),
            |()| {
                let opened = Store::open(&lib.article, &edited_article).unwrap();
                opened.saved.unwrap().unwrap();
                black_box(opened.store.counts())
            },
            BatchSize::PerIteration,
        )
    });
}

fn benches(c: &mut Criterion) {
    let text = article_text();
    let lib = library(&text);
    eprintln!(
        "article: {} chars; sidecar: {} annotations, {} bytes",
        text.chars().count(),
        ANNOTATIONS,
        lib.sidecar_bytes.len()
    );
    let mut group = c.benchmark_group("annotations_10k");
    group.sample_size(20);

    let article = Article::load(&lib.article).unwrap();
    group.bench_function("open, checksum matches", |b| {
        b.iter(|| {
            let opened = Store::open(&lib.article, &article).unwrap();
            assert!(opened.saved.is_none());
            black_box(opened.store.counts())
        })
    });

    group.bench_function("parse sidecar only", |b| {
        let s = std::str::from_utf8(&lib.sidecar_bytes).unwrap();
        b.iter(|| black_box(parse(s).unwrap().annotations.len()))
    });

    let sidecar: Sidecar = parse(std::str::from_utf8(&lib.sidecar_bytes).unwrap()).unwrap();
    group.bench_function("serialize sidecar only", |b| {
        b.iter(|| black_box(write(&sidecar).len()))
    });

    let mut store = open(&lib.article);
    let id = store.annotations()[ANNOTATIONS / 2].annotation.id.clone();
    let mut n = 0u64;
    group.bench_function(
        "save after an edit (merge check, write, fsync, rename)",
        |b| {
            b.iter(|| {
                n += 1;
                let edit = Edit {
                    note: Some(format!("ملاحظة {n}")),
                    ..Edit::default()
                };
                store.edit(&id, edit).unwrap().saved.unwrap()
            })
        },
    );
    drop(store);

    let annotations: Vec<Annotation> = sidecar.annotations.values().cloned().collect();
    let refs: Vec<&Annotation> = annotations.iter().collect();
    after_an_edit(&mut group, &lib, &text, &refs);
    group.finish();

    // The worst case: nothing can be found where it was (the article replaced by another text),
    // so every annotation gets the full approximate search.
    let mut worst = c.benchmark_group("annotations_worst_case");
    worst.sample_size(10);
    let replaced = fs::read_to_string(&common::seeds::seeds()[1])
        .unwrap()
        .repeat(10);
    worst.bench_function("re-anchor 10,000 in a replaced article", |b| {
        b.iter(|| black_box(anchor_all(&AnchorText::new(&replaced), false, &refs).len()))
    });
    worst.finish();
}

/// Issue 10: costs that must grow linearly. One sidecar with 100,000 annotations, each with a
/// tag of its own (100,000 tags): opening it, and gathering the tags to complete from on the
/// first `a` (the library's tags, then the article's; once quadratic, 26 s).
fn linear_costs(c: &mut Criterion) {
    const N: usize = 100_000;
    let text = article_text();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let article_path = dir.path().join("big.txt");
    fs::write(&article_path, &text).unwrap();
    let mut sidecar = common::sidecars::big_sidecar("big.txt", &text, N);
    for (i, a) in sidecar.annotations.values_mut().enumerate() {
        a.tags.push(format!("وسم{i}"));
    }
    let bytes = write(&sidecar);
    fs::write(dir.path().join("big.txt.annotations.toml"), &bytes).unwrap();
    eprintln!("sidecar: {N} annotations, {} bytes", bytes.len());
    let mut group = c.benchmark_group("linear_100k");
    group.sample_size(10);
    let article = Article::load(&article_path).unwrap();
    group.bench_function("open 100k annotations, checksum matches", |b| {
        b.iter(|| {
            let opened = Store::open(&article_path, &article).unwrap();
            black_box(opened.store.counts())
        })
    });
    // Hand-written: no context and no checksum, so every annotation is checked for uniqueness
    // (here each quote occurs three times: all need review, none is searched for).
    let hand_dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let hand_article = hand_dir.path().join("big.txt");
    fs::write(&hand_article, &text).unwrap();
    let mut hand = sidecar.clone();
    hand.article.sha256.clear();
    for a in hand.annotations.values_mut() {
        (a.prefix, a.suffix) = (String::new(), String::new());
    }
    let hand_sidecar = hand_dir.path().join("big.txt.annotations.toml");
    fs::write(&hand_sidecar, write(&hand)).unwrap();
    group.bench_function("open 100k hand-written annotations, no context", |b| {
        b.iter(|| {
            let opened = Store::open(&hand_article, &article).unwrap();
            black_box(opened.store.counts())
        })
    });
    let store = open(&article_path);
    group.bench_function("tags to complete from, 100k tags", |b| {
        b.iter(|| {
            let index = scan_library(dir.path()).unwrap();
            let library: Vec<String> = index.tags_by_use().into_iter().map(String::from).collect();
            black_box(completion_tags(&library, store.tags()).len())
        })
    });
    group.finish();
}

criterion_group!(annotation_benches, benches, linear_costs);
criterion_main!(annotation_benches);
