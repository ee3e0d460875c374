//! Messages and boxes as a person sees them, key by key: a long message is never cut (it wraps
//! onto rows above the status line), a configuration error stays in a notice until a key closes
//! it, messages show no control sequence, and a box the screen is too small for says so and takes
//! no keys until the screen is resized.

use crate::common::reader::*;
use crate::tui_annotate::{count, view, QUOTE};

const TEXT: &str = "first paragraph of words\n\nsecond paragraph\n\nthird one\n";

#[test]
fn a_long_message_wraps_above_the_status_line_instead_of_being_cut() {
    let mut app = text_app(TEXT, (40, 12));
    let query = "nothing here matches this long query ending in zebra";
    search(&mut app, query);
    let message = app.message.clone().unwrap();
    assert!(message.ends_with("zebra”"), "{message}");
    let screen = screen_text(frame(&app).buffer());
    let joined: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(joined.contains("no match for “nothing here"), "{screen}");
    assert!(joined.contains("zebra”"), "{screen}");
    // The last row is still the status line (position and help hint).
    let last = screen.lines().last().unwrap();
    assert!(last.contains("? help"), "{screen}");
    // The next key clears it: the text is back.
    press(&mut app, &["g"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(!screen.contains("zebra"), "{screen}");
    assert!(screen.contains("third one"), "{screen}");
}

#[test]
fn messages_show_no_control_sequence() {
    let mut app = text_app(TEXT, (60, 10));
    app.message = Some("bad \x1b[31mred\x1b[0m and \u{202e}reversed".into());
    let buf = frame(&app).buffer().clone();
    let screen = screen_text(&buf);
    assert!(
        !screen.contains('\x1b') && !screen.contains('\u{202e}'),
        "{screen:?}"
    );
    assert!(screen.contains("␛[31mred"), "{screen}");
}

#[test]
fn a_configuration_error_stays_until_a_key_closes_it() {
    let mut app = text_app(TEXT, (80, 24));
    let error = "/home/u/.config/hamish/config.toml: line 3, column 17: invalid type: \
                 string \"wide\", expected u16 (key reading_width); using the defaults";
    app.show_notice(error);
    for _ in 0..3 {
        app.work(usize::MAX);
        let screen = screen_text(frame(&app).buffer());
        let joined: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(joined.contains("(key reading_width)"), "{screen}");
        assert!(joined.contains("config.toml: line 3"), "{screen}");
    }
    // The key that closes it does nothing else.
    press(&mut app, &["G"]);
    assert!(app.notice().is_none());
    assert_eq!(view(&app).top_char(), 0);
    // A second notice goes below the first.
    app.show_notice("one");
    app.show_notice("two");
    assert_eq!(app.notice(), Some("one\n\ntwo"));
}

#[test]
fn the_editor_on_a_too_small_screen_says_so_and_takes_no_keys_until_resized() {
    let (_dir, path, mut app) = temp_seed(0, (36, 9));
    search(&mut app, QUOTE);
    press(&mut app, &["a"]);
    assert!(app.editor().is_some());
    let screen = screen_text(frame(&app).buffer());
    let joined: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        joined.contains("window too small for the editor: needs 40×10"),
        "{screen}"
    );
    // Typing into the editor nobody can see changes nothing; Enter saves nothing.
    type_text(&mut app, "typed blind");
    press(&mut app, &["enter", "esc", "q"]);
    let editor = app.editor().expect("the editor is still open");
    assert_eq!(editor.tags, "");
    assert_eq!(count(&app), 0);
    assert!(!std::path::Path::new(&format!("{}.annotations.toml", path.display())).exists());
    // Resized: the editor shows again, and takes keys.
    app.resize(80, 24);
    let screen = screen_text(frame(&app).buffer());
    assert!(!screen.contains("too small"), "{screen}");
    assert!(screen.contains("annotate"), "{screen}");
    type_text(&mut app, "seen");
    press(&mut app, &["enter"]);
    assert_eq!(count(&app), 1);
    assert_eq!(app.message.as_deref(), Some("annotated: seen"));
}

#[test]
fn the_help_and_the_search_line_on_a_tiny_screen_say_so_and_recover() {
    let mut app = text_app(TEXT, (24, 6));
    press(&mut app, &["?"]);
    let screen = screen_text(frame(&app).buffer());
    let joined: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        joined.contains("window too small for the help: needs 30×8"),
        "{screen}"
    );
    press(&mut app, &["j", "j", "esc"]);
    assert_eq!(app.help(), Some(0), "keys reached an invisible help");
    app.resize(60, 20);
    press(&mut app, &["esc"]);
    assert_eq!(app.help(), None);
    // The input line on a screen 12 wide: typing waits for the screen.
    app.resize(12, 6);
    press(&mut app, &["/"]);
    type_text(&mut app, "abc");
    app.resize(40, 6);
    assert_eq!(app.prompt().unwrap().text, "");
    // Ctrl-C still quits.
    app.resize(12, 6);
    press(&mut app, &["ctrl-c"]);
    assert!(
        app.effects.contains(&hamish::tui::app::Effect::Quit),
        "{:?}",
        app.effects
    );
}
