//! The reader's state updates, key by key, without a terminal: key → action → state.

use crate::common::reader::*;
use crossterm::event::{KeyEvent, MouseEvent, MouseEventKind};
use hamish::tui::app::{App, Effect};
use hamish::tui::article::scroll::Anchor;
use hamish::tui::input::action::Action;

fn view(app: &App) -> &hamish::tui::article::ArticleView {
    app.article.as_ref().expect("an article is open")
}

fn top(app: &App) -> Anchor {
    view(app).top()
}

/// The paragraph of the top row.
fn top_paragraph(app: &App) -> usize {
    let v = view(app);
    v.blocks.get(v.top().block).paragraph
}

fn selected_text(app: &App) -> Option<String> {
    let v = view(app);
    v.selection
        .clone()
        .map(|r| v.article.slice_chars(r).to_string())
}

#[test]
fn lines_and_pages_move_the_top_row() {
    let mut app = seed_app(0, (80, 24));
    assert_eq!(top(&app), Anchor::new(0, 0));
    press(&mut app, &["j"]);
    assert_eq!(top(&app), Anchor::new(0, 1));
    press(&mut app, &["down", "k"]);
    assert_eq!(top(&app), Anchor::new(0, 1));
    press(&mut app, &["up", "up"]);
    assert_eq!(top(&app), Anchor::new(0, 0));
    // A page keeps one line of the old page: the last row becomes the top row.
    let before = view(&app).rows();
    // 24 rows: the header line, 22 of text, the status line.
    assert_eq!(before.len(), 22);
    press(&mut app, &["space"]);
    assert_eq!(top(&app), before[21]);
    press(&mut app, &["b"]);
    assert_eq!(top(&app), before[0]);
    press(&mut app, &["ctrl-d"]);
    assert_eq!(top(&app), before[11]);
    press(&mut app, &["ctrl-u"]);
    assert_eq!(top(&app), before[0]);
}

#[test]
fn top_and_bottom_and_the_percentage() {
    let mut app = seed_app(3, (80, 24));
    assert_eq!(
        view(&app).percent(),
        0,
        "the top line's place: 0% at the top"
    );
    press(&mut app, &["space"]);
    let page = view(&app).percent();
    assert!(page > 0 && page < 50, "{page}");
    let top_char = view(&app).top_char() * 100 / view(&app).article.char_len();
    assert_eq!(usize::from(page), top_char, "the top line's place");
    press(&mut app, &["G"]);
    let v = view(&app);
    let rows = v.rows();
    assert_eq!(rows.len(), 22, "the last line sits on the bottom row");
    let last = *rows.last().unwrap();
    assert_eq!(last.block, v.blocks.len() - 1);
    assert_eq!(
        last.line + 1,
        v.cache.peek(last.block).unwrap().line_count()
    );
    assert_eq!(v.percent(), 100);
    // j at the bottom does not scroll past it.
    let at_bottom = top(&app);
    press(&mut app, &["j", "space"]);
    assert_eq!(top(&app), at_bottom);
    press(&mut app, &["g"]);
    assert_eq!(top(&app), Anchor::new(0, 0));
    press(&mut app, &["end", "home"]);
    assert_eq!(top(&app), Anchor::new(0, 0));
}

#[test]
fn paragraph_jumps_skip_blank_lines() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["}"]);
    assert_eq!(top_paragraph(&app), 2, "paragraph 1 is blank");
    assert_eq!(top(&app).line, 0);
    press(&mut app, &["}", "j"]);
    assert_eq!(top_paragraph(&app), 4);
    press(&mut app, &["{"]);
    assert_eq!((top_paragraph(&app), top(&app).line), (4, 0));
    press(&mut app, &["{"]);
    assert_eq!(top_paragraph(&app), 2);
    press(&mut app, &["{", "{"]);
    assert_eq!(top(&app), Anchor::new(0, 0));
}

#[test]
fn search_folds_arabic_and_moves_between_matches() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["/"]);
    assert!(app.prompt().is_some());
    type_text(&mut app, "عسكريا");
    press(&mut app, &["enter"]);
    assert!(app.prompt().is_none());
    assert_eq!(app.message, None);
    // "عسكريا" finds "عسكرياً" (tanween ignored).
    let first = view(&app).selection.clone().unwrap();
    assert_eq!(selected_text(&app).as_deref(), Some("عسكرياً"));
    press(&mut app, &["n"]);
    let second = view(&app).selection.clone().unwrap();
    assert!(second.start > first.start);
    assert_eq!(selected_text(&app).as_deref(), Some("عسكرياً"));
    press(&mut app, &["N"]);
    assert_eq!(view(&app).selection.clone(), Some(first.clone()));
    // Backward from the first match wraps to the last one (the seed has two).
    press(&mut app, &["N"]);
    assert_eq!(view(&app).selection.clone(), Some(second));
    assert_eq!(
        app.message.as_deref(),
        Some("search hit the top, went on from the end")
    );
    // The match is on screen after every move.
    let sel = view(&app).selection.clone().unwrap();
    assert!(app.article.as_mut().unwrap().is_visible(sel.start));
    press(&mut app, &["esc"]);
    assert_eq!(view(&app).selection, None);
    // "No match" is a message.
    press(&mut app, &["/"]);
    type_text(&mut app, "كلمةغيرموجودة");
    press(&mut app, &["enter"]);
    assert_eq!(app.message.as_deref(), Some("no match for “كلمةغيرموجودة”"));
    assert_eq!(view(&app).selection, None);
    assert!(!app.effects.contains(&Effect::Quit));
}

#[test]
fn search_matches_alef_forms_and_latin_case() {
    let text = "عنوان\n\nقال الإسلام والاسلام\nPutin said PUTIN";
    let mut app = text_app(text, (40, 10));
    press(&mut app, &["/"]);
    type_text(&mut app, "الاسلام");
    press(&mut app, &["enter"]);
    assert_eq!(selected_text(&app).as_deref(), Some("الإسلام"));
    press(&mut app, &["n"]);
    assert_eq!(selected_text(&app).as_deref(), Some("الاسلام"));
    press(&mut app, &["/"]);
    type_text(&mut app, "putin");
    press(&mut app, &["enter", "n"]);
    assert_eq!(selected_text(&app).as_deref(), Some("PUTIN"));
}

#[test]
fn resizing_keeps_the_top_paragraph_at_the_top() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["}", "}", "}"]);
    let paragraph = top_paragraph(&app);
    for (w, h) in [(40, 20), (120, 50), (23, 7), (80, 24)] {
        app.resize(w, h);
        assert_eq!(top_paragraph(&app), paragraph, "at {w}×{h}");
        assert_eq!(top(&app).line, 0);
    }
    // Inside a paragraph: the top row still shows the char that was first on it.
    press(&mut app, &["j", "j"]);
    let char_before = view(&app).top_char();
    app.resize(50, 30);
    let v = view(&app);
    let layout = v.cache.peek(v.top().block).unwrap();
    let chars = layout.line(v.top().line).chars();
    let rel = (char_before - v.blocks.get(v.top().block).char_start) as u32;
    assert!(chars.contains(&rel), "{chars:?} should hold {rel}");
}

#[test]
fn tiny_sizes_and_resize_storms_never_panic() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["/"]);
    type_text(&mut app, "بوتين");
    press(&mut app, &["enter"]);
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (3, 3),
        (1, 50),
        (300, 1),
        (7, 2),
        (19, 4),
        (20, 4),
    ] {
        app.resize(w, h);
        frame(&app);
        press(&mut app, &["j", "G", "space", "b", "n", "}", "?"]);
        frame(&app);
        press(&mut app, &["?", "g"]);
        frame(&app);
    }
    let mut lib = library_app((1, 1));
    frame(&lib);
    press(&mut lib, &["j", "/"]);
    type_text(&mut lib, "x");
    frame(&lib);
    for i in 0..200u16 {
        lib.resize(1 + i % 97, 1 + i % 31);
        frame(&lib);
    }
}

#[test]
fn empty_articles_and_control_characters() {
    let app = text_app("", (20, 5));
    let shown = screen_text(frame(&app).buffer());
    // It says it is empty, where the text and the position would be.
    assert!(shown.contains("(this article is"), "{shown}");
    assert!(shown.lines().last().unwrap().contains("empty ·"), "{shown}");
    let mut app = text_app("", (20, 5));
    press(&mut app, &["j", "G", "}", "{", "n", "space"]);
    frame(&app);
    // Escape sequences in an article are shown as symbols, never sent.
    let app = text_app("title\nred \x1b[31mtext\x07 bell\u{9b}2J", (40, 5));
    let backend = frame(&app);
    let shown = screen_text(backend.buffer());
    assert!(shown.contains("red ␛[31mtext␇ bell\u{fffd}2J"), "{shown}");
    for cell in backend.buffer().content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()),
            "{:?}",
            cell.symbol()
        );
    }
}

#[test]
fn a_huge_paragraph_is_laid_out_a_block_at_a_time() {
    let sentence = "هذه جملة عربية طويلة بعض الشيء، تتكرر مرة بعد مرة. ";
    let text = sentence.repeat((1 << 20) / sentence.len());
    let mut app = text_app(&text, (80, 24));
    let blocks = view(&app).blocks.len();
    assert!(blocks > 30, "{blocks}");
    press(&mut app, &["G"]);
    assert_eq!(view(&app).percent(), 100);
    assert!(view(&app).cache.len() <= 20, "{}", view(&app).cache.len());
    press(&mut app, &["g", "space", "space"]);
    assert!(view(&app).cache.len() <= 20);
    // Scrolling across a block boundary moves one line at a time.
    let first_block_lines = app
        .article
        .as_mut()
        .map(|v| v.cache.peek(0).unwrap().line_count())
        .unwrap();
    press(&mut app, &["g"]);
    for _ in 0..first_block_lines {
        press(&mut app, &["j"]);
    }
    assert_eq!(top(&app), Anchor::new(1, 0));
    press(&mut app, &["k"]);
    assert_eq!(top(&app), Anchor::new(0, first_block_lines - 1));
}

#[test]
fn library_moves_filters_opens_and_returns() {
    let mut app = library_app((80, 24));
    let lib = |app: &App| app.library.as_ref().unwrap().selected;
    press(&mut app, &["j", "j", "k"]);
    assert_eq!(lib(&app), 1);
    press(&mut app, &["G"]);
    assert_eq!(lib(&app), 4);
    press(&mut app, &["g"]);
    assert_eq!(lib(&app), 0);
    press(&mut app, &["/"]);
    // The filter looks inside the articles too: a word only 003's text has (آسياروسيا; its
    // title, from its sidecar, does not).
    type_text(&mut app, "اسياروسيا");
    let shown = app.library.as_ref().unwrap().shown.clone();
    assert_eq!(shown, [3], "آسيا matches its folded form");
    press(&mut app, &["enter"]);
    assert!(app.prompt().is_none());
    assert_eq!(app.library.as_ref().unwrap().filter, "اسياروسيا");
    press(&mut app, &["enter"]);
    assert!(view(&app).path.ends_with("003_5f974563870b29f1.txt"));
    press(&mut app, &["q"]);
    assert!(app.article.is_none() && !app.effects.contains(&Effect::Quit));
    press(&mut app, &["esc"]);
    assert_eq!(app.library.as_ref().unwrap().shown.len(), 5);
    press(&mut app, &["q"]);
    assert!(app.effects.contains(&Effect::Quit));
}

#[test]
fn q_quits_an_article_opened_on_its_file_and_ctrl_c_quits_from_anywhere() {
    let mut app = seed_app(1, (80, 24));
    press(&mut app, &["q"]);
    assert!(app.effects.contains(&Effect::Quit));
    let mut app = seed_app(1, (80, 24));
    press(&mut app, &["/"]);
    type_text(&mut app, "abc");
    press(&mut app, &["ctrl-c"]);
    assert!(app.effects.contains(&Effect::Quit));
    let mut app = library_app((80, 24));
    press(&mut app, &["?", "ctrl-c"]);
    assert!(app.effects.contains(&Effect::Quit));
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = seed_app(0, (80, 10));
    press(&mut app, &["?"]);
    assert_eq!(app.help(), Some(0));
    let before = top(&app);
    press(&mut app, &["j", "j"]);
    assert_eq!(app.help(), Some(2));
    assert_eq!(top(&app), before, "keys scroll the help, not the article");
    press(&mut app, &["esc"]);
    assert_eq!(app.help(), None);
    press(&mut app, &["?", "q"]);
    assert_eq!(app.help(), None);
    assert!(!app.effects.contains(&Effect::Quit));
}

#[test]
fn the_wheel_scrolls_while_the_mouse_is_on() {
    let mut app = seed_app(0, (80, 24));
    let rows = view(&app).rows();
    let wheel = |kind| MouseEvent {
        kind,
        column: 0,
        row: 0,
        modifiers: crossterm::event::KeyModifiers::NONE,
    };
    app.mouse(&wheel(MouseEventKind::ScrollDown));
    assert_eq!(top(&app), rows[3]);
    app.mouse(&wheel(MouseEventKind::ScrollUp));
    assert_eq!(top(&app), Anchor::new(0, 0));
    press(&mut app, &["m"]);
    assert!(!app.settings.mouse);
    app.mouse(&wheel(MouseEventKind::ScrollDown));
    assert_eq!(top(&app), Anchor::new(0, 0));
}

#[test]
fn modes_and_themes_switch_at_run_time() {
    let mut app = seed_app(0, (80, 24));
    press(&mut app, &["}", "}"]);
    let paragraph = top_paragraph(&app);
    press(&mut app, &["T"]);
    assert_eq!(app.settings.bidi, hamish::text::BidiMode::Terminal);
    assert_eq!(top_paragraph(&app), paragraph);
    press(&mut app, &["T", "S"]);
    assert_eq!(app.settings.shaping, hamish::text::Shaping::None);
    assert_eq!(app.message.as_deref(), Some("shaping: app/none"));
    let theme = app.theme;
    press(&mut app, &["t"]);
    assert_ne!(app.theme, theme);
    assert!(app.message.as_deref().unwrap().starts_with("theme: "));
    app.update(Action::Suspend);
    assert!(app.effects.contains(&Effect::Suspend));
}

#[test]
fn key_releases_are_ignored() {
    let mut app = seed_app(0, (80, 24));
    let mut release: KeyEvent = key_event("j");
    release.kind = crossterm::event::KeyEventKind::Release;
    app.key(&release);
    assert_eq!(top(&app), Anchor::new(0, 0));
}
