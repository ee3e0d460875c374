//! Markdown a paper can use, as pandoc reads it: the HTML and the Word document come out
//! right-to-left in the articles' language, each passage's ¶ and tags line is inside its
//! right-to-left block, a quote over two paragraphs stays two paragraphs, a note that looks like
//! a list or an indented block stays text, and the citation gives the source's own day.

use std::path::Path;
use std::process::Command;

use crate::library::{hamish_in, require, text};
use crate::positions_library::positions_library;

/// The library exported as Markdown and converted by pandoc with `args` to `name`.
fn pandoc(dir: &Path, args: &[&str], name: &str) -> Vec<u8> {
    let md = dir.join("out.md");
    if !md.exists() {
        let o = hamish_in(dir, &["export", ".", "-o", md.to_str().unwrap()]);
        assert!(o.status.success(), "{}", text(&o.stderr));
    }
    let out = dir.join(name);
    let o = Command::new("pandoc")
        .arg(&md)
        .args(args)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    std::fs::read(out).unwrap()
}

/// The `<div dir="rtl" …>` blocks of `html` (each up to its closing tag).
fn rtl_blocks(html: &str) -> Vec<&str> {
    html.split("<div dir=\"rtl\"")
        .skip(1)
        .map(|b| b.split("</div>").next().unwrap())
        .collect()
}

#[test]
#[cfg_attr(missing_pandoc, ignore = "needs pandoc (apt-get install pandoc)")]
fn pandoc_html_is_right_to_left_with_each_passage_whole_in_its_block() {
    require("pandoc", &["--version"], "pandoc");
    let dir = tempfile::tempdir().unwrap();
    positions_library(dir.path());
    let html = String::from_utf8(pandoc(dir.path(), &[], "out.html")).unwrap();
    let blocks = rtl_blocks(&html);
    let passages = blocks.iter().filter(|b| b.contains("<blockquote>"));
    assert_eq!(passages.clone().count(), 9, "{html}");
    assert!(
        passages.clone().all(|b| b.starts_with(" lang=\"ar\">")),
        "{html}"
    );
    let block = |quote: &str| {
        *blocks
            .iter()
            .find(|b| b.contains(quote))
            .unwrap_or_else(|| panic!("{quote} not in an rtl block: {html}"))
    };
    // Two paragraphs of a quote stay two paragraphs, the ¶ line inside the same block.
    let multi = block("أن البلدين لا يسعيان");
    assert!(
        multi.contains("<p>أن البلدين لا يسعيان إلى تحالف عسكري.</p>\n<p>وتبلغ قيمة التجارة</p>"),
        "{multi}"
    );
    assert!(multi.contains("<p>¶ 2 · #اقتصاد #تحالف</p>"), "{multi}");
    assert!(block("فلاديمير بوتين").contains("¶ 1 · #روسيا"));
    assert!(block("تراجع الروبل").contains("¶ 1 · #اقتصاد #روسيا"));
    // An orphan: its tags and state, no ¶.
    let orphan = block("جملة حذفت");
    assert!(orphan.contains("orphaned") && orphan.contains("#سياسة") && !orphan.contains('¶'));
    // A note of several lines keeps them, and none becomes a list or a code block.
    for line in [
        "<p>a) أولا</p>",
        "<p>(1) ثانيا</p>",
        "<p>i. ثالثا</p>",
        "سطر مزاح</p>",
    ] {
        assert!(html.contains(line), "{line} in {html}");
    }
    assert!(!html.contains("<ol") && !html.contains("<ul") && !html.contains("<pre"));
    // The source's own day: published 2025-03-03T00:30:00+03:00 is 3 March, not 2 March.
    assert!(
        html.contains("2025-03-03") && !html.contains("2025-03-02"),
        "{html}"
    );
    let standalone = String::from_utf8(pandoc(dir.path(), &["-s"], "s.html")).unwrap();
    let root = standalone
        .split("<html")
        .nth(1)
        .unwrap()
        .split('>')
        .next()
        .unwrap();
    assert!(
        root.contains("lang=\"ar\"") && root.contains("dir=\"rtl\""),
        "{root}"
    );
}

#[test]
#[cfg_attr(missing_pandoc, ignore = "needs pandoc (apt-get install pandoc)")]
fn pandoc_word_document_is_right_to_left() {
    require("pandoc", &["--version"], "pandoc");
    let dir = tempfile::tempdir().unwrap();
    positions_library(dir.path());
    let docx = pandoc(dir.path(), &[], "out.docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let paragraphs = xml.matches("<w:p>").count() + xml.matches("<w:p ").count();
    let rtl = xml.matches("<w:bidi").count();
    assert!(
        rtl * 2 > paragraphs,
        "{rtl} of {paragraphs} paragraphs right-to-left"
    );
    assert!(
        xml.contains("w:bidi=\"ar\"") || xml.contains("<w:rtl"),
        "{xml}"
    );
}
