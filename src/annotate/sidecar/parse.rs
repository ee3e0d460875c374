//! Reading a sidecar: TOML text → [`Sidecar`], with the line and column of anything wrong.
//!
//! Accepts what a person may reasonably write by hand: a missing `version` means 1, a date-time
//! without offset is UTC, tags in any order (they are normalised), optional keys may be left out.
//! Rejects what would make hamish guess: wrong types, missing `id`/`start`/`end`/`exact`,
//! `start > end`, duplicate ids, a newer `version`. Keys it does not know are kept.

use toml::de::{DeTable, DeValue};
use toml::{Spanned, Value};

use super::ParseError;
use crate::annotate::model::{
    normalize_tags, Annotation, AnnotationId, ArticleInfo, Extra, Sidecar, FORMAT_VERSION,
};
use crate::annotate::time::Timestamp;

/// Parses sidecar bytes: UTF-8 (a leading BOM is allowed) holding TOML in the sidecar format.
pub fn parse_bytes(bytes: &[u8]) -> Result<Sidecar, ParseError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            let mut err = ParseError::at(valid, valid.len(), "");
            err.message = "the file is not valid UTF-8 (save it as UTF-8)".into();
            Err(err)
        }
    }
}

/// Parses sidecar text.
pub fn parse(text: &str) -> Result<Sidecar, ParseError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = DeTable::parse(body).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        ParseError::at(body, at, first_line(e.message()))
    })?;
    Reader { text: body }.sidecar(doc.get_ref())
}

/// toml's messages may span lines; the first says what is wrong.
fn first_line(message: &str) -> String {
    message
        .trim()
        .lines()
        .next()
        .unwrap_or("invalid TOML")
        .to_owned()
}

struct Reader<'t> {
    text: &'t str,
}

type Item<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    fn error(&self, at: &Item<'_>, message: impl Into<String>) -> ParseError {
        ParseError::at(self.text, at.span().start, message)
    }

    fn sidecar(&self, doc: &DeTable<'_>) -> Result<Sidecar, ParseError> {
        let mut sidecar = Sidecar::new("");
        for (key, value) in doc.iter() {
            match key.get_ref().as_ref() {
                "version" => {
                    let v = self.integer(value, "version")?;
                    if v != FORMAT_VERSION {
                        return Err(self.error(
                            value,
                            format!(
                                "version {v} is not one this hamish reads (it reads version \
                                 {FORMAT_VERSION}); a newer hamish wrote this file"
                            ),
                        ));
                    }
                }
                "article" => sidecar.article = self.article(value)?,
                "annotations" => {
                    let DeValue::Array(items) = value.get_ref() else {
                        return Err(self.error(
                            value,
                            "`annotations` must be a list of [[annotations]] tables",
                        ));
                    };
                    for item in items.iter() {
                        let a = self.annotation(item)?;
                        let id = a.id.clone();
                        if sidecar.annotations.insert(id.clone(), a).is_some() {
                            return Err(self.error(
                                item,
                                format!(
                                    "a second annotation with id \"{id}\": give one of them a \
                                     new id or delete it"
                                ),
                            ));
                        }
                    }
                }
                _ => self.keep(&mut sidecar.extra, key, value)?,
            }
        }
        Ok(sidecar)
    }

    fn article(&self, value: &Item<'_>) -> Result<ArticleInfo, ParseError> {
        let table = self.table(value, "[article]")?;
        let (mut file, mut sha256, mut rest) = (String::new(), String::new(), Extra::new());
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "file" => file = self.string(value, "file")?,
                "sha256" => sha256 = self.string(value, "sha256")?,
                _ => self.keep(&mut rest, key, value)?,
            }
        }
        Ok(super::article::from_table(file, sha256, rest))
    }

    fn annotation(&self, item: &Item<'_>) -> Result<Annotation, ParseError> {
        let table = self.table(item, "each [[annotations]] entry")?;
        let mut id = None;
        let (mut start, mut end, mut exact) = (None, None, None);
        let mut a = blank();
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "id" => {
                    let s = self.string(value, "id")?;
                    id = Some(
                        AnnotationId::new(s)
                            .ok_or_else(|| self.error(value, "`id` must not be empty"))?,
                    );
                }
                "start" => start = Some(self.offset(value, "start")?),
                "end" => end = Some(self.offset(value, "end")?),
                "exact" => exact = Some(self.string(value, "exact")?),
                "prefix" => a.prefix = self.string(value, "prefix")?,
                "suffix" => a.suffix = self.string(value, "suffix")?,
                "tags" => a.tags = self.tags(value)?,
                "color" => a.color = self.string(value, "color")?,
                "note" => a.note = self.string(value, "note")?,
                "created" => a.created = Some(self.timestamp(value, "created")?),
                "updated" => a.updated = Some(self.timestamp(value, "updated")?),
                _ => self.keep(&mut a.extra, key, value)?,
            }
        }
        let missing = |what: &str| {
            self.error(
                item,
                format!("this annotation has no `{what}`; every annotation needs id, start, end and exact"),
            )
        };
        a.id = id.ok_or_else(|| missing("id"))?;
        a.start = start.ok_or_else(|| missing("start"))?;
        a.end = end.ok_or_else(|| missing("end"))?;
        a.exact = exact.ok_or_else(|| missing("exact"))?;
        if a.start > a.end {
            return Err(self.error(
                item,
                format!(
                    "annotation \"{}\" has start = {} after end = {}",
                    a.id, a.start, a.end
                ),
            ));
        }
        Ok(a)
    }

    fn table<'a, 'i>(
        &self,
        value: &'a Item<'i>,
        what: &str,
    ) -> Result<&'a DeTable<'i>, ParseError> {
        match value.get_ref() {
            DeValue::Table(t) => Ok(t),
            other => Err(self.error(
                value,
                format!("{what} must be a table, not {}", a_type(other)),
            )),
        }
    }

    fn string(&self, value: &Item<'_>, key: &str) -> Result<String, ParseError> {
        match value.get_ref() {
            DeValue::String(s) => Ok(s.to_string()),
            other => Err(self.error(
                value,
                format!("`{key}` must be a string, not {}", a_type(other)),
            )),
        }
    }

    fn integer(&self, value: &Item<'_>, key: &str) -> Result<i64, ParseError> {
        match value.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .map_err(|_| self.error(value, format!("`{key}` is too large"))),
            other => Err(self.error(
                value,
                format!("`{key}` must be a whole number, not {}", a_type(other)),
            )),
        }
    }

    fn offset(&self, value: &Item<'_>, key: &str) -> Result<usize, ParseError> {
        let v = self.integer(value, key)?;
        usize::try_from(v)
            .map_err(|_| self.error(value, format!("`{key}` must be a char offset ≥ 0, not {v}")))
    }

    fn tags(&self, value: &Item<'_>) -> Result<Vec<String>, ParseError> {
        let DeValue::Array(items) = value.get_ref() else {
            return Err(self.error(
                value,
                format!(
                    "`tags` must be a list of strings such as [\"quote\"], not {}",
                    a_type(value.get_ref())
                ),
            ));
        };
        let tags = items
            .iter()
            .map(|t| self.string(t, "each tag"))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(normalize_tags(tags))
    }

    fn timestamp(&self, value: &Item<'_>, key: &str) -> Result<Timestamp, ParseError> {
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                Timestamp::from_toml(dt).map_err(|why| self.error(value, format!("`{key}`: {why}")))
            }
            other => Err(self.error(
                value,
                format!(
                    "`{key}` must be a date-time such as 2026-11-22T10:00:00Z, not {}",
                    a_type(other)
                ),
            )),
        }
    }

    fn keep(
        &self,
        extra: &mut Extra,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Item<'_>,
    ) -> Result<(), ParseError> {
        extra.insert(key.get_ref().to_string(), self.value(value)?);
        Ok(())
    }

    /// Converts a value hamish does not interpret, so it can be written back.
    fn value(&self, item: &Item<'_>) -> Result<Value, ParseError> {
        Ok(match item.get_ref() {
            DeValue::String(s) => Value::String(s.to_string()),
            DeValue::Integer(i) => Value::Integer(
                i64::from_str_radix(i.as_str(), i.radix())
                    .map_err(|_| self.error(item, "integer too large for 64 bits"))?,
            ),
            DeValue::Float(f) => Value::Float(
                f.as_str()
                    .parse()
                    .map_err(|_| self.error(item, "invalid float"))?,
            ),
            DeValue::Boolean(b) => Value::Boolean(*b),
            DeValue::Datetime(d) => Value::Datetime(*d),
            DeValue::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|v| self.value(v))
                    .collect::<Result<_, _>>()?,
            ),
            DeValue::Table(t) => {
                let mut out = toml::Table::new();
                for (k, v) in t.iter() {
                    out.insert(k.get_ref().to_string(), self.value(v)?);
                }
                Value::Table(out)
            }
        })
    }
}

fn a_type(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// An annotation with nothing read into it yet.
fn blank() -> Annotation {
    Annotation {
        id: AnnotationId::placeholder(),
        start: 0,
        end: 0,
        exact: String::new(),
        prefix: String::new(),
        suffix: String::new(),
        tags: Vec::new(),
        color: String::new(),
        note: String::new(),
        created: None,
        updated: None,
        extra: Extra::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"# a comment
version = 1
mine = "kept"

[article]
file = "a.txt"
sha256 = "00"
source = { url = "https://example.org", fetched = 2026-01-02T03:04:05Z }

[[annotations]]
id = "B"
start = 5
end = 9
exact = "text"
tags = ["z", "a", "z"]
created = 2026-11-22T12:00:00+02:00
colour_of_my_own = 3

[[annotations]]
id = "A"
start = 0
end = 0
exact = ""
"#;

    #[test]
    fn reads_a_hand_written_file_keeping_unknown_keys() {
        let s = parse(GOOD).unwrap();
        assert_eq!(s.version, 1);
        assert_eq!(s.extra["mine"].as_str(), Some("kept"));
        assert!(s.article.extra["source"].is_table());
        let ids: Vec<_> = s.annotations.keys().map(|i| i.as_str()).collect();
        assert_eq!(ids, ["A", "B"]);
        let b = &s.annotations[&AnnotationId::new("B").unwrap()];
        assert_eq!((b.start, b.end, b.exact.as_str()), (5, 9, "text"));
        assert_eq!(b.tags, ["a", "z"]);
        assert_eq!(b.created.unwrap().to_string(), "2026-11-22T10:00:00Z");
        assert_eq!(b.updated, None);
        assert_eq!(b.extra["colour_of_my_own"].as_integer(), Some(3));
        assert_eq!(parse(&crate::annotate::sidecar::write(&s)).unwrap(), s);
    }

    fn error(text: &str) -> ParseError {
        parse(text).unwrap_err()
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = error("version = 1\n[article\nfile = 1\n");
        assert_eq!(e.line, 2, "{e}");
        let e = error(&GOOD.replace("start = 5", "start = \"5\""));
        assert_eq!((e.line, e.column), (12, 9), "{e}");
        assert!(e.message.contains("`start` must be a whole number"), "{e}");
        let e = error(&GOOD.replace("start = 5", "start = -5"));
        assert!(e.message.contains("≥ 0"), "{e}");
        let e = error(&GOOD.replace("end = 9", "end = 2"));
        assert!(e.message.contains("after end"), "{e}");
        let e = error(&GOOD.replace("id = \"A\"", "id = \"B\""));
        assert!(e.message.contains("second annotation with id \"B\""), "{e}");
        let e = error(&GOOD.replace("exact = \"\"\n", ""));
        assert!(e.message.contains("no `exact`"), "{e}");
        let e = error(&GOOD.replace("version = 1", "version = 2"));
        assert!(e.message.contains("newer hamish"), "{e}");
        assert_eq!((e.line, e.column), (2, 11));
        let e = error(&GOOD.replace("tags = [\"z\", \"a\", \"z\"]", "tags = \"z\""));
        assert!(e.message.contains("list of strings"), "{e}");
        let e = error(
            &GOOD
                .replace("+02:00", "")
                .replace("2026-11-22T12:00:00", "2026-11-22"),
        );
        assert!(e.message.contains("date and time"), "{e}");
        let e = error("annotations = 3\n");
        assert!(e.message.contains("[[annotations]]"), "{e}");
        let e = error("article = [1]\n");
        assert!(e.message.contains("[article] must be a table"), "{e}");
        let e = error("x = 99999999999999999999\n");
        assert_eq!(e.line, 1, "{e}");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let e = parse_bytes(b"version = 1\nx = \"ab\xff\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8), "{e}");
        assert!(e.message.contains("UTF-8"));
    }

    #[test]
    fn an_empty_file_is_an_empty_sidecar_and_a_bom_is_ignored() {
        let s = parse("").unwrap();
        assert!(s.annotations.is_empty());
        assert_eq!(s.version, 1);
        assert!(parse("\u{feff}version = 1\n").is_ok());
    }
}
