//! What an article's characters may not send to a terminal, and the visible symbols shown instead.
//!
//! Articles come from the internet: C0 controls (but tab), DEL and C1 controls would be read by the
//! terminal as commands (escape sequences, OSC 52 clipboard writes, bells, CSI via U+009B). They are
//! shown as one-cell symbols instead. Knows nothing about layout.

/// The visible stand-in for a control character, or `None` for a character that is safe to print.
/// Tab is not a control here: layout expands it.
pub(crate) fn control_symbol(c: char) -> Option<char> {
    match c {
        '\t' => None,
        // C0 controls → Unicode control pictures (␀ … ␟).
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32),
        '\x7f' => Some('\u{2421}'), // ␡
        // C1 controls (including CSI U+009B and NEL U+0085) have no pictures: a replacement mark.
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        '\u{2028}' => Some('\u{2424}'), // line separator → ␤
        '\u{2029}' => Some('\u{00b6}'), // paragraph separator → ¶
        _ => None,
    }
}

/// True for characters that take part in the bidi algorithm or joining but are never shown and
/// never sent: bidi marks, embeddings, overrides, isolates, and other zero-width format characters.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{061c}' | '\u{00ad}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0000}'..='\u{e007f}')
}

/// `text` with every control replaced by its symbol and invisible format characters dropped: for
/// short strings drawn outside the layout engine (file names, titles in a status line, errors).
/// The zero-width non-joiner and joiner stay: Persian and Urdu spell words with them
/// (`می‌خواهم`), so a file name printed without them would name another file.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_invisible_format(c) || matches!(c, '\u{200c}' | '\u{200d}'))
        .map(|c| match c {
            '\t' => ' ',
            c => control_symbol(c).unwrap_or(c),
        })
        .collect()
}

/// `text` as a user would write it in a TOML file, for messages that name a value: sanitised (see
/// [`sanitize`]), in double quotes, with `"` and `\\` escaped. Unlike Rust's `{:?}`, letters and
/// marks of any script are shown as themselves (a tag starting with a harakah is not `\\u{64e}…`).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in sanitize(text).chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_symbols() {
        assert_eq!(control_symbol('\x1b'), Some('␛'));
        assert_eq!(control_symbol('\x07'), Some('␇'));
        assert_eq!(control_symbol('\x7f'), Some('␡'));
        assert_eq!(control_symbol('\u{9b}'), Some('\u{fffd}'));
        assert_eq!(control_symbol('\t'), None);
        assert_eq!(control_symbol('a'), None);
        assert_eq!(sanitize("a\x1b[31mb\u{202e}c\td"), "a␛[31mbc d");
        assert_eq!(sanitize("گفت\u{200c}وگو\u{200b}"), "گفت\u{200c}وگو");
    }

    #[test]
    fn quoted_shows_every_script_as_itself_and_escapes_only_quotes() {
        assert_eq!(quoted("\u{64e}طاقة"), "\"\u{64e}طاقة\"");
        assert_eq!(quoted("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(quoted("x\x1b[2Jy\u{202e}"), "\"x␛[2Jy\"");
    }
}
