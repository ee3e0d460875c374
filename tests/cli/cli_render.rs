//! `hamish render` run as a user runs it: output shape, errors on bad input, and no control
//! sequence from an article reaching the terminal.

use crate::common::seeds::seeds;

use std::path::Path;
use std::process::{Command, Output};

fn hamish(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("hamish runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("output is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("errors are UTF-8")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn width_zero_prints_one_line_per_paragraph() {
    for seed in seeds() {
        let o = hamish(&["render", "--width", "0", seed.to_str().unwrap()]);
        assert!(o.status.success());
        let text = std::fs::read_to_string(&seed).unwrap();
        assert_eq!(
            stdout(&o).lines().count(),
            text.lines().count(),
            "{}",
            seed.display()
        );
    }
}

#[test]
fn default_width_is_80_when_not_a_terminal_and_rtl_lines_are_right_aligned() {
    let seed = &seeds()[0];
    let o = hamish(&["render", seed.to_str().unwrap()]);
    assert!(o.status.success());
    let out = stdout(&o);
    use unicode_width::UnicodeWidthChar;
    for line in out.lines() {
        // Right-to-left lines are padded on the left to exactly 80 cells; none is wider. Widths
        // are counted char by char, as a terminal counts cells.
        let w: usize = line.chars().map(|c| c.width().unwrap_or(0)).sum();
        assert!(w <= 80, "{w}: {line}");
        if line.starts_with(' ') {
            assert_eq!(w, 80, "{line}");
        }
    }
    assert!(out.lines().filter(|l| l.starts_with("   ")).count() > 10);
    assert!(
        out.lines().any(|l| l.is_empty()),
        "blank paragraphs stay blank lines"
    );
}

#[test]
fn bad_files_give_one_line_errors_and_the_others_are_still_rendered() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", "سلام عليكم\n".as_bytes());
    let binary = write(dir.path(), "image.txt", b"GIF89a\0\0\x01");
    let invalid = write(dir.path(), "latin1.txt", b"caf\xe9 au lait");
    let missing = dir.path().join("missing.txt").to_str().unwrap().to_string();
    let not_dir = format!("{good}/inside.txt");
    let directory = dir.path().to_str().unwrap().to_string();
    let o = hamish(&[
        "render", "--width", "40", &missing, &good, &directory, &binary, &invalid, &not_dir,
    ]);
    assert_eq!(o.status.code(), Some(1));
    // The good file is still rendered, after its header line (several files were given).
    assert_eq!(
        stdout(&o).lines().collect::<Vec<_>>(),
        [format!("==> {good} <=="), format!("{:>40}", "ﻢﻜﻴﻠﻋ ﻡﻼﺳ")],
    );
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 5, "{err}");
    assert_eq!(lines[0], format!("hamish: {missing}: no such file"));
    assert_eq!(
        lines[1],
        format!("hamish: {directory}: is a directory, not an article file")
    );
    assert_eq!(
        lines[2],
        format!("hamish: {binary}: looks like a binary file (NUL byte at offset 6), not text")
    );
    assert_eq!(
        lines[3],
        format!("hamish: {invalid}: is not valid UTF-8 (invalid byte at offset 3)")
    );
    assert!(
        lines[4].starts_with(&format!("hamish: {not_dir}: ")),
        "{}",
        lines[4]
    );
}

#[test]
fn an_unreadable_file_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let locked = write(dir.path(), "locked.txt", b"text");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let o = hamish(&["render", &locked]);
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reading, so the file renders.
        assert!(o.status.success());
    } else {
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).starts_with(&format!("hamish: {locked}: cannot be read: ")));
    }
}

#[test]
fn no_control_sequence_from_an_article_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let nasty = "عنوان \x1b[31mأحمر\x1b[0m\n\
                 نسخ \x1b]52;c;aGFja2Vk\x07 إلى الحافظة\n\
                 جرس \x07 و \u{9b}2J مسح\n\
                 \u{202e}معكوس abc\n\
                 \x1bP+q\x1b\\ \x08\x7f \u{85}\n";
    let file = write(dir.path(), "nasty.txt", nasty.as_bytes());
    for color in ["never", "always"] {
        for mode in [["--bidi", "app"], ["--bidi", "terminal"]] {
            let o = hamish(&["render", "--color", color, mode[0], mode[1], &file]);
            assert!(o.status.success());
            let out = stdout(&o);
            // Take away hamish's own styling; nothing else may be a control.
            let rest = ["\x1b[1m", "\x1b[7m", "\x1b[27m", "\x1b[0m"]
                .iter()
                .fold(out.clone(), |s, sgr| s.replace(sgr, ""));
            let bad: Vec<char> = rest
                .chars()
                .filter(|&c| {
                    c != '\n' && (c < ' ' || ('\u{7f}'..='\u{9f}').contains(&c) || c == '\u{202e}')
                })
                .collect();
            assert!(bad.is_empty(), "controls {bad:?} in {out:?}");
            assert!(
                out.contains('␛') && out.contains('␇') && out.contains('\u{fffd}'),
                "{out}"
            );
            if mode[1] == "terminal" {
                assert!(
                    rest.contains("␛[31m") && rest.contains("␛]52;c;aGFja2Vk␇"),
                    "shown as text: {out}"
                );
            }
        }
    }
}

#[test]
fn usage_errors_exit_2() {
    // The messages are clap's since the command line moved to clap.
    let o = hamish(&["render"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("required arguments were not provided"));
    assert!(stderr(&o).contains("<FILE>"));
    let o = hamish(&["render", "--width", "wide", "x"]);
    assert_eq!(o.status.code(), Some(2));
    let o = hamish(&["render", "--bidi", "sideways", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid value 'sideways' for '--bidi <MODE>'"));
    assert!(stderr(&o).contains("[possible values: app, terminal]"));
}

#[test]
fn no_output_line_is_wider_than_the_width() {
    // Issue 10: a prepended mark before an emoji ZWJ sequence (82 cells at width 80) and a
    // spacing mark after lam-alef (11 cells at width 10).
    use unicode_width::UnicodeWidthStr;
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("ح\u{6dd}\u{1F9D1}\u{200d}\u{1F680}", "80"),
        ("لاำ", "10"),
        (&"لاำ ح\u{6dd}\u{1F9D1}\u{200d}\u{1F680} ".repeat(20), "10"),
    ];
    for (text, width) in cases {
        let file = write(dir.path(), "a.txt", text.as_bytes());
        let o = hamish(&["render", "--width", width, &file]);
        assert!(o.status.success(), "{}", stderr(&o));
        let max: usize = width.parse().unwrap();
        for line in stdout(&o).lines() {
            assert!(line.width() <= max, "{line:?}: {} cells", line.width());
        }
    }
}
