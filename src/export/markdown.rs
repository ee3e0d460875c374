//! Markdown export (pandoc's Markdown): one section per article with a citation line (title,
//! source, date, url), both in a block of the title's direction, then each passage as a block quote inside a fenced div `dir="rtl"` (or
//! `ltr`) so that `pandoc export.md -o export.html` or `.docx` gives it its direction, followed
//! by its paragraph number, state, tags and note.
//!
//! Text from articles and sidecars is escaped so it stays text (no headings, lists or links made
//! by a quote), and control characters are shown as symbols.

use std::fmt::Write;

use super::collect::Collected;
use super::fields::visible;
use super::row::{ExportArticle, Row, State};
use crate::text::direction::first_strong;

/// The Markdown text of `collected`.
pub fn render(collected: &Collected) -> String {
    let mut out = String::from("# Annotations\n");
    for article in &collected.articles {
        write_article(&mut out, article);
    }
    out
}

fn write_article(out: &mut String, article: &ExportArticle) {
    let _ = write!(
        out,
        "\n::: {{dir=\"{}\"}}\n## {}\n\n",
        dir(&article.title),
        inline(&article.title)
    );
    let mut cite: Vec<String> = Vec::new();
    if let Some(s) = &article.meta.source {
        cite.push(format!("*{}*", inline(s)));
    }
    if let Some(a) = &article.meta.author {
        cite.push(inline(a));
    }
    if let Some(d) = &article.meta.published {
        cite.push(inline(d));
    }
    if let Some(u) = &article.meta.url {
        cite.push(format!("<{}>", u.replace(['<', '>', ' '], "")));
    }
    cite.push(format!("`{}`", article.file.replace('`', "'")));
    let _ = writeln!(out, "{}\n:::", visible(&cite.join(" · ")));
    for row in &article.rows {
        write_row(out, row);
    }
}

fn write_row(out: &mut String, row: &Row) {
    let a = &row.annotation;
    let _ = write!(out, "\n::: {{dir=\"{}\"}}\n", dir(&a.exact));
    for line in a.exact.lines() {
        let line = block(line);
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {line}");
        }
    }
    out.push_str(":::\n\n");
    let mut about = vec![format!("¶ {}", row.paragraph)];
    if row.state != State::Anchored && row.state != State::Moved {
        about.push(format!("**{}**", row.state.name()));
    }
    if !a.tags.is_empty() {
        let tags: Vec<String> = a.tags.iter().map(|t| format!("#{}", inline(t))).collect();
        about.push(tags.join(" "));
    }
    let _ = writeln!(out, "{}", visible(&about.join(" · ")));
    if !a.note.trim().is_empty() {
        let _ = write!(out, "\n::: {{dir=\"{}\"}}\n", dir(&a.note));
        for line in a.note.lines() {
            let _ = writeln!(out, "{}", block(line));
        }
        out.push_str(":::\n");
    }
}

/// `rtl` when the text's first strong character is right-to-left.
fn dir(text: &str) -> &'static str {
    match first_strong(text) {
        Some(d) if d.is_rtl() => "rtl",
        _ => "ltr",
    }
}

/// One line of text made literal: Markdown punctuation backslash-escaped, a leading number
/// followed by `.` or `)` kept from starting a list, control characters made visible.
fn block(line: &str) -> String {
    let line = inline(line.trim_end());
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        line
    }
}

/// Text made literal inside a line (see [`block`]).
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '#' | '+' | '-' | '!'
            | '|' | '~' | '^' | '$' | '@' | ':' | '&' | '=' | '"' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_make_markup() {
        assert_eq!(
            block("# <b>x</b> [a](b)"),
            "\\# \\<b\\>x\\</b\\> \\[a\\](b)"
        );
        assert_eq!(block("12. x"), "12\\. x");
        assert_eq!(inline("a\x1b[31m"), "a␛\\[31m");
        assert_eq!(dir("  «قال» x"), "rtl");
        assert_eq!(dir("Putin قال"), "ltr");
    }
}
