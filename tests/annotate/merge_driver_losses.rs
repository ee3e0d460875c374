//! `hamish merge-driver` run as git runs it (BASE OURS THEIRS), on the cases where a merge could
//! lose data or dirty a file without saying so (issue 10): nothing to merge, an emptied side, an
//! edit against a deletion, edits with no later `updated`, unknown keys changed on both sides,
//! and a symlinked OURS. Each would have failed on 1ac1469.

use std::fs;
use std::path::Path;
use std::process::Command;

/// A sidecar as a person writes it: comments, odd spacing, only the required keys.
const HAND: &str = "# my reading of the speech\nversion=1\n\n[[annotations]]   # first\n\
    id = \"01A\"\nstart = 0\nend   = 3\nexact = \"نفى\"\n\n[[annotations]]\nid=\"01B\"\n\
    start = 4\nend = 10\nexact = \"الرئيس\"\nnote = \"mine\"  # why\n";

struct Run {
    code: Option<i32>,
    stderr: String,
    ours: String,
}

fn driver(dir: &Path, base: &str, ours: &str, theirs: &str) -> Run {
    let paths = ["base", "ours", "theirs"].map(|n| dir.join(n));
    for (p, text) in paths.iter().zip([base, ours, theirs]) {
        if !p.is_symlink() {
            fs::write(p, text).unwrap();
        }
    }
    let o = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .arg("merge-driver")
        .args(&paths)
        .output()
        .unwrap();
    Run {
        code: o.status.code(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        ours: fs::read_to_string(&paths[1]).unwrap(),
    }
}

fn run(base: &str, ours: &str, theirs: &str) -> Run {
    let dir = tempfile::tempdir().unwrap();
    driver(dir.path(), base, ours, theirs)
}

#[test]
fn nothing_to_merge_leaves_a_hand_written_file_byte_for_byte() {
    // Same on all sides; no common ancestor; only ours changed (theirs is the base).
    let older = HAND.replace("note = \"mine\"", "note = \"older\"");
    for (base, theirs) in [(HAND, HAND), ("", HAND), (&older[..], &older[..])] {
        let r = run(base, HAND, theirs);
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        assert_eq!(r.ours, HAND);
        assert_eq!(r.stderr, "");
    }
}

#[test]
fn an_addition_from_theirs_changes_only_its_own_lines() {
    let added = "\n[[annotations]]\nid = \"01C\"\nstart = 11\nend = 17\nexact = \"الروسي\"\n";
    let r = run(HAND, HAND, &format!("{HAND}{added}"));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.ours, format!("{HAND}{added}"));
    assert!(!r.ours.contains("color = \"\"") && !r.ours.contains("sha256 = \"\""));
}

#[test]
fn an_emptied_theirs_is_a_conflict_and_ours_is_untouched() {
    for theirs in [
        "",
        "version = 1\n",
        "# nothing here\n",
        "version = 1\n[article]\nfile = \"a.txt\"\n",
    ] {
        let r = run(HAND, HAND, theirs);
        assert_eq!(r.code, Some(1), "theirs {theirs:?}: {}", r.stderr);
        assert_eq!(r.ours, HAND, "theirs {theirs:?}");
        assert!(
            r.stderr.contains("THEIRS holds no annotations"),
            "{}",
            r.stderr
        );
    }
    let r = run(HAND, "", HAND);
    assert_eq!((r.code, r.ours.as_str()), (Some(1), ""), "{}", r.stderr);
    assert!(
        r.stderr.contains("OURS holds no annotations"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_edit_against_a_deletion_is_kept_and_asks() {
    let without_b = &HAND[..HAND.find("\n[[annotations]]\nid=\"01B\"").unwrap() + 1];
    let edited = HAND.replace("note = \"mine\"", "note = \"changed\"");
    // Theirs deleted B, ours edited it.
    let r = run(HAND, &edited, without_b);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.ours, edited);
    assert!(
        r.stderr
            .contains("annotation 01B was edited in ours and deleted in theirs: kept the edit"),
        "{}",
        r.stderr
    );
    // Ours deleted B, theirs edited it.
    let r = run(HAND, without_b, &edited);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.ours.contains("note = \"changed\""), "{}", r.ours);
    assert!(
        r.stderr.contains("deleted in ours and edited in theirs"),
        "{}",
        r.stderr
    );
}

#[test]
fn edits_with_no_later_updated_ask_and_the_later_edit_is_named() {
    let ours = HAND.replace("note = \"mine\"", "note = \"ours\"");
    let theirs = HAND.replace("note = \"mine\"", "note = \"theirs\"");
    let r = run(HAND, &ours, &theirs);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("neither edit is later"), "{}", r.stderr);
    assert!(!r.stderr.contains("the later edit"), "{}", r.stderr);
    assert_eq!(r.ours, ours);

    let later = theirs.replace("# why\n", "# why\nupdated = 2026-11-22T10:00:00Z\n");
    let r = run(HAND, &ours, &later);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("kept theirs (the later edit), ours's edit is not in the result"),
        "{}",
        r.stderr
    );
    assert!(r.ours.contains("note = \"theirs\""), "{}", r.ours);
}

#[test]
fn an_unknown_key_changed_on_both_sides_asks() {
    let with = |v: &str| HAND.replace("version=1\n", &format!("version=1\nreviewer = \"{v}\"\n"));
    let r = run(&with("base"), &with("ours"), &with("theirs\\u001B[2J"));
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("key `reviewer`"), "{}", r.stderr);
    assert!(!r.stderr.contains('\u{1b}'));
    assert_eq!(r.ours, with("ours"));
}

#[cfg(unix)]
#[test]
fn a_symlinked_ours_is_written_through_to_my_file_or_refused() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.toml");
    fs::write(&real, HAND).unwrap();
    symlink(&real, dir.path().join("ours")).unwrap();
    let added = "\n[[annotations]]\nid = \"01C\"\nstart = 11\nend = 17\nexact = \"الروسي\"\n";
    let r = driver(dir.path(), HAND, HAND, &format!("{HAND}{added}"));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(fs::symlink_metadata(dir.path().join("ours"))
        .unwrap()
        .is_symlink());
    assert_eq!(fs::read_to_string(&real).unwrap(), format!("{HAND}{added}"));

    // A link to something that is not a regular file is refused, and stays a link.
    let dir = tempfile::tempdir().unwrap();
    symlink("/dev/null", dir.path().join("ours")).unwrap();
    let paths = ["base", "ours", "theirs"].map(|n| dir.path().join(n));
    fs::write(&paths[0], "").unwrap();
    fs::write(&paths[2], HAND).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .arg("merge-driver")
        .args(&paths)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(fs::symlink_metadata(&paths[1]).unwrap().is_symlink());
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a regular file"));
}

#[test]
fn names_on_stderr_are_sanitised() {
    let hostile = HAND.replace("id=\"01B\"", "id=\"01B\\u001B[2J\\u009B31m\\u202E\"");
    let ours = hostile.replace("note = \"mine\"", "note = \"ours\"");
    let theirs = hostile.replace("note = \"mine\"", "note = \"theirs\"");
    let r = run(&hostile, &ours, &theirs);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("annotation 01B"), "{}", r.stderr);
    for c in ['\u{1b}', '\u{9b}', '\u{202e}'] {
        assert!(!r.stderr.contains(c), "{:?}", r.stderr);
    }
}

/// A device as THEIRS (`/dev/zero` behind a link) is refused at once, not read for ever.
#[cfg(unix)]
#[test]
fn a_device_as_a_side_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("theirs")).unwrap();
    fs::write(dir.path().join("base"), HAND).unwrap();
    fs::write(dir.path().join("ours"), HAND).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .arg("merge-driver")
        .args(["base", "ours", "theirs"].map(|n| dir.path().join(n)))
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("merge-driver still reading /dev/zero after 20 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("theirs"), "{stderr}");
    assert_eq!(fs::read_to_string(dir.path().join("ours")).unwrap(), HAND);
}
