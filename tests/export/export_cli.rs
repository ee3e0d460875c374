//! The research subcommands as a person runs them: `annotate` (found, not found, ambiguous,
//! `--nth`, `--all`), `meta` (set, print, kept, refused), `tags` (counts, co-occurrence, no
//! control characters), and `export` on bad input: a broken sidecar in the library, an
//! unwritable `-o`, an unknown format.

use std::path::Path;

use crate::library::{fixed_library, hamish_in, text, SEEDS};

fn seed_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in SEEDS {
        std::fs::copy(crate::library::seeds().join(f), dir.path().join(f)).unwrap();
    }
    dir
}

fn sidecar(dir: &Path, file: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(format!("{file}.annotations.toml"))).ok()
}

#[test]
fn annotate_not_found_or_ambiguous_is_exit_1_and_writes_nothing() {
    let dir = seed_dir();
    let d = dir.path();
    let f = SEEDS[0];
    // Several matches and no choice: exit 1, a message saying how many, nothing written.
    let o = hamish_in(d, &["annotate", f, "--quote", "بوتين", "--tag", "x"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("found 22 times") && text(&o.stderr).contains("--nth"),
        "{}",
        text(&o.stderr)
    );
    assert!(o.stdout.is_empty() && sidecar(d, f).is_none());
    // Not found.
    let o = hamish_in(
        d,
        &["annotate", f, "--quote", "غير موجود هنا", "--tag", "x"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("not found"), "{}", text(&o.stderr));
    assert!(sidecar(d, f).is_none());
    // --nth past the last match.
    let o = hamish_in(d, &["annotate", f, "--quote", "بوتين", "--nth", "23"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("no match 23"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn annotate_a_quote_found_once_matching_like_search() {
    let dir = seed_dir();
    let d = dir.path();
    let f = SEEDS[0];
    // Harakat set aside.
    let o = hamish_in(
        d,
        &[
            "annotate",
            f,
            "--quote",
            "تَحالُف عسكري مع الصين، وأكد",
            "--tag",
            "طاقة",
            "--note",
            "ن",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let id = text(&o.stdout).trim().to_owned();
    assert_eq!(id.len(), 26, "a ULID: {id}");
    let s = sidecar(d, f).unwrap();
    assert!(
        s.contains(&id)
            && s.contains("exact = \"تحالف عسكري مع الصين، وأكد\"")
            && s.contains("طاقة"),
        "{s}"
    );
}

#[test]
fn annotate_nth_and_all() {
    let dir = seed_dir();
    let d = dir.path();
    let f = SEEDS[0];
    // --nth 2 is the second in reading order.
    let o = hamish_in(
        d,
        &[
            "annotate",
            f,
            "--quote",
            "بوتين",
            "--nth",
            "2",
            "--tag",
            "ثاني",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let article = std::fs::read_to_string(d.join(f)).unwrap();
    let second = article.match_indices("بوتين").nth(1).unwrap().0;
    let start = article[..second].chars().count();
    assert!(
        sidecar(d, f)
            .unwrap()
            .contains(&format!("start = {start}\n")),
        "{}",
        sidecar(d, f).unwrap()
    );
    // --all: one id per match.
    let o = hamish_in(
        d,
        &[
            "annotate",
            SEEDS[1],
            "--quote",
            "الصين",
            "--all",
            "--tag",
            "الصين",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let n = text(&std::fs::read(d.join(SEEDS[1])).unwrap())
        .matches("الصين")
        .count();
    assert_eq!(text(&o.stdout).lines().count(), n);
    // --nth and --all together is a usage error.
    let o = hamish_in(d, &["annotate", f, "--quote", "x", "--nth", "1", "--all"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn meta_sets_prints_and_keeps_citation_metadata() {
    let dir = seed_dir();
    let d = dir.path();
    let f = SEEDS[2];
    let o = hamish_in(
        d,
        &[
            "meta",
            f,
            "--title",
            "شويغو",
            "--source",
            "الجزيرة",
            "--published",
            "2024-05-02",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout),
        "title: شويغو\nsource: الجزيرة\npublished: 2024-05-02\n"
    );
    let s = sidecar(d, f).unwrap();
    assert!(s.contains("published = 2024-05-02"), "a TOML date: {s}");
    // Annotating afterwards keeps it; printing reads it back.
    let o = hamish_in(d, &["annotate", f, "--quote", "شويغو", "--nth", "1"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = hamish_in(d, &["meta", f]);
    assert_eq!(
        text(&o.stdout),
        "title: شويغو\nsource: الجزيرة\npublished: 2024-05-02\n"
    );
    // An empty value removes a key; a bad date is refused and nothing changes.
    let before = sidecar(d, f).unwrap();
    let o = hamish_in(d, &["meta", f, "--published", "yesterday", "--source", ""]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("published must be a date"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(sidecar(d, f).unwrap(), before);
    let o = hamish_in(d, &["meta", f, "--source", ""]);
    assert_eq!(text(&o.stdout), "title: شويغو\npublished: 2024-05-02\n");
    // The export cites it.
    let o = hamish_in(d, &["export", f, "--format", "jsonl"]);
    assert!(
        text(&o.stdout).contains("\"title\":\"شويغو\"") && text(&o.stdout).contains("2024-05-02")
    );
}

#[test]
fn a_broken_sidecar_is_named_with_its_line_skipped_untouched_and_the_rest_exports() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let broken = d.join(format!("{}.annotations.toml", SEEDS[1]));
    let bytes = b"version = 1\n[article]\nfile = \"x\"\n[[annotations]\nid = 3\n".to_vec();
    std::fs::write(&broken, &bytes).unwrap();
    for format in ["csv", "md", "jsonl", "w3c"] {
        let o = hamish_in(d, &["export", ".", "--format", format]);
        assert_eq!(o.status.code(), Some(1), "{format}");
        let err = text(&o.stderr);
        assert!(
            err.contains(&format!("{}.annotations.toml: line 4", SEEDS[1])),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        let out = text(&o.stdout);
        assert!(
            out.contains("بوتين") && out.contains("في"),
            "{format}: the rest is exported"
        );
        assert!(!out.contains("نص لم يعد"), "nothing from the broken file");
    }
    let o = hamish_in(d, &["tags", "."]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stdout).contains("سياسة"));
    assert_eq!(std::fs::read(&broken).unwrap(), bytes, "never rewritten");
}

#[test]
fn an_unwritable_output_is_one_line_exit_1_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let listing = || {
        let mut v: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        v.sort();
        v
    };
    let before = listing();
    for target in [
        format!("{}/out.csv", SEEDS[0]),
        "missing/out.csv".into(),
        ".".into(),
    ] {
        let o = hamish_in(d, &["export", ".", "--format", "csv", "-o", &target]);
        assert_eq!(o.status.code(), Some(1), "{target}");
        let err = text(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("hamish: cannot write") || err.starts_with("hamish: will not write"),
            "{err}"
        );
        assert_eq!(listing(), before, "{target}: nothing left behind");
    }
    // Writing over an existing export replaces it whole.
    std::fs::write(d.join("out.csv"), "old").unwrap();
    let o = hamish_in(d, &["export", ".", "--format", "csv", "-o", "out.csv"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(std::fs::read_to_string(d.join("out.csv"))
        .unwrap()
        .starts_with("\u{feff}file,"));
}

#[test]
fn unknown_format_or_state_is_a_usage_error_listing_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let o = hamish_in(dir.path(), &["export", ".", "--format", "xlsx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("[possible values: md, csv, jsonl, w3c, qdpx]"),
        "{}",
        text(&o.stderr)
    );
    let o = hamish_in(dir.path(), &["export", ".", "--state", "lost"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("anchored, moved, needs-review, orphaned"),
        "{}",
        text(&o.stderr)
    );
    let o = hamish_in(dir.path(), &["export", "missing.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("missing.txt: no such article"),
        "{}",
        text(&o.stderr)
    );
    // qdpx to standard output: see hostile_files (a pipe takes it; a terminal is refused).
}

#[test]
fn tags_counts_spellings_differing_in_case_as_one_tag_as_the_reader_does() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let o = hamish_in(
        d,
        &[
            "annotate",
            SEEDS[0],
            "--quote",
            "بوتين",
            "--nth",
            "1",
            "--tag",
            "Energy",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = hamish_in(
        d,
        &[
            "annotate",
            SEEDS[1],
            "--quote",
            "الصين",
            "--nth",
            "1",
            "--tag",
            "energy",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = hamish_in(
        d,
        &[
            "annotate",
            SEEDS[2],
            "--quote",
            "الصين",
            "--nth",
            "1",
            "--tag",
            "energy",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&hamish_in(d, &["tags", "."]).stdout);
    assert!(out.contains("3\t3\tenergy\n"), "{out}");
    assert!(!out.contains("Energy"), "{out}");
}

#[test]
fn tags_counts_cooccurrence_and_never_prints_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let o = hamish_in(d, &["tags", "."]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert_eq!(out.lines().next(), Some("passages\tarticles\ttag"));
    assert!(
        out.contains("4\t3\tسياسة\n") && out.contains("2\t2\tروسيا\n"),
        "{out}"
    );
    let o = hamish_in(d, &["tags", ".", "--cooccurrence"]);
    let out = text(&o.stdout);
    assert!(
        out.contains("2\tالصين\tسياسة\n") || out.contains("1\tالصين\tسياسة\n"),
        "{out}"
    );
    assert!(out.contains("1\tاقتصاد\tالصين\n"), "{out}");
    // A hand-edited tag with an escape sequence and a tab.
    let path = d.join(format!("{}.annotations.toml", SEEDS[2]));
    let s = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        s.replace("\"سياسة\"", "\"bad\\u001b[2J\\ttag\\u009b\""),
    )
    .unwrap();
    let o = hamish_in(d, &["tags", "."]);
    let out = text(&o.stdout);
    assert!(out.contains("bad␛[2J tag\u{fffd}"), "{out}");
    assert!(!out.contains(['\x1b', '\u{9b}']), "{out:?}");
    assert_eq!(
        out.lines()
            .filter(|l| l.contains("bad"))
            .map(|l| l.split('\t').count())
            .next(),
        Some(3)
    );
}

#[test]
fn tags_rename_and_merge_change_every_article_and_skip_a_broken_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let o = hamish_in(d, &["tags", "--rename", "سياسة", "سياسة دولية", "."]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(
        out.ends_with("renamed سياسة to سياسة دولية: 4 annotation(s) in 3 file(s)\n"),
        "{out}"
    );
    let counts = text(&hamish_in(d, &["tags", "."]).stdout);
    assert!(counts.contains("4\t3\tسياسة دولية\n"), "{counts}");
    assert!(!counts.contains("\tسياسة\n"), "{counts}");
    // Renaming onto a tag in use would merge them: refused, saying how to merge.
    let before = text(&hamish_in(d, &["export", ".", "--format", "jsonl"]).stdout);
    let o = hamish_in(d, &["tags", "--rename", "اقتصاد", "سياسة دولية", "."]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("exists already") && text(&o.stderr).contains("--merge"),
        "{}",
        text(&o.stderr)
    );
    let after = text(&hamish_in(d, &["export", ".", "--format", "jsonl"]).stdout);
    assert_eq!(before, after, "nothing changed");
    // A broken sidecar is named, left as it was, and makes the status 1; the rest is merged.
    let broken = d.join(format!("{}.annotations.toml", SEEDS[0]));
    std::fs::write(&broken, "version = 1\n[[annotations]\n").unwrap();
    let o = hamish_in(d, &["tags", "--merge", "روسيا", "سياسة دولية", "."]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("line 2"), "{}", text(&o.stderr));
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "version = 1\n[[annotations]\n"
    );
    assert!(text(&o.stdout).starts_with(&d.canonicalize().unwrap().display().to_string()));
    let counts = text(&hamish_in(d, &["tags", "."]).stdout);
    assert!(!counts.contains("روسيا"), "{counts}");
    // A path taken as the new name is refused; so is an empty name.
    let o = hamish_in(d, &["tags", "--rename", "سياسة", "."]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    let o = hamish_in(d, &["tags", "--rename", "سياسة", " ", "."]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("cannot be empty"));
}

#[test]
fn tags_undo_puts_back_the_last_rename_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixed_library(d);
    let sidecars = || {
        SEEDS
            .iter()
            .map(|f| std::fs::read(d.join(format!("{f}.annotations.toml"))).unwrap())
            .collect::<Vec<_>>()
    };
    let before = sidecars();
    let o = hamish_in(d, &["tags", "--undo"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("nothing to undo"),
        "{}",
        text(&o.stderr)
    );
    let o = hamish_in(d, &["tags", "--rename", "سياسة", "سياسة دولية", "."]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_ne!(sidecars(), before);
    let o = hamish_in(d, &["tags", "--undo"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).ends_with("undid سياسة to سياسة دولية: 3 file(s) restored, 0 refused\n"),
        "{}",
        text(&o.stdout)
    );
    assert_eq!(sidecars(), before, "every file as it was");
    // Undone once: nothing more to undo.
    assert_eq!(hamish_in(d, &["tags", "--undo"]).status.code(), Some(1));
    // A file changed since in other ways keeps that change; its renamed tags are put back.
    let o = hamish_in(d, &["tags", "--merge", "روسيا", "سياسة", "."]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = hamish_in(
        d,
        &[
            "annotate",
            SEEDS[0],
            "--quote",
            "بوتين",
            "--nth",
            "2",
            "--tag",
            "جديد",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = hamish_in(d, &["tags", "--undo"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_ne!(sidecars()[0], before[0], "the new annotation stays");
    assert_eq!(sidecars()[1..], before[1..]);
    let counts = text(&hamish_in(d, &["tags", "."]).stdout);
    assert!(
        counts.contains("\tروسيا\n") && counts.contains("\tجديد\n"),
        "{counts}"
    );
}
