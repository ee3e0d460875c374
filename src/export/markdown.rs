//! Markdown export (pandoc's Markdown) a paper can use: a YAML metadata header (`title`, `lang`,
//! `dir`) so that `pandoc export.md -o export.html` or `.docx` comes out in the articles'
//! direction and language; then one section per article, its heading and citation line (title,
//! source, author, the source's own day, url, file) in a fenced div of the title's direction
//! and the article's language; then each passage in a fenced div `dir="rtl"` (or `ltr`) holding
//! its quote as a block quote and, inside the same div, its `¶ · state · #tags` line; its note
//! after it in a div of the note's own direction.
//!
//! Quotes and notes keep their paragraphs: each line (an article's paragraph) is a paragraph.
//! Text from articles and sidecars is escaped so it stays text (no headings, lists, code blocks
//! or links made by a quote or a note), and control characters are shown as symbols. A passage
//! without a position (an orphan) has no ¶.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::collect::Collected;
use super::fields::visible;
use super::row::{ExportArticle, Row, State};
use crate::text::direction::first_strong;

/// The Markdown text of `collected`.
pub fn render(collected: &Collected) -> String {
    let langs: Vec<Option<String>> = collected.articles.iter().map(language).collect();
    let mut out = header(collected, &langs);
    for (article, lang) in collected.articles.iter().zip(&langs) {
        write_article(&mut out, article, lang.as_deref());
    }
    out
}

/// The YAML metadata block: the most common language and direction among the articles
/// (right-to-left when there are none).
fn header(collected: &Collected, langs: &[Option<String>]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for lang in langs.iter().flatten() {
        *counts.entry(lang).or_default() += 1;
    }
    let lang = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(l, _)| *l);
    let rtl = collected
        .articles
        .iter()
        .filter(|a| dir(&a.title) == "rtl")
        .count();
    let dir = if rtl * 2 >= collected.articles.len() {
        "rtl"
    } else {
        "ltr"
    };
    let mut out = String::from("---\ntitle: Annotations\n");
    if let Some(l) = lang {
        let _ = writeln!(out, "lang: {l}");
    }
    let _ = writeln!(out, "dir: {dir}\n---");
    out
}

fn write_article(out: &mut String, article: &ExportArticle, lang: Option<&str>) {
    let lang_attr = lang.map(|l| format!(" lang=\"{l}\"")).unwrap_or_default();
    let _ = write!(
        out,
        "\n::: {{dir=\"{}\"{lang_attr}}}\n## {}\n\n",
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
    if let Some(d) = article.meta.published_day() {
        cite.push(inline(d));
    }
    if let Some(u) = &article.meta.url {
        cite.push(format!("<{}>", u.replace(['<', '>', ' '], "")));
    }
    cite.push(format!("`{}`", article.file.replace('`', "'")));
    let _ = writeln!(out, "{}\n:::", visible(&cite.join(" · ")));
    for row in &article.rows {
        write_row(out, row, &lang_attr);
    }
}

fn write_row(out: &mut String, row: &Row, lang_attr: &str) {
    let a = &row.annotation;
    let _ = write!(out, "\n::: {{dir=\"{}\"{lang_attr}}}\n", dir(&a.exact));
    for (i, line) in paragraphs(&a.exact).enumerate() {
        if i > 0 {
            out.push_str(">\n");
        }
        let _ = writeln!(out, "> {line}");
    }
    let mut about = Vec::new();
    if let Some(at) = row.position {
        about.push(at.paragraph.map_or("title".into(), |p| format!("¶ {p}")));
    }
    if row.state != State::Anchored && row.state != State::Moved {
        about.push(format!("**{}**", row.state.name()));
    }
    if !a.tags.is_empty() {
        let tags: Vec<String> = a.tags.iter().map(|t| format!("#{}", inline(t))).collect();
        about.push(tags.join(" "));
    }
    if !about.is_empty() {
        let _ = writeln!(out, "\n{}", visible(&about.join(" · ")));
    }
    out.push_str(":::\n");
    if !a.note.trim().is_empty() {
        let _ = write!(out, "\n::: {{dir=\"{}\"}}\n", dir(&a.note));
        for (i, line) in paragraphs(&a.note).enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let _ = writeln!(out, "{line}");
        }
        out.push_str(":::\n");
    }
}

/// The non-blank lines of `text` (split at every line ending), each made a literal Markdown
/// paragraph ([`block`]).
fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(['\n', '\r'])
        .filter(|l| !l.trim().is_empty())
        .map(block)
}

/// `rtl` when the text's first strong character is right-to-left.
fn dir(text: &str) -> &'static str {
    match first_strong(text) {
        Some(d) if d.is_rtl() => "rtl",
        _ => "ltr",
    }
}

/// The article's language: its metadata's, else guessed from the letters of its text.
fn language(article: &ExportArticle) -> Option<String> {
    let known = article.meta.language.as_deref().map(|l| {
        l.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
    });
    known
        .filter(|l| !l.is_empty())
        .or_else(|| guess_language(&article.text).map(str::to_owned))
        .or_else(|| guess_language(&article.title).map(str::to_owned))
}

/// A language from the letters of `text` (its first few thousand): Hebrew, Urdu or Persian
/// when their own letters are there, else Arabic for Arabic script; `None` for other scripts.
fn guess_language(text: &str) -> Option<&'static str> {
    let (mut arabic, mut persian, mut urdu, mut hebrew, mut latin) = (0, 0, 0, 0, 0);
    for c in text.chars().take(2000) {
        match c {
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' | 'ھ' => urdu += 1,
            'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => persian += 1,
            '\u{0590}'..='\u{05ff}' => hebrew += 1,
            c if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
        if matches!(c, '\u{0600}'..='\u{06ff}') {
            arabic += 1;
        }
    }
    let script = arabic.max(hebrew).max(latin);
    if script == 0 || script == latin {
        None
    } else if hebrew > arabic {
        Some("he")
    } else if urdu * 100 >= arabic {
        Some("ur")
    } else if persian * 100 >= arabic {
        Some("fa")
    } else {
        Some("ar")
    }
}

/// One line of text made a literal paragraph: Markdown punctuation backslash-escaped (see
/// [`inline`]); a start that pandoc would read as a list marker (`12.`, `a)`, `iv.`, `(1)`)
/// escaped; leading blanks, which would make a code block, kept as no-break spaces; control
/// characters made visible.
fn block(line: &str) -> String {
    let line = line.trim_end();
    let body = line.trim_start();
    let indent: String = line[..line.len() - body.len()]
        .chars()
        .map(|c| {
            if c == '\t' {
                "\u{a0}\u{a0}\u{a0}\u{a0}"
            } else {
                "\u{a0}"
            }
        })
        .collect();
    let body = inline(body);
    let word = body.chars().take_while(char::is_ascii_alphanumeric).count();
    let escaped = if body.starts_with('(') {
        format!("\\{body}")
    } else if word > 0 && body[word..].starts_with(['.', ')']) {
        format!("{}\\{}", &body[..word], &body[word..])
    } else {
        body
    };
    indent + &escaped
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
        assert_eq!(block("a) x"), "a\\) x");
        assert_eq!(block("iv. x"), "iv\\. x");
        assert_eq!(block("(1) x"), "\\(1) x");
        assert_eq!(block("    code?"), "\u{a0}\u{a0}\u{a0}\u{a0}code?");
        assert_eq!(block("Putin said"), "Putin said");
        assert_eq!(inline("a\x1b[31m"), "a␛\\[31m");
        assert_eq!(dir("  «قال» x"), "rtl");
        assert_eq!(dir("Putin قال"), "ltr");
    }

    #[test]
    fn languages_from_their_own_letters() {
        assert_eq!(guess_language("قال الرئيس إن المحادثات"), Some("ar"));
        assert_eq!(guess_language("رئیس‌جمهور گفت که این کشور"), Some("fa"));
        assert_eq!(guess_language("وزیر اعظم نے کہا کہ پاکستان"), Some("ur"));
        assert_eq!(guess_language("ראש הממשלה אמר"), Some("he"));
        assert_eq!(guess_language("The president said"), None);
    }
}
