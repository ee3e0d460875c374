//! Leaving an article whose annotations could not be saved (issue 10: "Quitting after a failed
//! save drops changes silently"): quitting and going back try once more, then write a recovery
//! file and say where; quitting waits for a second quit.

use std::path::Path;

use crate::common::reader::*;
use hamish::annotate::sidecar::parse_bytes;
use hamish::tui::app::{App, Effect};

/// Seed 0 in a temp dir with one annotation saved, then its sidecar broken on disk and a second
/// annotation that therefore cannot be saved.
fn with_an_unsaved_change() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let (dir, path, mut app) = temp_seed(0, (80, 24));
    app.recovery_dir = Some(dir.path().join("recovery"));
    search(&mut app, "ليس تحالفاً عسكرياً");
    press(&mut app, &["a"]);
    type_text(&mut app, "أول");
    press(&mut app, &["enter"]);
    let sidecar = sidecar_of(&path);
    assert!(sidecar.exists());
    std::fs::write(&sidecar, "version = 1\n[[annotations]\n").unwrap();
    search(&mut app, "بوتين");
    press(&mut app, &["a"]);
    type_text(&mut app, "ثان");
    press(&mut app, &["enter"]);
    (dir, path, app)
}

fn sidecar_of(article: &Path) -> std::path::PathBuf {
    let mut name = article.file_name().unwrap().to_os_string();
    name.push(".annotations.toml");
    article.with_file_name(name)
}

fn recovered(dir: &Path) -> Vec<std::path::PathBuf> {
    match std::fs::read_dir(dir.join("recovery")) {
        Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn quitting_with_an_unsaved_change_writes_a_recovery_file_says_where_and_asks_again() {
    let (dir, path, mut app) = with_an_unsaved_change();
    press(&mut app, &["q"]);
    assert!(!app.effects.contains(&Effect::Quit), "quit at once");
    let notice = app.notice().expect("a notice says why").to_string();
    let files = recovered(dir.path());
    assert_eq!(files.len(), 1, "{notice}");
    assert!(notice.contains("Quit again"), "{notice}");
    let recovery = parse_bytes(&std::fs::read(&files[0]).unwrap()).unwrap();
    let tags: Vec<_> = recovery
        .annotations
        .values()
        .flat_map(|a| a.tags.clone())
        .collect();
    assert!(tags.iter().any(|t| t == "ثان"), "{tags:?}");
    // The broken sidecar is left as it was.
    assert_eq!(
        std::fs::read_to_string(sidecar_of(&path)).unwrap(),
        "version = 1\n[[annotations]\n"
    );
    press(&mut app, &["x"]); // any key closes the notice
    press(&mut app, &["q"]);
    assert!(app.effects.contains(&Effect::Quit));
    assert_eq!(recovered(dir.path()).len(), 1, "no second recovery file");
}

#[test]
fn once_the_file_is_fixed_quitting_saves_and_goes() {
    let (dir, path, mut app) = with_an_unsaved_change();
    std::fs::remove_file(sidecar_of(&path)).unwrap();
    press(&mut app, &["q"]);
    assert!(app.effects.contains(&Effect::Quit));
    assert!(app.notice().is_none());
    assert!(recovered(dir.path()).is_empty());
    let saved = parse_bytes(&std::fs::read(sidecar_of(&path)).unwrap()).unwrap();
    assert_eq!(saved.annotations.len(), 2);
}

#[test]
fn going_back_to_the_library_says_where_the_changes_went() {
    let (dir, path, mut app) = with_an_unsaved_change();
    app.library =
        Some(hamish::tui::screens::library::state::Library::load(path.parent().unwrap()).unwrap());
    press(&mut app, &["q"]);
    assert!(app.article.is_none(), "back in the library");
    assert!(app.notice().unwrap().contains("written to"));
    assert_eq!(recovered(dir.path()).len(), 1);
}

#[test]
fn a_change_made_after_the_warning_is_recovered_too() {
    let (dir, _path, mut app) = with_an_unsaved_change();
    press(&mut app, &["q"]);
    assert_eq!(recovered(dir.path()).len(), 1);
    press(&mut app, &["x"]); // closes the notice
    search(&mut app, "الصين");
    press(&mut app, &["a"]);
    type_text(&mut app, "ثالث");
    press(&mut app, &["enter"]);
    press(&mut app, &["q"]);
    assert!(app.effects.contains(&Effect::Quit));
    let files = recovered(dir.path());
    assert_eq!(
        files.len(),
        2,
        "the later change went to a new recovery file"
    );
    let has_third = files.iter().any(|f| {
        parse_bytes(&std::fs::read(f).unwrap())
            .unwrap()
            .annotations
            .values()
            .any(|a| a.tags.iter().any(|t| t == "ثالث"))
    });
    assert!(has_third);
}
