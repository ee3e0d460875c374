//! Opening, for the app: what the command line named (a library or an article, maybe the first
//! part of a huge one), an article from the library, and the rest of a huge article when it
//! arrives. Opening an article opens its annotations and says how that went.
//!
//! State changes only; knows nothing about the terminal or drawing.

use std::path::Path;

use crate::text::Article;
use crate::tui::app::{App, Overlay};
use crate::tui::article::notes::Notes;
use crate::tui::article::ArticleView;
use crate::tui::open::{Rest, Target};
use crate::tui::screens::library::state::Library;

impl App {
    /// Shows `target`; returns the channel the rest of a huge article comes on.
    pub fn open(&mut self, target: Target) -> Option<Rest> {
        match target {
            Target::Library(library) => {
                self.open_library(library);
                None
            }
            Target::Article {
                path,
                article,
                rest: None,
            } => {
                self.open_article(&path, article);
                None
            }
            Target::Article {
                path,
                article,
                rest: Some(rest),
            } => {
                self.open_article_with(&path, article, Notes::Pending);
                Some(rest)
            }
        }
    }

    /// Shows `library`.
    pub fn open_library(&mut self, library: Library) {
        self.library = Some(library);
        self.library_opened();
    }

    /// Shows `article`, read from `path`, with its annotations.
    pub fn open_article(&mut self, path: &Path, article: Article) {
        let (notes, message) = Notes::open(path, &article);
        self.open_article_with(path, article, notes);
        self.notes_opened(message);
    }

    /// Says what opening the annotations did: a message, and when annotating is off the whole
    /// story in a notice.
    fn notes_opened(&mut self, message: Option<String>) {
        if message.is_some() {
            self.message = message;
        }
        if let Some(Notes::Off { detail, .. }) = self.article.as_ref().map(|v| &v.notes) {
            self.overlay = Some(Overlay::Notice(detail.clone()));
        }
    }

    /// Shows `article` (read from `path`) with the given annotations (`Notes::Pending` for the
    /// first part of a huge file: [`App::complete_article`] brings the rest and them).
    pub fn open_article_with(&mut self, path: &Path, article: Article, notes: Notes) {
        let mut view = ArticleView::new(
            path.to_path_buf(),
            article,
            self.layout_options(),
            self.text_height(),
        );
        view.notes = notes;
        self.article = Some(view);
        self.reset_article_scope();
        if self.editor().is_some() {
            self.overlay = None;
        }
        self.article_opened();
    }

    /// The whole article arrived (after its first part was shown), with its annotations opened
    /// on the whole text.
    pub fn complete_article(&mut self, article: Article, notes: (Notes, Option<String>)) {
        if let Some(view) = self.article.as_mut() {
            view.replace_article(article);
            view.notes = notes.0;
            self.notes_opened(notes.1);
        }
    }
}
