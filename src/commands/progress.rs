//! A progress bar on standard error (indicatif) for exports that take a while: drawn only when
//! standard error is a terminal, and only once reading has taken more than half a second, so
//! quick exports and pipes see nothing.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::export::collect::Progress;

/// How long reading runs before the bar appears.
const DELAY: Duration = Duration::from_millis(500);

/// The bar, hidden until [`DELAY`] has passed on a terminal.
pub(crate) struct Bar {
    bar: ProgressBar,
    began: Instant,
    terminal: bool,
    shown: AtomicBool,
}

impl Bar {
    /// A hidden bar.
    pub fn new() -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}") {
            bar.set_style(style);
        }
        Bar {
            bar,
            began: Instant::now(),
            terminal: std::io::stderr().is_terminal(),
            shown: AtomicBool::new(false),
        }
    }

    /// Removes the bar from the screen.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Progress for Bar {
    fn start(&self, total: usize) {
        self.bar.set_length(total as u64);
    }

    fn tick(&self) {
        self.bar.inc(1);
        if self.terminal
            && self.began.elapsed() > DELAY
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }
}
