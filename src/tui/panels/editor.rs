//! The annotation editor's state and keys: a tags field (comma-separated; Tab completes the tag
//! being typed from the tags used in the library), a colour (one of the theme's highlight
//! names; a tag may bring its colour from the config until the user picks one), and a note of
//! several lines (Ctrl-J or Alt-Enter starts a new line; Ctrl-E hands it to `$EDITOR`).
//! Enter saves, Esc cancels; ↑/↓ (or Tab/Shift-Tab) move between fields. Focus starts on the
//! tags, so `a`, typing `quote, putin`, Enter makes an annotation.
//!
//! Text is kept as typed (Arabic included) and drawn by the layout engine elsewhere. Knows
//! crossterm's key events; nothing about the store, terminals or drawing.

pub mod help;

use std::collections::BTreeMap;
use std::ops::Range;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

use crate::annotate::model::{is_tag_separator, same_tag, split_tags, AnnotationId};
use crate::text::normalize::fold;
use crate::text::sanitize::quoted;

/// The colour a new annotation gets when no tag brings one.
pub const DEFAULT_COLOR: &str = "yellow";

/// What the editor will change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A new annotation on these article chars.
    New(Range<usize>),
    /// An existing annotation.
    Edit(AnnotationId),
}

/// The editor's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Comma-separated tags.
    Tags,
    /// The highlight colour.
    Color,
    /// The note.
    Note,
}

impl Field {
    fn next(self) -> Field {
        match self {
            Field::Tags => Field::Color,
            Field::Color => Field::Note,
            Field::Note => Field::Tags,
        }
    }

    fn previous(self) -> Field {
        match self {
            Field::Tags => Field::Note,
            Field::Color => Field::Tags,
            Field::Note => Field::Color,
        }
    }
}

/// What a key did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The editor changed (or stayed as it was).
    Changed,
    /// Enter: save.
    Save,
    /// Esc: close without saving.
    Cancel,
    /// Ctrl-E: edit the note in `$EDITOR`.
    External,
    /// Not an editor key.
    Ignored,
}

/// Tab completion under way: the prefix typed and which candidate is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Completion {
    candidates: Vec<String>,
    index: usize,
}

/// The annotation editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editor {
    /// What saving changes.
    pub target: Target,
    /// The passage (for the heading).
    pub quote: String,
    /// The tags as typed.
    pub tags: String,
    /// The colour names to choose from (the theme's highlights).
    pub colors: Vec<String>,
    /// Index of the chosen colour in `colors`.
    pub color: usize,
    /// Whether the user chose the colour (tags no longer pick it).
    pub color_chosen: bool,
    /// The note.
    pub note: String,
    /// The field keys go to.
    pub focus: Field,
    /// A word about the last key (no completion found…), for the hint line.
    pub hint: Option<String>,
    /// Tags to complete from, most used first.
    known_tags: Vec<String>,
    /// Tag → colour name, from the config.
    tag_colors: BTreeMap<String, String>,
    completion: Option<Completion>,
}

impl Editor {
    /// An editor for a new annotation on `range` (showing `quote`), colour from the config's
    /// tag colours once tags are typed, else [`DEFAULT_COLOR`].
    pub fn new(
        range: Range<usize>,
        quote: String,
        colors: Vec<String>,
        known_tags: Vec<String>,
        tag_colors: BTreeMap<String, String>,
    ) -> Editor {
        let color = colors.iter().position(|c| c == DEFAULT_COLOR).unwrap_or(0);
        Editor {
            target: Target::New(range),
            quote,
            tags: String::new(),
            colors,
            color,
            color_chosen: false,
            note: String::new(),
            focus: Field::Tags,
            hint: None,
            known_tags,
            tag_colors,
            completion: None,
        }
    }

    /// An editor on an existing annotation, filled in with what it holds.
    #[allow(clippy::too_many_arguments)]
    pub fn edit(
        id: AnnotationId,
        quote: String,
        tags: &[String],
        color: &str,
        note: &str,
        mut colors: Vec<String>,
        known_tags: Vec<String>,
        tag_colors: BTreeMap<String, String>,
    ) -> Editor {
        // A colour the theme does not name (a hand edit) is kept as a choice.
        let color = match colors.iter().position(|c| c == color) {
            Some(i) => i,
            None => {
                colors.push(color.to_string());
                colors.len() - 1
            }
        };
        Editor {
            target: Target::Edit(id),
            quote,
            tags: tags.join(", "),
            colors,
            color,
            color_chosen: true,
            note: note.to_string(),
            focus: Field::Tags,
            hint: None,
            known_tags,
            tag_colors,
            completion: None,
        }
    }

    /// The tags typed: split at commas (Latin or Arabic), trimmed, empty ones dropped (the
    /// store sorts them).
    pub fn tag_list(&self) -> Vec<String> {
        split_tags(&self.tags)
    }

    /// The chosen colour's name.
    pub fn color_name(&self) -> &str {
        self.colors
            .get(self.color)
            .map_or(DEFAULT_COLOR, String::as_str)
    }

    /// The note to save: as typed, without trailing blank lines.
    pub fn note_text(&self) -> String {
        self.note.trim_end_matches(['\n', '\r', ' ']).to_string()
    }

    /// Applies a key press.
    pub fn key(&mut self, event: &KeyEvent) -> Outcome {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        let completing = self.completion.take();
        self.hint = None;
        let newline =
            (event.code == KeyCode::Enter && alt) || (event.code == KeyCode::Char('j') && ctrl);
        if newline {
            self.focus = Field::Note;
            self.note.push('\n');
            return Outcome::Changed;
        }
        match event.code {
            KeyCode::Enter => return Outcome::Save,
            KeyCode::Esc => return Outcome::Cancel,
            KeyCode::Char('e') if ctrl => return Outcome::External,
            KeyCode::Tab if self.focus == Field::Tags => self.complete(completing),
            KeyCode::Tab | KeyCode::Down => self.focus = self.focus.next(),
            KeyCode::BackTab | KeyCode::Up => self.focus = self.focus.previous(),
            KeyCode::Left | KeyCode::Right if self.focus == Field::Color => {
                self.cycle(event.code == KeyCode::Right);
            }
            KeyCode::Char(' ') if self.focus == Field::Color => self.cycle(true),
            KeyCode::Char(c) if self.focus == Field::Color && !ctrl && !alt => {
                self.pick_by_letter(c)
            }
            // The colour is no text to edit.
            KeyCode::Backspace | KeyCode::Char('w' | 'u') if self.focus == Field::Color => {}
            KeyCode::Backspace => {
                let text = self.text_mut();
                let cut = text
                    .grapheme_indices(true)
                    .next_back()
                    .map_or(0, |(i, _)| i);
                text.truncate(cut);
            }
            KeyCode::Char('w') if ctrl => {
                let text = self.text_mut();
                let kept = text.trim_end().len();
                let cut = text[..kept]
                    .rfind(|c: char| c.is_whitespace() || is_tag_separator(c))
                    .map_or(0, |i| i + 1);
                text.truncate(cut);
            }
            KeyCode::Char('u') if ctrl => self.text_mut().clear(),
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => self.text_mut().push(c),
            _ => return Outcome::Ignored,
        }
        self.follow_tags();
        Outcome::Changed
    }

    /// Puts a note edited outside (in `$EDITOR`) back, without the final newline editors add.
    pub fn set_note(&mut self, note: &str) {
        self.note = note.strip_suffix('\n').unwrap_or(note).to_string();
        self.focus = Field::Note;
    }

    /// The text field with focus (never the colour: its keys are handled before).
    fn text_mut(&mut self) -> &mut String {
        match self.focus {
            Field::Tags => &mut self.tags,
            Field::Color | Field::Note => &mut self.note,
        }
    }

    fn cycle(&mut self, forward: bool) {
        let n = self.colors.len().max(1);
        self.color = if forward {
            (self.color + 1) % n
        } else {
            (self.color + n - 1) % n
        };
        self.color_chosen = true;
    }

    /// Picks the next colour whose name starts with `c` (`p` goes pink → purple → pink).
    fn pick_by_letter(&mut self, c: char) {
        let n = self.colors.len();
        let found = (1..=n)
            .map(|d| (self.color + d) % n.max(1))
            .find(|&i| self.colors[i].starts_with(c.to_ascii_lowercase()));
        match found {
            Some(i) => {
                self.color = i;
                self.color_chosen = true;
            }
            None => {
                self.hint = Some(format!(
                    "no colour starts with {}",
                    quoted(c.encode_utf8(&mut [0; 4]))
                ))
            }
        }
    }

    /// Until the user picks a colour, the first tag with a configured colour picks it.
    fn follow_tags(&mut self) {
        if self.color_chosen {
            return;
        }
        let configured = self.tag_list().iter().find_map(|t| {
            let name = self.tag_colors.get(t)?;
            self.colors.iter().position(|c| c == name)
        });
        let default = self.colors.iter().position(|c| c == DEFAULT_COLOR);
        self.color = configured.or(default).unwrap_or(0);
    }

    /// Tab in the tags field: completes the tag being typed, or shows the next candidate when
    /// Tab was the last key too; with nothing typed, moves to the next field.
    fn complete(&mut self, previous: Option<Completion>) {
        let start = self.tags.rfind(is_tag_separator).map_or(0, |i| {
            i + self.tags[i..].chars().next().map_or(1, char::len_utf8)
        });
        let partial = self.tags[start..].trim_start().to_string();
        let lead = &self.tags[start..self.tags.len() - partial.len()];
        let lead = if start > 0 && lead.is_empty() {
            " "
        } else {
            lead
        }
        .to_string();
        let completion = match previous {
            Some(mut c) if c.candidates.get(c.index) == Some(&partial) => {
                c.index = (c.index + 1) % c.candidates.len();
                c
            }
            _ => {
                if partial.is_empty() {
                    self.focus = self.focus.next();
                    return;
                }
                let typed = fold(&partial).text;
                let others = self.tag_list();
                let candidates: Vec<String> = self
                    .known_tags
                    .iter()
                    .filter(|t| fold(t).text.starts_with(&typed) && !same_tag(t, &partial))
                    .filter(|t| !others.iter().any(|o| same_tag(o, t)))
                    .cloned()
                    .collect();
                if candidates.is_empty() {
                    self.hint = Some(format!("no tag starts with “{partial}”"));
                    return;
                }
                Completion {
                    candidates,
                    index: 0,
                }
            }
        };
        self.tags.truncate(start);
        self.tags.push_str(&lead);
        self.tags.push_str(&completion.candidates[completion.index]);
        if completion.candidates.len() > 1 {
            self.hint = Some(format!(
                "{} of {} tags: Tab for the next",
                completion.index + 1,
                completion.candidates.len()
            ));
        }
        self.completion = Some(completion);
    }
}

#[cfg(test)]
mod tests;
