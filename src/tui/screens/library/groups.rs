//! How the library's groups (defined in [`crate::library`]) are shown: the reason a file that is
//! not an article (`.html`, `.md`, …) cannot be opened, and when each group's folder last
//! changed (the slots drawn are in `slots.rs`).
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
