//! Find, then annotate, key by key: `/` finds a word, `v` starts caret mode on that match (not on
//! the top line's first word), `s` grows it to its sentence, `a`, tags, Enter save it and leave
//! nothing selected, so the passage shows in its colour. An Esc that arrives with the next key
//! (Alt+key, as over tmux and ssh) is Esc then that key.

use crate::common::reader::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hamish::annotate::sidecar::parse_bytes;
use hamish::tui::app::App;

const WORD: &str = "تحالفاً";
const SENTENCE: &str = "وقال بوتين، في مقابلة مع قناة «روسيا 24» التلفزيونية، إن روسيا والصين تعملان على تطوير التعاون، بما في ذلك على المسار العسكري، لكنه أكد أن هذا «ليس تحالفاً عسكرياً»، وفق وكالة أنباء «تاس» الروسية.";

fn selected(app: &App) -> Option<String> {
    let v = app.article.as_ref().unwrap();
    v.selection
        .clone()
        .map(|r| v.article.slice_chars(r).to_string())
}

#[test]
fn v_after_a_search_starts_on_the_match_and_s_grows_it_to_its_sentence() {
    let (_dir, path, mut app) = temp_seed(0, (80, 24));
    search(&mut app, WORD);
    let found = app.article.as_ref().unwrap().selection.clone().unwrap();
    press(&mut app, &["v"]);
    let caret = app
        .article
        .as_ref()
        .unwrap()
        .caret
        .clone()
        .expect("caret mode");
    assert_eq!(caret.selection(), found, "the caret starts on the match");
    assert_eq!(selected(&app).as_deref(), Some(WORD));
    press(&mut app, &["w"]);
    assert_eq!(selected(&app).as_deref(), Some("تحالفاً عسكرياً"));
    press(&mut app, &["s"]);
    assert_eq!(selected(&app).as_deref(), Some(SENTENCE));
    press(&mut app, &["a"]);
    type_text(&mut app, "quote");
    press(&mut app, &["enter"]);
    assert!(app.editor().is_none(), "{:?}", app.message);
    let file = format!("{}.annotations.toml", path.display());
    let sidecar = parse_bytes(&std::fs::read(file).unwrap()).unwrap();
    let annotation = sidecar.annotations.values().next().unwrap();
    assert_eq!(annotation.exact, SENTENCE);
    let view = app.article.as_ref().unwrap();
    assert_eq!(
        view.selection, None,
        "saved: nothing selected over its colour"
    );
    assert!(view.caret.is_none());
}

#[test]
fn alt_and_a_key_is_esc_then_the_key() {
    let mut app = seed_app(0, (80, 24));
    search(&mut app, WORD);
    let top = app.article.as_ref().unwrap().top();
    // What crossterm makes of Esc and j read together.
    app.key(&KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT));
    let view = app.article.as_ref().unwrap();
    assert_eq!(view.selection, None, "esc cleared the match");
    assert_ne!(view.top(), top, "j scrolled");
    // In the prompt: Esc closes it, and the key goes to the article.
    press(&mut app, &["/"]);
    type_text(&mut app, "x");
    app.key(&KeyEvent::new(KeyCode::Char('k'), KeyModifiers::ALT));
    assert!(app.prompt().is_none());
    assert_eq!(app.article.as_ref().unwrap().top(), top, "k scrolled back");
}
