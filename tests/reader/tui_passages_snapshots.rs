//! What the passages view looks like: frames drawn into ratatui's `TestBackend`, kept as insta
//! snapshots (the seeds annotated with Arabic tags, a passage needing review and one not found;
//! with and without filters; at a narrow width), and hostile quotes, notes and tags drawn as
//! symbols, never as escape sequences.

use super::tui_passages::annotated_library;
use crate::common::reader::*;

#[test]
fn the_passages_of_the_annotated_seeds() {
    let (_dir, _paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "j"]);
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn passages_filtered_by_tags_any_of_and_state() {
    let (_dir, _paths, mut app) = annotated_library((80, 24));
    press(&mut app, &["A", "f"]);
    type_text(&mut app, "قمة سياسة");
    press(&mut app, &["enter", "o", "s"]);
    insta::assert_snapshot!(frame(&app));
}

/// A long quote wrapped to a narrow column and cut with "…", beside an article whose sidecar
/// (written by hand) holds escape sequences in its quote, tag and note.
#[test]
fn a_long_quote_wraps_and_hostile_text_is_drawn_as_symbols() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::copy(seed(3), &path).unwrap();
    let mut writer = app((80, 24));
    reopen(&mut writer, &path);
    super::tui_annotate::annotate(
        &mut writer,
        "تعد زيارة الرئيس الروسي فلاديمير بوتين إلى الصين، التي تم الإعلان عنها بدعوة من نظيره الصيني",
        "زيارة",
    );
    std::fs::write(dir.path().join("b.txt"), "plain text\n").unwrap();
    let hostile = "version = 1\n[article]\nfile = \"b.txt\"\ntitle = \"t\\u001b[2J\"\n\n\
                   [[annotations]]\nid = \"01J00000000000000000000001\"\nstart = 0\nend = 5\n\
                   exact = \"\\u001b[31mred\"\ntags = [\"\\u001b]0;x\\u0007\"]\n\
                   note = \"\\u001b[2Jgone\"\n";
    std::fs::write(dir.path().join("b.txt.annotations.toml"), hostile).unwrap();
    let mut app = app((50, 20));
    app.open_library(hamish::tui::panels::library::Library::load(dir.path()).unwrap());
    press(&mut app, &["A"]);
    assert_eq!(
        super::tui_passages::passages(&app).heading(),
        "2 passages in 2 articles"
    );
    let shown = frame(&app);
    let buf = shown.buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let symbol = buf[(x, y)].symbol();
            assert!(
                !symbol.chars().any(char::is_control),
                "{symbol:?} at {x},{y}"
            );
        }
    }
    insta::assert_snapshot!(shown);
}
