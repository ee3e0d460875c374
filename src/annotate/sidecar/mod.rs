//! The sidecar file format: TOML text ⇄ [`Sidecar`](super::model::Sidecar).
//!
//! `parse` reads a file as written (hand edits included) and keeps keys it does not know;
//! `write` produces the canonical text (header comment, `version`, `[article]`, then
//! `[[annotations]]` in id order); `patch` writes a changed sidecar over the text it was read
//! from, changing only what changed. `parse(write(s)) == s` and `parse(patch(t, parse(t), s)) ==
//! s` for every sidecar `s` and sidecar text `t`. Knows nothing
//! about where files live, anchoring or terminals.

pub(crate) mod article;
mod escape;
mod parse;
mod patch;
mod rewrite;
mod splice;
mod write;

use std::fmt;

pub use escape::{must_escape, string as toml_string};
pub use parse::{parse, parse_bytes};
pub use rewrite::patch;
pub use write::write;

/// Why a sidecar's text could not be read, with the 1-based line and column (in chars) of the
/// problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in chars.
    pub column: usize,
    /// What is wrong, in words.
    pub message: String,
}

impl ParseError {
    /// An error at byte offset `at` of `text`.
    pub(crate) fn at(text: &str, at: usize, message: impl Into<String>) -> ParseError {
        let (line, column) = crate::text::position::line_column(text, at);
        ParseError {
            line,
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl std::error::Error for ParseError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_chars() {
        let text = "a = 1\nبوتين = x\n";
        let e = ParseError::at(text, text.find('x').unwrap(), "bad");
        assert_eq!((e.line, e.column), (2, 9));
        assert_eq!(e.to_string(), "line 2, column 9: bad");
        let e = ParseError::at(text, 0, "bad");
        assert_eq!((e.line, e.column), (1, 1));
        let e = ParseError::at(text, 9, "inside a char");
        assert_eq!((e.line, e.column), (2, 2));
    }
}
