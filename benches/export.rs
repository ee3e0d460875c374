//! Export and tag counting on a generated library of 10,000 articles and 100,000 annotations
//! (written to a temporary directory at bench time, not committed): each article a seed with its
//! own first line, each with ten annotations on words of the text, tags from a pool of 24.
//! Targets (issue 8): `hamish tags` < 1 s, `export --format csv` < 2 s, `qdpx` < 5 s.
//! Also prints the wall time of the real binary as a whole process.
//!
//! Run: `cargo bench --bench export`.

#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

use std::hint::black_box;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use hamish::export::{collect, collect_stored, render, tags, Filter, Format};

/// The generated library, shared with the passages bench.
#[path = "common/generated_library.rs"]
mod generated_library;
use generated_library::generate;

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
    generate(dir.path());
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
