//! `hamish merge-driver` used as git uses it: a real repository, the driver configured, two
//! branches that add, delete and edit annotations, then `git merge`.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    let o = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    o
}

fn ok(dir: &Path, args: &[&str]) {
    let o = git(dir, args);
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn annotation(id: &str, start: u32, exact: &str, note: &str, updated: &str) -> String {
    format!(
        "[[annotations]]\nid = \"{id}\"\nstart = {start}\nend = {}\nexact = \"{exact}\"\nnote = \"{note}\"\nupdated = {updated}\n\n",
        start + exact.chars().count() as u32
    )
}

fn sidecar(annotations: &[String]) -> String {
    format!(
        "version = 1\n\n[article]\nfile = \"a.txt\"\nsha256 = \"\"\n\n{}",
        annotations.concat()
    )
}

fn ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

#[test]
fn git_merges_sidecars_by_annotation_id() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let driver = format!("{} merge-driver %O %A %B", env!("CARGO_BIN_EXE_hamish"));
    ok(d, &["init", "-q"]);
    ok(d, &["config", "merge.hamish.driver", &driver]);
    std::fs::write(
        d.join(".gitattributes"),
        "*.annotations.toml merge=hamish\n",
    )
    .unwrap();
    let file = d.join("a.txt.annotations.toml");
    let a = annotation("01A", 0, "نفى", "", "2026-11-20T10:00:00Z");
    let b = annotation("01B", 4, "الرئيس", "", "2026-11-20T10:00:00Z");
    std::fs::write(&file, sidecar(&[a.clone(), b.clone()])).unwrap();
    ok(d, &["add", "."]);
    ok(d, &["commit", "-qm", "base"]);

    // One side: deletes A, edits B early, adds C.
    ok(d, &["checkout", "-qb", "other"]);
    let b_early = annotation("01B", 4, "الرئيس", "early", "2026-11-21T10:00:00Z");
    let c = annotation("01C", 11, "الروسي", "", "2026-11-21T10:00:00Z");
    std::fs::write(&file, sidecar(&[b_early, c])).unwrap();
    ok(d, &["commit", "-qam", "other"]);

    // The other side: edits B later, adds D (both additions land at the end of the file, where a
    // line-based merge would conflict).
    ok(d, &["checkout", "-q", "main"]);
    let b_late = annotation("01B", 4, "الرئيس", "late", "2026-11-22T10:00:00Z");
    let dd = annotation("01D", 18, "فلاديمير", "", "2026-11-22T10:00:00Z");
    std::fs::write(&file, sidecar(&[a, b_late, dd])).unwrap();
    ok(d, &["commit", "-qam", "main"]);

    let o = git(d, &["merge", "-q", "--no-edit", "other"]);
    assert!(
        o.status.success(),
        "merge failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let merged = std::fs::read_to_string(&file).unwrap();
    assert_eq!(ids(&merged), ["01B", "01C", "01D"], "{merged}");
    assert!(
        merged.contains("note = \"late\""),
        "the later edit wins: {merged}"
    );
    assert!(!merged.contains("<<<<<<<"));
}

#[test]
fn a_broken_side_is_a_conflict_and_ours_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = d.join("base");
    let ours = d.join("ours");
    let theirs = d.join("theirs");
    std::fs::write(&base, "").unwrap();
    std::fs::write(
        &ours,
        sidecar(&[annotation("01A", 0, "نفى", "", "2026-11-20T10:00:00Z")]),
    )
    .unwrap();
    std::fs::write(&theirs, "version = 1\n[[annotations]\nid = ").unwrap();
    let before = std::fs::read(&ours).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(["merge-driver"])
        .args([&base, &ours, &theirs])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("theirs: not a valid annotation file: line 2"),
        "{err}"
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);
}
