//! `hamish render` against GNU FriBidi on a ~10 MB Arabic document built from the seeds (written
//! to the temp dir at bench time, never committed), and one seed from process start to exit.
//!
//! Besides criterion's timings it prints, measured in the same run: the throughput ratio
//! hamish / FriBidi (median of interleaved runs) and peak memory of each process.
//! Run: `cargo bench --bench render`.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const HAMISH: &str = env!("CARGO_BIN_EXE_hamish");

/// The tests' shared helpers this bench uses (see tests/common/).
#[path = "../tests/common"]
mod common {
    pub mod seeds;
}

use common::seeds::seeds;

/// The seeds repeated to about 10 MB.
fn big_document() -> PathBuf {
    let path = std::env::temp_dir().join("hamish-bench-10mb.txt");
    let texts: Vec<String> = seeds()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut doc = String::with_capacity(10_100_000);
    while doc.len() < 10_000_000 {
        for t in &texts {
            doc.push_str(t);
        }
    }
    // Written aside and renamed, so a bench running beside this one never reads half of it.
    let part = path.with_extension(format!("{}.part", std::process::id()));
    std::fs::write(&part, doc).unwrap();
    std::fs::rename(&part, &path).unwrap();
    path
}

fn has_fribidi() -> bool {
    Command::new("fribidi").arg("--version").output().is_ok()
}

fn run(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    start.elapsed()
}

fn hamish(file: &Path) -> Command {
    let mut c = Command::new(HAMISH);
    c.args(["render", "--width", "80"]).arg(file);
    c
}

fn fribidi(file: &Path) -> Command {
    let mut c = Command::new("fribidi");
    c.args(["--width", "80"]).arg(file);
    c
}

/// Peak resident memory of one run of `cmd`, in bytes, as GNU time reports it (`%M`), or `None`
/// without /usr/bin/time. Not wait4's `ru_maxrss` of our own child: Linux carries the parent's
/// high-water mark across exec, so a child of this bench (which holds the 10 MB document) would
/// report at least the bench's own size.
fn peak_rss(cmd: &Command) -> Option<u64> {
    let report = std::env::temp_dir().join(format!("hamish-bench-rss-{}.txt", std::process::id()));
    let status = Command::new("/usr/bin/time")
        .args(["-f", "%M", "-o"])
        .arg(&report)
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let written = std::fs::read_to_string(&report);
    let _ = std::fs::remove_file(&report);
    let kb: u64 = written.ok()?.trim().parse().ok()?;
    status.success().then_some(kb * 1024)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Interleaved runs of both tools, so machine noise hits both alike; prints ratios and memory.
fn report(file: &Path) {
    let size = std::fs::metadata(file).unwrap().len();
    let (mut h, mut f) = (Vec::new(), Vec::new());
    for _ in 0..15 {
        h.push(run(&mut hamish(file)));
        f.push(run(&mut fribidi(file)));
    }
    let (h, f) = (median(h), median(f));
    let (hm, fm) = (
        peak_rss(&hamish(file)).unwrap_or(0),
        peak_rss(&fribidi(file)).unwrap_or(0),
    );
    let mb = |b: u64| b as f64 / 1e6;
    println!(
        "\n10 MB document ({:.1} MB), median of 15 interleaved runs on {} cores:\n  \
         hamish render --width 80: {:.0} ms ({:.1} MB/s), peak {:.1} MB = {:.2}x the file\n  \
         fribidi --width 80:       {:.0} ms ({:.1} MB/s), peak {:.1} MB\n  \
         throughput hamish / fribidi = {:.2}x (target >= 3x), memory target <= 1.5x the file\n",
        mb(size),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        h.as_secs_f64() * 1e3,
        mb(size) / h.as_secs_f64(),
        mb(hm),
        hm as f64 / size as f64,
        f.as_secs_f64() * 1e3,
        mb(size) / f.as_secs_f64(),
        mb(fm),
        f.as_secs_f64() / h.as_secs_f64(),
    );
}

fn bench(c: &mut Criterion) {
    let big = big_document();
    let size = std::fs::metadata(&big).unwrap().len();
    let fribidi_ok = has_fribidi();
    if fribidi_ok {
        report(&big);
    } else {
        eprintln!("fribidi not found (apt-get install libfribidi-bin): no comparison");
    }

    let mut g = c.benchmark_group("render_10mb");
    g.sample_size(10).throughput(Throughput::Bytes(size));
    g.bench_function("hamish", |b| b.iter(|| run(&mut hamish(&big))));
    if fribidi_ok {
        g.bench_function("fribidi", |b| b.iter(|| run(&mut fribidi(&big))));
    }
    g.finish();

    let seed = seeds().remove(0);
    let mut g = c.benchmark_group("render_one_seed");
    g.bench_function("hamish_process", |b| b.iter(|| run(&mut hamish(&seed))));
    if fribidi_ok {
        g.bench_function("fribidi_process", |b| b.iter(|| run(&mut fribidi(&seed))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
