//! Where sidecars live when the article's directory cannot be written (the XDG fallback), moving
//! back beside the article, and the library-wide counts and tags the library view and Tab
//! completion use. Every test here shares one XDG_DATA_HOME, set before any test runs.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::common::annotations::*;
use hamish::annotate::library::{scan_library, Problem};
use hamish::annotate::location::{locate, locate_with, Location};
use hamish::annotate::sidecar::parse;
use hamish::annotate::store::Store;
use hamish::text::Article;

fn xdg() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        // Set once, before any test reads it; every test of this binary uses this value.
        std::env::set_var("XDG_DATA_HOME", &dir);
        dir
    })
}

fn read_only(article: &Path) -> Location {
    xdg();
    locate_with(article, |_| false).unwrap()
}

fn write_article(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn open_at(article: &Path, location: Location) -> Store {
    let loaded = Article::load(article).unwrap();
    Store::open_at(article, &loaded, location).unwrap().store
}

#[test]
fn an_unwritable_directory_sends_the_sidecar_to_xdg_data_home() {
    let lib = tempfile::tempdir().unwrap();
    let text = seed("001");
    let article = write_article(lib.path(), "a.txt", &text);
    let location = read_only(&article);
    assert!(location.fallback);
    assert!(location.path.starts_with(xdg().join("hamish/annotations")));
    assert!(location.to_string().contains("not writable"));

    let mut store = open_at(&article, location.clone());
    let id = store
        .add(find(&text, "بوتين", 0), ["x"], "", "")
        .unwrap()
        .id;
    assert!(store.location().fallback);
    assert!(!lib.path().join("a.txt.annotations.toml").exists());
    let disk = parse(&fs::read_to_string(&location.path).unwrap()).unwrap();
    assert!(disk.annotations.contains_key(&id));
    let abs = fs::canonicalize(&article).unwrap();
    assert_eq!(disk.article.path.as_deref(), Some(abs.to_str().unwrap()));

    // Reopened the same way, it reads the fallback file.
    let store = open_at(&article, read_only(&article));
    assert!(store.get(&id).is_some());
}

#[test]
fn a_directory_that_became_writable_starts_from_the_fallback_file() {
    let lib = tempfile::tempdir().unwrap();
    let text = seed("002");
    let article = write_article(lib.path(), "b.txt", &text);
    let mut store = open_at(&article, read_only(&article));
    let old = store
        .add(find(&text, "شويغو", 0), ["x"], "", "")
        .unwrap()
        .id;
    drop(store);

    xdg();
    let location = locate(&article).unwrap();
    assert!(!location.fallback);
    let mut store = open_at(&article, location);
    assert!(
        store.get(&old).is_some(),
        "annotations follow from the fallback"
    );
    let new = store
        .add(find(&text, "وانغ يي", 0), ["y"], "", "")
        .unwrap()
        .id;
    let beside =
        parse(&fs::read_to_string(lib.path().join("b.txt.annotations.toml")).unwrap()).unwrap();
    assert!(beside.annotations.contains_key(&old) && beside.annotations.contains_key(&new));
}

#[test]
fn the_library_scan_counts_annotations_and_tags_beside_and_in_the_fallback() {
    let lib = tempfile::tempdir().unwrap();
    let texts = seed_texts();
    let a = write_article(lib.path(), "a.txt", &texts[0]);
    let b = write_article(lib.path(), "b.txt", &texts[1]);
    let c = write_article(lib.path(), "c.txt", &texts[2]);
    write_article(lib.path(), "d.txt", &texts[3]);

    let mut store = open_at(&a, locate(&a).unwrap());
    store
        .add(find(&texts[0], "بوتين", 0), ["putin", "quote"], "", "")
        .unwrap();
    store
        .add(find(&texts[0], "الصين", 0), ["china"], "", "")
        .unwrap();
    let mut store = open_at(&b, read_only(&b));
    store
        .add(find(&texts[1], "بكين", 0), ["china", "سياسة"], "", "")
        .unwrap();
    fs::write(lib.path().join("c.txt.annotations.toml"), "version = [").unwrap();
    let _ = c;

    let index = scan_library(lib.path()).unwrap();
    let dir = fs::canonicalize(lib.path()).unwrap();
    let counts: Vec<(String, usize)> = index
        .counts
        .iter()
        .map(|(p, &n)| (p.strip_prefix(&dir).unwrap().display().to_string(), n))
        .collect();
    assert_eq!(counts, [("a.txt".to_string(), 2), ("b.txt".to_string(), 1)]);
    assert_eq!(index.tags["china"], 2);
    assert_eq!(index.tags_by_use(), ["china", "putin", "quote", "سياسة"]);
    assert_eq!(index.problems.len(), 1);
    assert!(index.problems[0].0.ends_with("c.txt.annotations.toml"));
    assert!(matches!(index.problems[0].1, Problem::Parse(_)));
}

#[test]
fn completion_tags_keep_the_library_order_then_the_article_and_scale_linearly() {
    use hamish::annotate::library::completion_tags;
    let library = vec!["quote".to_string(), "putin".to_string()];
    assert_eq!(
        completion_tags(&library, ["putin", "بوتين", "quote", "بوتين"]),
        ["quote", "putin", "بوتين"]
    );
    // 100,000 tags in the library and the same in the article (issue 10: once 26 s).
    let many: Vec<String> = (0..100_000).map(|i| format!("tag{i}")).collect();
    let started = std::time::Instant::now();
    let tags = completion_tags(&many, many.iter().map(String::as_str).rev());
    assert_eq!(tags.len(), 100_000);
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}
