//! The keyboard-layout tables (`src/tui/input/layouts.rs`), unshifted and shifted, against their reference: the XKB
//! symbol files `ara` (basic), `ir` (pes_part_basic) and `il` (basic) of Debian's `xkb-data`,
//! with keysym names resolved through `X11/keysymdef.h` (`x11proto-dev`), on US QWERTY
//! positions. Ignored when the files are missing (see `build.rs`), failing instead with `CI=true`.

use std::collections::BTreeMap;
use std::path::Path;

use hamish::tui::input::layouts::{ARABIC, ARABIC_SHIFTED, HEBREW, PERSIAN, PERSIAN_SHIFTED};

const SYMBOLS: &str = "/usr/share/X11/xkb/symbols";
const KEYSYMDEF: &str = "/usr/include/X11/keysymdef.h";

/// Keysym name → its character, from keysymdef.h (aliases resolved through their value).
fn keysyms() -> BTreeMap<String, char> {
    let text = std::fs::read_to_string(KEYSYMDEF).unwrap();
    let (mut by_value, mut names) = (BTreeMap::new(), Vec::new());
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let (Some("#define"), Some(name), Some(value)) = (words.next(), words.next(), words.next())
        else {
            continue;
        };
        let Some(name) = name.strip_prefix("XK_") else {
            continue;
        };
        names.push((name.to_string(), value.to_string()));
        if let Some(code) = line.split("U+").nth(1) {
            let hex: String = code.chars().take_while(char::is_ascii_hexdigit).collect();
            let c = char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap();
            by_value.insert(value.to_string(), c);
        }
    }
    names
        .into_iter()
        .filter_map(|(n, v)| by_value.get(&v).map(|&c| (n, c)))
        .collect()
}

/// The first-level symbol of each letter key of section `name` in symbols file `file`, as
/// (its char, the US QWERTY letter on that key).
fn layout(file: &str, name: &str, keysyms: &BTreeMap<String, char>) -> Vec<(char, char)> {
    level(file, name, keysyms, 0)
}

/// The symbol at `level` (0: unshifted, 1: with Shift) of each letter key, when it is not
/// ASCII, as (its char, the US QWERTY letter on that key, a capital with Shift).
fn level(
    file: &str,
    name: &str,
    keysyms: &BTreeMap<String, char>,
    level: usize,
) -> Vec<(char, char)> {
    let text = std::fs::read_to_string(Path::new(SYMBOLS).join(file)).unwrap();
    let start = text.find(&format!("xkb_symbols \"{name}\"")).unwrap();
    let section = &text[start..start + text[start..].find("\n};").unwrap()];
    let rows = [
        ("AD", "qwertyuiop[]"),
        ("AC", "asdfghjkl;'"),
        ("AB", "zxcvbnm,./"),
    ];
    let mut out = Vec::new();
    for (row, latin) in rows {
        for (i, latin) in latin.chars().enumerate() {
            let key = format!("<{row}{:02}>", i + 1);
            let Some(at) = section.find(&format!("key {key}")) else {
                continue;
            };
            let after = &section[at..];
            let syms = &after[after.find('[').unwrap() + 1..after.find(']').unwrap()];
            let Some(first) = syms.split(',').nth(level).map(str::trim) else {
                continue;
            };
            let c = keysyms.get(first).copied().or_else(|| {
                let hex = first.strip_prefix('U')?;
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)
            });
            if let Some(c) = c.filter(|c| !c.is_ascii() && latin.is_ascii_lowercase()) {
                let latin = if level == 0 {
                    latin
                } else {
                    latin.to_ascii_uppercase()
                };
                out.push((c, latin));
            }
        }
    }
    out
}

#[test]
#[cfg_attr(
    missing_xkb,
    ignore = "needs the XKB layouts and keysymdef.h (apt-get install xkb-data x11proto-dev)"
)]
fn the_tables_match_the_xkb_layouts() {
    assert!(
        Path::new(SYMBOLS).join("ara").exists() && Path::new(KEYSYMDEF).exists(),
        "xkb-data or x11proto-dev missing (apt-get install xkb-data x11proto-dev, or `touch \
         build.rs`, and this test is ignored)"
    );
    let keysyms = keysyms();
    let sorted = |mut v: Vec<(char, char)>| {
        v.sort();
        v
    };
    assert_eq!(
        sorted(ARABIC.to_vec()),
        sorted(layout("ara", "basic", &keysyms))
    );
    let persian = layout("ir", "pes_part_basic", &keysyms);
    assert_eq!(sorted(PERSIAN.to_vec()), sorted(persian));
    assert_eq!(
        sorted(HEBREW.to_vec()),
        sorted(layout("il", "basic", &keysyms))
    );
    assert!(ARABIC.contains(&('ت', 'j')) && HEBREW.contains(&('ח', 'j')));

    // With Shift: every non-ASCII symbol on a letter key, onto the capital; a character
    // already on another key (unshifted anywhere, or shifted in Arabic) is left to that key.
    let taken: Vec<char> = [ARABIC, PERSIAN, HEBREW]
        .iter()
        .flat_map(|t| t.iter().map(|&(c, _)| c))
        .collect();
    let arabic: Vec<_> = level("ara", "basic", &keysyms, 1)
        .into_iter()
        .filter(|(c, _)| !taken.contains(c))
        .collect();
    assert_eq!(sorted(ARABIC_SHIFTED.to_vec()), sorted(arabic.clone()));
    let persian: Vec<_> = level("ir", "pes_part_basic", &keysyms, 1)
        .into_iter()
        .filter(|(c, _)| !taken.contains(c) && !arabic.iter().any(|(a, _)| a == c))
        .collect();
    assert_eq!(sorted(PERSIAN_SHIFTED.to_vec()), sorted(persian));
    // Hebrew's shifted letter keys type Latin capitals: nothing to map.
    assert_eq!(level("il", "basic", &keysyms, 1), []);
    assert!(ARABIC_SHIFTED.contains(&('ﻷ', 'G')) && ARABIC_SHIFTED.contains(&('آ', 'N')));
}
