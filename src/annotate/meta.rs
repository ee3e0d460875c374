//! Citation metadata of an article: `title`, `source` (the publication), `url`, `author`,
//! `published` (a date or date-time) and `language`, kept as hand-editable keys of a sidecar's
//! `[article]` table (which the model keeps in [`ArticleInfo::extra`], so every rewrite keeps
//! them).
//!
//! Typed access only: reading the keys from an [`ArticleInfo`] and putting them back. Knows
//! nothing about files or terminals.

use toml::value::Datetime;
use toml::Value;

use super::model::ArticleInfo;

/// The metadata keys, in the order they are shown.
pub const META_KEYS: [&str; 6] = ["title", "source", "url", "author", "published", "language"];

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
    /// The metadata of an `[article]` table. A key holding something other than text (or a
    /// TOML date for `published`) counts as absent; blank text too.
    pub fn from_info(info: &ArticleInfo) -> ArticleMeta {
        let get = |key: &str| match info.extra.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            Some(Value::Datetime(d)) if key == "published" => Some(d.to_string()),
            _ => None,
        };
        ArticleMeta {
            title: get("title"),
            source: get("source"),
            url: get("url").filter(|u| is_web_address(u)),
            author: get("author"),
            published: get("published"),
            language: get("language"),
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

    /// Whether nothing is known.
    pub fn is_empty(&self) -> bool {
        self.fields().is_empty()
    }
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
/// (`2024-03-01T10:00:00Z`), without a bare time.
pub fn parse_published(text: &str) -> Result<Datetime, MetaError> {
    let refused = || {
        MetaError(format!(
            "published must be a date (2024-03-01) or date-time (2024-03-01T10:00:00Z), not {text:?}"
        ))
    };
    let d: Datetime = text.trim().parse().map_err(|_| refused())?;
    if d.date.is_none() {
        return Err(refused());
    }
    Ok(d)
}

/// Whether `text` is an address a citation may link to: `http://` or `https://` with a host, or
/// a `doi:`. Anything else (`javascript:`, `data:`, `file:`) would become a live link in an
/// export opened in a browser or word processor, so it is never stored or exported as a url.
pub fn is_web_address(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    if let Some(doi) = lower.strip_prefix("doi:") {
        return doi.starts_with("10.") && !doi.chars().any(char::is_whitespace);
    }
    url::Url::parse(text.trim())
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

/// Applies `update` to `info`: a blank value removes the key; `published` is stored as a TOML
/// date so that hand-editors and TOML tools see a date.
pub fn apply(info: &mut ArticleInfo, update: &MetaUpdate) -> Result<(), MetaError> {
    let mut next = info.extra.clone();
    for (key, value) in &update.changes {
        let value = value.trim();
        if value.is_empty() {
            next.remove(*key);
        } else if *key == "published" {
            next.insert((*key).into(), Value::Datetime(parse_published(value)?));
        } else if *key == "url" && !is_web_address(value) {
            return Err(MetaError(
                "url must be an http:// or https:// address (or a doi:)".into(),
            ));
        } else if value.chars().any(char::is_control) {
            return Err(MetaError(format!(
                "{key} must be one line without control characters"
            )));
        } else {
            next.insert((*key).into(), Value::String(value.to_owned()));
        }
    }
    info.extra = next;
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
        let mut info = ArticleInfo::default();
        info.extra
            .insert("url".into(), "javascript:alert(1)".into());
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
        info.extra.insert("url".into(), Value::Integer(3));
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
    }
}
