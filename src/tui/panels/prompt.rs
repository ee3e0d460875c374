//! The one-line input at the bottom of the screen (search in an article, filter in the library):
//! typing (Arabic included) at a cursor that ←, →, Home and End move, Backspace, Delete, Ctrl-W,
//! Ctrl-U, earlier entries on ↑ and ↓, Enter and Esc.
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
    /// The new name of the tags view's selected tag.
    RenameTag,
    /// The tag to merge the tags view's selected tag into.
    MergeTag,
    /// The passages view: tags to filter by.
    PassageTags,
    /// The passages view: text to find in quotes and notes.
    PassageText,
}

/// The input line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    /// What it is for.
    pub kind: PromptKind,
    /// What was typed.
    pub text: String,
    /// The cursor, a byte offset into `text` on a cluster boundary.
    pub cursor: usize,
    /// Earlier entries, oldest first (↑ recalls the newest).
    pub history: Vec<String>,
    /// The entry of `history` shown, while recalling.
    recall: Option<usize>,
    /// What was typed before recalling started (↓ past the newest brings it back).
    draft: String,
}

/// What a key did to the prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Only the cursor moved.
    Moved,
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
        Prompt::with_history(kind, Vec::new())
    }

    /// An empty prompt that recalls `history` (oldest first) on ↑ and ↓.
    pub fn with_history(kind: PromptKind, history: Vec<String>) -> Prompt {
        Prompt {
            kind,
            text: String::new(),
            cursor: 0,
            history,
            recall: None,
            draft: String::new(),
        }
    }

    /// Replaces the text, the cursor at its end.
    pub fn set_text(&mut self, text: &str) {
        self.text = text.to_string();
        self.cursor = self.text.len();
    }

    /// Applies a key press.
    pub fn key(&mut self, event: &KeyEvent) -> Edit {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match event.code {
            KeyCode::Enter => Edit::Submit,
            KeyCode::Esc => Edit::Cancel,
            KeyCode::Left => self.move_to(self.previous()),
            KeyCode::Right => self.move_to(self.next()),
            KeyCode::Home => self.move_to(0),
            KeyCode::End => self.move_to(self.text.len()),
            KeyCode::Up => self.recall(true),
            KeyCode::Down => self.recall(false),
            KeyCode::Backspace => self.cut(self.previous()..self.cursor),
            KeyCode::Delete => self.cut(self.cursor..self.next()),
            KeyCode::Char('u') if ctrl => self.cut(0..self.cursor),
            KeyCode::Char('w') if ctrl => {
                let kept = self.text[..self.cursor].trim_end().len();
                let from = self.text[..kept]
                    .rfind(char::is_whitespace)
                    .map_or(0, |i| i + 1);
                self.cut(from..self.cursor)
            }
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
                Edit::Changed
            }
            _ => Edit::Ignored,
        }
    }

    /// The start of the cluster before the cursor.
    fn previous(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    /// The end of the cluster after the cursor.
    fn next(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    fn move_to(&mut self, at: usize) -> Edit {
        self.cursor = at;
        Edit::Moved
    }

    fn cut(&mut self, range: std::ops::Range<usize>) -> Edit {
        self.cursor = range.start;
        self.text.replace_range(range, "");
        Edit::Changed
    }

    /// ↑ (`older`) or ↓ through the history.
    fn recall(&mut self, older: bool) -> Edit {
        let last = self.history.len().checked_sub(1);
        let next = match (self.recall, older) {
            (None, true) => last,
            (None, false) => return Edit::Moved,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if Some(i) == last => None,
            (Some(i), false) => Some(i + 1),
        };
        if self.recall.is_none() {
            self.draft = self.text.clone();
        }
        self.recall = next;
        let text = next.map_or(self.draft.clone(), |i| self.history[i].clone());
        self.set_text(&text);
        Edit::Changed
    }
}

/// `history` with `entry` added as the newest (moved there if it was already in; at most 100).
pub fn remember(history: &mut Vec<String>, entry: &str) {
    history.retain(|e| e != entry);
    history.push(entry.to_string());
    if history.len() > 100 {
        history.remove(0);
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

    #[test]
    fn the_cursor_moves_and_edits_in_the_middle() {
        let plain = |c| key(c, KeyModifiers::NONE);
        let mut p = Prompt::new(PromptKind::Search);
        for c in "abd".chars() {
            p.key(&plain(KeyCode::Char(c)));
        }
        assert_eq!(p.key(&plain(KeyCode::Left)), Edit::Moved);
        p.key(&plain(KeyCode::Char('c')));
        assert_eq!((p.text.as_str(), p.cursor), ("abcd", 3));
        p.key(&plain(KeyCode::Home));
        p.key(&plain(KeyCode::Delete));
        assert_eq!((p.text.as_str(), p.cursor), ("bcd", 0));
        p.key(&plain(KeyCode::End));
        p.key(&plain(KeyCode::Backspace));
        p.key(&plain(KeyCode::Right));
        assert_eq!((p.text.as_str(), p.cursor), ("bc", 2));
    }

    #[test]
    fn up_and_down_recall_earlier_entries() {
        let plain = |c| key(c, KeyModifiers::NONE);
        let mut history = vec!["old".to_string()];
        remember(&mut history, "new");
        remember(&mut history, "old");
        assert_eq!(history, ["new", "old"]);
        let mut p = Prompt::with_history(PromptKind::Search, history);
        p.key(&plain(KeyCode::Char('x')));
        p.key(&plain(KeyCode::Up));
        assert_eq!(p.text, "old");
        p.key(&plain(KeyCode::Up));
        p.key(&plain(KeyCode::Up));
        assert_eq!((p.text.as_str(), p.cursor), ("new", 3));
        p.key(&plain(KeyCode::Down));
        assert_eq!(p.text, "old");
        p.key(&plain(KeyCode::Down));
        assert_eq!(p.text, "x", "the draft comes back");
    }
}
