//! The editor's tags field beyond typing: Tab completes the tag being typed from the tags known
//! in the library (Arabic folded, so a tag typed without its marks still matches), and until
//! the user picks a colour the first tag with a configured colour picks it.
//!
//! State changes of the editor only; knows nothing about the store, terminals or drawing.

use crate::text::normalize::fold;
use crate::tui::panels::editor::{Completion, Editor, DEFAULT_COLOR};

impl Editor {
    /// Until the user picks a colour, the first tag with a configured colour picks it.
    pub(super) fn follow_tags(&mut self) {
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
    pub(super) fn complete(&mut self, previous: Option<Completion>) {
        let start = self.tags.rfind(',').map_or(0, |i| i + 1);
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
                    .filter(|t| fold(t).text.starts_with(&typed) && **t != partial)
                    .filter(|t| !others.contains(t))
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
