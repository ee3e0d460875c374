//! Saving articles into a directory: `<name>.txt` (the title, then one paragraph per line) and
//! a new sidecar `<name>.txt.annotations.toml` whose `[article]` table holds the citation
//! metadata. An address already saved in the directory is not saved again; a name already
//! used is never written over.
//!
//! One writer at a time: opening the directory takes its fetch lock (`.hamish-fetch.lock`; a
//! second `fetch` of the same feed is told it is busy instead of saving every article twice)
//! and removes what an interrupted run left (see `leftovers`). Both files are written
//! atomically, the sidecar first: a kill between the two leaves a sidecar without article,
//! which the next run removes, never an article without its address (saved again as `-2`).
//! Writes nothing outside the directory.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use toml::value::Datetime;

use super::naming;
use super::page::Article;
use crate::annotate::location::SIDECAR_SUFFIX;
use crate::annotate::lock::FileLock;
use crate::annotate::model::{ArticleDate, ArticleInfo, Sidecar};
use crate::annotate::save::write_atomic;
use crate::annotate::sidecar::parse_bytes;

/// A directory of saved articles and the addresses they came from.
pub struct Library {
    dir: PathBuf,
    by_url: HashMap<String, PathBuf>,
    _lock: FileLock,
}

/// The lock file of a directory articles are saved into.
pub(crate) const LOCK_FILE: &str = ".hamish-fetch.lock";

/// Where an article went.
#[derive(Debug, PartialEq)]
pub struct Saved {
    /// The `.txt` file.
    pub path: PathBuf,
    /// False when the address was already saved there (nothing was written).
    pub new: bool,
}

impl Library {
    /// Opens (creating it if needed) the directory `dir` and reads which addresses its
    /// sidecars record.
    pub fn open(dir: &Path) -> io::Result<Library> {
        fs::create_dir_all(dir)?;
        let lock = FileLock::try_acquire(&dir.join(LOCK_FILE))?.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::ResourceBusy,
                "another hamish is saving articles into this folder now; try again when it ends",
            )
        })?;
        super::leftovers::clean(dir);
        let mut by_url = HashMap::new();
        for entry in fs::read_dir(dir)?.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if !name.ends_with(&format!("{}{SIDECAR_SUFFIX}", naming::EXTENSION)) {
                continue;
            }
            let Ok(sidecar) =
                crate::regular_file::read(&entry.path(), crate::regular_file::SIDECAR)
                    .map_err(drop)
                    .and_then(|b| parse_bytes(&b).map_err(drop))
            else {
                continue;
            };
            let text = dir.join(name.trim_end_matches(SIDECAR_SUFFIX));
            if let Some(url) = &sidecar.article.url {
                if text.is_file() {
                    by_url.insert(url.clone(), text);
                }
            }
        }
        Ok(Library {
            dir: dir.to_path_buf(),
            by_url,
            _lock: lock,
        })
    }

    /// The article saved from `url`, if any.
    pub fn find(&self, url: &str) -> Option<&Path> {
        self.by_url.get(url).map(PathBuf::as_path)
    }

    /// Saves `article`, fetched at `fetched`, unless its address is already here.
    pub fn save(&mut self, article: &Article, fetched: Datetime) -> io::Result<Saved> {
        if let Some(path) = article.url.as_deref().and_then(|u| self.find(u)) {
            return Ok(Saved {
                path: path.to_path_buf(),
                new: false,
            });
        }
        let path = self.reserve(&naming::stem(&article.title))?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let sidecar_path = self.dir.join(format!("{name}{SIDECAR_SUFFIX}"));
        write_atomic(&sidecar_path, sidecar(article, &name, fetched)?.as_bytes())?;
        if let Err(e) = write_atomic(&path, text(article).as_bytes()) {
            let _ = fs::remove_file(&sidecar_path);
            return Err(e);
        }
        if let Some(url) = &article.url {
            self.by_url.insert(url.clone(), path.clone());
        }
        Ok(Saved { path, new: true })
    }

    /// A free name for `stem`: neither it nor its sidecar exists (only this run writes here).
    fn reserve(&self, stem: &str) -> io::Result<PathBuf> {
        for n in 1..10_000 {
            let path = self.dir.join(naming::candidate(stem, n));
            let sidecar = self.dir.join(format!(
                "{}{SIDECAR_SUFFIX}",
                path.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
            ));
            if sidecar.symlink_metadata().is_err() && path.symlink_metadata().is_err() {
                return Ok(path);
            }
        }
        Err(io::Error::other("no free file name"))
    }
}

/// The article's text: its title, then its paragraphs, one per line.
pub fn text(article: &Article) -> String {
    let mut lines: Vec<&str> = Vec::with_capacity(article.paragraphs.len() + 1);
    if article.paragraphs.first() != Some(&article.title) && !article.title.is_empty() {
        lines.push(&article.title);
    }
    lines.extend(article.paragraphs.iter().map(String::as_str));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The new sidecar of `article`, saved as `file`: its `[article]` table, written by the
/// sidecar writer, which escapes bidi controls and the like so the file shows nothing raw.
fn sidecar(article: &Article, file: &str, fetched: Datetime) -> io::Result<String> {
    let mut doc = Sidecar::new(file);
    doc.article = ArticleInfo {
        title: Some(article.title.clone()),
        source: article.source.clone(),
        url: article.url.clone(),
        author: article.author.clone(),
        published: article.published.map(ArticleDate::Date),
        language: article.language.clone(),
        fetched: Some(ArticleDate::Date(fetched)),
        ..doc.article
    };
    Ok(crate::annotate::sidecar::write(&doc))
}
