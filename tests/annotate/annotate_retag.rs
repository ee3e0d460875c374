//! Renaming and merging tags across a library of three articles, and undoing it: only what
//! changes is written (and only the changed lines), a broken sidecar is named and left alone,
//! undo gives back the exact bytes, and a file changed between the two is refused or undone
//! annotation by annotation.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use hamish::annotate::model::{normalize_tags, tag_key, Annotation, AnnotationId, Sidecar};
use hamish::annotate::retag::{retag, retagged, RetagError};
use hamish::annotate::sidecar::parse;
use hamish::annotate::time::Timestamp;
use proptest::prelude::*;

fn entry(id: &str, start: usize, tags: &[&str]) -> String {
    let tags: Vec<String> = tags.iter().map(|t| format!("\"{t}\"")).collect();
    format!(
        "\n[[annotations]]\nid = \"{id}\"\nstart = {start}\nend = {}\nexact = \"x\"\n\
         tags = [{}]\n# a hand-written comment stays\nupdated = 2024-01-01T00:00:00Z\n",
        start + 1,
        tags.join(", ")
    )
}

fn sidecar(file: &str, entries: &[String]) -> String {
    format!(
        "version = 1\n\n[article]\nfile = \"{file}\"\n{}",
        entries.concat()
    )
}

/// a.txt: طاقة with نفط, and طاقة alone; b.txt: طاقة; c.txt: سياسة only.
fn library(dir: &Path) -> Vec<PathBuf> {
    let mut articles = Vec::new();
    let sidecars = [
        (
            "a.txt",
            vec![entry("A1", 0, &["طاقة", "نفط"]), entry("A2", 2, &["طاقة"])],
        ),
        ("b.txt", vec![entry("B1", 0, &["طاقة"])]),
        ("c.txt", vec![entry("C1", 0, &["سياسة"])]),
    ];
    for (name, entries) in sidecars {
        let article = dir.join(name);
        fs::write(&article, "x x x x\n").unwrap();
        fs::write(sidecar_path(&article), sidecar(name, &entries)).unwrap();
        articles.push(article);
    }
    articles
}

fn sidecar_path(article: &Path) -> PathBuf {
    let mut name = article.file_name().unwrap().to_os_string();
    name.push(".annotations.toml");
    article.with_file_name(name)
}

fn tags_of(article: &Path) -> Vec<(String, Vec<String>)> {
    let s = parse(&fs::read_to_string(sidecar_path(article)).unwrap()).unwrap();
    s.annotations
        .values()
        .map(|a| (a.id.to_string(), a.tags.clone()))
        .collect()
}

fn bytes(articles: &[PathBuf]) -> Vec<Vec<u8>> {
    articles
        .iter()
        .map(|a| fs::read(sidecar_path(a)).unwrap())
        .collect()
}

fn pairs(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    list.iter()
        .map(|(id, tags)| (id.to_string(), tags.iter().map(|t| t.to_string()).collect()))
        .collect()
}

#[test]
fn a_rename_changes_every_article_carrying_the_tag_and_undo_gives_back_the_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let articles = library(dir.path());
    let before = bytes(&articles);
    let c_meta = fs::metadata(sidecar_path(&articles[2])).unwrap();
    let done = retag(&articles, "طاقة", "الطاقة").unwrap();
    assert_eq!((done.changed.len(), done.annotations()), (2, 3));
    assert!(done.skipped.is_empty(), "{:?}", done.skipped);
    assert_eq!(
        tags_of(&articles[0]),
        pairs(&[("A1", &["الطاقة", "نفط"]), ("A2", &["الطاقة"])])
    );
    assert_eq!(tags_of(&articles[1]), pairs(&[("B1", &["الطاقة"])]));
    // Only the tags and updated lines changed: the comment and the other keys stay.
    let a = fs::read_to_string(sidecar_path(&articles[0])).unwrap();
    assert_eq!(a.matches("# a hand-written comment stays").count(), 2);
    assert!(!a.contains("2024-01-01"), "updated is now");
    // c.txt has no طاقة: not written at all (same inode, same time, same bytes).
    let c_after = fs::metadata(sidecar_path(&articles[2])).unwrap();
    assert_eq!(c_after.ino(), c_meta.ino());
    assert_eq!(c_after.modified().unwrap(), c_meta.modified().unwrap());
    let undone = done.undo();
    assert_eq!(undone.restored.len(), 2);
    assert!(undone.refused.is_empty() && undone.rest.is_none());
    assert_eq!(bytes(&articles), before, "byte-identical after undo");
}

#[test]
fn a_merge_keeps_one_tag_and_undo_restores_which_annotation_had_which() {
    let dir = tempfile::tempdir().unwrap();
    let articles = library(dir.path());
    let before = bytes(&articles);
    let done = retag(&articles, "نفط", "طاقة").unwrap();
    assert_eq!(done.annotations(), 1, "only A1 carries نفط");
    assert_eq!(
        tags_of(&articles[0]),
        pairs(&[("A1", &["طاقة"]), ("A2", &["طاقة"])])
    );
    let done = retag(&articles, "طاقة", "سياسة").unwrap();
    assert_eq!(done.annotations(), 3);
    for a in &articles {
        assert!(tags_of(a).iter().all(|(_, t)| t == &["سياسة"]), "{a:?}");
    }
    done.undo();
    assert_eq!(
        tags_of(&articles[0]),
        pairs(&[("A1", &["طاقة"]), ("A2", &["طاقة"])])
    );
    assert_eq!(tags_of(&articles[2]), pairs(&[("C1", &["سياسة"])]));
    let first = retag(&articles, "طاقة", "x").unwrap();
    first.undo();
    assert_ne!(
        bytes(&articles),
        before,
        "the first merge is still in force"
    );
}

#[test]
fn tags_compare_without_case_and_a_case_only_rename_respells() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, "x x x\n").unwrap();
    let entries = [
        entry("A1", 0, &["Putin", "quote"]),
        entry("A2", 2, &["putin"]),
        entry("A3", 4, &["PUTIN"]),
    ];
    fs::write(sidecar_path(&article), sidecar("a.txt", &entries)).unwrap();
    let articles = [article.clone()];
    let done = retag(&articles, "putin", "Putin").unwrap();
    assert_eq!(done.annotations(), 2, "A1 is spelled so already");
    assert!(tags_of(&article)
        .iter()
        .all(|(_, t)| t.contains(&"Putin".to_string())));
    let done = retag(&articles, "QUOTE", "Putin").unwrap();
    assert_eq!(tags_of(&article)[0].1, ["Putin"], "one tag, not two");
    assert_eq!(done.annotations(), 1);
    assert_eq!(
        retag(&articles, "a", " ").unwrap_err(),
        RetagError::EmptyTag
    );
    assert_eq!(retag(&articles, "a", "a").unwrap_err(), RetagError::Same);
}

#[test]
fn a_broken_sidecar_is_named_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let articles = library(dir.path());
    let broken = sidecar_path(&articles[1]);
    let text = "version = 1\n\n[[annotations]]\nid = \"B1\"\ntags = [\"طاقة\"\nstart = 0\n";
    fs::write(&broken, text).unwrap();
    let done = retag(&articles, "طاقة", "الطاقة").unwrap();
    assert_eq!(done.changed.len(), 1);
    assert_eq!(done.skipped.len(), 1);
    assert_eq!(done.skipped[0].path, broken);
    assert!(
        done.skipped[0].problem.contains("line "),
        "{:?}",
        done.skipped
    );
    assert_eq!(fs::read_to_string(&broken).unwrap(), text);
    assert_eq!(tags_of(&articles[0])[1].1, ["الطاقة"]);
}

#[test]
fn a_file_changed_since_is_undone_by_annotation_or_refused_without_losing_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let articles = library(dir.path());
    let before = bytes(&articles);
    let done = retag(&articles, "طاقة", "الطاقة").unwrap();
    // a.txt: an annotation added since (the retagged ones untouched): undone all the same.
    let a = sidecar_path(&articles[0]);
    let added = fs::read_to_string(&a).unwrap() + &entry("A3", 4, &["جديد"]);
    fs::write(&a, added).unwrap();
    // b.txt: the retagged annotation edited since: refused.
    let b = sidecar_path(&articles[1]);
    let edited = fs::read_to_string(&b)
        .unwrap()
        .replace("end = 1", "end = 3");
    fs::write(&b, &edited).unwrap();
    let undone = done.undo();
    assert_eq!(undone.restored, [fs::canonicalize(&a).unwrap()]);
    assert_eq!(undone.refused.len(), 1);
    assert!(undone.refused[0].problem.contains("B1 was changed since"));
    assert_eq!(
        fs::read_to_string(&b).unwrap(),
        edited,
        "refused: untouched"
    );
    assert_eq!(
        tags_of(&articles[0]),
        pairs(&[
            ("A1", &["طاقة", "نفط"]),
            ("A2", &["طاقة"]),
            ("A3", &["جديد"])
        ])
    );
    let restored = fs::read_to_string(&a).unwrap();
    let original = String::from_utf8(before[0].clone()).unwrap();
    assert_eq!(restored, original + &entry("A3", 4, &["جديد"]));
    // The refused part stays undoable: put b back as the rename left it, then undo it.
    let rest = undone.rest.unwrap();
    assert_eq!(rest.changed.len(), 1);
    fs::write(&b, edited.replace("end = 3", "end = 1")).unwrap();
    let again = rest.undo();
    assert!(again.refused.is_empty());
    assert_eq!(fs::read(&b).unwrap(), before[1]);
}

fn annotation(id: usize, tags: Vec<String>) -> Annotation {
    Annotation {
        id: AnnotationId::new(format!("id{id}")).unwrap(),
        start: id,
        end: id + 1,
        exact: "x".into(),
        prefix: String::new(),
        suffix: String::new(),
        tags: normalize_tags(tags),
        color: String::new(),
        note: String::new(),
        created: None,
        updated: None,
        extra: Default::default(),
    }
}

proptest! {
    /// After retagging, no annotation carries `from` (unless it is `to` spelled otherwise),
    /// every one that carried it carries `to` once, and the others are as they were.
    #[test]
    fn retagging_replaces_the_tag_and_nothing_else(
        sets in prop::collection::vec(
            prop::collection::vec(prop::sample::select(vec!["a", "A", "b", "B", "ج", "د"]), 0..4),
            1..8,
        ),
        from in prop::sample::select(vec!["a", "B", "ج"]),
        to in prop::sample::select(vec!["A", "b", "د", "new"]),
    ) {
        let mut sidecar = Sidecar::new("a.txt");
        for (i, tags) in sets.iter().enumerate() {
            let a = annotation(i, tags.iter().map(|t| t.to_string()).collect());
            sidecar.annotations.insert(a.id.clone(), a);
        }
        let now = Timestamp::from_unix(1_800_000_000, 0).unwrap();
        let changed = retagged(&sidecar, from, to, now);
        for a in sidecar.annotations.values() {
            let carried = a.tags.iter().any(|t| tag_key(t) == tag_key(from));
            match changed.get(&a.id) {
                Some((old, new)) => {
                    prop_assert!(carried && old == a);
                    prop_assert!(new.tags.iter().filter(|t| tag_key(t) == tag_key(to)).count() == 1);
                    prop_assert!(new.tags.contains(&to.to_string()));
                    prop_assert!(tag_key(from) == tag_key(to)
                        || !new.tags.iter().any(|t| tag_key(t) == tag_key(from)));
                    prop_assert_eq!(new.updated, Some(now));
                    let others = |tags: &[String]| -> Vec<String> { tags.iter()
                        .filter(|t| tag_key(t) != tag_key(from) && tag_key(t) != tag_key(to))
                        .cloned().collect() };
                    prop_assert_eq!(others(&old.tags), others(&new.tags));
                }
                None => prop_assert!(!carried || a.tags.contains(&to.to_string())),
            }
        }
    }
}
