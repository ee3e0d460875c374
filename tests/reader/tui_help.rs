//! The help, key by key: `?` shows the keys of the view in use first (library, article, caret
//! mode, annotation list), scrolls with every scrolling key (G to its end, g back), stops at its
//! end, and says when more is below.

use crate::common::reader::*;
use hamish::tui::app::App;

fn help_text(app: &App) -> String {
    screen_text(frame(app).buffer())
}

#[test]
fn the_current_views_keys_come_first() {
    let mut app = library_app((80, 24));
    press(&mut app, &["?"]);
    assert!(help_text(&app)
        .lines()
        .nth(1)
        .unwrap()
        .contains("— library —"));
    press(&mut app, &["esc", "enter", "?"]);
    assert!(help_text(&app)
        .lines()
        .nth(1)
        .unwrap()
        .contains("— article —"));
    press(&mut app, &["esc", "v", "?"]);
    assert!(help_text(&app)
        .lines()
        .nth(1)
        .unwrap()
        .contains("— caret mode (v) —"));
}

#[test]
fn every_scrolling_key_scrolls_it_and_it_says_when_more_is_below() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["?"]);
    assert!(help_text(&app).contains("↓ more"));
    press(&mut app, &["G"]);
    let text = help_text(&app);
    assert!(!text.contains("↓ more"), "at the end: {text}");
    assert!(text.contains("Arabic, Persian, Hebrew layouts"));
    let bottom = app.help();
    press(&mut app, &["j", "j", "space"]);
    assert_eq!(app.help(), bottom, "it stops at its end");
    press(&mut app, &["k"]);
    assert_eq!(app.help(), bottom.map(|t| t - 1), "one k comes back a line");
    for (key, moved) in [
        ("g", 0),
        ("ctrl-d", 10),
        ("d", 20),
        ("ctrl-u", 10),
        ("}", 11),
    ] {
        press(&mut app, &[key]);
        assert_eq!(app.help(), Some(moved), "{key}");
    }
    assert!(help_text(&app).contains("↓ more"));
}
