//! `hamish merge-driver BASE OURS THEIRS`: a git merge driver for annotation sidecars, so that
//! `git pull` merges them by annotation id instead of interleaving lines.
//!
//! Set up once per repository:
//! `git config merge.hamish.driver "hamish merge-driver %O %A %B"` and
//! `*.annotations.toml merge=hamish` in `.gitattributes`. Knows files and the annotation layer;
//! nothing about terminals.
//!
//! Nothing is lost without a word: every side chosen or dropped is named on stderr, and where a
//! person must decide (an edit against a deletion, edits on both sides with no later `updated`,
//! an unknown key changed on both sides, a side emptied) git sees exit status 1. OURS is written
//! as a patch of its own text, so keys absent on both sides stay absent and a merge with nothing
//! to merge leaves it byte for byte (it is then not written at all).

use std::path::Path;
use std::process::ExitCode;

use crate::annotate::location::link_target;
use crate::annotate::lock::DirLock;
use crate::annotate::merge::{is_blank, merge, MergeReport, Side};
use crate::annotate::model::Sidecar;
use crate::annotate::save::{parent_dir, write_atomic};
use crate::annotate::sidecar::{parse_bytes, patch};
use crate::text::sanitize::sanitize;

/// A sidecar with no annotations: the base when git has no common ancestor (an empty `%O`).
const EMPTY: &[u8] = b"version = 1\n";

/// What the merge says on stderr, and whether a person must decide.
#[derive(Default)]
struct Said {
    lines: Vec<String>,
    decide: bool,
}

impl Said {
    fn chose(&mut self, line: String) {
        self.lines.push(line);
    }

    fn ask(&mut self, line: String) {
        self.lines.push(line);
        self.decide = true;
    }
}

/// Merges THEIRS into OURS with BASE as the common ancestor and writes the result over OURS.
/// Exit status 0 when merged by the rules alone (edits on both sides keep the strictly later
/// `updated`, said on stderr), 1 when a person must decide (said on stderr; the file then holds
/// every edit) or when a file cannot be read, parsed or written (OURS untouched).
pub fn run(base: &Path, ours: &Path, theirs: &Path) -> ExitCode {
    let read = |p: &Path| {
        crate::regular_file::read(p, crate::regular_file::SIDECAR)
            .map_err(|e| format!("{}: {e}", show(p)))
    };
    let files = (|| Ok::<_, String>((read(base)?, read(ours)?, read(theirs)?)))();
    let (b, o, t) = match files {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    let b = if b.iter().all(u8::is_ascii_whitespace) {
        EMPTY.to_vec()
    } else {
        b
    };
    let parsed = [(base, &b), (ours, &o), (theirs, &t)].map(|(path, bytes)| {
        parse_bytes(bytes).map_err(|e| format!("{}: not a valid annotation file: {e}", show(path)))
    });
    let [b, os, t] = match parsed {
        [Ok(b), Ok(o), Ok(t)] => [b, o, t],
        [Err(e), ..] | [_, Err(e), _] | [.., Err(e)] => return fail(&e),
    };
    if let Some(why) = emptied(&b, &os, &t) {
        return fail(&format!("{why}; {} is left as it is", show(ours)));
    }
    let target = match link_target(ours) {
        Ok(target) => target,
        Err(e) => return fail(&format!("{}; nothing written", sanitize(&e.to_string()))),
    };
    let (merged, said) = resolve(&b, &os, &t);
    let text = patch(&String::from_utf8_lossy(&o), &os, &merged);
    if text.as_bytes() != o.as_slice() {
        if let Err(e) = write_locked(&target, text.as_bytes()) {
            return fail(&format!("{}: cannot write: {e}", show(&target)));
        }
    }
    for line in &said.lines {
        eprintln!("hamish: merge-driver: {}", sanitize(line));
    }
    if said.decide {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Why the merge must not run: one side holds nothing where the base had annotations and the
/// other side still has some. An emptied file is a conflict, never a mass deletion.
fn emptied(base: &Sidecar, ours: &Sidecar, theirs: &Sidecar) -> Option<String> {
    let had = base.annotations.len();
    if had == 0 {
        return None;
    }
    let (side, other, kept) = if is_blank(theirs) && !ours.annotations.is_empty() {
        ("THEIRS", "OURS", ours.annotations.len())
    } else if is_blank(ours) && !theirs.annotations.is_empty() {
        ("OURS", "THEIRS", theirs.annotations.len())
    } else {
        return None;
    };
    Some(format!(
        "{side} holds no annotations where the common ancestor had {had} and {other} has \
         {kept}: an emptied file is not taken as deleting them all; decide by hand"
    ))
}

/// Merges by the rules, then puts back every edit a deletion would drop, naming each choice.
fn resolve(base: &Sidecar, ours: &Sidecar, theirs: &Sidecar) -> (Sidecar, Said) {
    let (mut merged, report) = merge(base, ours, theirs);
    let mut said = Said::default();
    let edited = [
        (
            &report.deleted_despite_edit,
            theirs,
            "deleted in ours and edited in theirs",
        ),
        (
            &report.removed_despite_edit,
            ours,
            "edited in ours and deleted in theirs",
        ),
    ];
    for (ids, editor, what) in edited {
        for id in ids {
            if let Some(a) = editor.annotations.get(id) {
                merged.annotations.insert(id.clone(), a.clone());
            }
            said.ask(format!(
                "annotation {id} was {what}: kept the edit; delete it if it should go"
            ));
        }
    }
    conflicts(&report, &mut said);
    for key in &report.key_conflicts {
        said.ask(format!(
            "key `{key}` was changed differently on both sides: kept ours, theirs's value is \
             not in the result"
        ));
    }
    (merged, said)
}

fn conflicts(report: &MergeReport, said: &mut Said) {
    for c in &report.conflicts {
        let (kept, lost) = match c.kept {
            Side::Ours => ("ours", "theirs"),
            Side::Theirs => ("theirs", "ours"),
        };
        if report.ties.contains(&c.id) {
            said.ask(format!(
                "annotation {} was edited on both sides and neither edit is later (`updated` \
                 equal or missing): kept ours, theirs's edit is not in the result",
                c.id
            ));
        } else {
            said.chose(format!(
                "annotation {} was edited on both sides: kept {kept} (the later edit), \
                 {lost}'s edit is not in the result",
                c.id
            ));
        }
    }
}

/// Writes like every other sidecar writer: under the directory lock, atomically. `path` is
/// OURS, or the file it links to when [`link_target`] allows writing through the link.
fn write_locked(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let _lock = DirLock::acquire(parent_dir(path))?;
    write_atomic(path, bytes)
}

fn show(p: &Path) -> String {
    sanitize(&p.display().to_string())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("hamish: merge-driver: {}", sanitize(message));
    ExitCode::FAILURE
}
