//! File names from titles: readable (Arabic letters kept), without `/`, `\`, control or
//! invisible format characters (bidi overrides could disguise a name) or a leading dot, at most
//! [`MAX_NAME`] bytes with `.txt`, cut between grapheme clusters so no letter loses its harakat.
//! Knows nothing about what is in the files.

use unicode_segmentation::UnicodeSegmentation;

use crate::text::sanitize::is_invisible_format;

/// Longest file name, in bytes, extension and any `-N` included.
pub(crate) const MAX_NAME: usize = 120;
/// The extension of saved articles.
pub(crate) const EXTENSION: &str = ".txt";

/// A safe file-name stem for `title` (`"article"` when nothing usable is left).
pub fn stem(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .filter(|&c| !is_invisible_format(c) || c == '\u{200c}' || c == '\u{200d}')
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let words = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = words
        .trim_start_matches(['.', ' ', '-'])
        .trim_end_matches(['.', ' ']);
    let visible = words
        .chars()
        .any(|c| !matches!(c, '\u{200c}' | '\u{200d}' | ' ' | '.' | '-'));
    if !visible {
        "article".into()
    } else if is_reserved_on_windows(words) {
        // `NUL.tar` is reserved as well as `NUL`: the mark goes after the reserved word.
        let end = words.find('.').unwrap_or(words.len());
        format!("{}_{}", &words[..end], &words[end..])
    } else {
        words.to_string()
    }
}

/// Whether Windows refuses `stem` as a file name's stem (`CON`, `nul`, `COM1`, …): a library
/// copied to or synced with a Windows machine must not lose the file.
fn is_reserved_on_windows(stem: &str) -> bool {
    let first = stem
        .split('.')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_ascii_uppercase();
    matches!(first.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ["COM", "LPT"].iter().any(|p| {
            first.strip_prefix(p).is_some_and(|n| {
                n.len() == 1 && matches!(n.chars().next(), Some('1'..='9' | '¹' | '²' | '³'))
            })
        })
}

/// `stem` cut to at most `budget` bytes between grapheme clusters, at a space when one is in
/// the second half.
fn cut(stem: &str, budget: usize) -> &str {
    if stem.len() <= budget {
        return stem;
    }
    let mut end = 0;
    for (at, g) in stem.grapheme_indices(true) {
        if at + g.len() > budget {
            break;
        }
        end = at + g.len();
    }
    let cut = &stem[..end];
    let cut = match cut.rfind(' ') {
        Some(space) if space > budget / 2 && !stem[end..].starts_with(' ') => &cut[..space],
        _ => cut,
    };
    cut.trim_end_matches([' ', '.'])
}

/// The `n`-th candidate file name for `stem`: `stem.txt`, `stem-2.txt`, …, each ≤ [`MAX_NAME`].
pub fn candidate(stem: &str, n: usize) -> String {
    let suffix = if n <= 1 {
        EXTENSION.to_string()
    } else {
        format!("-{n}{EXTENSION}")
    };
    let body = cut(stem, MAX_NAME - suffix.len());
    let body = if body.is_empty() { "article" } else { body };
    format!("{body}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_only_and_windows_reserved_names_are_not_used_as_they_are() {
        assert_eq!(stem("\u{200d}"), "article");
        assert_eq!(stem("\u{200c} \u{200d}."), "article");
        assert_eq!(stem("CON"), "CON_");
        assert_eq!(stem("nul.tar"), "nul_.tar");
        assert_eq!(stem("com1"), "com1_");
        assert_eq!(stem("COM10"), "COM10");
        assert_eq!(stem("CONTROL"), "CONTROL");
        assert_eq!(
            stem("می\u{200c}خواهم"),
            "می\u{200c}خواهم",
            "a ZWNJ inside a word is kept"
        );
    }

    #[test]
    fn safe_readable_names() {
        assert_eq!(stem("../..//etc/passwd"), "etc passwd");
        assert_eq!(stem(".hidden\u{1b}[2J title\u{202e}"), "hidden [2J title");
        assert_eq!(stem("وزيرُ الخارجيّة: «لا تراجع»"), "وزيرُ الخارجيّة «لا تراجع»");
        assert_eq!(stem(" \n "), "article");
        let long = "كَلِمَةٌ ".repeat(40);
        let name = candidate(&stem(&long), 12);
        assert!(
            name.len() <= MAX_NAME && name.ends_with("-12.txt"),
            "{name}"
        );
        assert!(name.trim_end_matches("-12.txt").ends_with('ٌ'), "{name}");
    }
}
