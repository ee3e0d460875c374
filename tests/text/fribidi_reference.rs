//! GNU FriBidi as an independent reference: for every paragraph of every seed, `hamish render
//! --width 0` must print what `fribidi --nobreak --nopad --reordernsm --clean` prints (U+FEFF,
//! FriBidi's lam-alef placeholder, removed), except for the deliberate differences listed below.

use crate::common::{reference, seeds::seeds};

use std::process::Command;

/// Lam + haraka + alef: hamish forms the mandatory lam-alef ligature with the haraka in its cell,
/// as HarfBuzz, Uniscribe and CoreText do; FriBidi only ligates a lam directly followed by alef.
const LAM_HARAKA_ALEF: &str = "lam + tanwin + alef (كلًا, تحولًا) shown as the lam-alef ligature";

/// Deliberate differences: (seed file name, 1-based line, reason).
const ALLOWED: &[(&str, usize, &str)] = &[
    ("003_5f974563870b29f1.txt", 11, LAM_HARAKA_ALEF),
    ("003_5f974563870b29f1.txt", 22, LAM_HARAKA_ALEF),
    ("003_5f974563870b29f1.txt", 29, LAM_HARAKA_ALEF),
    ("003_5f974563870b29f1.txt", 31, LAM_HARAKA_ALEF),
];

#[test]
#[cfg_attr(
    missing_fribidi,
    ignore = "needs GNU FriBidi (apt-get install libfribidi-bin)"
)]
fn seeds_match_fribidi() {
    let fribidi = reference::reference_tool("fribidi", "libfribidi-bin");
    let mut differences = Vec::new();
    let mut compared = 0;
    for seed in seeds() {
        let ours = Command::new(env!("CARGO_BIN_EXE_hamish"))
            .args(["render", "--width", "0", "--color", "never"])
            .arg(&seed)
            .output()
            .unwrap();
        assert!(ours.status.success());
        let theirs = Command::new(&fribidi)
            .args(["--nobreak", "--nopad", "--reordernsm", "--clean"])
            .arg(&seed)
            .output()
            .unwrap();
        assert!(theirs.status.success());
        let ours = String::from_utf8(ours.stdout).unwrap();
        let theirs = String::from_utf8(theirs.stdout)
            .unwrap()
            .replace('\u{feff}', "");
        let name = seed.file_name().unwrap().to_str().unwrap().to_string();
        let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
        assert_eq!(a.len(), b.len(), "{name}: line counts differ");
        for (i, (x, y)) in a.iter().zip(&b).enumerate() {
            compared += 1;
            let allowed = ALLOWED.iter().any(|(f, l, _)| *f == name && *l == i + 1);
            if (x != y) != allowed {
                differences.push(format!("{name}:{}\n  hamish:  {x}\n  fribidi: {y}", i + 1));
            }
        }
    }
    assert!(compared > 200, "only {compared} paragraphs compared");
    assert!(
        differences.is_empty(),
        "{} paragraphs differ (or an allowed difference vanished):\n{}",
        differences.len(),
        differences.join("\n")
    );
}
