//! What a person sees: frames drawn into ratatui's `TestBackend`, kept as insta snapshots —
//! the library, a seed in the article view at 80×24 and 40×20, search hits (with a mask of the
//! cells drawn in the search and selection styles) and the help overlay.

use crate::common::reader::*;

#[test]
fn library_80x24() {
    let app = library_app((80, 24));
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn library_filtered_with_the_prompt_open() {
    let mut app = library_app((60, 12));
    press(&mut app, &["/"]);
    type_text(&mut app, "بوتين");
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn article_80x24() {
    let app = seed_app(0, (80, 24));
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn article_40x20() {
    let app = seed_app(0, (40, 20));
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn article_40x20_at_the_bottom() {
    let mut app = seed_app(2, (40, 20));
    press(&mut app, &["G"]);
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn search_hits_80x24() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["/"]);
    type_text(&mut app, "بوتين");
    press(&mut app, &["enter", "n"]);
    let backend = frame(&app);
    let theme = app.theme();
    let mut shown = backend.to_string();
    shown.push_str("\nsearch style (^) and current match (#):\n");
    let search = style_mask(backend.buffer(), theme.text.patch(theme.search), '^');
    let selection = style_mask(backend.buffer(), theme.text.patch(theme.selection), '#');
    let mut rows: Vec<_> = search.into_iter().chain(selection).collect();
    rows.sort();
    for (y, mask) in rows {
        shown.push_str(&format!("{y:2} {mask}\n"));
    }
    insta::assert_snapshot!(shown);
}

#[test]
fn search_hits_split_by_reordering_are_marked_in_every_piece() {
    // A Latin name inside Arabic: the logical range "Putin اليوم" is the end of the Latin run
    // and the Arabic word after it, which reordering shows on either side of "Vladimir".
    let mut app = text_app("قال Vladimir Putin اليوم في موسكو", (60, 4));
    press(&mut app, &["/"]);
    type_text(&mut app, "putin اليوم");
    press(&mut app, &["enter"]);
    let backend = frame(&app);
    let theme = app.theme();
    let selection = style_mask(backend.buffer(), theme.text.patch(theme.selection), '#');
    let mut shown = backend.to_string();
    for (y, mask) in &selection {
        shown.push_str(&format!("{y:2} {mask}\n"));
    }
    insta::assert_snapshot!(shown);
    let mask = &selection[0].1;
    let pieces = mask.split('.').filter(|p| !p.is_empty()).count();
    assert_eq!(pieces, 2, "the match shows as two pieces: {mask}");
}

#[test]
fn help_overlay_80x24() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["?"]);
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn help_overlay_scrolled_40x12() {
    let mut app = seed_app(0, (40, 12));
    press(&mut app, &["?", "j", "j", "j"]);
    insta::assert_snapshot!(frame(&app));
}
