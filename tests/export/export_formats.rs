//! Every export format on the fixed annotated library (tests/export/library.rs): a golden file
//! (insta snapshot) of each, and each read back by an independent reader, as `hamish export`
//! writes it: CSV by Python's csv module, JSON Lines by Python's json, W3C by the working
//! group's assertions (check-w3c-annotations.py), the REFI-QDA project unzipped and validated by
//! xmllint against the schema, Markdown converted by pandoc with every quote in a right-to-left
//! block. A missing tool skips its check with a note, unless `CI` is set.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::library::{fixed_library, hamish_in, refi_qda_schema, require, text, w3c_checker};
use hamish::export::{collect, qdpx, render, Collected, Filter, Format, State};

fn library() -> (tempfile::TempDir, Collected) {
    let dir = tempfile::tempdir().unwrap();
    fixed_library(dir.path());
    let collected = collect(&[dir.path().to_path_buf()], &Filter::default());
    assert!(collected.skipped.is_empty(), "{:?}", collected.skipped);
    (dir, collected)
}

fn export(dir: &Path, format: &str) -> PathBuf {
    let out = dir.join(format!("out.{format}"));
    let o = hamish_in(
        dir,
        &[
            "export",
            ".",
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    out
}

fn python(script: &str, file: &Path) -> String {
    let o = Command::new("python3")
        .args(["-c", script])
        .arg(file)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    text(&o.stdout)
}

#[test]
fn the_library_has_every_state_and_the_rows_are_in_reading_order() {
    let (_dir, c) = library();
    let states: Vec<State> = c
        .articles
        .iter()
        .flat_map(|a| &a.rows)
        .map(|r| r.state)
        .collect();
    assert_eq!(c.row_count(), 7);
    assert!(states.contains(&State::Orphaned), "{states:?}");
    assert!(states.contains(&State::NeedsReview), "{states:?}");
    for a in &c.articles {
        let shown: Vec<usize> = a
            .rows
            .iter()
            .filter(|r| r.state != State::Orphaned)
            .map(|r| r.start)
            .collect();
        assert!(shown.is_sorted(), "{shown:?}");
    }
    let f = |tags: &[&str], any| Filter {
        tags: tags.iter().map(|t| t.to_string()).collect(),
        any,
        states: Default::default(),
    };
    let dir = [_dir.path().to_path_buf()];
    assert_eq!(collect(&dir, &f(&["سياسة", "روسيا"], false)).row_count(), 1);
    assert_eq!(collect(&dir, &f(&["الصين", "روسيا"], true)).row_count(), 4);
    let orphans = Filter {
        states: [State::Orphaned].into(),
        ..Filter::default()
    };
    assert_eq!(collect(&dir, &orphans).row_count(), 1);
}

#[test]
fn golden_markdown_csv_jsonl_w3c_and_qde() {
    let (_dir, c) = library();
    let text_of = |f| String::from_utf8(render(f, &c).unwrap()).unwrap();
    insta::assert_snapshot!("export_md", text_of(Format::Markdown));
    insta::assert_snapshot!("export_csv", text_of(Format::Csv));
    insta::assert_snapshot!("export_jsonl", text_of(Format::Jsonl));
    insta::assert_snapshot!("export_w3c", text_of(Format::W3c));
    insta::assert_snapshot!("export_qde", qdpx::project(&c));
}

#[test]
#[cfg_attr(missing_python3, ignore = "needs python3 (apt-get install python3)")]
fn csv_is_read_back_by_pythons_csv_module() {
    require("python3", &["--version"], "python3");
    let (dir, c) = library();
    let out = export(dir.path(), "csv");
    let bytes = std::fs::read(&out).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a BOM for spreadsheets"
    );
    let script = "import csv,sys,json\n\
        rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n\
        print(json.dumps(rows))";
    let rows: Vec<Vec<String>> = serde_json::from_str(&python(script, &out)).unwrap();
    assert_eq!(rows[0][..3], ["file", "title", "source"]);
    assert_eq!(rows.len(), 1 + c.row_count());
    let quote = rows[0].iter().position(|h| h == "quote").unwrap();
    let state = rows[0].iter().position(|h| h == "state").unwrap();
    let expected: Vec<&str> = c
        .articles
        .iter()
        .flat_map(|a| &a.rows)
        .map(|r| r.annotation.exact.as_str())
        .collect();
    let got: Vec<&str> = rows[1..].iter().map(|r| r[quote].as_str()).collect();
    assert_eq!(got, expected);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    assert!(
        rows.iter().any(|r| r[state] == "orphaned")
            && rows.iter().any(|r| r[state] == "needs-review")
    );
    assert!(
        !text(&bytes).contains('\x1b'),
        "escape sequences shown as symbols"
    );
}

#[test]
#[cfg_attr(missing_python3, ignore = "needs python3 (apt-get install python3)")]
fn json_lines_are_read_back_by_pythons_json_module() {
    require("python3", &["--version"], "python3");
    let (dir, c) = library();
    let out = export(dir.path(), "jsonl");
    let script = "import sys,json\n\
        objs=[json.loads(l) for l in open(sys.argv[1],encoding='utf-8')]\n\
        print(json.dumps([[o['quote'],o['tags'],o['state'],o['note']] for o in objs]))";
    let got: Vec<(String, Vec<String>, String, String)> =
        serde_json::from_str(&python(script, &out)).unwrap();
    assert_eq!(got.len(), c.row_count());
    let first = &c.articles[0].rows[0].annotation;
    assert_eq!(got[0].0, first.exact);
    assert_eq!(got[0].1, first.tags);
    assert!(
        got.iter().any(|g| g.3 == "Said on TV\x1b[31m"),
        "the note is kept exactly, escaped"
    );
}

#[test]
#[cfg_attr(
    missing_jsonschema,
    ignore = "needs python3 with jsonschema (apt-get install python3-jsonschema)"
)]
fn w3c_passes_the_working_groups_must_assertions() {
    let checker = w3c_checker();
    require(
        "python3",
        &["-c", "import jsonschema"],
        "python3-jsonschema",
    );
    let (dir, c) = library();
    let out = export(dir.path(), "w3c");
    let o = Command::new("python3")
        .arg(&checker)
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
    assert!(
        text(&o.stdout).contains(&format!("{} annotations", c.row_count())),
        "{}",
        text(&o.stdout)
    );
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let items = doc["first"]["items"].as_array().unwrap();
    let note = items
        .iter()
        .flat_map(|i| i["body"].as_array().into_iter().flatten())
        .find(|b| b["value"] == "نفي التحالف")
        .unwrap();
    assert_eq!(note["purpose"], "commenting");
    assert_eq!(note["textDirection"], "rtl");
    assert!(items
        .iter()
        .flat_map(|i| i["body"].as_array().into_iter().flatten())
        .any(|b| b["purpose"] == "tagging" && b["value"] == "روسيا"));
}

#[test]
#[cfg_attr(
    missing_xmllint,
    ignore = "needs xmllint (apt-get install libxml2-utils)"
)]
fn qdpx_unzips_and_its_project_validates_against_the_refi_qda_schema() {
    let schema = refi_qda_schema();
    require("xmllint", &["--version"], "libxml2-utils");
    let (dir, c) = library();
    let out = export(dir.path(), "qdpx");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let unpacked = dir.path().join("unpacked");
    zip.extract(&unpacked).unwrap();
    let qde = unpacked.join("project.qde");
    let o = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(&qde)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let project = std::fs::read_to_string(&qde).unwrap();
    let placed = c.articles.iter().flat_map(|a| &a.rows);
    assert_eq!(
        project.matches("<PlainTextSelection ").count(),
        placed.filter(|r| r.position.is_some()).count()
    );
    assert_eq!(project.matches("<TextSource ").count(), 3);
    // Each source's text is the article, so the char offsets select the quote.
    for article in &c.articles {
        let id = hamish::export::guid::guid("source", &article.file);
        let source = std::fs::read_to_string(unpacked.join(format!("sources/{id}.txt"))).unwrap();
        assert_eq!(source, *article.text);
        let row = article
            .rows
            .iter()
            .find(|r| r.state == State::Anchored)
            .unwrap();
        let picked: String = source
            .chars()
            .skip(row.start)
            .take(row.end - row.start)
            .collect();
        assert_eq!(picked, row.annotation.exact);
    }
}

#[test]
#[cfg_attr(missing_pandoc, ignore = "needs pandoc (apt-get install pandoc)")]
fn markdown_through_pandoc_puts_every_quote_in_a_right_to_left_block() {
    require("pandoc", &["--version"], "pandoc");
    let (dir, c) = library();
    let out = export(dir.path(), "md");
    let html = dir.path().join("out.html");
    let o = Command::new("pandoc")
        .arg(&out)
        .arg("-o")
        .arg(&html)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let html = std::fs::read_to_string(&html).unwrap();
    let blocks: Vec<&str> = html
        .split("<div dir=\"rtl\"")
        .skip(1)
        .map(|b| b.split("</div>").next().unwrap())
        .collect();
    for row in c.articles.iter().flat_map(|a| &a.rows) {
        let quote = row.annotation.exact.replace('\n', " ");
        assert!(
            blocks
                .iter()
                .any(|b| b.contains("<blockquote>") && b.contains(quote.trim())),
            "{quote} not in an rtl block"
        );
    }
    assert!(!html.contains("<ol"), "a note starting '1.' stays text");
    assert!(html.contains("needs-review") && html.contains("orphaned"));
    let docx = dir.path().join("out.docx");
    let o = Command::new("pandoc")
        .arg(&out)
        .arg("-o")
        .arg(&docx)
        .output()
        .unwrap();
    assert!(o.status.success() && docx.exists(), "{}", text(&o.stderr));
}
