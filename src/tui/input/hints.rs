//! Key hints from the keymap: every key the reader names in a heading, a message or a prompt
//! is the one bound to the action now (the user's remaps included), never a typed letter.
//!
//! Knows the keymap and the actions; nothing about the app's state or drawing.

use crate::tui::input::action::Action;
use crate::tui::input::keymap::Keymap;

/// One part of a line of hints.
#[derive(Clone, Copy, Debug)]
pub enum Hint {
    /// A key and what it does: `r rename`.
    Key(Action, &'static str),
    /// Two keys that move either way: `j/k`.
    Pair(Action, Action),
    /// Keys alone: `e x u`.
    Keys(&'static [Action]),
}

/// The key bound to `action`, else its config name (so the hint still says what to bind).
pub fn key(keymap: &Keymap, action: Action) -> String {
    keymap
        .key(action)
        .unwrap_or_else(|| action.name().to_owned())
}

/// The hints joined with ` · `; an action the user unbound is left out.
pub fn line(keymap: &Keymap, hints: &[Hint]) -> String {
    let parts = hints.iter().filter_map(|hint| match *hint {
        Hint::Key(action, what) => Some(format!("{} {what}", keymap.key(action)?)),
        Hint::Pair(a, b) => Some(format!("{}/{}", keymap.key(a)?, keymap.key(b)?)),
        Hint::Keys(actions) => {
            let keys: Vec<String> = actions.iter().filter_map(|&a| keymap.key(a)).collect();
            (!keys.is_empty()).then(|| keys.join(" "))
        }
    });
    parts.collect::<Vec<_>>().join(" · ")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn hints_name_the_keys_bound_now() {
        let hints = [
            Hint::Pair(Action::LineDown, Action::LineUp),
            Hint::Key(Action::Undo, "undo"),
            Hint::Keys(&[Action::EditAnnotation, Action::DeleteAnnotation]),
        ];
        assert_eq!(line(&Keymap::default(), &hints), "j/k · u undo · e x");
        let remaps = BTreeMap::from([
            ("u".to_string(), "none".to_string()),
            ("U".to_string(), "undo".to_string()),
            ("x".to_string(), "none".to_string()),
        ]);
        let (keymap, warnings) = Keymap::with_remaps(&remaps);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(line(&keymap, &hints), "j/k · U undo · e");
        assert_eq!(key(&keymap, Action::DeleteAnnotation), "delete_annotation");
    }
}
