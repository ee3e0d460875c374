//! Which file of `src/` imports which: every `crate::…`, `super::…` and `self::…` path (and the
//! items of a `use …::{a, b}` group) mapped to the file that defines the module it names. The
//! same reading as the shared `circles.py` script: comments and a trailing inline `mod tests`
//! are left out (tests may import freely), `main.rs` (which names the library as `hamish::`) is
//! left out. Knows nothing of which imports are allowed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path below the crate root: `["annotate", "sidecar"]` for `annotate/sidecar/mod.rs`.
pub type Module = Vec<String>;

/// The files of a source tree and the modules each one imports.
pub struct Graph {
    /// Each module's file, relative to the source directory.
    pub files: BTreeMap<Module, PathBuf>,
    /// The modules (other than itself and its parent) each module imports.
    pub edges: BTreeMap<Module, BTreeSet<Module>>,
}

impl Graph {
    /// Reads every `.rs` file under `src`.
    pub fn read(src: &Path) -> Graph {
        let mut files = BTreeMap::new();
        for path in rust_files(src) {
            let rel = path.strip_prefix(src).unwrap().with_extension("");
            let mut module: Module = rel.iter().map(|s| s.to_string_lossy().into()).collect();
            match module.last().map(String::as_str) {
                Some("main") if module.len() == 1 => continue,
                Some("mod" | "lib") => {
                    module.pop();
                }
                _ => {}
            }
            files.insert(module, path.strip_prefix(src).unwrap().to_path_buf());
        }
        let mut edges = BTreeMap::new();
        for (module, rel) in &files {
            let text = std::fs::read_to_string(src.join(rel)).unwrap();
            let here = module.clone();
            let parent = module[..module.len().saturating_sub(1)].to_vec();
            let mut to = BTreeSet::new();
            for (head, path) in paths(&code(&text)) {
                let base = match head {
                    Head::Crate => Vec::new(),
                    Head::Super => parent.clone(),
                    Head::SelfMod => here.clone(),
                };
                let full: Module = base.iter().chain(&path.0).cloned().collect();
                let skip = if path.1 {
                    full[..full.len() - 1].to_vec()
                } else {
                    base.clone()
                };
                if let Some(o) = owner(&files, &full) {
                    if o != *module && o != skip {
                        to.insert(o);
                    }
                }
            }
            edges.insert(module.clone(), to);
        }
        Graph { files, edges }
    }

    /// Every group of two or more files that import each other, directly or not (the strongly
    /// connected components of the graph), each as the files' paths, sorted.
    pub fn circles(&self) -> Vec<Vec<PathBuf>> {
        let reach: BTreeMap<&Module, BTreeSet<&Module>> =
            self.files.keys().map(|m| (m, self.reachable(m))).collect();
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for m in self.files.keys() {
            if seen.contains(m) {
                continue;
            }
            let group: Vec<&Module> = reach[m]
                .iter()
                .filter(|w| *w != &m && reach[*w].contains(m))
                .copied()
                .chain([m])
                .collect();
            seen.extend(group.iter().copied());
            if group.len() > 1 {
                let mut files: Vec<PathBuf> =
                    group.iter().map(|w| self.files[*w].clone()).collect();
                files.sort();
                out.push(files);
            }
        }
        out
    }

    /// The modules `from` imports, directly or through others.
    fn reachable(&self, from: &Module) -> BTreeSet<&Module> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from];
        while let Some(m) = todo.pop() {
            for w in &self.edges[m] {
                if seen.insert(w) {
                    todo.push(w);
                }
            }
        }
        seen
    }
}

/// What a path starts with.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Head {
    Crate,
    Super,
    SelfMod,
}

/// The `.rs` files under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The longest prefix of `path` that is a module with a file.
fn owner(files: &BTreeMap<Module, PathBuf>, path: &[String]) -> Option<Module> {
    (0..=path.len())
        .rev()
        .map(|k| path[..k].to_vec())
        .find(|m| files.contains_key(m))
}

/// `text` without `//` comments and without an inline `#[cfg(test)] mod tests { … }` and
/// whatever follows it.
pub fn code(text: &str) -> String {
    let mut text = text;
    let mut from = 0;
    while let Some(at) = text[from..].find("#[cfg(test)]").map(|i| i + from) {
        let rest = text[at + "#[cfg(test)]".len()..].trim_start();
        if let Some(after) = rest.strip_prefix("mod tests") {
            if after.trim_start().starts_with('{') {
                text = &text[..at];
                break;
            }
        }
        from = at + 1;
    }
    text.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every `crate::a::b`, `super::…`, `self::…` path in `code`, as its head and its segments, and
/// for a `use head::a::{x, y}` group each item as one more path whose last segment is the item
/// (flagged `true`: the group's own module is then not an import of it).
pub fn paths(code: &str) -> Vec<(Head, (Vec<String>, bool))> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let Some((head, len)) = [
            ("crate", Head::Crate),
            ("super", Head::Super),
            ("self", Head::SelfMod),
        ]
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|(w, h)| (*h, w.len())) else {
            at += rest.chars().next().unwrap().len_utf8();
            continue;
        };
        let before = code[..at].chars().next_back();
        let after = rest[len..].chars().next();
        if before.is_some_and(is_word) || after.is_some_and(is_word) {
            at += len;
            continue;
        }
        let (segments, used) = segments(&rest[len..]);
        if !segments.is_empty() {
            out.push((head, (segments.clone(), false)));
        }
        if code[..at].ends_with("use ") && rest[len + used..].starts_with("::{") {
            let group = &rest[len + used + 3..];
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let item = item
                    .trim()
                    .split(" as ")
                    .next()
                    .unwrap()
                    .split("::")
                    .next()
                    .unwrap();
                if !item.is_empty() && item != "self" {
                    let mut path = segments.clone();
                    path.push(item.to_owned());
                    out.push((head, (path, true)));
                }
            }
        }
        at += len + used;
    }
    out
}

/// The `::word` segments at the start of `text`, and how many bytes they take.
fn segments(text: &str) -> (Vec<String>, usize) {
    let mut out = Vec::new();
    let mut used = 0;
    while let Some(rest) = text[used..].strip_prefix("::") {
        let word: String = rest.chars().take_while(|&c| is_word(c)).collect();
        if word.is_empty() {
            break;
        }
        used += 2 + word.len();
        out.push(word);
    }
    (out, used)
}
