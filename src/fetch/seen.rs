//! What each feed already gave: the guids and links of its items saved (or found already
//! saved, or given up), the validators of its last fetch, and the items still to save (see
//! `pending`), kept in `.hamish-feed.toml` in the feed's directory. Knows nothing about HTTP or
//! feed formats.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::http::Validators;
use super::pending::Pending;
use crate::annotate::save::write_atomic;

/// A feed's memory.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct State {
    /// The `ETag` of the last fetch.
    #[serde(default)]
    pub etag: Option<String>,
    /// The `Last-Modified` of the last fetch.
    #[serde(default)]
    pub last_modified: Option<String>,
    /// Guids and links of items already saved (or given up).
    #[serde(default)]
    pub seen: BTreeSet<String>,
    /// Items still to save, in the order they are tried.
    #[serde(default)]
    pub pending: Vec<Pending>,
}

/// The state file in a feed's directory.
pub fn file(feed_dir: &Path) -> PathBuf {
    feed_dir.join(".hamish-feed.toml")
}

impl State {
    /// The state in `feed_dir`; empty when there is none or it cannot be read.
    pub fn load(feed_dir: &Path) -> State {
        crate::regular_file::read_to_string(&file(feed_dir), crate::regular_file::SIDECAR)
            .ok()
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Writes the state into `feed_dir`.
    pub fn save(&self, feed_dir: &Path) -> io::Result<()> {
        write_atomic(&file(feed_dir), self.text().as_bytes())
    }

    /// The file's text, strings written by the sidecar writer's escaper: a guid or validator
    /// holding a bidi override or a control is kept as a `\uXXXX` escape, never raw.
    fn text(&self) -> String {
        use crate::annotate::sidecar::toml_string;
        let mut out = String::new();
        for (key, value) in [("etag", &self.etag), ("last_modified", &self.last_modified)] {
            if let Some(v) = value {
                out.push_str(key);
                out.push_str(" = ");
                toml_string(&mut out, v);
                out.push('\n');
            }
        }
        out.push_str("seen = [");
        for key in &self.seen {
            out.push_str("\n    ");
            toml_string(&mut out, key);
            out.push(',');
        }
        out.push_str(if self.seen.is_empty() { "]\n" } else { "\n]\n" });
        for item in &self.pending {
            out.push_str("\n[[pending]]\n");
            pending_table(&mut out, item);
        }
        out
    }

    /// The validators to send.
    pub fn validators(&self) -> Validators {
        Validators {
            etag: self.etag.clone(),
            last_modified: self.last_modified.clone(),
        }
    }

    /// Whether an item with any of `keys` was seen or waits to be saved.
    pub fn knows<'a>(&self, keys: impl Iterator<Item = &'a str> + Clone) -> bool {
        self.has_seen(keys.clone())
            || self
                .pending
                .iter()
                .any(|p| keys.clone().any(|k| p.keys().any(|pk| pk == k)))
    }

    /// Whether an item with any of `keys` was seen.
    pub(crate) fn has_seen<'a>(&self, mut keys: impl Iterator<Item = &'a str>) -> bool {
        keys.any(|k| self.seen.contains(k))
    }
}

/// The keys of one `[[pending]]` table.
fn pending_table(out: &mut String, item: &Pending) {
    use crate::annotate::sidecar::toml_string;
    let strings = [
        ("id", Some(&item.id)),
        ("link", item.link.as_ref()),
        ("title", item.title.as_ref()),
        ("published", item.published.as_ref()),
        ("author", item.author.as_ref()),
        ("source", item.source.as_ref()),
        ("error", item.error.as_ref()),
    ];
    for (key, value) in strings {
        if let Some(v) = value {
            out.push_str(key);
            out.push_str(" = ");
            toml_string(out, v);
            out.push('\n');
        }
    }
    out.push_str(&format!("tries = {}\nafter = {}\n", item.tries, item.after));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_with_bidi_controls_are_escaped_and_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = State {
            etag: Some("\"x\u{202e}\"".into()),
            ..State::default()
        };
        state.seen.insert("guid\u{202e}\u{2066}\u{1b}[2J\n".into());
        state.seen.insert("https://example.com/a".into());
        state.pending.push(Pending {
            id: "g\u{202e}".into(),
            link: Some("https://example.com/b".into()),
            title: Some("عنوان \"x\"".into()),
            tries: 2,
            after: 1_700_000_000,
            error: Some("HTTP 500".into()),
            ..Pending::default()
        });
        state.save(dir.path()).unwrap();
        let text = std::fs::read_to_string(file(dir.path())).unwrap();
        assert!(
            !text.contains('\u{202e}') && !text.contains('\u{1b}'),
            "{text}"
        );
        assert_eq!(State::load(dir.path()), state);
        let empty = State::default();
        empty.save(dir.path()).unwrap();
        assert_eq!(State::load(dir.path()), empty);
    }
}
