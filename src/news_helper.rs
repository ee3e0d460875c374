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
use std::process::{Command, ExitCode};

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

/// The variable in which `hamish` gives `hamish-news` its version.
const CALLER_VERSION: &str = "HAMISH_CALLER_VERSION";

/// This build's version.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A command running `hamish-news` at `helper`, told which `hamish` starts it.
pub(crate) fn command(helper: &Path) -> Command {
    let mut command = Command::new(helper);
    command.env(CALLER_VERSION, VERSION);
    command
}

/// In `hamish-news`: why it must not run for the `hamish` that started it, when the two come
/// from different versions (one of them updated, the other left behind), whose arguments and
/// lines need not agree.
pub fn mismatch() -> Option<String> {
    let caller = std::env::var_os(CALLER_VERSION)?;
    (caller != VERSION).then(|| {
        format!(
            "{NAME} {VERSION} was started by hamish {}: install both from the same build",
            sanitize(&caller.to_string_lossy())
        )
    })
}

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
    let mut command = command(&helper);
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
