//! What belongs to the open article, and what is derived from the whole library's annotations:
//! each is reset or read again here only, so no caller can forget one.
//!
//! - The article's scope ([`App::reset_article_scope`]): the annotation list over it, the
//!   annotation being re-selected, the warning before quitting with unsaved changes, and the
//!   library's tags offered for completion (read once per opened article).
//! - After a write that may touch any article of the library (a tag renamed, merged, or that
//!   undone: [`App::library_changed`]): the tags view's counts, the passages of the articles
//!   concerned, the open article's store, tag completion and the library's counts.
//!
//! State changes only (reading sidecars through the annotation layer); knows nothing about the
//! terminal or drawing.

use crate::annotate::model::same_tag;
use crate::export::{collect, collect_stored, Filter};
use crate::tui::app::App;

impl App {
    /// Another article (or none) is shown: what belonged to the one before goes.
    pub(crate) fn reset_article_scope(&mut self) {
        self.close_list();
        self.reselect = None;
        self.quit_warned = false;
        self.known_tags = None;
    }

    /// Every cache of the library's annotations is read again after a write that changed the
    /// annotations carrying any of `tags`, anywhere in the library.
    pub(crate) fn library_changed(&mut self, tags: &[&str]) {
        let colors = self.tag_colors.clone();
        if let Some(view) = self.tags_mut() {
            view.refresh(&collect_stored(&view.articles), &colors);
        }
        if let Some(passages) = self.passages_mut() {
            let concerned = passages.articles_with(|tag| tags.iter().any(|t| same_tag(t, tag)));
            if !concerned.is_empty() {
                passages.reread(collect(&concerned, &Filter::default()));
            }
        }
        if let Some(Ok(store)) = self.article.as_mut().map(|v| v.notes.store_mut()) {
            // A failure shows with the next change, as after any failed save.
            let _ = store.sync();
            // Undoing an older edit here would bring back what the library-wide change replaced
            // (the tags view's u undoes that change itself).
            store.forget_history();
        }
        self.known_tags = None;
        if let Some(library) = self.library.as_mut() {
            library.refresh_annotations();
        }
    }
}
