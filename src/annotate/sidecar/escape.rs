//! TOML text for single values: strings, keys and the values hamish keeps without knowing them.
//!
//! Strings are written so that `cat` or `git diff` of a sidecar can send nothing to a terminal
//! but the text: every C0 and C1 control (except a tab, and a newline inside a multi-line
//! note), DEL, the bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069), the
//! invisible direction marks LRM, RLM and ALM, and the line and paragraph separators are
//! written as `\uXXXX` escapes, which read back as the same chars. Knows nothing about the
//! sidecar's layout.

use std::fmt::Write as _;

/// Whether `c` is written as a `\uXXXX` escape (outside the escapes TOML names itself).
pub fn must_escape(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every char [`must_escape`] names (and newlines) replaced by U+FFFD: for comments,
/// which have no escapes.
pub(crate) fn comment_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if must_escape(c) || c.is_control() {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// A string value: multi-line (`"""`) when it holds a newline, so notes read naturally.
pub fn string(out: &mut String, s: &str) {
    basic(out, s, s.contains('\n'));
}

/// A key: bare when it may be, else a quoted basic string.
pub fn key(out: &mut String, k: &str) {
    let bare = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare {
        out.push_str(k);
    } else {
        basic(out, k, false);
    }
}

/// Any value, tables inline; strings as [`string`] writes them.
pub fn value(out: &mut String, v: &toml::Value) {
    match v {
        toml::Value::String(s) => string(out, s),
        toml::Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                value(out, item);
            }
            out.push(']');
        }
        toml::Value::Table(t) => {
            out.push('{');
            for (i, (k, item)) in t.iter().enumerate() {
                out.push_str(if i > 0 { ", " } else { " " });
                key(out, k);
                out.push_str(" = ");
                value(out, item);
            }
            out.push_str(if t.is_empty() { "}" } else { " }" });
        }
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

fn basic(out: &mut String, s: &str, multiline: bool) {
    // A newline right after the opening `"""` is not part of the string, so the text can
    // start on its own line without changing it.
    out.push_str(if multiline { "\"\"\"\n" } else { "\"" });
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if multiline => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push('\t'),
            c if must_escape(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push_str(if multiline { "\"\"\"" } else { "\"" });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        let mut out = String::new();
        string(&mut out, s);
        out
    }

    #[test]
    fn terminal_controls_and_bidi_overrides_are_escaped() {
        assert_eq!(
            text("a\u{9b}31m\u{9d}b\u{202e}c\u{2066}d\u{200f}"),
            "\"a\\u009B31m\\u009Db\\u202Ec\\u2066d\\u200F\""
        );
        assert_eq!(text("x\u{1b}[2J\ty"), "\"x\\u001B[2J\ty\"");
        assert_eq!(text("l1\nl2\u{85}"), "\"\"\"\nl1\nl2\\u0085\"\"\"");
        assert_eq!(text("عربي"), "\"عربي\"");
        assert_eq!(comment_safe("a\u{202e}b\nc"), "a\u{fffd}b\u{fffd}c");
    }
}
