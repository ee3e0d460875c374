//! Export and tag counting on a generated library of 10,000 articles and 100,000 annotations in
//! nested folders (ten folders of ten subfolders, file names repeated in each; written to a
//! temporary directory at bench time, not committed): each article a seed with its own first
//! line, each with ten annotations on words of the text, tags from two pools of 24.
//! Targets (issue 15): `tags` < 0.5 s; `export` to csv, jsonl, md and w3c < 1 s each, `qdpx`
//! < 2 s. Beside them, in the same run, a floor: reading every article and sidecar (the bytes
//! only, on every core), which no export can beat. Also prints the wall time of the real binary
//! as a whole process, with no path (the whole library, here a configured folder) and with the
//! folder given.
//!
//! Run: `cargo bench --bench export`.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use hamish::export::{collect, collect_stored, render, tags, Filter, Format};
use hamish::library::find;

/// The generated library, shared with the passages bench.
#[path = "common/generated_library.rs"]
mod generated_library;
use generated_library::generate_nested;

/// Wall time of one run of the real binary, with its own configuration naming `library` as a
/// folder of the library. (Peak memory is measured outside, with `/usr/bin/time -f %M`: a
/// child's `ru_maxrss` here would include this process's memory at fork time.)
fn whole_process(args: &[&str], dir: &Path, library: &Path) -> f64 {
    let config = dir.join(".config/hamish");
    std::fs::create_dir_all(&config).unwrap();
    let setting = format!("library = [\"{}\"]\n", library.display());
    std::fs::write(config.join("config.toml"), setting).unwrap();
    let start = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", dir.join(".data"))
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{args:?}");
    start.elapsed().as_secs_f64()
}

/// The floor: every article and sidecar read (bytes only), on as many threads as cores.
fn read_everything(files: &[PathBuf]) -> usize {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| {
                            let sidecar = p.with_file_name(format!(
                                "{}.annotations.toml",
                                p.file_name().unwrap().to_string_lossy()
                            ));
                            let limit = hamish::regular_file::ARTICLE;
                            let a = hamish::regular_file::read(p, limit).unwrap().len();
                            let limit = hamish::regular_file::SIDECAR;
                            a + hamish::regular_file::read(&sidecar, limit).unwrap().len()
                        })
                        .sum::<usize>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    })
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    generate_nested(&root);
    let lib = [root.clone()];
    let files = find(&lib).paths();
    assert_eq!(files.len(), generated_library::ARTICLES);
    let all = Filter::default();
    let mut g = c.benchmark_group("10,000 articles in nested folders, 100,000 annotations");
    g.sample_size(10);
    g.bench_function("floor: read every article and sidecar", |b| {
        b.iter(|| black_box(read_everything(&files)))
    });
    g.bench_function("tags (walk + sidecars + count)", |b| {
        b.iter(|| black_box(tags::tag_counts(&collect_stored(&lib))))
    });
    for (name, format) in [
        ("csv", Format::Csv),
        ("jsonl", Format::Jsonl),
        ("md", Format::Markdown),
        ("w3c", Format::W3c),
        ("qdpx", Format::Qdpx),
    ] {
        g.bench_function(format!("export {name} (walk + collect + render)"), |b| {
            b.iter(|| black_box(render(format, &collect(&lib, &all)).unwrap()))
        });
    }
    g.finish();
    let runs: [&[&str]; 8] = [
        &["tags"],
        &["tags", "news"],
        &["export", "--format", "csv", "-o", "out.csv"],
        &["export", "news", "--format", "csv", "-o", "out.csv"],
        &["export", "news", "--format", "jsonl", "-o", "out.jsonl"],
        &["export", "news", "--format", "md", "-o", "out.md"],
        &["export", "news", "--format", "w3c", "-o", "out.json"],
        &["export", "news", "--format", "qdpx", "-o", "out.qdpx"],
    ];
    for args in runs {
        let secs = whole_process(args, dir.path(), &root);
        eprintln!("hamish {}: {secs:.2} s", args.join(" "));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
