//! An article's name in the library: its place relative to its group's root, with the root's
//! label in front (`feeds/aljazeera/x.txt`, `articles/x.txt`, `sub/x.txt`), made unique over
//! a whole library so that two articles are never confused — in exports (CSV and JSON Lines
//! `file`, W3C `source`, REFI-QDA sources), the passages view and `tags`.
//!
//! Pure: names from paths, no file is read. Knows nothing about formats or drawing.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path};

/// The name of the article at `path` in a group whose root is `root` and whose label is
/// `label` (empty: names are relative to the root): `label/relative/path`, `/`-separated.
pub(crate) fn name_in(label: &str, root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let mut parts: Vec<String> = Vec::new();
    if !label.is_empty() {
        parts.push(label.to_string());
    }
    parts.extend(relative.components().filter_map(|c| match c {
        Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
        _ => None,
    }));
    parts.join("/")
}

/// Makes `names` unique in place (the paths are the articles', in the same order): a name held
/// by several articles takes more of each one's path in front (`a/x.txt`, `b/x.txt`), and if
/// that is not enough (the paths end alike), ` (2)`, ` (3)`, … after the second and later.
/// Names that are already unique are left as they are.
pub(crate) fn make_unique(names: &mut [String], paths: &[&Path]) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for n in names.iter() {
        *count.entry(n.clone()).or_default() += 1;
    }
    let clashing: Vec<usize> = (0..names.len()).filter(|&i| count[&names[i]] > 1).collect();
    let taken: HashSet<String> = names.iter().filter(|n| count[*n] == 1).cloned().collect();
    for &i in &clashing {
        let longer = longer_name(&names[i], paths[i], &clashing, paths, &taken);
        names[i] = longer;
    }
    let mut used: HashSet<String> = names
        .iter()
        .enumerate()
        .filter(|(i, _)| !clashing.contains(i))
        .map(|(_, n)| n.clone())
        .collect();
    for &i in &clashing {
        let base = names[i].clone();
        let mut n = 2;
        while used.contains(&names[i]) {
            names[i] = format!("{base} ({n})");
            n += 1;
        }
        used.insert(names[i].clone());
    }
}

/// `name` with as many of the folders above it in `path` put in front as it takes to tell it
/// from the other clashing paths (and from names already taken); `name` itself when none do.
fn longer_name(
    name: &str,
    path: &Path,
    clashing: &[usize],
    paths: &[&Path],
    taken: &HashSet<String>,
) -> String {
    let depth = name.matches('/').count() + 1;
    for k in depth + 1..=path.components().count() {
        let candidate = tail(path, k);
        let alone = clashing
            .iter()
            .filter(|&&j| paths[j] != path)
            .all(|&j| tail(paths[j], k) != candidate);
        if alone && !taken.contains(&candidate) {
            return candidate;
        }
    }
    name.to_string()
}

/// The last `k` components of `path`, `/`-separated.
fn tail(path: &Path, k: usize) -> String {
    let parts: Vec<String> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts[parts.len().saturating_sub(k)..].join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_relative_to_the_root_with_the_label_in_front() {
        let root = Path::new("/d/hamish/feeds/aljazeera");
        let path = root.join("2025/x.txt");
        assert_eq!(
            name_in("feeds/aljazeera", root, &path),
            "feeds/aljazeera/2025/x.txt"
        );
        assert_eq!(name_in("", root, &path), "2025/x.txt");
    }

    #[test]
    fn clashing_names_take_more_of_their_paths() {
        let paths = [
            Path::new("/r/one/news/x.txt"),
            Path::new("/r/two/news/x.txt"),
            Path::new("/r/y.txt"),
        ];
        let mut names: Vec<String> = ["news/x.txt", "news/x.txt", "y.txt"]
            .map(Into::into)
            .to_vec();
        make_unique(&mut names, &paths);
        assert_eq!(names, ["one/news/x.txt", "two/news/x.txt", "y.txt"]);
        // The same path twice (nothing more to take): numbered.
        let paths = [Path::new("/r/x.txt"), Path::new("/r/x.txt")];
        let mut names: Vec<String> = vec!["x.txt".into(), "x.txt".into()];
        make_unique(&mut names, &paths);
        assert_eq!(names, ["r/x.txt", "r/x.txt (2)"]);
    }
}
