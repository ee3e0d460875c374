//! The editor's unit tests: typing, tag completion, colours following tags, notes.

use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn typed(editor: &mut Editor, text: &str) {
    for c in text.chars() {
        assert_eq!(editor.key(&key(KeyCode::Char(c))), Outcome::Changed);
    }
}

fn colors() -> Vec<String> {
    ["yellow", "green", "blue", "pink", "orange", "purple"]
        .map(String::from)
        .to_vec()
}

fn editor(known: &[&str], tag_colors: &[(&str, &str)]) -> Editor {
    Editor::new(
        3..9,
        "ليس تحالفاً".into(),
        colors(),
        known.iter().map(|s| s.to_string()).collect(),
        tag_colors
            .iter()
            .map(|(t, c)| (t.to_string(), c.to_string()))
            .collect(),
    )
}

#[test]
fn tags_typed_then_enter_saves() {
    let mut e = editor(&[], &[]);
    assert_eq!(e.focus, Field::Tags);
    typed(&mut e, "quote, putin");
    assert_eq!(e.tag_list(), ["quote", "putin"]);
    assert_eq!(e.color_name(), "yellow");
    assert_eq!(e.key(&key(KeyCode::Enter)), Outcome::Save);
    assert_eq!(e.key(&key(KeyCode::Esc)), Outcome::Cancel);
}

#[test]
fn tab_completes_from_the_library_folding_arabic() {
    let mut e = editor(&["بوتين", "putin", "press", "quote"], &[]);
    typed(&mut e, "quote, p");
    e.key(&key(KeyCode::Tab));
    assert_eq!(e.tags, "quote, putin");
    e.key(&key(KeyCode::Tab));
    assert_eq!(e.tags, "quote, press", "Tab again: the next candidate");
    e.key(&key(KeyCode::Tab));
    assert_eq!(e.tags, "quote, putin");
    // Harakat typed or not, the tag completes.
    typed(&mut e, ",بُو");
    e.key(&key(KeyCode::Tab));
    assert_eq!(e.tags, "quote, putin, بوتين");
    typed(&mut e, ", zz");
    e.key(&key(KeyCode::Tab));
    assert_eq!(e.tags, "quote, putin, بوتين, zz");
    assert!(e.hint.as_deref().unwrap().contains("no tag starts with"));
    // With nothing typed, Tab moves on.
    e.key(&key(KeyCode::Char(',')));
    e.key(&key(KeyCode::Tab));
    assert_eq!(e.focus, Field::Color);
}

#[test]
fn the_arabic_comma_separates_tags_too() {
    let mut e = editor(&["سياسة", "طاقة"], &[]);
    typed(&mut e, "طاقة، نفط");
    assert_eq!(e.tag_list(), ["طاقة", "نفط"]);
    // Tab completes the tag after the Arabic comma, not the whole field.
    typed(&mut e, "، سي");
    e.key(&key(KeyCode::Tab));
    assert_eq!(e.tags, "طاقة، نفط، سياسة");
    assert_eq!(e.tag_list(), ["طاقة", "نفط", "سياسة"]);
}

#[test]
fn tags_pick_the_colour_until_the_user_does() {
    let mut e = editor(&[], &[("putin", "blue"), ("quote", "green")]);
    typed(&mut e, "war, putin");
    assert_eq!(e.color_name(), "blue");
    e.key(&key(KeyCode::Home));
    typed(&mut e, ", quote");
    assert_eq!(e.color_name(), "blue", "the first configured tag wins");
    for _ in 0..", quote, putin".len() {
        e.key(&key(KeyCode::Backspace));
    }
    assert_eq!(e.tags, "war");
    assert_eq!(e.color_name(), "yellow");
    e.key(&key(KeyCode::Down));
    assert_eq!(e.focus, Field::Color);
    e.key(&key(KeyCode::Right));
    assert_eq!(e.color_name(), "green");
    e.key(&key(KeyCode::Char('p')));
    assert_eq!(e.color_name(), "pink");
    e.key(&key(KeyCode::Char('p')));
    assert_eq!(e.color_name(), "purple");
    // Editing keys in the colour field touch no text.
    e.note = "kept".into();
    e.key(&key(KeyCode::Backspace));
    e.key(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    assert_eq!((e.note.as_str(), e.tags.as_str()), ("kept", "war"));
    e.key(&key(KeyCode::Left));
    assert_eq!(e.color_name(), "orange");
    e.key(&key(KeyCode::Up));
    typed(&mut e, ", putin");
    assert_eq!(
        e.color_name(),
        "orange",
        "chosen by hand: tags no longer pick it"
    );
}

#[test]
fn notes_take_several_lines_and_arabic() {
    let mut e = editor(&[], &[]);
    e.key(&key(KeyCode::Down));
    e.key(&key(KeyCode::Down));
    assert_eq!(e.focus, Field::Note);
    typed(&mut e, "قال بوتين");
    let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    assert_eq!(e.key(&ctrl_j), Outcome::Changed);
    typed(&mut e, "second");
    let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
    e.key(&alt_enter);
    e.key(&alt_enter);
    assert_eq!(e.note_text(), "قال بوتين\nsecond");
    let ctrl_e = KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL);
    assert_eq!(e.key(&ctrl_e), Outcome::External);
    e.set_note("from vi\n");
    assert_eq!(e.note, "from vi");
    let ctrl_w = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL);
    e.key(&ctrl_w);
    assert_eq!(e.note, "from ");
    let ctrl_x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL);
    assert_eq!(e.key(&ctrl_x), Outcome::Ignored);
}

#[test]
fn editing_keeps_the_colour_and_fills_the_fields() {
    let id = AnnotationId::new("01J").unwrap();
    let tags = ["a".to_string(), "b".to_string()];
    let e = Editor::edit(
        id,
        "q".into(),
        &tags,
        "teal",
        "n",
        colors(),
        vec![],
        BTreeMap::new(),
    );
    assert_eq!(e.tags, "a, b");
    assert_eq!(e.color_name(), "teal");
    assert!(e.color_chosen);
    assert_eq!(e.note, "n");
}
