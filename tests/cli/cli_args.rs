//! The command line as a user meets it, run through the real binary: `--help` and `--version`,
//! each subcommand's own help, a mistyped subcommand answered with a suggestion (and no file
//! opened), the exit statuses README documents, arguments and file names carrying escape
//! sequences shown as symbols on stderr, shell completions, and README's command table kept
//! equal to the parser's.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::readme::check_section;
use hamish::cli::usage_table::markdown_table;

/// ESC + CSI, BEL and the C1 CSI U+009B: what a hostile name carries.
const HOSTILE: &str = "\x1b[31mred\x07\u{9b}2J";

fn hamish_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .output()
        .expect("hamish runs")
}

fn hamish(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    hamish_in(dir.path(), args)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// Fails when `s` holds a control character other than a newline.
fn assert_no_control(s: &str) {
    let bad: Vec<char> = s
        .chars()
        .filter(|&c| c != '\n' && (c.is_control() || ('\u{80}'..'\u{a0}').contains(&c)))
        .collect();
    assert!(bad.is_empty(), "control characters {bad:?} in {s:?}");
}

#[test]
fn readme_command_table_is_generated_from_the_parser() {
    check_section(
        "commands",
        &markdown_table(),
        "command table",
        "cargo test --test cli cli_args",
    );
}

#[test]
fn the_command_table_spells_out_every_subcommand_and_option() {
    let table = markdown_table();
    for row in [
        "| `hamish [--bidi auto\\|app\\|terminal] [--shaping forms\\|none] [DIR\\|FILE]` |",
        "| `hamish render [--width N] [--bidi app\\|terminal] [--shaping forms\\|none] \
         [--color auto\\|always\\|never] [--annotations] FILE…` | Print articles laid out, for pipes and \
         scripts |",
        "| `hamish check-terminal` |",
        "| `hamish merge-driver BASE OURS THEIRS` |",
        "| `hamish completions bash\\|elvish\\|fish\\|powershell\\|zsh` |",
        "| `hamish add [--to DIR] SOURCE…` |",
        "| `hamish feed add URL [--name NAME]` |",
        "| `hamish feed list` |",
        "| `hamish feed remove NAME` |",
        "| `hamish feed import FILE` |",
        "| `hamish feed export [--output FILE]` |",
        "| `hamish fetch [NAME…]` |",
        "| `hamish annotate --quote TEXT [--nth N] [--all] [--tag TAG]… [--note TEXT] \
         [--color COLOUR] FILE` |",
        "| `hamish tags [--cooccurrence] [--rename OLD NEW] [--merge FROM INTO] [--undo] [PATH…]` |",
    ] {
        assert!(table.contains(row), "{row}\nnot in\n{table}");
    }
    assert_eq!(table.lines().count(), 2 + 16, "{table}");
}

#[test]
fn version_and_help_print_on_stdout_and_exit_0() {
    let o = hamish(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        text(&o.stdout),
        format!("hamish {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert!(o.stderr.is_empty());
    for help in [&["--help"][..], &["-h"]] {
        let o = hamish(help);
        assert_eq!(o.status.code(), Some(0));
        let out = text(&o.stdout);
        assert!(out.contains("Usage: hamish [OPTIONS] [DIR|FILE]"), "{out}");
        for sub in ["render", "check-terminal", "merge-driver", "completions"] {
            assert!(out.contains(&format!("\n  {sub} ")), "{sub} in\n{out}");
        }
        assert!(
            out.contains("--bidi <MODE>") && out.contains("--version"),
            "{out}"
        );
    }
}

#[test]
fn each_subcommand_has_its_own_help() {
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["render", "--help"],
            "Usage: hamish render [OPTIONS] <FILE>...",
            "--width <N>",
        ),
        (
            &["help", "render"],
            "Usage: hamish render [OPTIONS] <FILE>...",
            "--color <WHEN>",
        ),
        (
            &["check-terminal", "--help"],
            "Usage: hamish check-terminal",
            "pick the one",
        ),
        (
            &["merge-driver", "--help"],
            "Usage: hamish merge-driver <BASE> <OURS> <THEIRS>",
            "git's %A",
        ),
        (
            &["completions", "-h"],
            "Usage: hamish completions <SHELL>",
            "bash",
        ),
    ];
    for (args, usage, detail) in cases {
        let o = hamish(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = text(&o.stdout);
        assert!(out.contains(usage), "{args:?}:\n{out}");
        assert!(out.contains(detail), "{args:?}:\n{out}");
        assert!(
            !out.contains("Commands:"),
            "not the global help: {args:?}:\n{out}"
        );
    }
}

#[test]
fn a_mistyped_subcommand_is_a_usage_error_with_a_suggestion_and_opens_nothing() {
    let cases: [(&[&str], Option<&str>); 6] = [
        (&["rendr"], Some("render")),
        (&["hlep"], Some("help")),
        (&["rendr", "article.txt"], Some("render")),
        (&["check-termnal"], Some("check-terminal")),
        (&["expor"], Some("export")),
        (&["qwzx"], None),
    ];
    for (args, suggestion) in cases {
        let o = hamish(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = text(&o.stderr);
        assert!(
            err.starts_with(&format!("error: unrecognized subcommand '{}'\n", args[0])),
            "{err}"
        );
        match suggestion {
            Some(s) => assert!(
                err.contains(&format!("tip: a similar subcommand exists: '{s}'")),
                "{err}"
            ),
            None => assert!(!err.contains("similar subcommand"), "{err}"),
        }
        assert!(
            err.contains(
                "the subcommands are: render, check-terminal, merge-driver, add, feed, fetch, \
                 export, tags, annotate, meta, \
                 completions, help"
            ),
            "{err}"
        );
        assert!(err.contains("Usage: hamish"), "{err}");
        assert!(
            !err.contains("no such file or directory\n"),
            "no file was opened:\n{err}"
        );
    }
}

#[test]
fn documented_exit_statuses() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "سلام عليكم\n").unwrap();
    let cases: [(&[&str], i32, &str); 12] = [
        // An unreadable path: "hamish: PATH: reason" and 1, before the screen is touched.
        (
            &["missing.txt"],
            1,
            "hamish: missing.txt: no such file or directory\n",
        ),
        (
            &["./render"],
            1,
            "hamish: ./render: no such file or directory\n",
        ),
        // render: 0, or 1 when a file cannot be read (the others still printed).
        (&["render", "a.txt"], 0, ""),
        (
            &["render", "missing.txt", "a.txt"],
            1,
            "hamish: missing.txt: no such file\n",
        ),
        // merge-driver: 1 when a side cannot be read (git then reports a conflict).
        (
            &["merge-driver", "o", "a", "b"],
            1,
            "hamish: merge-driver: o: ",
        ),
        // Usage errors: 2.
        (&["render"], 2, "required arguments were not provided"),
        (
            &["render", "--width", "10001", "a.txt"],
            2,
            "10001 is not in 0..=10000",
        ),
        (
            &["--bidi", "sideways"],
            2,
            "invalid value 'sideways' for '--bidi <MODE>'",
        ),
        (&["a.txt", "b.txt"], 2, "unexpected argument 'b.txt' found"),
        (&["merge-driver", "o", "a"], 2, "<THEIRS>"),
        (&["completions", "tcsh"], 2, "invalid value 'tcsh'"),
        (&["help", "expor"], 2, "unrecognized subcommand 'expor'"),
    ];
    for (args, status, message) in cases {
        let o = hamish_in(dir.path(), args);
        assert_eq!(o.status.code(), Some(status), "{args:?}: {o:?}");
        let err = text(&o.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
        if status == 2 {
            assert!(o.stdout.is_empty(), "{args:?}");
            assert!(err.starts_with("error: "), "{args:?}: {err}");
        }
    }
}

#[test]
fn render_width_is_capped_and_nothing_is_written_past_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "سلام عليكم\n").unwrap();
    let o = hamish_in(dir.path(), &["render", "--width", "4294967295", "a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let o = hamish_in(dir.path(), &["render", "--width", "10000", "a.txt"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        text(&o.stdout).trim_end_matches('\n').chars().count(),
        10_000
    );
}

#[test]
fn escape_sequences_in_arguments_reach_stderr_as_symbols() {
    let dir = tempfile::tempdir().unwrap();
    let unknown_option = format!("--{HOSTILE}");
    let named = format!("{HOSTILE}.txt");
    let cases: [&[&str]; 6] = [
        &["render", "--bidi", HOSTILE, "a.txt"],
        &["render", "--width", HOSTILE, "a.txt"],
        &[&unknown_option],
        &["render", &unknown_option, "a.txt"],
        &[&named],
        &["render", &named],
    ];
    for args in cases {
        let o = hamish_in(dir.path(), args);
        assert!(matches!(o.status.code(), Some(1 | 2)), "{args:?}: {o:?}");
        let err = text(&o.stderr);
        assert!(err.contains("␛[31mred␇"), "{args:?}: {err}");
        assert_no_control(&err);
    }
}

#[test]
fn renders_write_error_names_a_hostile_file_as_symbols() {
    let dir = tempfile::tempdir().unwrap();
    let name = format!("{HOSTILE}.txt");
    // Larger than render's output buffer, so the write fails while this file is being printed.
    let line = "سلام عليكم ".repeat(20) + "\n";
    std::fs::write(dir.path().join(&name), line.repeat(2000)).unwrap();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(["render", &name])
        .current_dir(dir.path())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains("␛[31mred␇�2J.txt: cannot write output"),
        "{err}"
    );
    assert_no_control(&err);
}

#[test]
fn completions_are_printed_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _hamish"),
        ("zsh", "#compdef hamish"),
        ("fish", "complete -c hamish"),
    ] {
        let o = hamish(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let script = text(&o.stdout);
        assert!(script.contains(marker), "{shell}:\n{script}");
        for word in ["render", "check-terminal", "merge-driver", "width"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
}

#[test]
fn the_bash_completion_loads_and_completes_subcommands_and_options() {
    let script = text(&hamish(&["completions", "bash"]).stdout);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hamish.bash");
    std::fs::write(&file, script).unwrap();
    let probe = r#"
        source "$1"
        COMP_WORDS=(hamish ren); COMP_CWORD=1; _hamish hamish ren hamish; echo "${COMPREPLY[*]}"
        COMP_WORDS=(hamish render --w); COMP_CWORD=2; _hamish hamish --w render; echo "${COMPREPLY[*]}"
    "#;
    let o = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", probe, "probe"])
        .arg(&file)
        .current_dir(dir.path())
        .output()
        .expect("bash runs");
    let out = text(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}\n{}", text(&o.stderr));
    assert!(lines[0].split(' ').any(|w| w == "render"), "{out}");
    assert!(lines[1].split(' ').any(|w| w == "--width"), "{out}");
}
