//! The layers' "knows nothing of" contracts, checked on the `use` paths of their files (outside
//! their inline tests): `src/text/` lays out text and knows nothing of annotations, the reader,
//! terminals or any layer above it; `src/annotate/` owns annotations and their files and knows
//! nothing of the reader, terminals, exports, fetching or commands; `src/export/` and
//! `src/fetch/`, beside each other above annotate, know nothing of each other or of the front
//! ends.

use std::path::Path;

use crate::graph::{code, Graph};

/// Top-level modules of hamish and outside crates each layer must not name.
const CONTRACTS: [(&str, &[&str]); 4] = [
    (
        "text",
        &[
            "annotate",
            "tui",
            "export",
            "fetch",
            "commands",
            "cli",
            "library",
            "render",
            "merge_driver",
            "config",
            "ratatui",
            "crossterm",
        ],
    ),
    (
        "annotate",
        &[
            "tui",
            "export",
            "fetch",
            "commands",
            "cli",
            "library",
            "render",
            "ratatui",
            "crossterm",
        ],
    ),
    // The two layers beside annotate know nothing of each other or of the front ends.
    (
        "export",
        &["tui", "fetch", "commands", "cli", "ratatui", "crossterm"],
    ),
    (
        "fetch",
        &["tui", "export", "commands", "cli", "ratatui", "crossterm"],
    ),
];

/// What `layer`'s files name of `forbidden`: "file: name" lines.
fn breaches(src: &Path, layer: &str, forbidden: &[&str]) -> Vec<String> {
    let graph = Graph::read(src);
    let mut out = Vec::new();
    for (module, file) in &graph.files {
        if module.first().map(String::as_str) != Some(layer) {
            continue;
        }
        for to in &graph.edges[module] {
            if to.first().is_some_and(|m| forbidden.contains(&m.as_str())) {
                out.push(format!("{}: crate::{}", file.display(), to.join("::")));
            }
        }
        let text = code(&std::fs::read_to_string(src.join(file)).unwrap());
        for name in forbidden {
            let named = [format!("{name}::"), format!("use {name}")];
            let outside = text.match_indices(&named[0]).any(|(at, _)| {
                !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
            });
            if outside || text.contains(&named[1]) {
                out.push(format!("{}: {name}", file.display()));
            }
        }
    }
    out
}

#[test]
fn each_layer_names_nothing_of_the_layers_above_or_beside_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for (layer, forbidden) in CONTRACTS {
        let found = breaches(&src, layer, forbidden);
        assert!(
            found.is_empty(),
            "src/{layer}/ must not name:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn a_text_file_naming_the_reader_or_ratatui_breaks_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in [
        ("lib.rs", "pub mod text;\npub mod tui;\n"),
        (
            "text/mod.rs",
            "//! knows nothing of ratatui::Frame\nmod wrap;\n",
        ),
        (
            "text/wrap.rs",
            "use super::super::x;\nfn f(_: ratatui::Frame) {}\n",
        ),
        ("tui/mod.rs", "use crate::text;\n"),
    ] {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    }
    let forbidden: &[&str] = &["tui", "ratatui"];
    assert_eq!(
        breaches(dir.path(), "text", forbidden),
        ["text/wrap.rs: ratatui"]
    );
    std::fs::write(dir.path().join("text/wrap.rs"), "use crate::tui::App;\n").unwrap();
    assert_eq!(
        breaches(dir.path(), "text", forbidden),
        ["text/wrap.rs: crate::tui"]
    );
}
