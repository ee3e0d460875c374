//! `hamish-news`, the program that brings news in (`add`, `feed`, `fetch`, and the reader's
//! `F`), installed beside `hamish`: where it is and how `hamish` hands it a command.
//!
//! It is a program of its own so that the reader's binary does not carry the HTML parsers, TLS
//! and their tables: every start of a position-independent binary relocates them, which made
//! the reader's first frame 1.4 times `less`'s (issue 18, BENCHMARKS.md). git keeps its HTTP
//! transport out of `git` for the same reason (`git-remote-https`).
//!
//! Knows file names and processes; nothing about news, terminals or the command line's words.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::text::sanitize::sanitize;

/// The program's file name.
pub(crate) const NAME: &str = "hamish-news";

/// The first argument that makes `hamish-news` run the reader's fetch (its output is
/// `fetch::reader_lines`); not a command a person types.
pub const FOR_READER: &str = "--for-reader";

/// The directory a package keeps `hamish-news` in, when the build named one
/// (`HAMISH_NEWS_DIR=/usr/libexec/hamish cargo build --release`, as git's `gitexecdir`); looked
/// in first.
const BUILT_DIR: Option<&str> = option_env!("HAMISH_NEWS_DIR");

/// `hamish-news` in the directory the build named, else beside the running `hamish`, or why it
/// cannot be run.
pub(crate) fn path() -> Result<PathBuf, String> {
    if let Some(helper) = BUILT_DIR.map(|d| Path::new(d).join(NAME)) {
        if helper.is_file() {
            return Ok(helper);
        }
    }
    let me = std::env::current_exe().map_err(|e| format!("cannot find hamish itself: {e}"))?;
    let helper = me.with_file_name(NAME);
    if helper.is_file() {
        return Ok(helper);
    }
    let built = BUILT_DIR.map_or(String::new(), |d| format!(" or in {}", sanitize(d)));
    Err(format!(
        "{NAME} is missing beside {}{built}: add, feed and fetch run in it. \
         `cargo build --release` builds both programs and `cargo install --path .` installs both",
        sanitize(&me.display().to_string())
    ))
}

/// Runs `hamish-news` in place of this process with the same arguments (`hamish add …` becomes
/// `hamish-news add …`); returns only when it cannot, having said why.
pub fn exec(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let helper = match path() {
        Ok(p) => p,
        Err(why) => {
            eprintln!("hamish: {why}");
            return ExitCode::from(2);
        }
    };
    let mut command = std::process::Command::new(&helper);
    command.args(args.into_iter().skip(1));
    #[cfg(unix)]
    let error = std::os::unix::process::CommandExt::exec(&mut command);
    #[cfg(not(unix))]
    let error = match command.status() {
        Ok(status) => return ExitCode::from(status.code().unwrap_or(1).clamp(0, 255) as u8),
        Err(e) => e,
    };
    eprintln!(
        "hamish: cannot run {}: {error}",
        sanitize(&helper.display().to_string())
    );
    ExitCode::from(2)
}
