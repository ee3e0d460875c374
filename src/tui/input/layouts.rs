//! The letters of the standard Arabic, Persian and Hebrew keyboard layouts and the Latin key on
//! the same physical key (as vim's `langmap`), so that a reader who has just typed an Arabic tag
//! or search, and still has that layout active, can press `ت` for `j` and `ن` for `k`.
//!
//! Letters and marks are mapped onto Latin letter keys only (a key whose Latin character is
//! punctuation keeps what the layout types), unshifted onto the small letter and shifted onto
//! the capital (`ﻷ`, Shift+G on the Arabic layout, is `G`); a shifted key that types ASCII
//! already (`]` on Shift+D) is left alone, and where Arabic and Persian put one character on
//! different keys, Arabic's key is taken. Taken from the XKB symbol files of
//! Debian's `xkb-data` 2.35: `ara` (`basic`), `ir` (`pes`, its `pes_part_basic`) and `il`
//! (`basic`), against the US QWERTY positions; `tests/reader/layouts_xkb.rs` checks them against
//! `/usr/share/X11/xkb/symbols/`. The three tables never map one character to two keys.
//!
//! Data and a lookup over crossterm key events; knows nothing about actions or terminals.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Arabic (XKB `ara`, basic): letter → the Latin key it sits on.
pub const ARABIC: &[(char, char)] = &[
    ('ض', 'q'),
    ('ص', 'w'),
    ('ث', 'e'),
    ('ق', 'r'),
    ('ف', 't'),
    ('غ', 'y'),
    ('ع', 'u'),
    ('ه', 'i'),
    ('خ', 'o'),
    ('ح', 'p'),
    ('ش', 'a'),
    ('س', 's'),
    ('ي', 'd'),
    ('ب', 'f'),
    ('ل', 'g'),
    ('ا', 'h'),
    ('ت', 'j'),
    ('ن', 'k'),
    ('م', 'l'),
    ('ئ', 'z'),
    ('ء', 'x'),
    ('ؤ', 'c'),
    ('ر', 'v'),
    ('ﻻ', 'b'),
    ('ى', 'n'),
    ('ة', 'm'),
];

/// Persian (XKB `ir`, pes): letter → the Latin key it sits on.
pub const PERSIAN: &[(char, char)] = &[
    ('ض', 'q'),
    ('ص', 'w'),
    ('ث', 'e'),
    ('ق', 'r'),
    ('ف', 't'),
    ('غ', 'y'),
    ('ع', 'u'),
    ('ه', 'i'),
    ('خ', 'o'),
    ('ح', 'p'),
    ('ش', 'a'),
    ('س', 's'),
    ('ی', 'd'),
    ('ب', 'f'),
    ('ل', 'g'),
    ('ا', 'h'),
    ('ت', 'j'),
    ('ن', 'k'),
    ('م', 'l'),
    ('ظ', 'z'),
    ('ط', 'x'),
    ('ز', 'c'),
    ('ر', 'v'),
    ('ذ', 'b'),
    ('د', 'n'),
    ('پ', 'm'),
];

/// Hebrew (XKB `il`, basic): letter → the Latin key it sits on.
pub const HEBREW: &[(char, char)] = &[
    ('ק', 'e'),
    ('ר', 'r'),
    ('א', 't'),
    ('ט', 'y'),
    ('ו', 'u'),
    ('ן', 'i'),
    ('ם', 'o'),
    ('פ', 'p'),
    ('ש', 'a'),
    ('ד', 's'),
    ('ג', 'd'),
    ('כ', 'f'),
    ('ע', 'g'),
    ('י', 'h'),
    ('ח', 'j'),
    ('ל', 'k'),
    ('ך', 'l'),
    ('ז', 'z'),
    ('ס', 'x'),
    ('ב', 'c'),
    ('ה', 'v'),
    ('נ', 'b'),
    ('מ', 'n'),
    ('צ', 'm'),
];

/// Arabic (XKB `ara`, basic), with Shift: the letters and marks on Latin letter keys →
/// the shifted Latin key (`ﻷ` is `G`, `آ` is `N`). Shifted keys that type ASCII (`]` on `D`)
/// are left alone: they are their own keys.
pub const ARABIC_SHIFTED: &[(char, char)] = &[
    ('\u{64e}', 'Q'),
    ('\u{64b}', 'W'),
    ('\u{64f}', 'E'),
    ('\u{64c}', 'R'),
    ('ﻹ', 'T'),
    ('إ', 'Y'),
    ('÷', 'I'),
    ('×', 'O'),
    ('؛', 'P'),
    ('\u{650}', 'A'),
    ('\u{64d}', 'S'),
    ('ﻷ', 'G'),
    ('أ', 'H'),
    ('ـ', 'J'),
    ('،', 'K'),
    ('\u{652}', 'X'),
    ('ﻵ', 'B'),
    ('آ', 'N'),
];

/// Persian (XKB `ir`, pes), with Shift: as [`ARABIC_SHIFTED`], but for the characters the
/// Arabic layout already puts on another key (the Arabic one wins: `آ` is `N`, not `H`).
pub const PERSIAN_SHIFTED: &[(char, char)] = &[
    ('\u{651}', 'I'),
    ('»', 'K'),
    ('«', 'L'),
    ('ك', 'Z'),
    ('ژ', 'C'),
    ('\u{670}', 'V'),
    ('\u{654}', 'N'),
];

/// Every table, in the order a character is looked up (Hebrew's shifted keys type Latin
/// capitals already).
pub const TABLES: [&[(char, char)]; 5] = [ARABIC, PERSIAN, HEBREW, ARABIC_SHIFTED, PERSIAN_SHIFTED];

/// The Latin key under `c` in the Arabic, Persian or Hebrew layout, shifted or not.
pub fn latin_key(c: char) -> Option<char> {
    TABLES
        .iter()
        .flat_map(|table| table.iter())
        .find(|&&(letter, _)| letter == c)
        .map(|&(_, latin)| latin)
}

/// The key press `event` stands for on a Latin layout: a letter of one of the three layouts
/// (without Ctrl or Alt) becomes the Latin key on the same physical key; anything else is
/// itself.
pub fn to_latin(event: &KeyEvent) -> KeyEvent {
    let plain = !event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if plain => match latin_key(c) {
            Some(latin) => KeyEvent {
                code: KeyCode::Char(latin),
                modifiers: KeyModifiers::NONE,
                ..*event
            },
            None => *event,
        },
        _ => *event,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_agree_and_name_latin_letters() {
        assert_eq!(latin_key('ت'), Some('j'));
        assert_eq!(latin_key('ن'), Some('k'));
        assert_eq!(latin_key('ض'), Some('q'));
        assert_eq!(latin_key('ח'), Some('j'));
        assert_eq!(latin_key('پ'), Some('m'));
        assert_eq!(latin_key('j'), None);
        assert_eq!(latin_key('ﻷ'), Some('G'));
        assert_eq!(latin_key('آ'), Some('N'));
        assert_eq!(latin_key('ژ'), Some('C'));
        for (i, table) in TABLES.into_iter().enumerate() {
            for &(letter, latin) in table {
                let case = if i < 3 {
                    latin.is_ascii_lowercase()
                } else {
                    latin.is_ascii_uppercase()
                };
                assert!(case, "{letter} → {latin}");
                assert_eq!(latin_key(letter), Some(latin), "{letter} maps to one key");
            }
        }
    }
}
