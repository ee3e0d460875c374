//! The rule for a bare word where a path may stand: `hamish expor`.
//!
//! A subcommand's name always means the subcommand (clap matches it first). Any other argument
//! names a file or directory to open, except a bare word (ASCII letters, digits, `-`, `_`: no
//! `.`, no `/`) that names nothing on disk: that is a mistyped subcommand, a usage error with
//! the closest subcommand and the list of them, and no file is opened. So `hamish notes` opens
//! the directory `notes` when it exists, and `./render` opens a file named `render`.

use std::ffi::OsString;
use std::path::Path;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::CommandFactory;

use super::{Cli, ReadOptions};

/// How alike a word and a subcommand's name must be (Jaro similarity, as clap's own
/// suggestions) for the name to be suggested.
const SIMILAR: f64 = 0.7;

/// clap's `parsed` from `args` (the program name first), or an unrecognised-subcommand error
/// when a bare word naming nothing stands where a subcommand may: as the path to open, or as the
/// first argument of a command line clap rejected (`hamish rendr x.txt`).
pub(super) fn check(
    args: &[OsString],
    parsed: Result<Cli, clap::Error>,
) -> Result<Cli, clap::Error> {
    let word = match &parsed {
        Ok(Cli {
            command: None,
            read: ReadOptions {
                path: Some(path), ..
            },
        }) => bare_word(path),
        Ok(_) => None,
        Err(e) if e.use_stderr() => args.get(1).and_then(|a| bare_word(Path::new(a))),
        Err(_) => None,
    };
    match word {
        Some(word) if is_typo(word) => Err(unknown_subcommand(word)),
        _ => parsed.map_err(extra_argument),
    }
}

/// clap's "the subcommand 'b.txt' cannot be used with '[DIR|FILE]'" (a second path, or a
/// subcommand after the reader's options) said plainly, other errors as they are.
fn extra_argument(e: clap::Error) -> clap::Error {
    let arg = match (e.kind(), e.get(ContextKind::InvalidSubcommand)) {
        (ErrorKind::ArgumentConflict, Some(ContextValue::String(arg))) => arg.clone(),
        _ => return e,
    };
    let mut cmd = Cli::command();
    let mut err = clap::Error::new(ErrorKind::UnknownArgument).with_cmd(&cmd);
    err.insert(ContextKind::InvalidArg, ContextValue::String(arg));
    let tips = vec![
        "hamish opens one DIR or FILE; `hamish render FILE...` prints several".into(),
        "a subcommand comes first: `hamish render --bidi app FILE`".into(),
    ];
    err.insert(ContextKind::Suggested, ContextValue::StyledStrs(tips));
    err.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(cmd.render_usage()),
    );
    err
}

/// True when `word` is no subcommand's name (those reach here only after `--` or the reader's
/// options, and then mean a path) and names nothing on disk.
fn is_typo(word: &str) -> bool {
    !subcommand_names().iter().any(|n| n == word) && std::fs::symlink_metadata(word).is_err()
}

/// `path` when it is a bare word, which could be a subcommand's name.
fn bare_word(path: &Path) -> Option<&str> {
    let s = path.to_str()?;
    let wordy = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let first = s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
    (first && s.bytes().all(wordy)).then_some(s)
}

/// The subcommands' names, as `hamish --help` lists them (`help` included).
pub(crate) fn subcommand_names() -> Vec<String> {
    let mut cmd = Cli::command();
    cmd.build();
    cmd.get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_string())
        .collect()
}

/// The names in `names` like `word`, most alike first.
fn similar(word: &str, names: &[String]) -> Vec<String> {
    let mut scored: Vec<(f64, &String)> = names
        .iter()
        .map(|n| (strsim::jaro(word, n), n))
        .filter(|(score, _)| *score > SIMILAR)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().map(|(_, n)| n.clone()).collect()
}

/// clap's "unrecognized subcommand" error for `word`, with suggestions and the usage.
fn unknown_subcommand(word: &str) -> clap::Error {
    let mut cmd = Cli::command();
    let names = subcommand_names();
    let mut err = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&cmd);
    err.insert(
        ContextKind::InvalidSubcommand,
        ContextValue::String(word.to_string()),
    );
    let close = similar(word, &names);
    if !close.is_empty() {
        err.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::Strings(close),
        );
    }
    let tips = vec![
        format!("the subcommands are: {}", names.join(", ")).into(),
        format!("no file or directory named '{word}' exists here either").into(),
    ];
    err.insert(ContextKind::Suggested, ContextValue::StyledStrs(tips));
    err.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(cmd.render_usage()),
    );
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_words_are_ascii_names_without_dot_or_slash() {
        assert_eq!(bare_word(Path::new("expor")), Some("expor"));
        assert_eq!(
            bare_word(Path::new("merge_driver-2")),
            Some("merge_driver-2")
        );
        for path in [
            "notes.txt",
            "./render",
            "a/b",
            "",
            "مقال",
            "a b",
            "x\x1b",
            "--bidi",
            "-",
        ] {
            assert_eq!(bare_word(Path::new(path)), None, "{path:?}");
        }
    }

    #[test]
    fn close_names_are_suggested_most_alike_first() {
        let names = subcommand_names();
        assert_eq!(similar("rendr", &names), ["render"]);
        assert_eq!(similar("check-termnal", &names), ["check-terminal"]);
        assert_eq!(similar("completion", &names)[0], "completions");
        assert!(similar("zzz", &names).is_empty());
    }
}
