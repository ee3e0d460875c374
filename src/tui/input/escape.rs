//! Esc followed quickly by a key. Terminals send Alt+x as Esc then x, and crossterm reads an Esc
//! with a byte behind it in the same read as Alt plus that key; over tmux and ssh an Esc typed
//! just before a key arrives that way too. hamish binds no Alt+letter by default, so an Alt+char
//! that the keymap does not bind is taken as what the person typed: Esc, then the key.
//!
//! Knows crossterm key events and the keymap; nothing about what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::input::action::Mode;
use crate::tui::input::keymap::Keymap;

/// The key presses `event` stands for: itself, or Esc and the key without Alt.
pub fn split_escape(event: &KeyEvent, keymap: &Keymap) -> Vec<KeyEvent> {
    let alt_char = matches!(event.code, KeyCode::Char(_))
        && event.modifiers.contains(KeyModifiers::ALT)
        && !event.modifiers.contains(KeyModifiers::CONTROL);
    let bound = [Mode::Reader, Mode::Caret, Mode::List]
        .iter()
        .any(|&mode| keymap.action_in(event, mode).is_some());
    if !alt_char || bound {
        return vec![*event];
    }
    let esc = KeyEvent {
        code: KeyCode::Esc,
        modifiers: KeyModifiers::NONE,
        ..*event
    };
    let key = KeyEvent {
        modifiers: event.modifiers - KeyModifiers::ALT,
        ..*event
    };
    vec![esc, key]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn an_unbound_alt_char_is_esc_then_the_char() {
        let map = Keymap::default();
        let alt_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT);
        let keys = split_escape(&alt_j, &map);
        assert_eq!(keys.len(), 2);
        assert_eq!(keys[0].code, KeyCode::Esc);
        assert_eq!(
            keys[1],
            KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE)
        );
        // Alt+Enter (a new line in the editor) and a bound alt-x stay as they are.
        let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
        assert_eq!(split_escape(&alt_enter, &map), vec![alt_enter]);
        let remaps = BTreeMap::from([("alt-x".to_string(), "quit".to_string())]);
        let (map, _) = Keymap::with_remaps(&remaps);
        let alt_x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT);
        assert_eq!(split_escape(&alt_x, &map), vec![alt_x]);
        let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(split_escape(&j, &map), vec![j]);
    }
}
