//! Keyboard layouts, key by key: with the Arabic layout still active after typing a search,
//! `ت` scrolls as `j` and `ن` as `k`, a Hebrew `ח` too; in the search prompt the same letters
//! are typed as text; `langmap = false` turns the mapping off.

use crate::common::reader::*;
use hamish::tui::app::App;
use hamish::tui::article::scroll::Anchor;

fn top(app: &App) -> Anchor {
    app.article.as_ref().unwrap().top()
}

#[test]
fn arabic_and_hebrew_letters_act_as_the_latin_key_where_nothing_is_typed() {
    let mut app = seed_app(0, (80, 24));
    let start = top(&app);
    type_text(&mut app, "ت");
    let down = top(&app);
    assert_ne!(down, start, "ت scrolls as j");
    type_text(&mut app, "ن");
    assert_eq!(top(&app), start, "ن scrolls back as k");
    type_text(&mut app, "ח");
    assert_eq!(top(&app), down, "Hebrew ח is j");
    press(&mut app, &["/"]);
    type_text(&mut app, "تن");
    assert_eq!(
        app.prompt().unwrap().text,
        "تن",
        "typed as text in the prompt"
    );
}

#[test]
fn langmap_false_turns_it_off() {
    let mut app = seed_app(0, (80, 24));
    app.settings.langmap = false;
    let start = top(&app);
    type_text(&mut app, "ت");
    assert_eq!(top(&app), start);
}

#[test]
fn shifted_arabic_letters_act_as_the_shifted_latin_key() {
    // Shift+G on the Arabic layout types ﻷ: it goes to the bottom as G does.
    let mut latin = seed_app(0, (80, 24));
    press(&mut latin, &["G"]);
    let mut arabic = seed_app(0, (80, 24));
    let start = top(&arabic);
    type_text(&mut arabic, "ﻷ");
    assert_ne!(top(&arabic), start);
    assert_eq!(top(&arabic), top(&latin), "ﻷ is G");
    // Shift+N types آ: the previous match, as N.
    let selection = |app: &App| app.article.as_ref().unwrap().selection.clone();
    search(&mut arabic, "بوتين");
    let first = selection(&arabic);
    press(&mut arabic, &["n"]);
    assert_ne!(selection(&arabic), first);
    type_text(&mut arabic, "آ");
    assert_eq!(selection(&arabic), first, "آ is N");
}
