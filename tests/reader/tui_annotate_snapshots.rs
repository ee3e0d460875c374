//! What annotating looks like: frames drawn into ratatui's `TestBackend`, kept as insta
//! snapshots with masks of the cells drawn in each highlight colour, underlined (overlaps) and
//! italic (needs review) — highlights in two colours overlapping, one split by a Latin name
//! inside Arabic text, one that needs review, with their gutter marks; the editor open with
//! Arabic tags and a note; the annotation list.

use crate::common::reader::*;
use hamish::tui::app::App;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

/// A mask of the cells whose style has `modifier`.
fn modifier_mask(buf: &Buffer, modifier: Modifier, mark: char) -> Vec<(u16, String)> {
    (0..buf.area.height)
        .filter_map(|y| {
            let row: String = (0..buf.area.width)
                .map(|x| {
                    if buf[(x, y)].modifier.contains(modifier) {
                        mark
                    } else {
                        '.'
                    }
                })
                .collect();
            row.contains(mark).then_some((y, row))
        })
        .collect()
}

/// The frame, then masks of each highlight colour in use and of overlaps and review marks.
fn with_masks(app: &App, backend: &TestBackend, colours: &[(&str, char)]) -> String {
    let theme = app.theme();
    let buf = backend.buffer();
    let mut shown = backend.to_string();
    for &(name, mark) in colours {
        shown.push_str(&format!("\n{name} ({mark}):\n"));
        let style = theme.text.patch(theme.highlight(name).unwrap());
        for (y, mask) in style_mask(buf, style, mark) {
            shown.push_str(&format!("{y:2} {mask}\n"));
        }
    }
    for (what, modifier, mark) in [
        ("overlaps, underlined", Modifier::UNDERLINED, '_'),
        ("needs review, italic", Modifier::ITALIC, '/'),
    ] {
        shown.push_str(&format!("\n{what} ({mark}):\n"));
        for (y, mask) in modifier_mask(buf, modifier, mark) {
            shown.push_str(&format!("{y:2} {mask}\n"));
        }
    }
    shown
}

fn add(app: &mut App, phrase: &str, tags: &[&str], colour: &str) {
    let range = find(app, phrase, 0);
    let view = app.article.as_mut().unwrap();
    let store = view.notes.store_mut().unwrap();
    store.add(range, tags, colour, "").unwrap().saved.unwrap();
}

#[test]
fn highlights_overlapping_split_by_a_latin_name_and_needing_review() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    add(&mut app, "الناتو العالمي", &["review"], "pink");
    rewrite_around_the_quote(&path);
    reopen(&mut app, &path);
    let store = app.article.as_ref().unwrap().notes.store().unwrap();
    assert_eq!(store.counts().needs_review, 1, "{:?}", store.counts());
    add_split_and_overlapping(&mut app);
    let start = find(&app, "وقال Vladimir", 0).start;
    let view = app.article.as_mut().unwrap();
    view.select(start..start + 1);
    press(&mut app, &["esc"]);
    let backend = frame(&app);
    let shown = with_masks(
        &app,
        &backend,
        &[
            ("green", 'g'),
            ("yellow", 'y'),
            ("blue", 'b'),
            ("pink", 'p'),
        ],
    );
    insta::assert_snapshot!(shown);
    split_overlap_and_review_are_marked(&app, &backend);
}

/// Rewrites the sentence around the quote (it then needs review), and puts a paragraph with a
/// Latin name before it.
fn rewrite_around_the_quote(path: &std::path::Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let sentence = text
        .split(". ")
        .find(|s| s.contains("الناتو العالمي"))
        .unwrap();
    let edited = text.replacen(sentence, "ثم تحدث عن «الناتو العالمي» فقط", 1);
    let at = edited.find("من ناحية أخرى").unwrap();
    let edited = format!(
        "{}وقال Vladimir Putin اليوم في موسكو إن الحلف ليس عسكرياً.\n{}",
        &edited[..at],
        &edited[at..]
    );
    std::fs::write(path, edited).unwrap();
}

/// One highlight split by the Latin name, and two that overlap.
fn add_split_and_overlapping(app: &mut App) {
    add(app, "Putin اليوم", &["split"], "green");
    add(
        app,
        "أشار الرئيس الروسي إلى أن المفهوم",
        &["first"],
        "yellow",
    );
    add(app, "الروسي إلى أن المفهوم الاستراتيجي", &["second"], "blue");
}

/// The split highlight shows as two pieces on its row; overlap cells are underlined; the review
/// one is italic and marked "?" in the gutter.
fn split_overlap_and_review_are_marked(app: &App, backend: &TestBackend) {
    let theme = app.theme();
    let green = style_mask(
        backend.buffer(),
        theme.text.patch(theme.highlight("green").unwrap()),
        'g',
    );
    assert_eq!(green.len(), 1);
    let pieces = green[0].1.split('.').filter(|p| !p.is_empty()).count();
    assert_eq!(pieces, 2, "{}", green[0].1);
    let buf = backend.buffer();
    assert!(!modifier_mask(buf, Modifier::UNDERLINED, '_').is_empty());
    assert!(!modifier_mask(buf, Modifier::ITALIC, '/').is_empty());
    let gutter: String = (0..23).map(|y| buf[(79, y)].symbol().to_string()).collect();
    assert!(gutter.contains('?') && gutter.contains('▐'), "{gutter:?}");
}

#[test]
fn the_editor_open_with_arabic_tags_and_a_note() {
    let (_dir, _path, mut app) = temp_seed(0, (80, 24));
    search(&mut app, "ليس تحالفاً عسكرياً");
    press(&mut app, &["a"]);
    type_text(&mut app, "اقتباس, بوتين");
    press(&mut app, &["down", "right", "down"]);
    type_text(&mut app, "قالها في مقابلة تلفزيونية");
    press(&mut app, &["ctrl-j"]);
    type_text(&mut app, "see also: TASS");
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn the_annotation_list() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    add(&mut app, "الناتو العالمي", &["review"], "pink");
    add(&mut app, "توماس غراهام", &["orphan"], "purple");
    edit_for_review_and_orphan(&path);
    reopen(&mut app, &path);
    let range = find(&app, "ليس تحالفاً عسكرياً", 0);
    let store = app.article.as_mut().unwrap().notes.store_mut().unwrap();
    store
        .add(
            range,
            ["quote", "بوتين"],
            "yellow",
            "قالها لوكالة تاس\nسطر ثان",
        )
        .unwrap();
    press(&mut app, &["A", "j"]);
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn a_reworded_quote_in_the_list_shows_both_texts_and_c_takes_the_new_one() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    let old = "لكنه يتسم بالشفافية، ولا يوجد شيء سري هناك";
    add(&mut app, old, &["شفافية"], "pink");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("يتسم بالشفافية", "يتسم بشفافية", 1)).unwrap();
    reopen(&mut app, &path);
    press(&mut app, &["A"]);
    let shown = screen_text(frame(&app).buffer());
    assert!(shown.contains("needs review · now:"), "{shown}");
    insta::assert_snapshot!(shown);
    let store = app.article.as_ref().unwrap().notes.store().unwrap();
    let entry = &store.annotations()[0];
    assert_eq!(
        entry.annotation.exact, old,
        "the old quote is kept until confirmed"
    );
    press(&mut app, &["c"]);
    let store = app.article.as_ref().unwrap().notes.store().unwrap();
    let entry = &store.annotations()[0];
    assert_eq!(
        entry.annotation.exact,
        "لكنه يتسم بشفافية، ولا يوجد شيء سري هناك"
    );
    assert_eq!(store.counts().needs_review, 0);
}
