//! Citation metadata of an article: `title`, `source` (the publication), `url`, `author`,
//! `published` (a date or date-time) and `language`, kept as hand-editable keys of a sidecar's
//! `[article]` table (the typed fields of [`ArticleInfo`]).
//!
//! What is shown and exported: the fields trimmed, blank ones absent, only a web address as
//! `url`; and changing them, checked. Knows nothing about files, TOML or terminals.

use toml::value::Datetime;

use super::model::{ArticleDate, ArticleInfo};

/// The metadata keys, in the order they are shown.
pub(crate) const META_KEYS: [&str; 6] =
    ["title", "source", "url", "author", "published", "language"];

/// What is known about where an article came from; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// The article's title (else the reader uses its first non-blank line).
    pub title: Option<String>,
    /// The publication.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// When: a date (`2024-03-01`) or date-time, as written.
    pub published: Option<String>,
    /// Its language (a BCP 47 tag such as `ar`).
    pub language: Option<String>,
}

impl ArticleMeta {
    /// The metadata of an `[article]` table, each field trimmed; blank text counts as absent
    /// (as does a key holding something other than text, which the sidecar keeps untyped).
    pub(crate) fn from_info(info: &ArticleInfo) -> ArticleMeta {
        let get = |field: &Option<String>| {
            let text = field.as_deref()?.trim();
            (!text.is_empty()).then(|| text.to_owned())
        };
        ArticleMeta {
            title: get(&info.title),
            source: get(&info.source),
            url: get(&info.url).filter(|u| is_web_address(u)),
            author: get(&info.author),
            published: get(&info.published.as_ref().map(ToString::to_string)),
            language: get(&info.language),
        }
    }

    /// The field named `key` (one of [`META_KEYS`]).
    pub fn get(&self, key: &str) -> Option<&str> {
        match key {
            "title" => self.title.as_deref(),
            "source" => self.source.as_deref(),
            "url" => self.url.as_deref(),
            "author" => self.author.as_deref(),
            "published" => self.published.as_deref(),
            "language" => self.language.as_deref(),
            _ => None,
        }
    }

    /// The known fields as (key, value) pairs, in [`META_KEYS`] order.
    pub fn fields(&self) -> Vec<(&'static str, &str)> {
        META_KEYS
            .iter()
            .filter_map(|&k| self.get(k).map(|v| (k, v)))
            .collect()
    }

    /// The day it was published in the source's own terms: the date part of `published` as
    /// written, so a date-time kept with the page's offset (`2025-03-03T00:30:00+03:00`) gives
    /// the source's local day (`2025-03-03`), not the UTC one.
    pub(crate) fn published_day(&self) -> Option<&str> {
        let p = self.published.as_deref()?;
        Some(p.get(..10).filter(|d| is_date(d)).unwrap_or(p))
    }

    /// Whether nothing is known.
    pub fn is_empty(&self) -> bool {
        self.fields().is_empty()
    }
}

/// Whether `text` is a date `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// A change to one metadata key: `Some(text)` sets it (blank text removes it), `None` leaves it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MetaUpdate {
    /// Changes by key (one of [`META_KEYS`]).
    pub changes: Vec<(&'static str, String)>,
}

/// Why a metadata value was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaError(pub String);

impl std::fmt::Display for MetaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MetaError {}

/// Checks a `published` value: a TOML/RFC 3339 date (`2024-03-01`) or date-time
/// (`2024-03-01T10:00:00Z`, seconds optional), without a bare time. The offset is kept as
/// given: the source's own.
pub(crate) fn parse_published(text: &str) -> Result<Datetime, MetaError> {
    let text = text.trim();
    let refused = || {
        MetaError(format!(
            "published must be a date (2024-03-01) or date-time (2024-03-01T10:00:00+03:00), not «{}»",
            crate::text::sanitize::sanitize(text)
        ))
    };
    let d: Datetime = text
        .parse()
        .or_else(|_| with_seconds(text).parse())
        .map_err(|_| refused())?;
    if d.date.is_none() {
        return Err(refused());
    }
    Ok(d)
}

/// Whether `text` is an address a citation may link to: `http://` or `https://` with a host, or
/// a `doi:`. Anything else (`javascript:`, `data:`, `file:`) would become a live link in an
/// export opened in a browser or word processor, so it is never stored or exported as a url.
pub(crate) fn is_web_address(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    if let Some(doi) = lower.strip_prefix("doi:") {
        return doi.starts_with("10.") && !doi.chars().any(char::is_whitespace);
    }
    url::Url::parse(text.trim())
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

/// `2025-03-03T00:30+03:00` as `2025-03-03T00:30:00+03:00` (TOML needs the seconds).
fn with_seconds(text: &str) -> String {
    let b = text.as_bytes();
    let hh_mm = b.len() >= 16 && matches!(b[10], b'T' | b't' | b' ') && b[13] == b':';
    if hh_mm && b.get(16) != Some(&b':') && text.is_char_boundary(16) {
        format!("{}:00{}", &text[..16], &text[16..])
    } else {
        text.to_owned()
    }
}

/// Applies `update` to `info`: a blank value removes the key; `published` is stored as a TOML
/// date so that hand-editors and TOML tools see a date. Nothing changes if a value is refused.
pub(crate) fn apply(info: &mut ArticleInfo, update: &MetaUpdate) -> Result<(), MetaError> {
    let mut next = info.clone();
    for (key, value) in &update.changes {
        let value = value.trim();
        if *key == "published" {
            next.published = match value {
                "" => None,
                _ => Some(ArticleDate::Date(parse_published(value)?)),
            };
            continue;
        }
        let field = match *key {
            "title" => &mut next.title,
            "source" => &mut next.source,
            "url" => &mut next.url,
            "author" => &mut next.author,
            "language" => &mut next.language,
            _ => continue,
        };
        if value.is_empty() {
            *field = None;
        } else if *key == "url" && !is_web_address(value) {
            return Err(MetaError(
                "url must be an http:// or https:// address (or a doi:)".into(),
            ));
        } else if value.chars().any(char::is_control) {
            return Err(MetaError(format!(
                "{key} must be one line without control characters"
            )));
        } else {
            *field = Some(value.to_owned());
        }
    }
    *info = next;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_and_dois_are_addresses() {
        for ok in [
            "https://example.com/a",
            "HTTP://example.com",
            "doi:10.1000/182",
        ] {
            assert!(is_web_address(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "file:///etc/passwd",
            "https://",
            "doi:x",
            "example.com",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
        let mut info = ArticleInfo {
            url: Some("javascript:alert(1)".into()),
            ..ArticleInfo::default()
        };
        assert_eq!(
            ArticleMeta::from_info(&info).url,
            None,
            "a hand-edited one is not used"
        );
        let update = MetaUpdate {
            changes: vec![("url", "javascript:alert(1)".into())],
        };
        assert!(apply(&mut info, &update).is_err());
    }

    #[test]
    fn reads_text_and_dates_and_ignores_other_values() {
        let mut info = ArticleInfo::default();
        let update = MetaUpdate {
            changes: vec![
                ("title", " عنوان ".into()),
                ("published", "2024-03-01".into()),
                ("source", "".into()),
            ],
        };
        apply(&mut info, &update).unwrap();
        info.extra.insert("url".into(), toml::Value::Integer(3));
        let m = ArticleMeta::from_info(&info);
        assert_eq!(m.title.as_deref(), Some("عنوان"));
        assert_eq!(m.published.as_deref(), Some("2024-03-01"));
        assert_eq!(m.url, None);
        assert_eq!(
            m.fields(),
            [("title", "عنوان"), ("published", "2024-03-01")]
        );
    }

    #[test]
    fn refuses_bad_dates_and_control_characters_and_removes_blank_values() {
        let mut info = ArticleInfo::default();
        let bad = |k, v: &str| MetaUpdate {
            changes: vec![(k, v.to_owned())],
        };
        assert!(apply(&mut info, &bad("published", "yesterday")).is_err());
        assert!(apply(&mut info, &bad("published", "10:00:00")).is_err());
        assert!(apply(&mut info, &bad("title", "a\x1b[31m")).is_err());
        apply(&mut info, &bad("author", "X")).unwrap();
        apply(&mut info, &bad("author", "  ")).unwrap();
        assert!(ArticleMeta::from_info(&info).is_empty());
        apply(&mut info, &bad("published", "2024-03-01T10:00:00Z")).unwrap();
        assert_eq!(
            ArticleMeta::from_info(&info).published.as_deref(),
            Some("2024-03-01T10:00:00Z")
        );
        let e = apply(&mut info, &bad("published", "x\"\x1b")).unwrap_err();
        assert_eq!(e.to_string().matches('«').count(), 1, "{e}");
        assert!(!e.to_string().contains(['\x1b', '\\']), "{e}");
    }

    #[test]
    fn the_published_day_is_the_sources_own() {
        let mut info = ArticleInfo::default();
        let set = |v: &str| MetaUpdate {
            changes: vec![("published", v.to_owned())],
        };
        apply(&mut info, &set("2025-03-03T00:30+03:00")).unwrap();
        let m = ArticleMeta::from_info(&info);
        assert_eq!(m.published.as_deref(), Some("2025-03-03T00:30:00+03:00"));
        assert_eq!(m.published_day(), Some("2025-03-03"));
        apply(&mut info, &set("2025-03-02")).unwrap();
        assert_eq!(
            ArticleMeta::from_info(&info).published_day(),
            Some("2025-03-02")
        );
    }
}
