//! Which key of a TOML file a byte offset is in, for messages about a settings file ("line 3,
//! column 17: … (key `reading_width`)"): the table header above it and the keys on its line up
//! to it, dotted (`text.fg` inside `text = { fg = … }`); and the other way, the line a key is
//! set on.
//!
//! A text scan, not a parser: it is asked only about files the TOML parser already refused or
//! whose values were refused, and answers `None` where it cannot tell. Knows nothing about
//! terminals or what the keys mean.

/// The dotted key at byte `offset` of `text`, with its table (`[keys]` → `keys.ctrl-d`).
pub(crate) fn key_at(text: &str, offset: usize) -> Option<String> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = &text[line_start..line_end];
    let mut path = table_of(&text[..line_start]);
    let before = &text[line_start..offset];
    let keys = match keys_before(before) {
        keys if !keys.is_empty() => keys,
        // At the start of a key (an unknown field): the key of the whole line.
        _ => line
            .split_once('=')
            .map(|(k, _)| vec![clean(k)])
            .unwrap_or_default(),
    };
    path.extend(keys.into_iter().filter(|k| !k.is_empty()));
    (!path.is_empty()).then(|| path.join("."))
}

/// The 1-based line where `key` is set in `table` (`None`: the top level) of `text`, the
/// inverse of [`key_at`] for messages about a value that parsed but was refused.
pub fn line_of(text: &str, table: Option<&str>, key: &str) -> Option<usize> {
    let mut current: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            current = Some(table_of(trimmed).join("."));
            continue;
        }
        let Some((name, _)) = trimmed.split_once('=') else {
            continue;
        };
        if current.as_deref() == table && clean(name) == key {
            return Some(i + 1);
        }
    }
    None
}

/// The table the last header in `above` opens (`[a.b]` → `a`, `b`).
fn table_of(above: &str) -> Vec<String> {
    let header = above
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['));
    match header {
        Some(h) => {
            let name = h.trim_start_matches('[');
            let name = name.split(']').next().unwrap_or("");
            name.split('.')
                .map(clean)
                .filter(|k| !k.is_empty())
                .collect()
        }
        None => Vec::new(),
    }
}

/// The keys whose values `before` (the start of a line) is inside, outermost first.
fn keys_before(before: &str) -> Vec<String> {
    // `open`: the brackets and braces not yet closed; a key per brace.
    let (mut path, mut open, mut quote) = (Vec::<String>::new(), Vec::new(), None);
    for (i, c) in before.char_indices() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        let depth = open.iter().filter(|&&b| b == '{').count();
        match c {
            '"' | '\'' => quote = Some(c),
            '{' | '[' => open.push(c),
            '}' | ']' => {
                open.pop();
            }
            ',' if open.last() != Some(&'[') => path.truncate(depth),
            '=' => {
                path.truncate(depth);
                path.push(last_word(&before[..i]));
            }
            _ => {}
        }
    }
    path
}

/// The key just before an `=`.
fn last_word(before: &str) -> String {
    let trimmed = before.trim_end();
    let start = trimmed
        .rfind(|c: char| c.is_whitespace() || c == '{' || c == ',')
        .map_or(0, |i| i + 1);
    clean(&trimmed[start..])
}

/// A key without its quotes and spaces.
fn clean(key: &str) -> String {
    key.trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, marker: &str) -> Option<String> {
        key_at(text, text.find(marker).unwrap())
    }

    #[test]
    fn keys_are_found_with_their_tables_and_inline_tables() {
        assert_eq!(
            at("a = 1\nreading_width = \"wide\"\n", "\"wide"),
            Some("reading_width".into())
        );
        assert_eq!(at("titel = {}\n", "titel"), Some("titel".into()));
        assert_eq!(
            at("x = 1\n[keys]\n\"ctrl-d\" = \"nope\"\n", "\"nope"),
            Some("keys.ctrl-d".into())
        );
        assert_eq!(
            at("text = { bg = \"x\", fg = \"bad\" }\n", "\"bad"),
            Some("text.fg".into())
        );
        assert_eq!(
            at("title = { modifiers = [\"bold\", \"blink\"] }", "\"blink"),
            Some("title.modifiers".into())
        );
        assert_eq!(
            at("[palette]\nfg = \"#1\"\n", "\"#1"),
            Some("palette.fg".into())
        );
        assert_eq!(key_at("", 0), None);
        let text = "theme = \"x\"\n[keys]\n\"ctrl-d\" = \"nope\"\n[tag_colors]\nputin = \"teal\"\n";
        assert_eq!(line_of(text, None, "theme"), Some(1));
        assert_eq!(line_of(text, Some("keys"), "ctrl-d"), Some(3));
        assert_eq!(line_of(text, Some("tag_colors"), "putin"), Some(5));
        assert_eq!(line_of(text, None, "putin"), None);
        // Nonsense and offsets past the end give an answer, not a panic.
        let _ = key_at("= = {\u{645}", 99);
    }
}
