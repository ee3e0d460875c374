//! No import circles between the files of `src/` (the shared `circles.py` count must stay 0):
//! data flows one way, so each file can be read knowing only the files below it.

use std::path::Path;

use crate::graph::Graph;

#[test]
fn no_two_files_of_src_import_each_other_directly_or_not() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = Graph::read(&src);
    assert!(graph.files.len() > 100, "read {} files", graph.files.len());
    let circles = graph.circles();
    let shown: Vec<String> = circles
        .iter()
        .map(|c| {
            let names: Vec<_> = c.iter().map(|p| p.display().to_string()).collect();
            names.join(" ↔ ")
        })
        .collect();
    assert!(circles.is_empty(), "import circles:\n{}", shown.join("\n"));
}

#[test]
fn a_circle_through_a_super_import_or_a_use_group_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("lib.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
        (
            "a/mod.rs",
            "mod x;\nuse crate::b::B; // crate::c in a comment\n",
        ),
        (
            "a/x.rs",
            "use crate::c::{C, D as E};\nfn g() { super::helper() }\n",
        ),
        ("b.rs", "pub fn f() { super::a::x::g() }\n"),
        (
            "c.rs",
            "use crate::{a, b};\n#[cfg(test)]\nmod tests {\n    use crate::c;\n}\n",
        ),
    ];
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let graph = Graph::read(dir.path());
    // a → b → a/x → c → a (and b): one circle of four; a/x naming its parent is no import.
    assert_eq!(graph.circles().len(), 1);
    assert_eq!(graph.circles()[0].len(), 4, "{:?}", graph.circles());
    // Imports only in a comment and in c's tests: no circle left.
    let c = "// use crate::a;\n#[cfg(test)]\nmod tests {\n    use crate::b;\n}\n";
    std::fs::write(dir.path().join("c.rs"), c).unwrap();
    assert_eq!(
        Graph::read(dir.path()).circles(),
        Vec::<Vec<std::path::PathBuf>>::new()
    );
}
