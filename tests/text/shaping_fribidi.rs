//! Compares `hamish::text::shaping::shape` with GNU FriBidi's shaping (the `fribidi` command,
//! Debian package `libfribidi-bin`) on every word of the seed articles and on a list of Persian,
//! Urdu and Uyghur words.
//!
//! FriBidi reorders what it shapes, so each word is cut into runs of right-to-left chars
//! (bidi classes AL, R, NSM, BN: letters, harakat, tatweel, joiners), one per line, which an
//! RTL paragraph shows exactly reversed. Cutting elsewhere (spaces, digits, Latin, punctuation)
//! changes nothing: those chars never join. Our glyphs for a run, without the `None`s of
//! ligatures, reversed grapheme cluster by grapheme cluster, must then equal FriBidi's line
//! without its U+FEFF placeholders. Invisible format chars (joiners, bidi marks), which
//! `fribidi --clean` drops and the layout engine never sends, are left out on both sides.
//!
//! Without `fribidi` the test is ignored (see `build.rs`), unless `CI` is set: then it fails.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::reference;
use hamish::text::shaping::shape;
use unicode_bidi::{bidi_class, BidiClass};
use unicode_segmentation::UnicodeSegmentation;

/// Runs where we deliberately differ from FriBidi, with the reason. Every entry must really
/// differ, so that the list cannot go stale.
const ALLOWED_DIFFERENCES: &[(&str, &str)] = &[
    (
        "بںب",
        "noon ghunna has no medial form: we show its final form (it still joins the letter \
         before), FriBidi leaves the letter unchanged",
    ),
    (
        "ںب",
        "noon ghunna has no initial form: we show its isolated form, FriBidi leaves the letter \
         unchanged (which looks the same)",
    ),
    (
        "بٷ",
        "U+0677 has no final form: we show its isolated form, FriBidi leaves the letter \
         unchanged (which looks the same)",
    ),
];

/// The other deliberate difference, a rule rather than a list because real text is full of it
/// ("تحولًا", "كلًا" with the tanwin written on the lam): lam + harakat + alef. We form the
/// mandatory lam-alef ligature and keep the harakat on it; FriBidi only ligates adjacent chars
/// and shows lam and alef apart. Such runs must differ from FriBidi's shaping of themselves, and
/// equal FriBidi's shaping of the same run with the harakat moved after the alef (which it does
/// ligate).
const LAM_HARAKAT_ALEF: &str = "lam + harakat + alef: one lam-alef ligature carrying the harakat";

fn is_alef(c: char) -> bool {
    matches!(c, '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0627}')
}

/// `run` with the harakat between a lam and an alef moved after the alef; `None` if there are
/// no such harakat.
fn harakat_after_alef(run: &str) -> Option<String> {
    let chars: Vec<char> = run.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut moved = false;
    let mut i = 0;
    while i < chars.len() {
        out.push(chars[i]);
        if chars[i] == '\u{0644}' {
            let marks = chars[i + 1..]
                .iter()
                .take_while(|&&c| bidi_class(c) == BidiClass::NSM)
                .count();
            if marks > 0 && chars.get(i + 1 + marks).is_some_and(|&c| is_alef(c)) {
                out.push(chars[i + 1 + marks]);
                out.extend(&chars[i + 1..i + 1 + marks]);
                moved = true;
                i += marks + 2;
                continue;
            }
        }
        i += 1;
    }
    moved.then(|| out.into_iter().collect())
}

/// Words beyond the seed articles (which are Arabic only): Persian, Urdu, Uyghur, vocalized
/// Arabic, joiners and tatweel.
const EXTRA_WORDS: &[&str] = &[
    // Persian
    "پرسپولیس",
    "چگونه",
    "ژاپن",
    "گزارش",
    "کتابخانه",
    "می\u{200c}خواهم",
    "خانه\u{200c}ها",
    "بی\u{200d}",
    // Urdu
    "پاکستان",
    "ٹیلیویژن",
    "ڈاکٹر",
    "بڑا",
    "میں",
    "ہے",
    "بھائی",
    "گھر",
    "کہ",
    "لاہور",
    // Uyghur
    "ئۇيغۇرچە",
    "ئۆي",
    "كۈن",
    "ئېلىپبە",
    "مەڭگۈ",
    "ۋەتەن",
    "ھۆكۈمەت",
    "بىلىم",
    // Arabic with harakat, tatweel and ligatures
    "بِسْمِ",
    "ٱللَّهِ",
    "مُحَمَّدٌ",
    "سَلامٌ",
    "أَهْلاً",
    "كتـــاب",
    "لـا",
    "إلى",
    "الآن",
    "لأن",
    "لإن",
    "فلا",
    "لَا",
    "بلِّا",
    "فَلْيَأْ",
    "ب\u{200d}\u{200c}ب",
];

/// Runs of right-to-left chars of `word`.
fn rtl_runs(word: &str) -> impl Iterator<Item = &str> {
    word.split(|c: char| {
        !matches!(
            bidi_class(c),
            BidiClass::AL | BidiClass::R | BidiClass::NSM | BidiClass::BN
        )
    })
    .filter(|run| run.chars().any(|c| bidi_class(c) == BidiClass::AL))
}

/// Chars left out of the comparison: never shown.
fn invisible(c: char) -> bool {
    matches!(c, '\u{00ad}' | '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}')
}

/// Our shaping of `run`, in visual order for a right-to-left line.
fn ours(run: &str) -> String {
    let mut out = Vec::new();
    shape(run, &mut out);
    assert_eq!(out.len(), run.chars().count(), "{run}");
    let logical: String = out
        .into_iter()
        .flatten()
        .filter(|&c| !invisible(c))
        .collect();
    logical.graphemes(true).rev().collect()
}

/// FriBidi's shaping of each run, in the same visual order.
fn fribidi(runs: &[&str]) -> Vec<String> {
    let child = Command::new("fribidi")
        .args(["--nobreak", "--nopad", "--clean", "--reordernsm", "--rtl"])
        .args(["--charset", "UTF-8"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let mut child = child.unwrap_or_else(|e| {
        panic!(
            "{e}: {}",
            reference::missing("fribidi (apt-get install -y libfribidi-bin)")
        )
    });
    let input: String = runs.iter().flat_map(|r| [*r, "\n"]).collect();
    let mut stdin = child.stdin.take().expect("piped stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("fribidi output");
    writer
        .join()
        .expect("writer thread")
        .expect("write to fribidi");
    assert!(output.status.success(), "fribidi failed: {}", output.status);
    let text = String::from_utf8(output.stdout).expect("fribidi writes UTF-8");
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.chars().filter(|&c| !invisible(c)).collect())
        .collect();
    assert_eq!(lines.len(), runs.len(), "one fribidi line per run");
    lines
}

fn codes(s: &str) -> String {
    s.chars()
        .map(|c| format!("{:04X}", c as u32))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
#[cfg_attr(
    missing_fribidi,
    ignore = "needs GNU FriBidi (apt-get install libfribidi-bin)"
)]
fn shaping_matches_fribidi() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", seeds.display()))
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seed articles in {}", seeds.display());

    let mut seed_words = 0;
    let mut runs = BTreeSet::new();
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("seed article"))
        .collect();
    for text in &texts {
        // Whole paragraphs too, as the layout engine calls it: no panic, one entry per char.
        for paragraph in text.lines() {
            let mut out = Vec::new();
            shape(paragraph, &mut out);
            assert_eq!(out.len(), paragraph.chars().count());
        }
        for word in text.split_whitespace() {
            seed_words += 1;
            runs.extend(rtl_runs(word));
        }
    }
    let seed_runs = runs.len();
    for word in EXTRA_WORDS
        .iter()
        .chain(ALLOWED_DIFFERENCES.iter().map(|a| &a.0))
    {
        runs.extend(rtl_runs(word));
    }
    let runs: Vec<&str> = runs.into_iter().collect();
    // For lam + harakat + alef runs, FriBidi also shapes the run with the harakat moved.
    let rewritten: Vec<Option<String>> = runs.iter().map(|r| harakat_after_alef(r)).collect();
    let mut input = runs.clone();
    input.extend(rewritten.iter().flatten().map(String::as_str));

    let theirs = fribidi(&input);
    let (failures, allowed) = compare(&runs, &theirs, &rewritten);
    eprintln!(
        "compared {} runs with FriBidi: {seed_runs} distinct runs from the {seed_words} words of \
         {} seed articles, the rest from the word lists; {} failures; {} allowed differences:",
        runs.len(),
        files.len(),
        failures.len(),
        allowed.len(),
    );
    for (run, reason) in &allowed {
        eprintln!("  {run}: {reason}");
    }
    assert!(
        failures.is_empty(),
        "shaping differs from FriBidi:\n{}",
        failures.join("\n")
    );
}

/// Each run shaped by hamish against FriBidi's shaping of it (`theirs`, then FriBidi's of the
/// `rewritten` runs): the failures, and the differences allowed with their reasons.
fn compare<'r>(
    runs: &[&'r str],
    theirs: &[String],
    rewritten: &[Option<String>],
) -> (Vec<String>, Vec<(&'r str, &'static str)>) {
    let mut theirs_rewritten = theirs[runs.len()..].iter();
    let mut failures = Vec::new();
    let mut allowed = Vec::new();
    for ((run, theirs), rewritten) in runs.iter().zip(theirs).zip(rewritten) {
        let ours = ours(run);
        let describe = |what: &str, theirs: &str| {
            format!(
                "{run}: ours {ours} [{}], {what} {theirs} [{}]",
                codes(&ours),
                codes(theirs)
            )
        };
        let listed = ALLOWED_DIFFERENCES.iter().find(|a| a.0 == *run);
        if let Some(rewritten) = rewritten {
            let theirs_rewritten = theirs_rewritten.next().expect("one line per run");
            if ours == *theirs {
                failures.push(describe("same as FriBidi, unexpectedly:", theirs));
            } else if ours != *theirs_rewritten {
                failures.push(describe(
                    &format!("FriBidi for {rewritten} (harakat after the alef)"),
                    theirs_rewritten,
                ));
            } else {
                allowed.push((*run, LAM_HARAKAT_ALEF));
            }
        } else if let Some(&(_, reason)) = listed {
            if ours == *theirs {
                failures.push(format!(
                    "{run}: allowed to differ ({reason}) but does not: remove it from the list"
                ));
            } else {
                allowed.push((*run, reason));
            }
        } else if ours != *theirs {
            failures.push(describe("FriBidi", theirs));
        }
    }
    (failures, allowed)
}
