//! Searching as the query is typed (as `incsearch` in vim and less): while the input line is
//! open, each change searches again from where the view was when it opened, within the search
//! budget of each step, and the matches on screen are highlighted at once; Esc puts the view
//! back as it was.
//!
//! State changes over the view; knows nothing about keys, terminals or drawing.

use std::ops::Range;

use crate::tui::article::scroll::Anchor;
use crate::tui::article::search::{is_searchable, Way};
use crate::tui::article::ArticleView;

/// The view as it was when the input line opened.
#[derive(Clone, Debug)]
pub struct Typing {
    /// Where searches start: the current match when on screen, else the top line.
    pub origin: usize,
    top: Anchor,
    selection: Option<Range<usize>>,
    query: String,
}

impl ArticleView {
    /// The input line opened: remembers the view to search from and to go back to.
    pub fn begin_typing(&mut self) {
        let selected = self.selection.clone().filter(|r| self.is_visible(r.start));
        self.typing = Some(Typing {
            origin: selected.map_or_else(|| self.top_char(), |r| r.start),
            top: self.top,
            selection: self.selection.clone(),
            query: self.matches.query().to_string(),
        });
    }

    /// The query is now `query`: searches for it from the origin (the event loop carries the
    /// search on between keys), or, when there is nothing to look for, shows the view as it was.
    pub fn typed(&mut self, query: &str) {
        let Some(typing) = self.typing.clone() else {
            return;
        };
        self.top = typing.top;
        self.selection = typing.selection.clone();
        self.caret = None;
        if is_searchable(query) {
            self.search_from(query, Way::Forward, typing.origin);
        } else {
            self.job = None;
            self.matches.set_query("");
            self.prepare();
        }
    }

    /// Esc in the input line: the view, its selection and its highlighted query as they were.
    pub fn cancel_typing(&mut self) {
        let Some(typing) = self.typing.take() else {
            return;
        };
        self.job = None;
        self.top = typing.top;
        self.selection = typing.selection;
        self.matches.set_query(&typing.query);
        self.prepare();
    }

    /// Enter in the input line: searches `query` from the origin, for good.
    pub fn submit_typing(&mut self, query: &str) {
        let origin = self.typing.take().map(|t| t.origin);
        match origin {
            Some(origin) => {
                self.search_from(query, Way::Forward, origin);
            }
            None => self.start_search(query, Way::Forward, false),
        }
    }
}
