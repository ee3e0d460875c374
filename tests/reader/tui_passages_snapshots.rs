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
    type_text(&mut app, "قمة، سياسة");
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
    app.open_library(hamish::tui::screens::library::state::Library::load(dir.path()).unwrap());
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

/// Tags are drawn in their colours: the config's colour for a tag, else the passage's own.
#[test]
fn tags_are_drawn_in_their_colours() {
    let (_dir, _paths, mut app) = annotated_library((80, 24));
    app.tag_colors.insert("قمة".into(), "blue".into());
    press(&mut app, &["A"]);
    let shown = frame(&app);
    let buf = shown.buffer();
    let cells_in = |colour: &str| -> Vec<(u16, String)> {
        let style = app.theme().highlight(colour).unwrap();
        (0..buf.area.height)
            .filter_map(|y| {
                let row: String = (0..buf.area.width)
                    .filter(|&x| buf[(x, y)].bg == style.bg.unwrap())
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect();
                (!row.is_empty()).then_some((y, row))
            })
            .collect()
    };
    let blue = cells_in("blue");
    assert_eq!(blue.len(), 1, "{blue:?}");
    assert_eq!(blue[0].1.chars().count(), 3, "قمة in blue: {blue:?}");
    let yellow = cells_in("yellow");
    // The other tags in the passages' own colour (yellow): سياسة and طاقة of the first, ...
    assert!(yellow.len() >= 3, "{yellow:?}");
    assert!(
        yellow.iter().any(|(y, _)| *y == blue[0].0),
        "طاقة beside قمة"
    );
}

/// A passage with no colour (`hamish annotate` without `--color`) has a swatch of no colour;
/// selected, it takes the selection's background like the rest of the slot, not the text's (a
/// dark cell at the left of the selected passage in every terminal, seen under Xvfb).
#[test]
fn a_selected_passage_of_no_colour_is_selected_to_its_first_cell() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "نص المقال هنا\n").unwrap();
    let sidecar = "version = 1\n[article]\nfile = \"a.txt\"\n\n[[annotations]]\n\
                   id = \"01J00000000000000000000001\"\nstart = 0\nend = 2\nexact = \"نص\"\n";
    std::fs::write(dir.path().join("a.txt.annotations.toml"), sidecar).unwrap();
    let mut app = app((60, 12));
    app.open_library(hamish::tui::screens::library::state::Library::load(dir.path()).unwrap());
    press(&mut app, &["A"]);
    let shown = frame(&app);
    let buf = shown.buffer();
    let selection = app.theme().selection.bg.unwrap();
    let selected = |y: u16| -> Vec<u16> {
        (0..buf.area.width)
            .filter(|&x| buf[(x, y)].bg == selection)
            .collect()
    };
    // The slot's first row holds the swatch and the quote, the next its article.
    let quote = (0..buf.area.height)
        .find(|&y| !selected(y).is_empty())
        .expect("a passage is selected");
    assert_eq!(
        selected(quote),
        selected(quote + 1),
        "quote row against article row"
    );
}
