//! The sample library: the five seeds and their metadata sidecars written to
//! `$XDG_DATA_HOME/hamish/samples/`, identical to `seeds/`, and never overwritten once there.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use hamish::tui::samples::{install_in, SAMPLES};

use crate::common::seeds::seeds;

/// The seeds' file names and bytes, sorted by name.
fn seed_files() -> Vec<(String, Vec<u8>)> {
    seeds()
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// Every file in `seeds/` (the seeds and their sidecars), sorted by name.
fn seeds_dir_files() -> Vec<(String, Vec<u8>)> {
    files(&crate::common::seeds::seeds_dir())
}

/// The files in `dir`, sorted by name.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn env_with(data_home: PathBuf) -> impl Fn(&str) -> Option<OsString> {
    move |name| match name {
        "XDG_DATA_HOME" => Some(data_home.clone().into_os_string()),
        "HOME" => Some(OsString::from("/nonexistent-home")),
        _ => None,
    }
}

#[test]
fn installs_the_five_seeds_identical_to_seeds_dir() {
    let seeds = seed_files();
    assert_eq!(seeds.len(), 5, "every seed is a sample");
    assert_eq!(SAMPLES.len(), seeds.len());
    let home = tempfile::tempdir().unwrap();
    let dir = install_in(&env_with(home.path().to_path_buf())).unwrap();
    assert_eq!(dir, home.path().join("hamish").join("samples"));
    assert_eq!(files(&dir), seeds_dir_files());
    // Each seed with its metadata sidecar: the library shows titles, not hash file names.
    assert_eq!(files(&dir).len(), 10);
    let library = hamish::annotate::library::scan_library(&dir).unwrap();
    let titled = library.meta.values().filter(|m| m.title.is_some()).count();
    assert_eq!(titled, 5);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
}

#[test]
fn a_second_run_keeps_the_users_files_and_restores_missing_ones() {
    let home = tempfile::tempdir().unwrap();
    let env = env_with(home.path().to_path_buf());
    let dir = install_in(&env).unwrap();
    let seeds = seed_files();
    let edited = dir.join(&seeds[0].0);
    std::fs::write(&edited, "my own edit\n").unwrap();
    let sidecar = dir.join(format!("{}.hamish.toml", seeds[0].0));
    std::fs::write(&sidecar, "# notes\n").unwrap();
    std::fs::remove_file(dir.join(&seeds[1].0)).unwrap();
    // A sidecar the user changed stays as it is; one removed beside an edited article is not
    // brought back (its metadata describes the text as shipped).
    let changed = dir.join(format!("{}.annotations.toml", seeds[2].0));
    std::fs::write(&changed, "version = 1\n[article]\ntitle = \"mine\"\n").unwrap();
    std::fs::remove_file(dir.join(format!("{}.annotations.toml", seeds[0].0))).unwrap();

    assert_eq!(install_in(&env).unwrap(), dir);
    assert_eq!(std::fs::read_to_string(&edited).unwrap(), "my own edit\n");
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), "# notes\n");
    assert_eq!(std::fs::read(dir.join(&seeds[1].0)).unwrap(), seeds[1].1);
    assert!(std::fs::read_to_string(&changed).unwrap().contains("mine"));
    assert!(!dir
        .join(format!("{}.annotations.toml", seeds[0].0))
        .exists());
    // Five seeds, four sidecars, the user's own file.
    assert_eq!(files(&dir).len(), 10);
}

#[test]
fn falls_back_to_home_and_reports_failures() {
    let home = tempfile::tempdir().unwrap();
    let home_path = home.path().to_path_buf();
    let env = move |name: &str| (name == "HOME").then(|| home_path.clone().into_os_string());
    let dir = install_in(&env).unwrap();
    assert_eq!(dir, home.path().join(".local/share/hamish/samples"));
    assert_eq!(files(&dir).len(), 10);

    let nowhere = |_: &str| None;
    assert!(install_in(&nowhere).is_err());

    // A file where the data directory should be: an error naming the path, not a panic.
    let blocked = tempfile::tempdir().unwrap();
    std::fs::write(blocked.path().join("hamish"), "").unwrap();
    let error = install_in(&env_with(blocked.path().to_path_buf())).unwrap_err();
    assert!(error.to_string().contains("hamish"), "{error}");
}
