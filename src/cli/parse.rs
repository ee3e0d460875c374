//! Turns `argv` into a [`Cli`], or prints clap's message (help and version on stdout, errors on
//! stderr) and hands back the exit status to end with: 0 for `--help`/`--version`, 2 for a usage
//! error.
//!
//! clap echoes a bad argument as it was typed, so every line of its message is sanitised: an
//! escape sequence in an argument reaches the terminal as visible symbols, never as a command.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use super::{word, Cli, ReadOptions};
use crate::text::sanitize::sanitize;

/// Parses `args` (the program name first); on failure prints the message and returns the exit
/// status.
pub fn parse<I, T>(args: I) -> Result<Cli, ExitCode>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    try_parse(args).map_err(|e| report(&e))
}

/// Parses `args` without printing: a mistyped subcommand is an error, as in [`parse`].
pub fn try_parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if let Some(cli) = just_a_path(&args) {
        return Ok(cli);
    }
    word::check(&args, Cli::try_parse_from(&args))
}

/// `hamish PATH`, PATH holding a `/` or a `.` and not starting with `-`: what clap makes of it
/// (no option, and no subcommand's name has either), without building clap's whole command
/// first (a tenth of a millisecond of the reader's first frame).
fn just_a_path(args: &[OsString]) -> Option<Cli> {
    let [_, path] = args else {
        return None;
    };
    let bytes = path.as_encoded_bytes();
    let plain = !bytes.starts_with(b"-") && bytes.iter().any(|&b| b == b'/' || b == b'.');
    plain.then(|| Cli {
        command: None,
        read: ReadOptions {
            bidi: None,
            shaping: None,
            path: Some(PathBuf::from(path)),
        },
    })
}

/// clap's message for `e`, each line sanitised (the newlines between them kept).
pub fn message(e: &clap::Error) -> String {
    let text = e.render().to_string();
    text.split('\n')
        .map(sanitize)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Prints `e`'s message where clap would and gives its exit status.
fn report(e: &clap::Error) -> ExitCode {
    let text = message(e);
    // A closed pipe (`hamish --help | head -1`) is not an error worth a second message.
    let _ = if e.use_stderr() {
        io::stderr().lock().write_all(text.as_bytes())
    } else {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    };
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_path_is_read_as_clap_reads_it() {
        let paths = [
            "a.txt",
            "./render",
            "dir/",
            ".",
            "..",
            "/tmp/x y.txt",
            "ملف.txt",
            ".hidden",
            "a.b.c/d",
        ];
        for path in paths {
            let args = ["hamish", path].map(OsString::from);
            let fast = just_a_path(&args).unwrap_or_else(|| panic!("{path} not taken"));
            let clap = word::check(&args, Cli::try_parse_from(&args)).unwrap();
            assert_eq!(format!("{fast:?}"), format!("{clap:?}"), "{path}");
        }
        // Options, subcommands, bare words and more than one argument go to clap.
        for args in [
            &["hamish", "-"][..],
            &["hamish", "--version"],
            &["hamish", "-.txt"],
            &["hamish", "render"],
            &["hamish", "notes"],
            &["hamish", ""],
            &["hamish"],
            &["hamish", "--bidi", "a.txt"],
            &["hamish", "a.txt", "b.txt"],
        ] {
            let args: Vec<OsString> = args.iter().map(OsString::from).collect();
            assert!(just_a_path(&args).is_none(), "{args:?}");
        }
    }
}
