//! Feed subscriptions, kept by hand or by `hamish feed` in `$XDG_CONFIG_HOME/hamish/feeds.toml`:
//!
//! ```toml
//! [[feed]]
//! name = "BBC عربي"
//! url = "https://feeds.bbci.co.uk/arabic/rss.xml"
//! ```
//!
//! A feed's name is also the name of its directory under `$XDG_DATA_HOME/hamish/feeds/`, so it
//! must be a safe file name (no `/`, no leading dot, no controls). Knows nothing about fetching.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::naming;
use crate::annotate::save::write_atomic;
use crate::dirs::{config_dir, data_dir, Env};

/// One subscription.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Feed {
    /// Its name: shown in summaries, and its directory's name.
    pub name: String,
    /// The feed's address.
    pub url: String,
}

/// All subscriptions, in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Subscriptions {
    /// The `[[feed]]` tables.
    #[serde(default, rename = "feed")]
    pub feeds: Vec<Feed>,
}

const HEADER: &str =
    "# hamish's feed subscriptions: `hamish feed add URL --name NAME`, or edit by hand.\n\n";

/// The subscriptions file in hamish's configuration directory.
pub fn file(config_dir: &Path) -> PathBuf {
    config_dir.join("feeds.toml")
}

/// Every subscribed feed and the directory their articles go in (`$XDG_DATA_HOME/hamish/feeds`),
/// or why there is nothing to fetch.
pub(crate) fn every_feed(env: Env) -> Result<(Vec<Feed>, PathBuf), String> {
    let config = config_dir(env).ok_or("no configuration directory: set HOME")?;
    let subs = load(&file(&config)).map_err(|e| format!("feeds.toml: {e}"))?;
    if subs.feeds.is_empty() {
        return Err("no feeds yet: hamish feed add URL subscribes to one".into());
    }
    let feeds_dir = data_dir(env)
        .ok_or("no data directory: set HOME")?
        .join("feeds");
    Ok((subs.feeds, feeds_dir))
}

/// Reads the subscriptions in `path`; none when the file does not exist.
pub fn load(path: &Path) -> Result<Subscriptions, String> {
    match crate::regular_file::read_to_string(path, crate::regular_file::SETTINGS) {
        Ok(text) => toml::from_str(&text).map_err(|e| e.message().to_string()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Subscriptions::default()),
        Err(e) => Err(e.to_string()),
    }
}

/// Writes `subs` to `path` atomically, creating its directory.
pub fn save(path: &Path, subs: &Subscriptions) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let body = toml::to_string(subs).map_err(io::Error::other)?;
    write_atomic(path, format!("{HEADER}{body}").as_bytes())
}

/// Whether `name` can name a feed (and its directory).
pub(crate) fn valid_name(name: &str) -> bool {
    !name.is_empty() && naming::stem(name) == name && name.len() <= naming::MAX_NAME
}

/// A name for a feed at `url` when none is given: its host without `www.`.
pub(crate) fn default_name(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    Some(naming::stem(host.strip_prefix("www.").unwrap_or(host)))
}

impl Subscriptions {
    /// Adds the feed at `url` as `name` (or its default name).
    pub fn add(&mut self, url: &str, name: Option<&str>) -> Result<Feed, String> {
        super::http::check_scheme(url).map_err(|e| e.to_string())?;
        let name = match name {
            Some(n) => n.trim().to_string(),
            None => default_name(url).ok_or("the address has no host; give --name")?,
        };
        if name.len() > naming::MAX_NAME {
            return Err(format!(
                "a feed's name is its directory's name: at most {} bytes (this one has {}); give a shorter --name",
                naming::MAX_NAME,
                name.len()
            ));
        }
        if !valid_name(&name) {
            return Err(format!(
                "a feed's name is its directory's name: not \"{}\" (no /, \\, :, leading dot, controls, \
                 invisible characters alone or names Windows reserves)",
                crate::text::sanitize::sanitize(&name)
            ));
        }
        if self.feeds.iter().any(|f| f.name == name) {
            return Err(format!("a feed named {name} exists already"));
        }
        if self.feeds.iter().any(|f| f.url == url) {
            return Err("this address is subscribed already".into());
        }
        let feed = Feed {
            name,
            url: url.to_string(),
        };
        self.feeds.push(feed.clone());
        Ok(feed)
    }

    /// Removes the feed named `name`.
    pub fn remove(&mut self, name: &str) -> Result<Feed, String> {
        let at = self
            .feeds
            .iter()
            .position(|f| f.name == name)
            .ok_or_else(|| format!("no feed named {name}"))?;
        Ok(self.feeds.remove(at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_and_remove() {
        let mut s = Subscriptions::default();
        let f = s.add("https://www.example.com/rss", None).unwrap();
        assert_eq!(f.name, "example.com");
        assert!(s.add("https://other/rss", Some("example.com")).is_err());
        assert!(s.add("https://other/rss", Some("../x")).is_err());
        assert!(s.add("https://other/rss", Some(".x")).is_err());
        assert!(s.add("file:///etc/rss", Some("x")).is_err());
        s.add("https://other/rss", Some("BBC عربي")).unwrap();
        let text = toml::to_string(&s).unwrap();
        assert_eq!(toml::from_str::<Subscriptions>(&text).unwrap(), s);
        assert_eq!(
            s.remove("example.com").unwrap().url,
            "https://www.example.com/rss"
        );
        assert!(s.remove("example.com").is_err());
    }
}
