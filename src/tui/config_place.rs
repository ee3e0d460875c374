//! Where in `config.toml` a startup warning's value is: a configured theme that does not exist,
//! a key remap or a tag colour that was refused parsed fine, so the warning names the key but not
//! the file and line; this puts `PATH: line N: ` before it, so the notice names the file, the line
//! and the key, as a parse error does.
//!
//! Strings to strings; reads no file itself. Knows the shapes of the warnings it places
//! (`theme "…"`, `[keys] "…"`, `[keys]: unknown key "…"`, `[tag_colors] "…"`).

use std::path::Path;

use crate::text::sanitize::sanitize;
use crate::toml_key::line_of;

/// `warnings`, each about a value of the config file at `path` (holding `text`) led by the
/// file and line that set it, when found.
pub fn placed(warnings: Vec<String>, path: &Path, text: &str) -> Vec<String> {
    let shown = sanitize(&path.display().to_string());
    warnings
        .into_iter()
        .map(
            |warning| match key_of(&warning).and_then(|(t, k)| line_of(text, t, &k)) {
                Some(line) => format!("{shown}: line {line}: {warning}"),
                None => warning,
            },
        )
        .collect()
}

/// The table and key a warning is about.
fn key_of(warning: &str) -> Option<(Option<&'static str>, String)> {
    let table = if warning.starts_with("theme \"") {
        return Some((None, "theme".to_string()));
    } else if warning.starts_with("[keys]") {
        "keys"
    } else if warning.starts_with("[tag_colors]") {
        "tag_colors"
    } else {
        return None;
    };
    Some((Some(table), first_quoted(warning)?))
}

/// The first `"…"` of `text`, as `text::sanitize::quoted` wrote it, unescaped.
fn first_quoted(text: &str) -> Option<String> {
    let rest = &text[text.find('"')? + 1..];
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => out.push(chars.next()?),
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_about_values_get_the_file_and_line() {
        let text = "theme = \"sepya\"\n\n[keys]\n\"ctrl-x\" = \"fly\"\n\"hyper-q\" = \"quit\"\n\
                    [tag_colors]\n\"اقتباس\" = \"teal\"\n";
        let warnings = vec![
            "theme \"sepya\" (from the configuration) does not exist; themes: dark".to_string(),
            "[keys] \"ctrl-x\": unknown action \"fly\"".to_string(),
            "[keys]: unknown key \"hyper-q\"".to_string(),
            "[tag_colors] \"اقتباس\": no highlight colour \"teal\" (colours: yellow)".to_string(),
            "something else".to_string(),
        ];
        let placed = placed(warnings, Path::new("/c/config.toml"), text);
        assert!(
            placed[0].starts_with("/c/config.toml: line 1: theme"),
            "{placed:?}"
        );
        assert!(
            placed[1].starts_with("/c/config.toml: line 4: [keys]"),
            "{placed:?}"
        );
        assert!(
            placed[2].starts_with("/c/config.toml: line 5: [keys]"),
            "{placed:?}"
        );
        assert!(
            placed[3].starts_with("/c/config.toml: line 7: [tag_colors]"),
            "{placed:?}"
        );
        assert_eq!(placed[4], "something else");
    }
}
