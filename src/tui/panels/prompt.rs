//! The one-line input at the bottom of the screen (search in an article, filter in the library):
//! typing (Arabic included), Backspace, Ctrl-W, Ctrl-U, Enter and Esc.
//!
//! Knows crossterm key events; nothing about what the text is used for or how it is drawn.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

/// What the prompt is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// Searching the open article.
    Search,
    /// Filtering the library.
    Filter,
}

/// The input line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    /// What it is for.
    pub kind: PromptKind,
    /// What was typed.
    pub text: String,
}

/// What a key did to the prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Enter.
    Submit,
    /// Esc.
    Cancel,
    /// Not a prompt key: the keymap may use it.
    Ignored,
}

impl Prompt {
    /// An empty prompt.
    pub fn new(kind: PromptKind) -> Prompt {
        Prompt {
            kind,
            text: String::new(),
        }
    }

    /// Applies a key press.
    pub fn key(&mut self, event: &KeyEvent) -> Edit {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match event.code {
            KeyCode::Enter => Edit::Submit,
            KeyCode::Esc => Edit::Cancel,
            KeyCode::Backspace => {
                let cut = self
                    .text
                    .grapheme_indices(true)
                    .next_back()
                    .map_or(0, |(i, _)| i);
                self.text.truncate(cut);
                Edit::Changed
            }
            KeyCode::Char('u') if ctrl => {
                self.text.clear();
                Edit::Changed
            }
            KeyCode::Char('w') if ctrl => {
                let kept = self.text.trim_end().len();
                let cut = self.text[..kept]
                    .rfind(char::is_whitespace)
                    .map_or(0, |i| i + 1);
                self.text.truncate(cut);
                Edit::Changed
            }
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => {
                self.text.push(c);
                Edit::Changed
            }
            _ => Edit::Ignored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyEventKind, KeyEventState};

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn typing_and_editing() {
        let mut p = Prompt::new(PromptKind::Search);
        for c in "عسكرياً قوي".chars() {
            assert_eq!(
                p.key(&key(KeyCode::Char(c), KeyModifiers::NONE)),
                Edit::Changed
            );
        }
        assert_eq!(p.text, "عسكرياً قوي");
        p.key(&key(KeyCode::Backspace, KeyModifiers::NONE));
        assert_eq!(p.text, "عسكرياً قو");
        p.key(&key(KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(p.text, "عسكرياً ");
        // Backspace removes a letter with its harakat.
        p.key(&key(KeyCode::Backspace, KeyModifiers::NONE));
        p.key(&key(KeyCode::Backspace, KeyModifiers::NONE));
        assert_eq!(p.text, "عسكري");
        p.key(&key(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(p.text, "");
        let c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(p.key(&c), Edit::Ignored);
        assert_eq!(
            p.key(&key(KeyCode::Enter, KeyModifiers::NONE)),
            Edit::Submit
        );
        assert_eq!(p.key(&key(KeyCode::Esc, KeyModifiers::NONE)), Edit::Cancel);
    }
}
