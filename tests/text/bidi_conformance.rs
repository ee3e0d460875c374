//! Unicode's BidiCharacterTest.txt run through hamish's own line layout (not only unicode-bidi):
//! the visual order of the cells of every test line must match the expected order.
//!
//! hamish reorders whole grapheme clusters (rule L3: marks stay after their base) and shows no cell
//! for invisible format characters, so expected orders are compared cluster by cluster, over the
//! characters that have a cell.

use crate::common::reference;

use hamish::text::direction::first_strong;
use hamish::text::{layout_paragraph, BidiMode, Direction, LayoutOptions, Shaping};

#[test]
#[cfg_attr(
    missing_unicode_data,
    ignore = "needs Unicode's data files (apt-get install unicode-data)"
)]
fn bidi_character_test_order_matches() {
    let path =
        reference::reference_file("/usr/share/unicode/BidiCharacterTest.txt", "unicode-data");
    let data = std::fs::read_to_string(path).unwrap();
    let options = LayoutOptions {
        width: 0,
        bidi: BidiMode::App,
        shaping: Shaping::None,
    };
    let (mut checked, mut failures) = (0, Vec::new());
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        checked += 1;
        if let Some(why) = mismatch(line, &options) {
            failures.push(format!("line {}: {line}\n{why}", n + 1));
        }
    }
    assert!(checked > 90_000, "only {checked} test lines read");
    assert!(
        failures.is_empty(),
        "{} of {checked} lines differ; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}

/// How hamish's order differs from one line of `BidiCharacterTest.txt` (`None` when it agrees):
/// the cells of the visible chars, in visual order, and the paragraph level.
fn mismatch(line: &str, options: &LayoutOptions) -> Option<String> {
    let f: Vec<&str> = line.split(';').collect();
    let chars: Vec<char> = f[0]
        .split_whitespace()
        .map(|h| char::from_u32(u32::from_str_radix(h, 16).unwrap()).unwrap())
        .collect();
    let text: String = chars.iter().collect();
    let direction = match f[1] {
        "0" => Direction::Ltr,
        "1" => Direction::Rtl,
        _ => first_strong(&text).unwrap_or(Direction::Ltr),
    };
    let expected_level = if direction.is_rtl() { "1" } else { "0" };
    let expected: Vec<usize> = f[4]
        .split_whitespace()
        .map(|i| i.parse().unwrap())
        .collect();
    let layout = layout_paragraph(&text, direction, options);
    assert_eq!(layout.line_count(), 1);
    let cells = layout.line(0).cells();
    // Cell index of each char, if it has one.
    let mut cell_of = vec![None; chars.len()];
    for (ci, cell) in cells.iter().enumerate() {
        for k in cell.chars.clone() {
            cell_of[k as usize] = Some(ci);
        }
    }
    let removed: Vec<bool> = f[3].split_whitespace().map(|l| l == "x").collect();
    let mut want: Vec<usize> = expected.iter().filter_map(|&i| cell_of[i]).collect();
    want.dedup();
    let got: Vec<usize> = (0..cells.len())
        .filter(|&ci| cells[ci].chars.clone().any(|k| !removed[k as usize]))
        .collect();
    (want != got || f[2] != expected_level).then(|| format!("  want {want:?}\n  got  {got:?}"))
}
