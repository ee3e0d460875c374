//! Writing a sidecar: [`Sidecar`] → canonical TOML text.
//!
//! Fixed layout so that changes make small diffs: a header comment, `version`, unknown top-level
//! keys, `[article]`, then one `[[annotations]]` table per annotation in id order, each with the
//! known keys in a fixed order followed by unknown keys (written inline, which is valid wherever
//! they came from). Optional keys whose value is empty (`prefix`, `suffix`, `tags`, `color`,
//! `note`, `sha256`) are left out. Strings are written by [`super::escape`].

use std::fmt::Write as _;

use super::escape::{comment_safe, key, string, value};
use crate::annotate::model::{Annotation, Extra, Sidecar};

/// The canonical text of `sidecar`.
pub fn write(sidecar: &Sidecar) -> String {
    let mut out = String::with_capacity(256 + sidecar.annotations.len() * 512);
    out.push_str("# Annotations for ");
    out.push_str(&comment_safe(&sidecar.article.file));
    out.push_str(", written by hamish. Safe to edit by hand.\n");
    let _ = writeln!(out, "version = {}", sidecar.version);
    extra(&mut out, &sidecar.extra);

    out.push_str("\n[article]\n");
    key_string(&mut out, "file", &sidecar.article.file);
    optional_string(&mut out, "sha256", &sidecar.article.sha256);
    extra(&mut out, &super::article::to_table(&sidecar.article));

    for a in sidecar.annotations.values() {
        out.push('\n');
        out.push_str(&annotation_table(a));
    }
    out
}

/// One `[[annotations]]` table as written: the header, the known keys in a fixed order (empty
/// optional ones left out, as a person writing by hand would), then unknown keys.
pub(super) fn annotation_table(a: &Annotation) -> String {
    let mut out = String::from("[[annotations]]\n");
    key_string(&mut out, "id", a.id.as_str());
    let _ = writeln!(out, "start = {}", a.start);
    let _ = writeln!(out, "end = {}", a.end);
    key_string(&mut out, "exact", &a.exact);
    optional_string(&mut out, "prefix", &a.prefix);
    optional_string(&mut out, "suffix", &a.suffix);
    if !a.tags.is_empty() {
        out.push_str("tags = ");
        tags(&mut out, &a.tags);
        out.push('\n');
    }
    optional_string(&mut out, "color", &a.color);
    optional_string(&mut out, "note", &a.note);
    if let Some(t) = a.created {
        let _ = writeln!(out, "created = {t}");
    }
    if let Some(t) = a.updated {
        let _ = writeln!(out, "updated = {t}");
    }
    extra(&mut out, &a.extra);
    out
}

/// A list of tags as TOML.
pub(super) fn tags(out: &mut String, tags: &[String]) {
    out.push('[');
    for (i, t) in tags.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        string(out, t);
    }
    out.push(']');
}

fn extra(out: &mut String, extra: &Extra) {
    for (k, v) in extra {
        key(out, k);
        out.push_str(" = ");
        value(out, v);
        out.push('\n');
    }
}

fn key_string(out: &mut String, k: &str, value: &str) {
    out.push_str(k);
    out.push_str(" = ");
    string(out, value);
    out.push('\n');
}

/// A key whose empty value means the same as its absence: written only when not empty.
fn optional_string(out: &mut String, k: &str, value: &str) {
    if !value.is_empty() {
        key_string(out, k, value);
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;
    use crate::annotate::model::AnnotationId;
    use crate::annotate::time::Timestamp;

    fn sample() -> Sidecar {
        let mut s = Sidecar::new("000_634842d1e9bc2a25.txt");
        s.article.sha256 = "ab".repeat(32);
        let a = Annotation {
            id: AnnotationId::new("01JDCX3V8W2T5R0Q9Y7K4M6N1P").unwrap(),
            start: 269,
            end: 288,
            exact: "ليس تحالفاً عسكرياً".into(),
            prefix: "أكد أن هذا «".into(),
            suffix: "»، وفق وكالة".into(),
            tags: vec!["putin".into(), "quote".into()],
            color: "yellow".into(),
            note: "first line\n\"quoted\" \\ and \"\"\" too\n".into(),
            created: Timestamp::from_unix(1_795_341_600, 0),
            updated: Timestamp::from_unix(1_795_341_900, 0),
            extra: Extra::new(),
        };
        s.annotations.insert(a.id.clone(), a);
        s
    }

    #[test]
    fn writes_the_documented_layout() {
        let text = write(&sample());
        let expected = concat!(
            "# Annotations for 000_634842d1e9bc2a25.txt, written by hamish. Safe to edit by hand.\n",
            "version = 1\n",
            "\n[article]\n",
            "file = \"000_634842d1e9bc2a25.txt\"\n",
        );
        assert!(text.starts_with(expected), "{text}");
        assert!(text.contains("\n[[annotations]]\nid = \"01JDCX3V8W2T5R0Q9Y7K4M6N1P\"\nstart = 269\nend = 288\nexact = \"ليس تحالفاً عسكرياً\"\n"), "{text}");
        assert!(text.contains("tags = [\"putin\", \"quote\"]\ncolor = \"yellow\"\nnote = \"\"\"\nfirst line\n\\\"quoted\\\" \\\\ and \\\"\\\"\\\" too\n\"\"\"\ncreated = 2026-11-22T10:00:00Z\nupdated = 2026-11-22T10:05:00Z\n"), "{text}");
        assert_eq!(parse(&text).unwrap(), sample());
    }

    #[test]
    fn control_chars_and_odd_keys_survive() {
        let mut s = sample();
        let a = s.annotations.values_mut().next().unwrap();
        a.exact = "a\u{0}b\rc\u{7f}\u{1b}[31m\td\u{2028}".into();
        a.extra
            .insert("my key".into(), toml::Value::String("x\ny".into()));
        let mut sub = toml::Table::new();
        sub.insert("n".into(), toml::Value::Integer(-3));
        a.extra
            .insert("sub".into(), toml::Value::Table(sub.clone()));
        s.extra.insert(
            "zz".into(),
            toml::Value::Array(vec![toml::Value::Table(sub)]),
        );
        s.article.file = "evil\nname.txt".into();
        let text = write(&s);
        assert!(!text.contains('\u{1b}'));
        assert!(text.starts_with("# Annotations for evil\u{fffd}name.txt,"));
        assert_eq!(parse(&text).unwrap(), s);
    }
}
