//! The tags view's actions, for the app: opening it (`#`, from the library or an article: the
//! library's tags, or those of the article's directory), moving through it, sorting (`o`),
//! renaming the selected tag (`r`) or merging it into another (`m`, the target typed or chosen
//! with Tab) in every article, undoing the last rename or merge in one step (`u`), and Enter:
//! that tag's passages ([`App::show_tag_passages`]).
//!
//! After a rename, merge or undo the counts are read again, the open article's annotations take
//! the change in (its store syncs with the disk) and the library's counts follow. State changes
//! only (reading and writing sidecars through the annotation layer); knows nothing about the
//! terminal.

use std::path::PathBuf;

use crossterm::event::KeyEvent;

use crate::annotate::retag::{retag, Skipped};
use crate::export::collect_stored;
use crate::text::sanitize::sanitize;
use crate::tui::app::stack::tags_in;
use crate::tui::app::{App, Overlay};
use crate::tui::article::notes::isolate;
use crate::tui::input::action::{Action, Mode};
use crate::tui::input::hints;
use crate::tui::panels::prompt::{Edit, Prompt, PromptKind};
use crate::tui::screens::tags::geometry::Geometry;
use crate::tui::screens::tags::state::{counted, TagsView};
use crate::tui::screens::Screen;

impl App {
    /// `#`: opens the tags view.
    pub(crate) fn open_tags(&mut self) {
        let (dir, articles) = self.tag_library();
        let collected = collect_stored(&articles);
        let view = TagsView::new(dir, articles, &collected, &self.tag_colors);
        if let Some(first) = view.skipped.first() {
            self.message = Some(sanitize(&format!(
                "{} file(s) could not be read and are left out: {first}",
                view.skipped.len()
            )));
        }
        self.screens.push(Screen::Tags(view));
    }

    /// The library's directory and articles: the open library's, else the open article's
    /// directory and its own articles (not its subfolders': an article opened from `$HOME` must
    /// not walk the whole home directory).
    fn tag_library(&self) -> (PathBuf, Vec<PathBuf>) {
        if let Some(library) = &self.library {
            return (library.dir.clone(), library.articles().paths());
        }
        let dir = self
            .article
            .as_ref()
            .and_then(|v| v.path.parent())
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        let articles = crate::library::walk::list_articles(&dir);
        (dir, articles)
    }

    /// Applies an action while the tags view is open.
    pub(crate) fn tags_action(&mut self, action: Action) {
        let (body, width) = (self.body(), self.settings.reading_width);
        let Some(tags) = self.tags_mut() else {
            return;
        };
        let page = Geometry::new(tags, body, width).page() as isize;
        match action {
            Action::LineDown => tags.move_by(1),
            Action::LineUp => tags.move_by(-1),
            Action::PageDown => tags.move_by(page),
            Action::PageUp => tags.move_by(-page),
            Action::HalfPageDown => tags.move_by((page / 2).max(1)),
            Action::HalfPageUp => tags.move_by(-(page / 2).max(1)),
            Action::Top => tags.move_to_end(false),
            Action::Bottom => tags.move_to_end(true),
            Action::SortTags => tags.toggle_order(),
            Action::RenameTag | Action::MergeTag => {
                let Some(row) = tags.selected_tag() else {
                    self.message = Some("no tags yet: annotate a passage with a tag first".into());
                    return;
                };
                let rename = action == Action::RenameTag;
                let kind = if rename {
                    PromptKind::RenameTag
                } else {
                    PromptKind::MergeTag
                };
                let mut prompt = Prompt::new(kind);
                if rename {
                    prompt.set_text(&row.tag);
                }
                self.overlay = Some(Overlay::Prompt(prompt));
            }
            Action::Undo => self.undo_retag(),
            Action::Open => {
                if let Some(tag) = tags.selected_tag().map(|r| r.tag.clone()) {
                    self.show_tag_passages(&tag);
                }
            }
            Action::Cancel | Action::Back | Action::TagsView => self.pop_screen(),
            _ => {}
        }
    }

    /// A key for the rename or merge input line: the key of `CompleteTag` (Tab; merging)
    /// chooses the next tag that starts like the text, Enter renames or merges, Esc gives up.
    pub(crate) fn tag_prompt_key(&mut self, event: &KeyEvent) {
        let Some(Overlay::Prompt(prompt)) = self.overlay.as_mut() else {
            return;
        };
        match prompt.key(event) {
            Edit::Changed | Edit::Moved => {}
            Edit::Cancel => self.overlay = None,
            Edit::Submit => {
                let text = prompt.text.clone();
                self.overlay = None;
                let from = self.tags().and_then(|t| t.selected_tag());
                if let Some(from) = from.map(|r| r.tag.clone()) {
                    self.apply_retag(&from, &text);
                }
            }
            Edit::Ignored
                if prompt.kind == PromptKind::MergeTag
                    && self.keymap.action_in(event, Mode::Tags) == Some(Action::CompleteTag) =>
            {
                let next = tags_in(&self.screens).and_then(|t| t.complete(&prompt.text));
                if let Some(next) = next {
                    prompt.set_text(&next);
                }
            }
            Edit::Ignored => self.unhandled_key(event),
        }
    }

    /// Gives every annotation of the library carrying `from` the tag `to` instead.
    fn apply_retag(&mut self, from: &str, to: &str) {
        let Some(tags) = self.tags() else {
            return;
        };
        let known = tags
            .rows
            .iter()
            .any(|r| crate::annotate::model::same_tag(&r.tag, to));
        match retag(&tags.articles, from, to) {
            Err(e) => self.message = Some(e.to_string()),
            Ok(done) => {
                // Short enough for the status line: the list shows both tags.
                let verb = if known && !crate::annotate::model::same_tag(from, to) {
                    "merged into"
                } else {
                    "renamed to"
                };
                if done.changed.is_empty() && done.skipped.is_empty() {
                    self.message = Some(format!("no annotation carries {}", quoted(from)));
                    return self.after_retag(&[from], None);
                }
                let mut message = format!(
                    "{verb} {}: {} in {}",
                    quoted(to),
                    counted(done.annotations(), "passage"),
                    counted(done.changed.len(), "article")
                );
                if !done.changed.is_empty() {
                    let undo = hints::key(&self.keymap, Action::Undo);
                    message.push_str(&format!(" · {undo} undoes"));
                }
                message.push_str(&left_alone(&done.skipped));
                self.message = Some(message);
                if !done.changed.is_empty() {
                    self.retagged = Some(done);
                }
                self.after_retag(&[from, to], Some(to));
            }
        }
    }

    /// `u`: undoes the last rename or merge; files refused stay undoable.
    fn undo_retag(&mut self) {
        let Some(done) = self.retagged.take() else {
            self.message = Some("no rename or merge to undo".into());
            return;
        };
        let (from, to) = (done.from.clone(), done.to.clone());
        let undone = done.undo();
        let mut message = format!(
            "undone: {} is back in {}",
            quoted(&from),
            counted(undone.restored.len(), "article")
        );
        message.push_str(&left_alone(&undone.refused));
        self.message = Some(message);
        self.retagged = undone.rest;
        self.after_retag(&[&from, &to], Some(&from));
    }

    /// Everything read from the library's annotations follows the change of `tags`
    /// ([`App::library_changed`]); the tags view selects `select` when given.
    fn after_retag(&mut self, tags: &[&str], select: Option<&str>) {
        self.library_changed(tags);
        let Some(select) = select else {
            return;
        };
        if let Some(tags) = self.tags_mut() {
            let at =
                (tags.rows.iter()).position(|r| crate::annotate::model::same_tag(&r.tag, select));
            if let Some(i) = at {
                tags.selected = i;
            }
        }
    }

    /// Enter in the tags view: the passages view, filtered by `tag`. Without a library (the tags
    /// view was opened from an article read on its own) it says how many there are.
    pub fn show_tag_passages(&mut self, tag: &str) {
        if self.library.is_some() {
            self.pop_screen();
            self.open_passages();
            if let Some(passages) = self.passages_mut() {
                let mut filter = passages.filter.clone();
                filter.tags = vec![tag.to_owned()];
                passages.set_filter(filter);
            }
            return;
        }
        let row = self.tags().and_then(|t| {
            t.rows
                .iter()
                .find(|r| crate::annotate::model::same_tag(&r.tag, tag))
        });
        if let Some(row) = row {
            self.message = Some(format!(
                "{}: {} in {} (open a library for the passages view)",
                quoted(&row.tag),
                counted(row.passages, "passage"),
                counted(row.articles, "article")
            ));
        }
    }
}

/// `tag` sanitised, in quotes, isolated so a right-to-left tag keeps its place in the line.
fn quoted(tag: &str) -> String {
    format!("«{}»", isolate(&sanitize(tag)))
}

/// " · N file(s) left alone: first file: why", or nothing.
fn left_alone(skipped: &[Skipped]) -> String {
    match skipped.first() {
        None => String::new(),
        Some(s) => sanitize(&format!(
            " · {} file(s) left alone: {}: {}",
            skipped.len(),
            s.path.display(),
            s.problem
        )),
    }
}
