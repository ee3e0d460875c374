//! Searching, key by key: matches highlighted and the view on the first one while the query is
//! typed (Esc puts the view back), the count in the status line ("1/2"), ↑ and ↓ recalling
//! earlier queries, ←, →, Home, End and Delete editing the query, `n` and `N` saying when they
//! wrap, and a query typed into a huge article answering within the search budget.

use crate::common::reader::*;
use hamish::tui::app::App;

fn selected(app: &App) -> Option<String> {
    let v = app.article.as_ref().unwrap();
    v.selection
        .clone()
        .map(|r| v.article.slice_chars(r).to_string())
}

fn status(app: &App) -> String {
    let text = screen_text(frame(app).buffer());
    text.lines().last().unwrap().to_string()
}

#[test]
fn matches_show_while_typing_and_esc_puts_the_view_back() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["j", "j"]);
    let top = app.article.as_ref().unwrap().top();
    press(&mut app, &["/"]);
    type_text(&mut app, "الصين");
    finish_search(&mut app);
    assert!(app.prompt().is_some(), "still typing");
    assert_eq!(selected(&app).as_deref(), Some("الصين"));
    assert_eq!(app.article.as_ref().unwrap().matches.query(), "الصين");
    press(&mut app, &["esc"]);
    let view = app.article.as_ref().unwrap();
    assert_eq!((view.top(), view.selection.clone()), (top, None));
    assert_eq!(view.matches.query(), "");
}

#[test]
fn the_status_line_counts_matches_and_n_says_when_it_wraps() {
    let mut app = seed_app(0, (80, 24));
    search(&mut app, "عسكريا");
    assert!(status(&app).contains("1/2 · "), "{}", status(&app));
    press(&mut app, &["n"]);
    assert!(status(&app).contains("2/2 · "), "{}", status(&app));
    press(&mut app, &["n"]);
    assert_eq!(
        app.message.as_deref(),
        Some("search hit the end, went on from the top")
    );
    assert!(status(&app).contains("1/2 · "), "{}", status(&app));
    press(&mut app, &["esc"]);
    assert!(!status(&app).contains("1/2"));
}

#[test]
fn up_and_down_recall_queries_and_the_cursor_edits_inside() {
    let mut app = seed_app(0, (80, 24));
    search(&mut app, "روسيا");
    search(&mut app, "الصين");
    press(&mut app, &["/", "up"]);
    assert_eq!(app.prompt().unwrap().text, "الصين");
    press(&mut app, &["up"]);
    assert_eq!(app.prompt().unwrap().text, "روسيا");
    press(&mut app, &["down", "down"]);
    assert_eq!(app.prompt().unwrap().text, "");
    type_text(&mut app, "تحالف");
    press(&mut app, &["home", "delete", "end", "left", "backspace"]);
    type_text(&mut app, "xy");
    press(&mut app, &["right"]);
    type_text(&mut app, "z");
    assert_eq!(app.prompt().unwrap().text, "حاxyفz");
}

#[test]
fn typing_into_a_huge_article_answers_within_the_budget() {
    let paragraph = "كلام عادي بلا شيء يذكر ".repeat(200);
    let mut text = format!("{paragraph}\n").repeat(700);
    text.push_str("الكلمةالأخيرة\n");
    let mut app = text_app(&text, (80, 24));
    press(&mut app, &["/"]);
    type_text(&mut app, "الكلمةالأخيرة");
    assert!(app.busy(), "one budget per key, the rest between keys");
    finish_search(&mut app);
    assert_eq!(selected(&app).as_deref(), Some("الكلمةالأخيرة"));
}
