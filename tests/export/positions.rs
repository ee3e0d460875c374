//! Positions that are true, in every format, read back by an independent reader: each exported
//! position slices the exported quote out of the article as it is now (Python slices the
//! article file itself), each ¶ is the paragraph a reader sees after the title (Python counts
//! the lines itself), an orphan keeps its quote, tags and note but has no position, a passage
//! needing review says so. And `--state` repeats.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::library::{hamish_in, refi_qda_schema, require, text, w3c_checker};
use crate::positions_library::{positions_library, FIRST, LIST_NOTE};

fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    positions_library(dir.path());
    dir
}

fn export(dir: &Path, format: &str, extra: &[&str]) -> PathBuf {
    let out = dir.join(format!("out.{format}"));
    let mut args = vec![
        "export",
        ".",
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    let o = hamish_in(dir, &args);
    assert!(o.status.success(), "{}", text(&o.stderr));
    out
}

/// Runs a Python script with `args`; its standard output parsed as JSON.
fn python(script: &str, args: &[&Path]) -> Value {
    let o = Command::new("python3")
        .args(["-c", script])
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// Python: each article's text (by file name, in the folder `sys.argv[2]`), the slice of a
/// position, and the ¶ a reader sees: non-blank lines after the title line, counted from 1.
const ARTICLE_PY: &str = r#"
import sys, os, json, csv
def article(name):
    return open(os.path.join(sys.argv[2], os.path.basename(name)), encoding='utf-8-sig', newline='').read()
def paragraph(text, start, quote):
    at = start + len(quote) - len(quote.lstrip())
    lines, pos, line = text.split('\n'), 0, None
    for i, l in enumerate(lines):
        if at <= pos + len(l):
            line = i
            break
        pos += len(l) + 1
    shown = [i for i, l in enumerate(lines) if l.strip()]
    if line == shown[0]:
        return None
    return sum(1 for i in shown[1:] if i <= line)
def check(file, start, end, quote):
    if start is None:
        return None, None
    text = article(file)
    return text[start:end], paragraph(text, start, quote)
"#;

/// The rows as Python read them, with what Python found at each position.
fn read_back(format: &str) -> (tempfile::TempDir, Vec<Value>) {
    let dir = library();
    let out = export(dir.path(), format, &[]);
    let read = match format {
        "csv" => {
            "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n\
             num = lambda v: int(v) if v != '' else None\n\
             for r in rows:\n    r['tags'] = r['tags'].split('; ') if r['tags'] else []\n    \
             for k in ('start', 'end', 'paragraph'):\n        r[k] = num(r[k])\n"
        }
        _ => "rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]\n",
    };
    let script = format!(
        "{ARTICLE_PY}{read}\
         for r in rows:\n    r['sliced'], r['counted'] = check(r['file'], r['start'], r['end'], r['quote'])\n\
         print(json.dumps(rows))"
    );
    let rows = python(&script, &[&out, dir.path()]);
    (dir, rows.as_array().unwrap().clone())
}

/// Every position slices its quote, every ¶ is the one a reader sees, orphans have none.
fn assert_true_positions(rows: &[Value]) {
    assert_eq!(rows.len(), 9, "{rows:?}");
    let states: BTreeSet<&str> = rows.iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(
        states,
        BTreeSet::from(["anchored", "moved", "needs-review", "orphaned"])
    );
    for r in rows {
        let id = &r["id"];
        if r["start"].is_null() {
            assert!(r["end"].is_null() && r["paragraph"].is_null(), "{r}");
            assert!(r["state"] != "anchored" && r["state"] != "moved", "{r}");
        } else {
            assert_eq!(
                r["sliced"], r["quote"],
                "{id}: the position holds the quote"
            );
            assert_eq!(r["paragraph"], r["counted"], "{id}: the ¶ a reader sees");
        }
    }
    let by_id = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap();
    let orphan = by_id("orphan");
    assert_eq!(orphan["state"], "orphaned");
    assert!(orphan["start"].is_null(), "an orphan has no position");
    assert_eq!(orphan["quote"], "جملة حذفت من المقال تماما ولم تعد");
    assert_eq!(orphan["tags"], serde_json::json!(["سياسة"]));
    assert_eq!(orphan["note"], "كان هنا");
    // Needing review: at its candidate when that holds its words, else without a position.
    assert_eq!(by_id("unsure")["state"], "needs-review");
    assert_eq!(by_id("unsure")["paragraph"], 4);
    assert_eq!(by_id("review")["state"], "needs-review");
    assert!(by_id("review")["start"].is_null());
    assert_eq!(by_id("moved")["state"], "moved");
    assert_eq!(by_id("multi")["paragraph"], 2);
    assert_eq!(by_id("multi")["note"], LIST_NOTE);
    assert!(by_id("title")["paragraph"].is_null(), "the title has no ¶");
    assert!(!by_id("title")["start"].is_null());
    assert_eq!(by_id("rouble")["paragraph"], 1);
    assert_eq!(
        by_id("anchored")["published"],
        "2025-03-03T00:30:00+03:00",
        "the date as the source gave it"
    );
}

#[test]
#[cfg_attr(missing_python3, ignore = "needs python3 (apt-get install python3)")]
fn csv_positions_slice_their_quotes_and_orphans_have_none() {
    require("python3", &["--version"], "python3");
    let (_dir, rows) = read_back("csv");
    assert_true_positions(&rows);
}

#[test]
#[cfg_attr(missing_python3, ignore = "needs python3 (apt-get install python3)")]
fn json_lines_positions_slice_their_quotes_and_orphans_have_none() {
    require("python3", &["--version"], "python3");
    let (_dir, rows) = read_back("jsonl");
    assert_true_positions(&rows);
}

#[test]
fn state_repeats_and_keeps_any_of_the_states_given() {
    let dir = library();
    let out = export(
        dir.path(),
        "jsonl",
        &["--state", "anchored", "--state", "moved"],
    );
    let states: Vec<String> = std::fs::read_to_string(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["state"].to_string())
        .collect();
    assert_eq!(states.len(), 6, "{states:?}");
    assert!(states
        .iter()
        .all(|s| s == "\"anchored\"" || s == "\"moved\""));
    assert!(states.contains(&"\"moved\"".to_string()));
}

#[test]
#[cfg_attr(
    missing_jsonschema,
    ignore = "needs python3 with jsonschema (apt-get install python3-jsonschema)"
)]
fn w3c_has_a_position_selector_only_where_it_slices_the_quote() {
    let checker = w3c_checker();
    require(
        "python3",
        &["-c", "import jsonschema"],
        "python3-jsonschema",
    );
    let dir = library();
    let out = export(dir.path(), "w3c", &[]);
    let o = Command::new("python3")
        .arg(&checker)
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
    let script = format!(
        "{ARTICLE_PY}\
         doc = json.load(open(sys.argv[1], encoding='utf-8'))\n\
         files = {{'https://example.com/first': 'first.txt', 'https://example.com/second': 'second.txt'}}\n\
         out = []\n\
         for a in doc['first']['items']:\n    \
           sel = {{s['type']: s for s in a['target']['selector']}}\n    \
           quote = sel['TextQuoteSelector']['exact']\n    \
           pos = sel.get('TextPositionSelector')\n    \
           sliced = article(files[a['target']['source']])[pos['start']:pos['end']] if pos else None\n    \
           states = [b['value'].split(':')[0] for b in a.get('body', []) if b['purpose'] == 'assessing']\n    \
           out.append([quote, sliced, states])\n\
         print(json.dumps(out))"
    );
    let items = python(&script, &[&out, dir.path()]);
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 9);
    for item in items {
        let (quote, sliced, states) = (&item[0], &item[1], &item[2]);
        if states == &serde_json::json!(["orphaned"]) {
            assert!(sliced.is_null(), "an orphan has no TextPositionSelector");
        } else if !sliced.is_null() {
            assert_eq!(sliced, quote);
        } else {
            assert_eq!(states, &serde_json::json!(["needs-review"]), "{item}");
        }
    }
    let positioned = items.iter().filter(|i| !i[1].is_null()).count();
    assert_eq!(positioned, 7);
}

#[test]
#[cfg_attr(
    any(missing_xmllint, missing_python3),
    ignore = "needs xmllint and python3 (apt-get install libxml2-utils python3)"
)]
fn qdpx_selections_slice_their_quotes_and_orphans_code_nothing() {
    let schema = refi_qda_schema();
    require("xmllint", &["--version"], "libxml2-utils");
    require("python3", &["--version"], "python3");
    let dir = library();
    let out = export(dir.path(), "qdpx", &[]);
    let unpacked = dir.path().join("unpacked");
    zip::ZipArchive::new(std::fs::File::open(&out).unwrap())
        .unwrap()
        .extract(&unpacked)
        .unwrap();
    let o = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(&schema)
        .arg(unpacked.join("project.qde"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let script = "import sys, json, zipfile, xml.etree.ElementTree as ET\n\
        z = zipfile.ZipFile(sys.argv[1])\n\
        ns = {'q': 'urn:QDA-XML:project:1.0'}\n\
        root = ET.fromstring(z.read('project.qde'))\n\
        sel, notes = [], [n.find('q:PlainTextContent', ns).text for n in root.iterfind('q:Notes/q:Note', ns)]\n\
        for s in root.iterfind('q:Sources/q:TextSource', ns):\n    \
          text = z.read('sources/' + s.get('plainTextPath').split('//')[1]).decode('utf-8')\n    \
          for p in s.iterfind('q:PlainTextSelection', ns):\n        \
            a, b = int(p.get('startPosition')), int(p.get('endPosition'))\n        \
            sel.append([text[a:b], p.get('name'), len(p.findall('q:Coding', ns))])\n\
        print(json.dumps([sel, notes]))";
    let got = python(script, &[&out]);
    let (selections, notes) = (got[0].as_array().unwrap(), got[1].as_array().unwrap());
    assert_eq!(selections.len(), 7, "{selections:?}");
    for s in selections {
        let (sliced, name) = (s[0].as_str().unwrap(), s[1].as_str().unwrap());
        assert!(sliced.starts_with(name), "{sliced} does not start {name}");
        assert!(FIRST.contains(sliced) || sliced.contains("الروبل") || sliced == "سعر الفائدة");
        assert!(s[2].as_u64().unwrap() >= 1, "coded under its tags");
    }
    assert!(!selections
        .iter()
        .any(|s| s[1].as_str().unwrap().starts_with("جملة حذفت")));
    assert_eq!(
        notes.len(),
        2,
        "the orphan and the reworded passage: {notes:?}"
    );
    let orphan = notes[1].as_str().unwrap();
    assert!(
        orphan.contains("[hamish: orphaned]")
            && orphan.contains("جملة حذفت من المقال تماما ولم تعد")
            && orphan.contains("سياسة")
            && orphan.contains("كان هنا"),
        "{orphan}"
    );
}
