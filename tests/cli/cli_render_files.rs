//! `hamish render` on several files and with annotations, run as a user runs it: a header line
//! per file (sanitised; bold and coloured with styling), highlights on their colours with
//! `--color always` and never in a pipe without it, and the width from `$COLUMNS`.

use std::path::Path;
use std::process::{Command, Output};

fn hamish(args: &[&str], columns: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hamish"));
    command
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    if let Some(columns) = columns {
        command.env("COLUMNS", columns);
    }
    command.output().expect("hamish runs")
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).expect("output is UTF-8")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn several_files_each_get_a_header_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", "one\n");
    let b = write(dir.path(), "b\x1b[2Jx.txt", "two\n");
    let out = stdout(&hamish(&["render", &a, &b], None));
    let b_shown = b.replace('\x1b', "␛");
    assert_eq!(
        out,
        format!("==> {a} <==\none\n\n==> {b_shown} <==\ntwo\n"),
        "{out:?}"
    );
    // One file: no header, as head.
    assert_eq!(stdout(&hamish(&["render", &a], None)), "one\n");
    // Styled: bold and coloured.
    let out = stdout(&hamish(&["render", "--color", "always", &a, &a], None));
    assert!(
        out.starts_with(&format!("\x1b[1;36m==> {a} <==\x1b[0m\n")),
        "{out:?}"
    );
}

#[test]
fn annotations_are_drawn_on_their_colours_with_color_always_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.txt", "title\n\nalpha beta gamma\n");
    let o = hamish(
        &["annotate", &file, "--quote", "beta", "--color", "green"],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let sidecar = std::fs::read(format!("{file}.annotations.toml")).unwrap();
    let out = stdout(&hamish(
        &["render", "--color", "always", "--annotations", &file],
        None,
    ));
    assert_eq!(
        out, "\x1b[1mtitle\x1b[0m\n\nalpha \x1b[42mbeta\x1b[49m gamma\n",
        "{out:?}"
    );
    // In a pipe without --color always: plain text, no escape at all.
    for args in [
        &["render", "--annotations", &file][..],
        &["render", "--annotations", "--color", "never", &file][..],
    ] {
        assert_eq!(stdout(&hamish(args, None)), "title\n\nalpha beta gamma\n");
    }
    // Without --annotations: no highlight.
    let out = stdout(&hamish(&["render", "--color", "always", &file], None));
    assert!(!out.contains("\x1b[42m"), "{out:?}");
    // Rendering only reads the sidecar.
    assert_eq!(
        std::fs::read(format!("{file}.annotations.toml")).unwrap(),
        sidecar
    );
}

#[test]
fn the_width_follows_columns() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.txt", &"كلمة ".repeat(40));
    let out = stdout(&hamish(&["render", &file], Some("30")));
    let widths: Vec<usize> = out.lines().map(|l| l.chars().count()).collect();
    assert!(widths.iter().all(|&w| w == 30), "{widths:?}");
    // --width wins over $COLUMNS; a $COLUMNS that is no number is ignored (80).
    let out = stdout(&hamish(&["render", "--width", "20", &file], Some("30")));
    assert!(out.lines().all(|l| l.chars().count() == 20), "{out}");
    let out = stdout(&hamish(&["render", &file], Some("wide")));
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert_eq!(out.lines().next().unwrap().chars().count(), 80);
}

#[test]
fn a_right_to_left_highlight_covers_its_reordered_cells() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.txt", "عنوان\n\nقال بوتين في بكين اليوم\n");
    let o = hamish(&["annotate", &file, "--quote", "في بكين"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let args = [
        "render",
        "--width",
        "30",
        "--color",
        "always",
        "--annotations",
        &file,
    ];
    let out = stdout(&hamish(&args, None));
    let line = out.lines().nth(2).unwrap();
    // The highlight: one contiguous run of the passage's seven cells, on yellow (the default).
    let start = line.find("\x1b[43m").expect("a highlight") + "\x1b[43m".len();
    let end = start + line[start..].find("\x1b[49m").unwrap();
    assert_eq!(line[start..end].chars().count(), 7, "{line:?}");
    // Without the escapes, the line is render's own.
    let plain = stdout(&hamish(&["render", "--width", "30", &file], None));
    let stripped = line.replace("\x1b[43m", "").replace("\x1b[49m", "");
    assert_eq!(stripped, plain.lines().nth(2).unwrap());
}
