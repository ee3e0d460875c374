//! The library, defined once: which articles hamish knows and what each is called. The home
//! (`hamish` with no path, and every command given no path) is the saved articles
//! (`DATA/articles`), each subscribed feed's folder (`DATA/feeds/NAME`, in `feeds.toml`'s
//! order), the folders listed in the configuration (`library = [...]`) and the samples; a
//! folder named on the command line is a library of its own. Every folder is walked with its
//! subfolders ([`walk`]), each a [`Group`]; an article is named by its place relative to its
//! group's root ([`names`]), unique over the library.
//!
//! Used by the reader's library, the passages and tags views and the commands alike. Reads
//! directories and the settings only (no article or sidecar); knows nothing about annotations,
//! exports, keys or drawing.

pub mod names;
pub mod samples;
pub mod walk;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::dirs::Env;

/// One group of the library: a folder whose own files it lists (its subfolders are groups of
/// their own), with a heading for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The heading (sanitised when drawn).
    pub title: String,
    /// The folder whose files it lists.
    pub dir: PathBuf,
    /// What to say when it is empty (how to fill it); `None`: an empty group is not shown.
    pub hint: Option<String>,
    /// Whether its articles are newest first when the library is sorted by file name (feeds).
    pub newest_first: bool,
    /// The folder its articles' names are relative to (the root it was walked from).
    pub root: PathBuf,
    /// What goes in front of those names (`feeds/bbc`; empty: nothing).
    pub label: String,
}

/// One article: its file and its name in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryArticle {
    /// The file.
    pub path: PathBuf,
    /// Its place in the library (`feeds/bbc/x.txt`), unique in it.
    pub name: String,
}

/// The articles a library or the paths given hold, and the paths that name nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The articles, group by group, each once.
    pub articles: Vec<LibraryArticle>,
    /// Paths given that are neither an article nor a folder, with why.
    pub missing: Vec<(PathBuf, String)>,
}

impl Found {
    /// The articles' files.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.articles.iter().map(|a| a.path.clone()).collect()
    }
}

/// A folder the library starts from, before it is walked.
struct Root {
    title: String,
    dir: PathBuf,
    hint: Option<String>,
    newest_first: bool,
    label: String,
}

impl Root {
    /// The root's group, then one per subfolder at any depth (titled by its path under the
    /// root, without a hint).
    fn walk(self) -> Vec<Group> {
        walk::folders(&self.dir)
            .into_iter()
            .map(|dir| {
                let under = dir.strip_prefix(&self.dir).unwrap_or(&dir).to_path_buf();
                let top = under.as_os_str().is_empty();
                Group {
                    title: if top {
                        self.title.clone()
                    } else {
                        format!("{} / {}", self.title, under.display())
                    },
                    hint: if top { self.hint.clone() } else { None },
                    newest_first: self.newest_first,
                    root: self.dir.clone(),
                    label: self.label.clone(),
                    dir,
                }
            })
            .collect()
    }
}

/// The home's groups: "Saved articles" (`DATA/articles`), one per feed (`DATA/feeds/NAME`, in
/// the order of `feeds.toml`), each folder of the configuration's `library`, and "Samples";
/// each with its subfolders.
pub fn home_groups(
    data_dir: &Path,
    feeds: &[String],
    folders: &[PathBuf],
    samples: &Path,
) -> Vec<Group> {
    let root = |title: String, dir: PathBuf, hint: Option<&str>, newest_first| {
        let label = dir
            .strip_prefix(data_dir)
            .map(|p| names::name_in("", Path::new(""), p))
            .unwrap_or_else(|_| base_name(&dir));
        Root {
            title,
            dir,
            hint: hint.map(Into::into),
            newest_first,
            label,
        }
    };
    let mut roots = vec![root(
        "Saved articles".into(),
        data_dir.join("articles"),
        Some("none yet: hamish add URL saves a page here"),
        true,
    )];
    roots.extend(feeds.iter().map(|name| {
        root(
            format!("Feed: {name}"),
            data_dir.join("feeds").join(name),
            Some("nothing fetched yet: F (or hamish fetch) fetches the feeds"),
            true,
        )
    }));
    if feeds.is_empty() {
        roots.push(root(
            "Feeds".into(),
            data_dir.join("feeds").join(".none"),
            Some("no feeds yet: hamish feed add URL subscribes to one"),
            true,
        ));
    }
    roots.extend(folders.iter().map(|dir| {
        let title = format!("Folder: {}", dir.display());
        let hint = if dir.is_dir() {
            "no articles (*.txt) here yet"
        } else {
            "no such folder: check `library` in config.toml"
        };
        root(title, dir.clone(), Some(hint), false)
    }));
    roots.push(root(
        "Samples".into(),
        samples.to_path_buf(),
        Some("no samples"),
        false,
    ));
    roots.into_iter().flat_map(Root::walk).collect()
}

/// The groups of the folder `dir`: its own files, then each subfolder at any depth (not hidden
/// ones) by path; articles are named relative to `dir`.
pub fn dir_groups(dir: &Path) -> std::io::Result<Vec<Group>> {
    std::fs::read_dir(dir)?;
    let root = Root {
        title: base_name(dir),
        dir: dir.to_path_buf(),
        hint: None,
        newest_first: false,
        label: String::new(),
    };
    let mut groups = root.walk();
    // A subfolder's heading is its path under `dir` alone (`b/deeper`).
    for g in groups.iter_mut().skip(1) {
        let under = g.dir.strip_prefix(dir).unwrap_or(&g.dir);
        g.title = under.display().to_string();
    }
    Ok(groups)
}

/// The articles (`*.txt` regular files) of `groups`, group by group, each file once, named by
/// its place in the library ([`names`]), unique.
pub fn articles(groups: &[Group]) -> Found {
    let mut seen_dirs: HashSet<&Path> = HashSet::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut found: Vec<(PathBuf, String)> = Vec::new();
    for group in groups.iter().filter(|g| seen_dirs.insert(&g.dir)) {
        for path in walk::list_articles(&group.dir) {
            if seen.insert(path.clone()) {
                let name = names::name_in(&group.label, &group.root, &path);
                found.push((path, name));
            }
        }
    }
    let mut names: Vec<String> = found.iter().map(|(_, n)| n.clone()).collect();
    let paths: Vec<&Path> = found.iter().map(|(p, _)| p.as_path()).collect();
    names::make_unique(&mut names, &paths);
    let articles = found
        .iter()
        .zip(names)
        .map(|((path, _), name)| LibraryArticle {
            path: path.clone(),
            name,
        })
        .collect();
    Found {
        articles,
        missing: Vec::new(),
    }
}

/// The articles the paths given on a command line name: a file is itself (named by its file
/// name), a folder its articles and those of its subfolders, walked as the reader walks it
/// (named relative to the folder, with the folder's name in front when several paths are
/// given). A path that is neither is `missing`.
pub fn find(paths: &[PathBuf]) -> Found {
    let mut groups = Vec::new();
    let mut files = Vec::new();
    let mut missing = Vec::new();
    for path in paths {
        if path.is_dir() {
            let label = if paths.len() > 1 {
                base_name(path)
            } else {
                String::new()
            };
            match dir_groups(path) {
                Ok(g) => groups.extend(g.into_iter().map(|g| Group {
                    label: label.clone(),
                    ..g
                })),
                Err(e) => missing.push((path.clone(), e.to_string())),
            }
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            missing.push((path.clone(), "no such article or folder".into()));
        }
    }
    let mut found = articles(&groups);
    let mut seen: HashSet<PathBuf> = found.paths().into_iter().collect();
    for path in files.into_iter().filter(|p| seen.insert(p.clone())) {
        let name = base_name(&path);
        found.articles.push(LibraryArticle { path, name });
    }
    let mut all: Vec<String> = found.articles.iter().map(|a| a.name.clone()).collect();
    let paths: Vec<&Path> = found.articles.iter().map(|a| a.path.as_path()).collect();
    names::make_unique(&mut all, &paths);
    for (a, name) in found.articles.iter_mut().zip(all) {
        a.name = name;
    }
    found.missing = missing;
    found
}

/// The home's groups in the environment `env`, with the samples in `samples`.
pub(crate) fn home_in(env: Env, samples: &Path) -> Result<Vec<Group>, String> {
    let data = crate::dirs::data_dir(env).ok_or("no data directory: set HOME")?;
    Ok(home_groups(
        &data,
        &feed_names(env),
        &configured(env),
        samples,
    ))
}

/// The home (the samples installed if missing): what every command given no path works on.
pub fn home() -> Result<Vec<Group>, String> {
    let samples =
        samples::install().map_err(|e| format!("cannot install the sample articles: {e}"))?;
    home_in(&crate::dirs::process_env, &samples)
}

/// The names of the subscribed feeds, in `feeds.toml`'s order (none when it cannot be read).
pub(crate) fn feed_names(env: Env) -> Vec<String> {
    crate::dirs::config_dir(env)
        .and_then(|d| crate::fetch::feeds::load(&crate::fetch::feeds::file(&d)).ok())
        .map(|s| {
            // A name `fetch` refuses (`../x`) is not listed either.
            s.feeds
                .into_iter()
                .map(|f| f.name)
                .filter(|n| crate::fetch::feeds::valid_name(n))
                .collect()
        })
        .unwrap_or_default()
}

/// The folders of the configuration's `library` key, `~/` taken as the home directory (none
/// when the configuration cannot be read: the reader says why).
pub fn configured(env: Env) -> Vec<PathBuf> {
    let (config, _) = crate::config::load_in(env);
    let home = env("HOME").map(PathBuf::from);
    config
        .library
        .iter()
        .filter(|f| !f.trim().is_empty())
        .map(|f| match (f.strip_prefix("~/"), &home) {
            (Some(rest), Some(home)) => home.join(rest),
            _ if f == "~" => home.clone().unwrap_or_else(|| PathBuf::from(f)),
            _ => PathBuf::from(f),
        })
        .collect()
}

/// The last part of `path` (the path itself when it has none, as `/` or `..`).
fn base_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    )
}

#[cfg(test)]
mod tests;
