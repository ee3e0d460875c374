//! The groups a library is shown in, and the files each group lists: the home (`hamish` with no
//! path: saved articles, one group per subscribed feed, the samples) or a directory (its own
//! files, then one group per subdirectory, one level deep). Files that are not articles
//! (`.html`, `.md`, …) are listed with the reason they cannot be opened.
//!
//! Reads directories only (names, no file contents); knows nothing about keys or drawing.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::annotate::location::SIDECAR_SUFFIX;

/// One group of the library: a heading and the directory its articles come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The heading (sanitised when drawn).
    pub title: String,
    /// The directory whose files it lists.
    pub dir: PathBuf,
    /// What to say when it is empty (how to fill it); `None`: an empty group is not shown.
    pub hint: Option<String>,
    /// Whether its articles are newest first when the library is sorted by file name (feeds).
    pub newest_first: bool,
}

/// The home's groups: "Saved articles" (`DATA/articles`), one per feed (`DATA/feeds/NAME`, in
/// the order of `feeds.toml`), and "Samples".
pub fn home_groups(data_dir: &Path, feeds: &[String], samples: &Path) -> Vec<Group> {
    let mut groups = vec![Group {
        title: "Saved articles".into(),
        dir: data_dir.join("articles"),
        hint: Some("none yet: hamish add URL saves a page here".into()),
        newest_first: true,
    }];
    groups.extend(feeds.iter().map(|name| Group {
        title: format!("Feed: {name}"),
        dir: data_dir.join("feeds").join(name),
        hint: Some("nothing fetched yet: F (or hamish fetch) fetches the feeds".into()),
        newest_first: true,
    }));
    if feeds.is_empty() {
        groups.push(Group {
            title: "Feeds".into(),
            dir: data_dir.join("feeds").join(".none"),
            hint: Some("no feeds yet: hamish feed add URL subscribes to one".into()),
            newest_first: true,
        });
    }
    groups.push(Group {
        title: "Samples".into(),
        dir: samples.to_path_buf(),
        hint: Some("no samples".into()),
        newest_first: false,
    });
    groups
}

/// The groups of directory `dir`: its own files, then each subdirectory (not hidden ones) by
/// name. Only one level deep: a subdirectory's subdirectories are not listed.
pub fn dir_groups(dir: &Path) -> std::io::Result<Vec<Group>> {
    let mut subdirs: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()) || e.path().is_dir())
        .map(|e| e.path())
        .collect();
    subdirs.sort();
    let name = |p: &Path| {
        p.file_name()
            .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
    };
    let mut groups = vec![Group {
        title: name(dir),
        dir: dir.to_path_buf(),
        hint: None,
        newest_first: false,
    }];
    groups.extend(subdirs.iter().map(|d| Group {
        title: name(d),
        dir: d.clone(),
        hint: None,
        newest_first: false,
    }));
    Ok(groups)
}

/// The files of `dir` a library lists, by name: everything but directories, hidden files and
/// sidecars. A missing directory lists nothing.
pub fn list_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            !name.starts_with('.') && !name.ends_with(SIDECAR_SUFFIX)
        })
        // Pipes and devices too: the entry then says why it cannot be opened.
        .filter(|e| match e.file_type() {
            Ok(t) if t.is_symlink() => !e.path().is_dir(),
            Ok(t) => !t.is_dir(),
            Err(_) => false,
        })
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
}

/// Why the file at `path` is not an article, judged by its name; `None` for `*.txt`.
pub fn not_article(path: &Path) -> Option<String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    Some(match ext.as_str() {
        "txt" => return None,
        "html" | "htm" | "xhtml" => {
            "an HTML page: save it as an article with `hamish add FILE`".into()
        }
        "md" | "markdown" => {
            "Markdown: hamish reads plain text (`pandoc -t plain FILE -o NAME.txt`)".into()
        }
        "pdf" | "docx" | "odt" | "epub" | "rtf" => {
            format!(".{ext} document: convert it to plain text (.txt) first")
        }
        "toml" | "json" | "xml" | "csv" => format!(".{ext} data, not an article (*.txt)"),
        "" => "no .txt ending: hamish opens *.txt files as articles".into(),
        _ => format!(".{ext} file: hamish opens *.txt files as articles"),
    })
}

/// When each directory last changed (`None`: it cannot be read), to notice new files cheaply.
pub fn stamps(dirs: &[&Path]) -> Vec<Option<SystemTime>> {
    dirs.iter()
        .map(|d| std::fs::metadata(d).and_then(|m| m.modified()).ok())
        .collect()
}

/// One item of the library as drawn, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A group's heading, with how many of its entries show.
    Heading(usize, usize),
    /// What an empty group says (how to fill it).
    Hint(usize),
    /// An entry: index into the library's `shown`.
    Entry(usize),
}

/// The library as drawn: entries in order, each group's run preceded by its heading when there
/// are several groups; an empty group with a hint shows its heading and hint (unless a filter
/// is typed); a group with nothing to show is left out.
pub fn slots(library: &crate::tui::panels::library::Library) -> Vec<Slot> {
    let entry_group = |n: usize| library.entries[library.shown[n]].group;
    if library.groups.len() < 2 {
        return (0..library.shown.len()).map(Slot::Entry).collect();
    }
    let mut out = Vec::with_capacity(library.shown.len() + 2 * library.groups.len());
    let mut n = 0;
    for (g, group) in library.groups.iter().enumerate() {
        let start = n;
        while n < library.shown.len() && entry_group(n) == g {
            n += 1;
        }
        let any = library.entries.iter().any(|e| e.group == g);
        if start < n {
            out.push(Slot::Heading(g, n - start));
            out.extend((start..n).map(Slot::Entry));
        } else if !any && group.hint.is_some() && library.filter.trim().is_empty() {
            out.push(Slot::Heading(g, 0));
            out.push(Slot::Hint(g));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_has_saved_feeds_and_samples_in_that_order() {
        let data = Path::new("/d/hamish");
        let groups = home_groups(data, &["bbc".into(), "جزيرة".into()], Path::new("/s"));
        let titles: Vec<_> = groups.iter().map(|g| g.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Saved articles", "Feed: bbc", "Feed: جزيرة", "Samples"]
        );
        assert_eq!(groups[2].dir, Path::new("/d/hamish/feeds/جزيرة"));
        assert!(groups[1].newest_first && !groups[3].newest_first);
        let none = home_groups(data, &[], Path::new("/s"));
        assert!(none[1]
            .hint
            .as_deref()
            .unwrap()
            .contains("hamish feed add URL"));
        assert!(none[0].hint.as_deref().unwrap().contains("hamish add URL"));
    }

    #[test]
    fn a_directory_is_grouped_by_its_subdirectories_one_level_deep() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("b/deeper")).unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        std::fs::write(dir.path().join("top.txt"), "x").unwrap();
        std::fs::write(dir.path().join("top.txt.annotations.toml"), "x").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "x").unwrap();
        std::fs::write(dir.path().join("page.html"), "x").unwrap();
        let groups = dir_groups(dir.path()).unwrap();
        let dirs: Vec<_> = groups.iter().map(|g| g.dir.clone()).collect();
        assert_eq!(
            dirs,
            [
                dir.path().to_path_buf(),
                dir.path().join("a"),
                dir.path().join("b")
            ]
        );
        let files = list_files(dir.path());
        assert_eq!(
            files,
            [dir.path().join("page.html"), dir.path().join("top.txt")]
        );
        assert!(list_files(&dir.path().join("missing")).is_empty());
    }

    #[test]
    fn files_that_are_not_articles_say_why() {
        assert_eq!(not_article(Path::new("a.txt")), None);
        assert!(not_article(Path::new("a.HTML"))
            .unwrap()
            .contains("hamish add"));
        assert!(not_article(Path::new("a.md")).unwrap().contains("pandoc"));
        assert!(not_article(Path::new("README")).unwrap().contains(".txt"));
    }
}
