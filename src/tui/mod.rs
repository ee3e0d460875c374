//! The terminal front end: holds the reader's state, maps keys to actions, draws with ratatui.

pub mod check_terminal;
pub mod samples;
pub mod terminal_mode;
pub mod theme;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::text::{BidiMode, Shaping};

/// What `hamish [--bidi …] [--shaping …] [PATH]` asked for.
#[derive(Clone, Debug, Default)]
pub struct ReadArgs {
    /// A directory (library) or a file (article); `None`: the sample library.
    pub path: Option<PathBuf>,
    /// `--bidi app|terminal`; `None`: configuration, then detection (`auto`).
    pub bidi: Option<BidiMode>,
    /// `--shaping forms|none`; `None`: configuration.
    pub shaping: Option<Shaping>,
}

/// Runs the reader.
pub fn run(_args: ReadArgs) -> ExitCode {
    eprintln!("hamish: the reader is not built yet; try `hamish render FILE`");
    ExitCode::FAILURE
}

/// `hamish check-terminal`.
pub fn check_terminal() -> ExitCode {
    check_terminal::run()
}
