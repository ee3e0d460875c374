//! Drawing a screen full of overlapping annotation highlights against drawing the same screen
//! without annotations (target: at most 2×), at 80×24 and 200×60, into a ratatui `Buffer` (what
//! `Terminal::draw` fills before diffing).
//!
//! The article is seed 003 (the longest) copied into a temporary directory, with 400
//! annotations of 3 to 80 chars laid over its first 7,000 chars (every char on screen is under
//! two of them on average, many under more), in all six colours, some needing review. The same
//! app state is drawn with and without its annotations, interleaved, and the medians' ratio is
//! printed after criterion's estimates.
//!
//! Run: `cargo bench --bench highlights`.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use hamish::text::Article;
use hamish::tui::app::{App, Settings};
use hamish::tui::article::notes::Notes;
use hamish::tui::draw::draw;
use hamish::tui::input::keymap::Keymap;
use hamish::tui::theme::Themes;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const SEED: &str = "003_5f974563870b29f1.txt";
const ANNOTATIONS: usize = 400;
const SPREAD: usize = 7_000;
const COLOURS: [&str; 6] = ["yellow", "green", "blue", "pink", "orange", "purple"];
const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

/// An app of `size` on the seed in `dir`.
fn app_on(path: &Path, size: (u16, u16)) -> App {
    let (themes, _) = Themes::load_from(None);
    let theme = themes.names().iter().position(|n| n == "dark").unwrap();
    let mut app = App::new(Settings::default(), Keymap::default(), themes, theme, size);
    app.open_article(path, Article::load(path).unwrap());
    app
}

/// Writes the seed and its annotations into `dir`; returns the article's path.
fn annotated_seed(dir: &Path) -> std::path::PathBuf {
    let path = dir.join(SEED);
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(SEED);
    std::fs::copy(seed, &path).unwrap();
    let mut app = app_on(&path, (80, 24));
    let view = app.article.as_mut().unwrap();
    let len = view.article.char_len().min(SPREAD);
    let store = view.notes.store_mut().unwrap();
    // A small deterministic generator: the same ranges every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    for i in 0..ANNOTATIONS {
        let start = next(len - 90);
        let range = start..start + 3 + next(78);
        let colour = COLOURS[i % COLOURS.len()];
        store
            .add(range, [format!("tag{}", i % 17)], colour, "")
            .unwrap();
    }
    path
}

/// Draws `app` into `buf` once.
fn frame(app: &App, buf: &mut Buffer) {
    draw(app, buf);
    black_box(&buf);
}

/// Median time of drawing `app`, over `rounds` batches of `per` draws.
fn median(app: &App, buf: &mut Buffer, rounds: usize, per: u32) -> Vec<Duration> {
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per {
                frame(app, buf);
            }
            t.elapsed() / per
        })
        .collect()
}

fn highlights(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = annotated_seed(dir.path());
    let mut ratios = Vec::new();
    for size in SIZES {
        let with = app_on(&path, size);
        let mut without = app_on(&path, size);
        without.article.as_mut().unwrap().notes = Notes::Pending;
        let view = with.article.as_ref().unwrap();
        let on_screen = {
            let rows = view.rows();
            let first = rows.first().unwrap();
            let last = rows.last().unwrap();
            let start = view.blocks.get(first.block).char_start;
            let end = view.blocks.get(last.block).char_start
                + view
                    .cache
                    .peek(last.block)
                    .unwrap()
                    .line(last.line)
                    .chars()
                    .end as usize;
            view.notes.store().unwrap().overlapping(start..end).len()
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, size.0, size.1));
        let mut group = c.benchmark_group(format!("draw {}x{}", size.0, size.1));
        group.bench_function("without annotations", |b| {
            b.iter(|| frame(&without, &mut buf))
        });
        group.bench_function(format!("{on_screen} annotations on screen"), |b| {
            b.iter(|| frame(&with, &mut buf))
        });
        group.finish();
        // Interleaved rounds, so both see the same machine.
        let (mut plain, mut annotated) = (Vec::new(), Vec::new());
        for _ in 0..10 {
            plain.extend(median(&without, &mut buf, 5, 200));
            annotated.extend(median(&with, &mut buf, 5, 200));
        }
        plain.sort();
        annotated.sort();
        let (p, a) = (plain[plain.len() / 2], annotated[annotated.len() / 2]);
        ratios.push((size, on_screen, p, a));
    }
    for ((w, h), n, p, a) in ratios {
        println!(
            "{w}x{h}: without annotations {p:?}, with {n} on screen {a:?}: {:.2}x (target ≤ 2x)",
            a.as_secs_f64() / p.as_secs_f64()
        );
    }
}

criterion_group!(benches, highlights);
criterion_main!(benches);
