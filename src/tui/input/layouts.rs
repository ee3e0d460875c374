//! The letters of the standard Arabic, Persian and Hebrew keyboard layouts and the Latin key on
//! the same physical key (as vim's `langmap`), so that a reader who has just typed an Arabic tag
//! or search, and still has that layout active, can press `ت` for `j` and `ن` for `k`.
//!
//! Only the unshifted letters are mapped, and only onto Latin letters (a key whose Latin
//! character is punctuation keeps what the layout types). Taken from the XKB symbol files of
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

/// The Latin key under `c` in the Arabic, Persian or Hebrew layout.
pub fn latin_key(c: char) -> Option<char> {
    [ARABIC, PERSIAN, HEBREW]
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
        for table in [ARABIC, PERSIAN, HEBREW] {
            for &(letter, latin) in table {
                assert!(latin.is_ascii_lowercase(), "{letter} → {latin}");
                assert_eq!(latin_key(letter), Some(latin), "{letter} maps to one key");
            }
        }
    }
}
