//! The library's actions, for the app: moving through it (by entries, by its pages as its
//! geometry lays them out, to an end), filtering it through the input line, sorting it,
//! fetching the feeds, `A` for the passages view, Enter to read an article, and `q` in that
//! article back to it with the closed article's counts and tags.
//!
//! State changes only; knows nothing about the terminal.

use crate::text::Article;
use crate::tui::app::{App, Overlay};
use crate::tui::input::action::Action;
use crate::tui::panels::prompt::{Prompt, PromptKind};
use crate::tui::screens::library::geometry::Geometry;
use crate::tui::screens::library::slots::LIBRARY_ENTRY_ROWS;
use crate::tui::screens::library::state::Library;

impl App {
    /// `q` in an article opened from the library: back to it, the closed article's counts and
    /// tags taken from its store (nothing is read: a big library comes back at once; without a
    /// store its group's sidecars are read), files added meanwhile listed.
    pub(crate) fn back_to_library(&mut self) {
        let closed = self.article.as_ref().map(|v| v.path.clone());
        let known = self.article.as_ref().and_then(|v| {
            let store = v.notes.store()?;
            Some((store.sidecar().clone(), store.meta()))
        });
        self.leave_article();
        if let (Some(library), Some(path)) = (self.library.as_mut(), closed) {
            let updated = known.is_some_and(|(s, m)| library.update_entry(&path, &s, m));
            let group = library
                .entries
                .iter()
                .find(|e| e.path == path)
                .map(|e| e.group);
            match group {
                _ if updated => {}
                Some(g) => library.refresh_group(g),
                None => library.refresh_annotations(),
            }
        }
        self.rescan();
    }

    pub(crate) fn library_action(&mut self, action: Action) {
        let (body, width) = (self.body(), self.settings.reading_width);
        let Some(library) = self.library.as_mut() else {
            if action == Action::Back {
                self.quit();
            }
            return;
        };
        match action {
            Action::LineDown
            | Action::LineUp
            | Action::PageDown
            | Action::PageUp
            | Action::HalfPageDown
            | Action::HalfPageUp
            | Action::Top
            | Action::Bottom => {
                let geometry = Geometry::new(library, body, width);
                move_in_library(library, &geometry, action);
            }
            Action::Search => {
                let mut prompt = Prompt::new(PromptKind::Filter);
                prompt.set_text(&library.filter);
                self.overlay = Some(Overlay::Prompt(prompt));
            }
            Action::Cancel => library.set_filter(""),
            Action::SortLibrary => library.cycle_order(),
            Action::FetchFeeds => self.start_fetch(),
            Action::AnnotationList => self.open_passages(),
            Action::Open => {
                let Some(entry) = library.selected_entry() else {
                    return;
                };
                let path = entry.path.clone();
                match Article::load(&path) {
                    Ok(article) => self.open_article(&path, article),
                    Err(e) => self.message = Some(format!("{}: {e}", entry.name)),
                }
            }
            Action::Back => self.quit(),
            _ => {}
        }
    }
}

/// A move through the library: by entries, by pages as `geometry` lays them out (a page down
/// selects the entry at the same place on the next page), to an end.
fn move_in_library(library: &mut Library, geometry: &Geometry, action: Action) {
    let fit = geometry.list.height / LIBRARY_ENTRY_ROWS;
    let half = (usize::from(fit) / 2).max(1) as isize;
    let page = |pages| geometry.turn(library.selected, pages);
    match action {
        Action::LineDown => library.move_by(1),
        Action::LineUp => library.move_by(-1),
        Action::PageDown => match page(1) {
            Some(n) => library.selected = n,
            None => library.move_to_end(true),
        },
        Action::PageUp => match page(-1) {
            Some(n) => library.selected = n,
            None => library.move_to_end(false),
        },
        Action::HalfPageDown => library.move_by(half),
        Action::HalfPageUp => library.move_by(-half),
        Action::Top => library.move_to_end(false),
        _ => library.move_to_end(true),
    }
}
