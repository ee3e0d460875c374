//! The `[article]` table's keys ⇄ [`ArticleInfo`]'s typed fields: the one place their names are
//! spelled. A known key is taken into its field only when its value has the field's type; any
//! other value stays among the unknown keys as written, so a hand edit survives a rewrite. Keys
//! are written sorted with the unknown ones, as they always were, so a sidecar reads and writes
//! back byte for byte. Knows nothing of files, anchoring or what the metadata is used for.

use toml::Value;

use crate::annotate::model::{ArticleDate, ArticleInfo, Extra};

/// `file` and `sha256` with every other key of an `[article]` table (unknown ones included),
/// the typed ones taken into their fields.
pub(crate) fn from_table(file: String, sha256: String, table: Extra) -> ArticleInfo {
    let mut info = ArticleInfo {
        file,
        sha256,
        extra: table,
        ..ArticleInfo::default()
    };
    let ArticleInfo {
        title,
        source,
        url,
        author,
        published,
        language,
        fetched,
        path,
        extra,
        ..
    } = &mut info;
    let texts = [
        ("title", title),
        ("source", source),
        ("url", url),
        ("author", author),
        ("language", language),
        ("path", path),
    ];
    for (key, field) in texts {
        if let Some(Value::String(text)) = take(extra, key, |v| v.is_str()) {
            *field = Some(text);
        }
    }
    for (key, field) in [("published", published), ("fetched", fetched)] {
        *field = match take(extra, key, |v| v.is_str() || v.is_datetime()) {
            Some(Value::String(text)) => Some(ArticleDate::Text(text)),
            Some(Value::Datetime(date)) => Some(ArticleDate::Date(date)),
            _ => None,
        };
    }
    info
}

/// The keys of `[article]` other than `file` and `sha256`, typed and unknown, as one table.
pub(crate) fn to_table(info: &ArticleInfo) -> Extra {
    let mut table = info.extra.clone();
    let texts = [
        ("title", &info.title),
        ("source", &info.source),
        ("url", &info.url),
        ("author", &info.author),
        ("language", &info.language),
        ("path", &info.path),
    ];
    for (key, field) in texts {
        if let Some(text) = field {
            table.insert(key.into(), Value::String(text.clone()));
        }
    }
    for (key, field) in [("published", &info.published), ("fetched", &info.fetched)] {
        match field {
            Some(ArticleDate::Date(date)) => table.insert(key.into(), Value::Datetime(*date)),
            Some(ArticleDate::Text(text)) => table.insert(key.into(), Value::String(text.clone())),
            None => None,
        };
    }
    table
}

/// The value of `key` if `fits` it, removed from `table`.
fn take(table: &mut Extra, key: &str, fits: impl Fn(&Value) -> bool) -> Option<Value> {
    if table.get(key).is_some_and(fits) {
        table.remove(key)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_keys_of_their_type_are_typed_and_the_rest_kept_as_written() {
        let text = "title = \" عنوان \"\nurl = 3\npublished = 2024-03-01\n\
                    fetched = \"yesterday\"\nmine = [1]\n";
        let table: Extra = toml::from_str(text).unwrap();
        let info = from_table("a.txt".into(), String::new(), table.clone());
        assert_eq!(info.title.as_deref(), Some(" عنوان "));
        assert_eq!(info.url, None);
        assert_eq!(info.published.as_ref().unwrap().to_string(), "2024-03-01");
        assert_eq!(info.fetched, Some(ArticleDate::Text("yesterday".into())));
        assert_eq!(info.extra.keys().collect::<Vec<_>>(), ["mine", "url"]);
        assert_eq!(to_table(&info), table);
    }
}
