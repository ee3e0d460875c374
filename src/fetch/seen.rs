//! What each feed already gave: the guids and links of its items saved (or found already
//! saved), and the validators of its last complete fetch, kept in `.hamish-feed.toml` in the
//! feed's directory. Knows nothing about HTTP or feed formats.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::http::Validators;
use crate::annotate::save::write_atomic;

/// A feed's memory.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// The `ETag` of the last complete fetch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` of the last complete fetch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// Guids and links of items already saved.
    #[serde(default)]
    pub seen: BTreeSet<String>,
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
        let text = toml::to_string(self).map_err(io::Error::other)?;
        write_atomic(&file(feed_dir), text.as_bytes())
    }

    /// The validators to send.
    pub fn validators(&self) -> Validators {
        Validators {
            etag: self.etag.clone(),
            last_modified: self.last_modified.clone(),
        }
    }

    /// Whether an item with any of `keys` was seen.
    pub fn has_seen<'a>(&self, mut keys: impl Iterator<Item = &'a str>) -> bool {
        keys.any(|k| self.seen.contains(k))
    }
}
