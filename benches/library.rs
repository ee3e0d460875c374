//! The library's first frame on a generated library of 10,000 articles and 100,000 annotations
//! (issue 8 §5, issue 11: under 200 ms, counts filling in as they are read): listing the
//! directory, opening it in the app (which starts the background reader) and drawing the first
//! frame into a 100×30 `TestBackend`. Also, for scale, the time until every title and count is
//! filled in, and the synchronous `Library::load` that read everything before the first frame.
//!
//! Run: `cargo bench --bench library`.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

#[path = "common/generated_library.rs"]
mod generated_library;
use generated_library::generate;

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use hamish::library::dir_groups;
use hamish::tui::app::{App, Settings};
use hamish::tui::draw::draw;
use hamish::tui::input::keymap::Keymap;
use hamish::tui::screens::library::state::Library;
use hamish::tui::theme::Themes;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const SIZE: (u16, u16) = (100, 30);

fn app() -> App {
    let (themes, _) = Themes::load_from(None);
    App::new(Settings::default(), Keymap::default(), themes, 0, SIZE)
}

/// Lists `dir`, opens it (the reader starts) and draws the first frame.
fn first_frame(dir: &Path) -> App {
    let library = Library::list(dir.to_path_buf(), dir_groups(dir).unwrap());
    let mut app = app();
    app.open_library(library);
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    terminal.draw(|f| draw(&app, f.buffer_mut())).unwrap();
    black_box(terminal.backend().buffer().area);
    app
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path());
    let mut g = c.benchmark_group("library of 10,000 articles, 100,000 annotations");
    g.sample_size(10);
    // Dropping the app closes the reader's channel: its thread stops at its next batch.
    g.bench_function("first frame (list + open + draw)", |b| {
        b.iter(|| drop(first_frame(dir.path())))
    });
    g.bench_function("every title and count filled in", |b| {
        b.iter(|| {
            let mut app = first_frame(dir.path());
            app.wait_for_library();
            black_box(app.library.as_ref().unwrap().entries.len())
        })
    });
    g.bench_function("Library::load (all read before any frame)", |b| {
        b.iter(|| black_box(Library::load(dir.path()).unwrap().entries.len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
