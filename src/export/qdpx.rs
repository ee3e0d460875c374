//! REFI-QDA project export (`.qdpx`, read by ATLAS.ti, MAXQDA, NVivo, QualCoder): a zip holding
//! `project.qde` (valid against the QDA-XML Project schema 1.0) and each article's text in
//! `sources/GUID.txt`. Each tag is a `Code` (coloured by the highlight colour most used with
//! it); each annotation with a position a `PlainTextSelection` (hamish's char offsets, which
//! slice its quote out of the source's text) with one `Coding` per tag and its note (and its
//! state when it needs review) as the `Description`. An annotation without a position (an
//! orphan, or one needing review whose candidate holds other words) codes nothing: it is a
//! `Note` (its state, quote, tags and note as plain text) that its source refers to.
//!
//! GUIDs are derived from names ([`super::guid`]) so the same library gives the same project;
//! an article's GUID from its name in the library, unique there, so two `x.txt` never clash,
//! and sources with the same title are told apart by that name.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

use super::collect::Collected;
use super::guid::guid;
use super::parallel::in_runs;
use super::row::{ExportArticle, Position, Row, State};

/// The zip bytes of `collected`.
pub fn render(collected: &Collected) -> std::io::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .last_modified_time(zip::DateTime::default());
    zip.start_file("project.qde", options)
        .map_err(std::io::Error::other)?;
    zip.write_all(project(collected).as_bytes())?;
    // The sources compressed on every core, each run into an archive of its own, whose entries
    // are then copied as they are (no second compression).
    for part in in_runs(&collected.articles, |run| sources(run, options)) {
        let mut archive =
            zip::ZipArchive::new(Cursor::new(part?)).map_err(std::io::Error::other)?;
        for i in 0..archive.len() {
            let entry = archive.by_index_raw(i).map_err(std::io::Error::other)?;
            zip.raw_copy_file(entry).map_err(std::io::Error::other)?;
        }
    }
    let cursor = zip.finish().map_err(std::io::Error::other)?;
    Ok(cursor.into_inner())
}

/// A zip of the `sources/GUID.txt` files of `articles`.
fn sources(articles: &[ExportArticle], options: SimpleFileOptions) -> std::io::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for article in articles {
        let name = format!("sources/{}.txt", guid("source", &article.file));
        zip.start_file(name, options)
            .map_err(std::io::Error::other)?;
        zip.write_all(article.text.as_bytes())?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}

/// The `project.qde` XML of `collected`.
pub fn project(collected: &Collected) -> String {
    let user = guid("user", "hamish");
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"hamish annotations\" origin=\"hamish\">\n",
    );
    let _ = writeln!(
        out,
        "  <Users>\n    <User guid=\"{user}\" name=\"hamish\"/>\n  </Users>"
    );
    let codes = code_colours(collected);
    if !codes.is_empty() {
        out.push_str("  <CodeBook>\n    <Codes>\n");
        for (tag, colour) in &codes {
            let _ = write!(
                out,
                "      <Code guid=\"{}\" name=\"{}\" isCodable=\"true\"",
                guid("code", tag),
                xml(tag)
            );
            if let Some(c) = colour {
                let _ = write!(out, " color=\"{c}\"");
            }
            out.push_str("/>\n");
        }
        out.push_str("    </Codes>\n  </CodeBook>\n");
    }
    if !collected.articles.is_empty() {
        out.push_str("  <Sources>\n");
        let names = source_names(collected);
        let pairs: Vec<(&ExportArticle, &String)> = collected.articles.iter().zip(&names).collect();
        // Written on every core, run by run, in order.
        for run in in_runs(&pairs, |run| {
            let mut text = String::new();
            for (article, name) in run {
                source(&mut text, article, name, &user);
            }
            text
        }) {
            out.push_str(&run);
        }
        out.push_str("  </Sources>\n");
    }
    notes(&mut out, collected, &user);
    out.push_str("</Project>\n");
    out
}

/// Each article's source name: its title, followed by its name in the library (unique there)
/// when another article has the same title, so that no two sources are named alike.
fn source_names(collected: &Collected) -> Vec<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &collected.articles {
        *count.entry(a.title.as_str()).or_default() += 1;
    }
    collected
        .articles
        .iter()
        .map(|a| match count[a.title.as_str()] {
            1 => a.title.clone(),
            _ => format!("{} ({})", a.title, a.file),
        })
        .collect()
}

fn source(out: &mut String, article: &ExportArticle, name: &str, user: &str) {
    let id = guid("source", &article.file);
    let _ = writeln!(
        out,
        "    <TextSource guid=\"{id}\" name=\"{}\" plainTextPath=\"internal://{id}.txt\" creatingUser=\"{user}\">",
        xml(name)
    );
    let mut cite: Vec<String> = article
        .meta
        .fields()
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    cite.push(format!("file: {}", article.file));
    let _ = writeln!(
        out,
        "      <Description>{}</Description>",
        xml(&cite.join("\n"))
    );
    for row in &article.rows {
        if let Some(at) = row.position {
            selection(out, article, row, at, user);
        }
    }
    for row in article.rows.iter().filter(|r| r.position.is_none()) {
        let _ = writeln!(
            out,
            "      <NoteRef targetGUID=\"{}\"/>",
            guid("note", &key(article, row))
        );
    }
    out.push_str("    </TextSource>\n");
}

/// The name an annotation's GUIDs are derived from.
fn key(article: &ExportArticle, row: &Row) -> String {
    format!("{}/{}", article.file, row.annotation.id)
}

/// A `Note` for each annotation without a position: what it says, since it selects nothing.
fn notes(out: &mut String, collected: &Collected, user: &str) {
    let mut any = false;
    for article in &collected.articles {
        for row in article.rows.iter().filter(|r| r.position.is_none()) {
            if !any {
                out.push_str("  <Notes>\n");
                any = true;
            }
            let a = &row.annotation;
            let mut text = format!("[hamish: {}] «{}»", row.state.name(), a.exact);
            if !a.tags.is_empty() {
                let _ = write!(text, "\ntags: {}", a.tags.join("; "));
            }
            if !a.note.is_empty() {
                let _ = write!(text, "\nnote: {}", a.note);
            }
            let name: String = a.exact.chars().take(60).collect();
            let _ = writeln!(
                out,
                "    <Note guid=\"{}\" name=\"{}\" creatingUser=\"{user}\">\n      <PlainTextContent>{}</PlainTextContent>\n    </Note>",
                guid("note", &key(article, row)),
                xml(&name),
                xml(&text)
            );
        }
    }
    if any {
        out.push_str("  </Notes>\n");
    }
}

fn selection(out: &mut String, article: &ExportArticle, row: &Row, at: Position, user: &str) {
    let a = &row.annotation;
    let key = key(article, row);
    let name: String = a.exact.chars().take(60).collect();
    let (start, end) = (at.start, at.end);
    let _ = write!(
        out,
        "      <PlainTextSelection guid=\"{}\" name=\"{}\" startPosition=\"{start}\" endPosition=\"{end}\" creatingUser=\"{user}\"",
        guid("selection", &key),
        xml(&name)
    );
    if let Some(t) = a.created {
        let _ = write!(out, " creationDateTime=\"{t}\"");
    }
    if let Some(t) = a.updated {
        let _ = write!(out, " modifiedDateTime=\"{t}\"");
    }
    out.push_str(">\n");
    let mut description = a.note.clone();
    if matches!(row.state, State::NeedsReview | State::Orphaned) {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        let _ = write!(description, "[hamish: {}]", row.state.name());
    }
    if !description.is_empty() {
        let _ = writeln!(
            out,
            "        <Description>{}</Description>",
            xml(&description)
        );
    }
    for tag in &a.tags {
        let _ = writeln!(
            out,
            "        <Coding guid=\"{}\" creatingUser=\"{user}\">\n          <CodeRef targetGUID=\"{}\"/>\n        </Coding>",
            guid("coding", &format!("{key}/{tag}")),
            guid("code", tag)
        );
    }
    out.push_str("      </PlainTextSelection>\n");
}

/// Every tag with the `#RRGGBB` of the highlight colour most used with it (ties: the first by
/// name), if that colour is one hamish knows.
fn code_colours(collected: &Collected) -> BTreeMap<String, Option<&'static str>> {
    let mut uses: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for row in collected.articles.iter().flat_map(|a| &a.rows) {
        for tag in &row.annotation.tags {
            *uses
                .entry(tag)
                .or_default()
                .entry(&row.annotation.color)
                .or_default() += 1;
        }
    }
    uses.into_iter()
        .map(|(tag, colours)| {
            let mut best: Vec<(&str, usize)> = colours.into_iter().collect();
            best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            (tag.to_owned(), best.first().and_then(|(c, _)| rgb(c)))
        })
        .collect()
}

/// The RGB of a highlight colour name ("" is the default, yellow).
fn rgb(name: &str) -> Option<&'static str> {
    Some(match name {
        "" | "yellow" => "#FFD75F",
        "green" => "#87D787",
        "blue" => "#87AFFF",
        "pink" => "#FFAFD7",
        "orange" => "#FFAF5F",
        "purple" => "#AF87FF",
        "red" => "#FF5F5F",
        _ => return None,
    })
}

/// Text escaped for XML content and attributes. Characters XML 1.0 cannot hold (most C0
/// controls, DEL and C1 are kept out too) become U+FFFD; line breaks in attributes stay
/// line breaks through `&#10;`.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            '\0'..='\x1f' | '\x7f'..='\u{9f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml_escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            super::xml("a<b>&\"'\n\x1b"),
            "a&lt;b&gt;&amp;&quot;&apos;&#10;\u{fffd}"
        );
    }
}
