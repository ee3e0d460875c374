//! `hamish completions SHELL`: the shell's completion script for hamish, generated from the
//! command-line definitions by clap_complete, on stdout.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "hamish", &mut out);
    out
}

/// Runs `hamish completions SHELL`: exit status 0, or 1 when stdout cannot be written.
pub fn run(shell: Shell) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(&script(shell)).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hamish: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}
