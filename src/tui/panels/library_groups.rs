//! How the library's groups (defined in [`crate::library`]) are shown: the reason a file that is
//! not an article (`.html`, `.md`, …) cannot be opened, when each group's folder last changed,
//! and the slots drawn (headings, hints, entries).
//!
//! Reads directories' change times only; knows nothing about keys or drawing.

use std::path::Path;
use std::time::SystemTime;

/// Why the file at `path` is not an article, judged by its name; `None` for `*.txt`.
pub fn not_article(path: &Path) -> Option<String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    Some(match ext.as_str() {
        "txt" => return None,
        "html" | "htm" | "xhtml" => {
            "an HTML page: save it as an article with `hamish add FILE`".into()
        }
        "md" | "markdown" => {
            "Markdown: hamish reads plain text (`pandoc -t plain FILE -o NAME.txt`)".into()
        }
        "pdf" | "docx" | "odt" | "epub" | "rtf" => {
            format!(".{ext} document: convert it to plain text (.txt) first")
        }
        "toml" | "json" | "xml" | "csv" => format!(".{ext} data, not an article (*.txt)"),
        "" => "no .txt ending: hamish opens *.txt files as articles".into(),
        _ => format!(".{ext} file: hamish opens *.txt files as articles"),
    })
}

/// When each directory last changed (`None`: it cannot be read), to notice new files cheaply.
pub fn stamps(dirs: &[&Path]) -> Vec<Option<SystemTime>> {
    dirs.iter()
        .map(|d| std::fs::metadata(d).and_then(|m| m.modified()).ok())
        .collect()
}

/// One item of the library as drawn, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A group's heading, with how many of its entries show.
    Heading(usize, usize),
    /// What an empty group says (how to fill it).
    Hint(usize),
    /// An entry: index into the library's `shown`.
    Entry(usize),
}

/// The library as drawn: entries in order, each group's run preceded by its heading when there
/// are several groups; an empty group with a hint shows its heading and hint (unless a filter
/// is typed); a group with nothing to show is left out.
pub fn slots(library: &crate::tui::panels::library::Library) -> Vec<Slot> {
    let entry_group = |n: usize| library.entries[library.shown[n]].group;
    if library.groups.len() < 2 {
        return (0..library.shown.len()).map(Slot::Entry).collect();
    }
    let mut out = Vec::with_capacity(library.shown.len() + 2 * library.groups.len());
    let mut n = 0;
    for (g, group) in library.groups.iter().enumerate() {
        let start = n;
        while n < library.shown.len() && entry_group(n) == g {
            n += 1;
        }
        let any = library.entries.iter().any(|e| e.group == g);
        if start < n {
            out.push(Slot::Heading(g, n - start));
            out.extend((start..n).map(Slot::Entry));
        } else if !any && group.hint.is_some() && library.filter.trim().is_empty() {
            out.push(Slot::Heading(g, 0));
            out.push(Slot::Hint(g));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_that_are_not_articles_say_why() {
        assert_eq!(not_article(Path::new("a.txt")), None);
        assert!(not_article(Path::new("a.HTML"))
            .unwrap()
            .contains("hamish add"));
        assert!(not_article(Path::new("a.md")).unwrap().contains("pandoc"));
        assert!(not_article(Path::new("README")).unwrap().contains(".txt"));
    }
}
