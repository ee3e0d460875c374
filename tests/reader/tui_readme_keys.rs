//! README's key table is generated from the keymap, like the help overlay: this test fails when
//! the text between `<!-- keys:start -->` and `<!-- keys:end -->` differs from the generated
//! table, and rewrites that section (and only it) when `HAMISH_REGENERATE=1` is set.

use crate::common::readme::check_section;
use hamish::tui::article::help::ARTICLE;
use hamish::tui::input::keymap::Keymap;
use hamish::tui::screens::help::help_lines;

#[test]
fn readme_key_table_is_generated_from_the_keymap() {
    let table = Keymap::default().markdown_table();
    assert!(table.lines().count() > 20, "{table}");
    assert!(table.contains("| `j` `down` | `line_down` |"), "{table}");
    check_section(
        "keys",
        &table,
        "key table",
        "cargo test --test reader tui_readme_keys",
    );
}

#[test]
fn help_overlay_lists_the_same_rows_as_the_readme() {
    // Grouped by view (an action may show in several), the current view first: every README row
    // is in the help, with the same keys, and the help has no key row the README lacks (besides
    // the editor's own keys and the line on keyboard layouts).
    let keymap = Keymap::default();
    let help = help_lines(&keymap, &ARTICLE);
    let rows = keymap.help_rows();
    for row in &rows {
        let keys = row.keys.join(" ");
        assert!(
            help.iter()
                .any(|(k, d)| *k == keys && *d == row.description),
            "{} missing from the help",
            row.action
        );
        assert!(keymap.markdown_table().contains(row.description));
    }
    let table = keymap.markdown_table();
    let editor = help.iter().position(|(k, _)| k.contains("editor")).unwrap();
    let own = help.len() - 1;
    for (i, (_, description)) in help.iter().enumerate() {
        if !description.is_empty() && !(editor..editor + 10).contains(&i) && i != own {
            assert!(table.contains(description), "{description}");
        }
    }
    assert!(help[0].0.contains("article"), "the current view first");
    assert!(help
        .last()
        .unwrap()
        .1
        .contains("Arabic, Persian, Hebrew layouts"));
}
