//! The keyboard-layout tables (`src/tui/input/layouts.rs`) against their reference: the XKB
//! symbol files `ara` (basic), `ir` (pes_part_basic) and `il` (basic) of Debian's `xkb-data`,
//! with keysym names resolved through `X11/keysymdef.h` (`x11proto-dev`), on US QWERTY
//! positions. Skipped when the files are missing, failing instead with `CI=true`.

use std::collections::BTreeMap;
use std::path::Path;

use hamish::tui::input::layouts::{ARABIC, HEBREW, PERSIAN};

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
            let first = syms.split(',').next().unwrap().trim();
            let c = keysyms.get(first).copied().or_else(|| {
                let hex = first.strip_prefix('U')?;
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)
            });
            if let Some(c) = c.filter(|c| !c.is_ascii() && latin.is_ascii_lowercase()) {
                out.push((c, latin));
            }
        }
    }
    out
}

#[test]
fn the_tables_match_the_xkb_layouts() {
    if !Path::new(SYMBOLS).join("ara").exists() || !Path::new(KEYSYMDEF).exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "xkb-data or x11proto-dev missing"
        );
        return;
    }
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
}
