//! Closing an article whose last save failed (issue 10: "Quitting after a failed save drops
//! changes silently"): one more try, then a recovery file in the data directory, never a
//! silent loss.

use std::fs;

use hamish::annotate::sidecar::parse_bytes;
use hamish::annotate::store::Store;
use hamish::text::Article;

const TEXT: &str = "ليس تحالفاً عسكرياً بل شراكة اقتصادية.\n";

#[test]
fn a_change_that_cannot_be_saved_goes_to_a_recovery_file_on_closing() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("data/hamish/recovery");
    let article = dir.path().join("a.txt");
    fs::write(&article, TEXT).unwrap();
    let sidecar = dir.path().join("a.txt.annotations.toml");
    let loaded = Article::load(&article).unwrap();
    let mut store = Store::open(&article, &loaded).unwrap().store;
    assert!(!store.has_unsaved());
    store.close_recovering_in(Some(recovery.clone())).unwrap();
    assert!(
        !sidecar.exists(),
        "closing with nothing to save writes nothing"
    );

    let first = store.add(0..3, ["a"], "", "").unwrap();
    first.saved.unwrap();
    let broken = b"version = 1\n[[annotations]\n";
    fs::write(&sidecar, broken).unwrap();
    let second = store.add(4..9, ["b"], "", "note").unwrap();
    assert!(second.saved.is_err());
    assert!(store.has_unsaved());

    let unsaved = store
        .close_recovering_in(Some(recovery.clone()))
        .unwrap_err();
    let path = unsaved.recovery.as_ref().unwrap().clone();
    assert!(path.starts_with(&recovery), "{path:?}");
    assert!(unsaved.to_string().contains("written to"), "{unsaved}");
    let recovered = parse_bytes(&fs::read(&path).unwrap()).unwrap();
    assert!(recovered.annotations.contains_key(&first.id));
    assert!(recovered.annotations.contains_key(&second.id));
    assert_eq!(
        fs::read(&sidecar).unwrap(),
        broken,
        "the broken file is left alone"
    );

    // Once the file is fixed, closing saves and reports nothing.
    fs::remove_file(&sidecar).unwrap();
    store.close_recovering_in(Some(recovery.clone())).unwrap();
    assert!(!store.has_unsaved());
    let saved = parse_bytes(&fs::read(&sidecar).unwrap()).unwrap();
    assert!(saved.annotations.contains_key(&second.id));
}
