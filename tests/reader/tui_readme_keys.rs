//! README's key table is generated from the keymap, like the help overlay: this test fails when
//! the text between `<!-- keys:start -->` and `<!-- keys:end -->` differs from the generated
//! table, and rewrites that section (and only it) when `HAMISH_REGENERATE=1` is set.

use std::path::Path;

use hamish::tui::input::keymap::Keymap;

const START: &str = "<!-- keys:start -->\n";
const END: &str = "<!-- keys:end -->";

#[test]
fn readme_key_table_is_generated_from_the_keymap() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find(START).expect("README has <!-- keys:start -->") + START.len();
    let end = start
        + readme[start..]
            .find(END)
            .expect("README has <!-- keys:end -->");
    let table = Keymap::default().markdown_table();
    assert!(table.lines().count() > 20, "{table}");
    assert!(table.contains("| `j` `down` | `line_down` |"), "{table}");
    if readme[start..end] == table {
        return;
    }
    if std::env::var_os("HAMISH_REGENERATE").is_some_and(|v| v == "1") {
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    panic!(
        "README.md's key table is out of date; run `HAMISH_REGENERATE=1 cargo test --test reader \
         tui_readme_keys` to rewrite it. Expected:\n{table}"
    );
}

#[test]
fn help_overlay_lists_the_same_rows_as_the_readme() {
    let keymap = Keymap::default();
    let help = hamish::tui::draw::help::help_lines(&keymap);
    let rows = keymap.help_rows();
    // The rows, then one line on the keyboard layouts (not a binding: no README table row).
    assert_eq!(help.len(), rows.len() + 1);
    assert!(help
        .last()
        .unwrap()
        .1
        .contains("Arabic, Persian, Hebrew layouts"));
    for ((keys, description), row) in help.iter().zip(&rows) {
        assert_eq!(keys, &row.keys.join(" "));
        assert_eq!(*description, row.description);
        assert!(keymap.markdown_table().contains(row.description));
    }
}
