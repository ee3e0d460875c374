//! The seed articles shipped in `seeds/`, listed once for every test binary (and the benches).
//! Knows nothing of what a test does with them.

use std::path::{Path, PathBuf};

/// The `seeds/` directory of the repository.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The seed articles' paths, sorted by name (so seed `i` is always the same article).
pub fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(seeds_dir())
        .expect("seeds/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    assert_eq!(v.len(), 5, "the five seed articles");
    v
}
