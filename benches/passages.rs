//! The passages view (`A` in the library) on the generated library of 10,000 articles and
//! 100,000 annotations (`common/generated_library.rs`, written to a temporary directory at bench
//! time, not committed). Target (issue 8): the view open in under 1 s.
//! - `A` to the first frame: the library is read in parts on another thread (every sidecar read,
//!   every annotation anchored in its article, in parallel, as exports do); the first frame is
//!   drawn once the first part is in (only the passages on screen laid out);
//! - `A` until every passage is in (the event loop's `work` taking the parts), and the rows
//!   built in one go (collect + build) for comparison;
//! - drawing a frame of the open view alone;
//! - filtering the 100,000 rows by an Arabic tag, and by text the first time (quotes and notes
//!   folded then) and again;
//! - the process's peak memory (VmHWM) before and after opening the view once, printed.
//!
//! Run: `cargo bench --bench passages`.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use hamish::export::{collect, Collected, Filter};
use hamish::tui::app::{App, Settings};
use hamish::tui::draw::draw;
use hamish::tui::input::action::Action;
use hamish::tui::input::keymap::Keymap;
use hamish::tui::screens::library::state::Library;
use hamish::tui::screens::passages::state::{PassageFilter, Passages};
use hamish::tui::theme::Themes;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The generated library.
#[path = "common/generated_library.rs"]
mod generated_library;
use generated_library::{generate, ARTICLES, PER_ARTICLE};

const SIZE: (u16, u16) = (100, 30);

fn app_on(library: Library) -> App {
    let (themes, _) = Themes::load_from(None);
    let mut app = App::new(Settings::default(), Keymap::default(), themes, 0, SIZE);
    app.open_library(library);
    app
}

fn frame(app: &App) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, SIZE.0, SIZE.1));
    draw(app, &mut buf);
    buf
}

/// This process's peak resident memory (VmHWM), as /proc states it.
fn peak_memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map_or("unknown".into(), |v| v.trim().to_string())
}

/// Takes every part of the library still being read.
fn finish(app: &mut App) {
    while app.busy() {
        app.work(usize::MAX);
    }
}

/// Closes the view (its feed goes with it, which stops the reading) without the library's own
/// refresh.
fn close(app: &mut App) {
    app.screens.clear();
}

/// The app on a generated library in `dir`, after one `A` timed (and its peak memory) on stderr.
fn generated_app(dir: &std::path::Path) -> App {
    generate(dir);
    let mut app = app_on(Library::load(dir).unwrap());
    eprintln!("peak memory before opening the view: {}", peak_memory());
    let t = Instant::now();
    app.update(Action::AnnotationList);
    black_box(frame(&app));
    let first = t.elapsed();
    finish(&mut app);
    eprintln!(
        "once: A to the first frame {first:.2?}, to every passage {:.2?}; peak memory after: {}",
        t.elapsed(),
        peak_memory()
    );
    app
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = generated_app(dir.path());
    let lib = [dir.path().to_path_buf()];
    let mut g = c.benchmark_group("passages view, 10,000 articles, 100,000 annotations");
    g.sample_size(10);
    g.bench_function("A to the first frame (first part read, rows, draw)", |b| {
        b.iter(|| {
            close(&mut app);
            app.update(Action::AnnotationList);
            black_box(frame(&app))
        })
    });
    g.bench_function("A until every passage is in", |b| {
        b.iter(|| {
            close(&mut app);
            app.update(Action::AnnotationList);
            finish(&mut app);
            black_box(frame(&app))
        })
    });
    g.bench_function("rows in one go (collect + build)", |b| {
        b.iter(|| black_box(Passages::from_collected(collect(&lib, &Filter::default()))))
    });
    assert_eq!(app.passages().unwrap().rows.len(), ARTICLES * PER_ARTICLE);
    g.bench_function("a frame of the open view", |b| {
        b.iter(|| black_box(frame(&app)))
    });
    filters(&mut g, collect(&lib, &Filter::default()));
    g.finish();
}

/// The filters on the whole library's passages (`collected`: every one of them).
fn filters(
    g: &mut criterion::BenchmarkGroup<criterion::measurement::WallTime>,
    collected: Collected,
) {
    let mut passages = Passages::from_collected(collected.clone());
    let by_tag = PassageFilter {
        tags: vec!["وسم7".into()],
        ..PassageFilter::default()
    };
    g.bench_function("filter by an Arabic tag", |b| {
        b.iter(|| {
            passages.set_filter(by_tag.clone());
            passages.set_filter(PassageFilter::default());
            black_box(passages.shown.len())
        })
    });
    let by_text = PassageFilter {
        text: "ملاحظه".into(),
        ..PassageFilter::default()
    };
    g.bench_function("filter by text, quotes and notes folded first", |b| {
        b.iter_batched(
            || Passages::from_collected(collected.clone()),
            |mut fresh| {
                fresh.set_filter(by_text.clone());
                black_box(fresh.shown.len())
            },
            criterion::BatchSize::LargeInput,
        )
    });
    passages.set_filter(by_text.clone());
    g.bench_function("filter by text again", |b| {
        b.iter(|| {
            passages.set_filter(by_text.clone());
            black_box(passages.shown.len())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
