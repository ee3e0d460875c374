//! `hamish-news --for-reader`: the reader's `F`. Fetches every subscribed feed as `hamish fetch`
//! does, with no progress bar (the reader owns the terminal), writing one
//! `fetch::reader_lines` line per feed as soon as it is in; the reader shows them as progress.
//! Standard error is not looked at. Ends when the reader that started it does. Also how
//! `hamish-news` refuses to run for a `hamish` of another version ([`refuse`]).
//!
//! Knows the fetching code and the environment; nothing about terminals or drawing.

use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::Mutex;

use indicatif::ProgressBar;

use crate::dirs::process_env;
use crate::fetch::feeds::every_feed;
use crate::fetch::http::{timeout, Client};
use crate::fetch::reader_lines::Line;
use crate::fetch::run::fetch_each;
use crate::text::sanitize::sanitize;

/// Runs the reader's fetch; failure when it could not start.
pub fn run() -> ExitCode {
    end_with_the_reader();
    let out = Mutex::new(std::io::stdout());
    let say = |line: Line| {
        if let Ok(mut out) = out.lock() {
            // Nobody to tell when the reader is gone; the fetch goes on until it notices.
            let _ = writeln!(out, "{}", line.line()).and_then(|()| out.flush());
        }
    };
    let (feeds, feeds_dir) = match every_feed(&process_env) {
        Ok(found) => found,
        Err(why) => {
            say(Line::Stopped { why });
            return ExitCode::FAILURE;
        }
    };
    let client = Client::new(timeout(&process_env));
    fetch_each(
        &client,
        &feeds,
        &feeds_dir,
        &ProgressBar::hidden(),
        &|_, report| say(Line::feed(&report)),
    );
    ExitCode::SUCCESS
}

/// Says why `hamish-news` will not run, to the reader (a line) or to a person (standard error).
pub fn refuse(for_reader: bool, why: &str) -> ExitCode {
    if for_reader {
        // The reader may be gone already: nothing to do about a closed pipe.
        let _ = writeln!(
            std::io::stdout(),
            "{}",
            Line::Stopped { why: why.into() }.line()
        );
    } else {
        eprintln!("hamish: {}", sanitize(why));
    }
    ExitCode::from(2)
}

/// Ends this process when the reader is gone, however it ended: the reader holds the other end
/// of standard input and never writes to it, so a read returns only when that end closes.
/// Ending at any point is as safe as the reader's own end was when the fetch ran in it: files
/// are written atomically and what a killed save leaves is cleared by the next one.
fn end_with_the_reader() {
    std::thread::spawn(|| {
        let mut buf = [0u8; 64];
        let mut stdin = std::io::stdin();
        while matches!(stdin.read(&mut buf), Ok(n) if n > 0) {}
        std::process::exit(1);
    });
}
