//! What a page may not put in a saved file or on the terminal: escape sequences and control
//! characters are removed (the sequence with its parameters, not only the ESC), HTML whitespace
//! runs collapse to one space. Everything else — harakat, tatweel, punctuation, digits, joiners
//! — is kept exactly. Knows nothing about HTML or files.

/// `text` without terminal escape sequences and control characters; tabs and newlines become
/// spaces. Used on every paragraph and metadata value a page supplies.
pub(crate) fn strip_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\t' | '\n' | '\r' | '\u{0c}' | '\u{0b}' => out.push(' '),
            '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` with controls stripped and runs of white space collapsed to one space, trimmed.
pub(crate) fn one_line(text: &str) -> String {
    strip_controls(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: a CSI (`[`), a string sequence (`]`, `P`, `X`, `^`, `_`) or a two-character escape.
fn skip_escape(chars: &mut Chars) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        Some(c) if ('\u{20}'..='\u{7e}').contains(c) => {
            // Intermediate bytes, then one final byte.
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next();
        }
        _ => {}
    }
}

/// A CSI's parameter and intermediate bytes, then its final byte.
fn skip_csi(chars: &mut Chars) {
    while chars
        .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
        .is_some()
    {}
    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
}

/// An OSC/DCS-like string, up to BEL, ST (`ESC \`, U+009C) or the end.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_sequences_and_keeps_arabic() {
        let s = "قالَ\u{1b}[31mـــ٣\u{1b}]52;c;aGk=\u{7}\u{9b}2J!\u{200c}\u{1b}(B.\u{0}";
        assert_eq!(strip_controls(s), "قالَـــ٣!\u{200c}.");
        assert_eq!(one_line("  a\n\t b  "), "a b");
    }
}
