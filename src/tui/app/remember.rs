//! Remembering, for the app: marking an article opened (and the last one of its library),
//! restoring its reading position on opening and keeping it on leaving, the unread marks of
//! the library, selecting the last article opened when the library opens, and keeping the
//! theme, BiDi and shaping chosen with keys. The memory itself is `tui::memory`; without one
//! (tests) nothing is remembered.
//!
//! State changes only (and the memory's own file); knows nothing about the terminal.

use crate::text::{BidiMode, Shaping};
use crate::tui::app::App;
use crate::tui::input::action::Action;
use crate::tui::memory::{self, Position};

impl App {
    /// The key the library is remembered by: `home`, or its directory.
    fn library_key(&self) -> Option<String> {
        let library = self.library.as_ref()?;
        Some(if library.home {
            "home".into()
        } else {
            memory::key(&library.dir)
        })
    }

    /// The library just opened: its unread marks, the last article opened in it selected, and
    /// its files read in the background.
    pub(super) fn library_opened(&mut self) {
        self.mark_unread();
        let last = self
            .library_key()
            .and_then(|k| self.memory.as_ref()?.last_opened(&k));
        if let (Some(path), Some(library)) = (last, self.library.as_mut()) {
            library.select(&path);
        }
        self.start_reading();
    }

    /// Sets the library's unread marks from the memory (none without one).
    pub(super) fn mark_unread(&mut self) {
        let (Some(memory), Some(library)) = (self.memory.as_ref(), self.library.as_mut()) else {
            return;
        };
        library.mark_unread(|p| !memory.was_opened(p));
    }

    /// The article just opened: it is read now, its library remembers it, and it opens where
    /// it was left.
    pub(super) fn article_opened(&mut self) {
        let Some(path) = self.article.as_ref().map(|v| v.path.clone()) else {
            return;
        };
        let library = self.library_key();
        if let Some(entry) = self.library.as_mut().and_then(|l| {
            let at = l.entries.iter().position(|e| e.path == path)?;
            l.entries.get_mut(at)
        }) {
            entry.unread = false;
        }
        let Some(memory) = self.memory.as_mut() else {
            return;
        };
        memory.opened(&path, library.as_deref());
        let position = memory.position(&path);
        if let (Some(at), Some(view)) = (position, self.article.as_mut()) {
            let offset = at.char.min(view.article.char_len());
            view.scroll_to_char(offset);
        }
        self.save_memory();
    }

    /// Keeps where the open article is being read (before leaving it or quitting).
    pub(super) fn remember_position(&mut self) {
        let (Some(view), Some(memory)) = (self.article.as_ref(), self.memory.as_mut()) else {
            return;
        };
        let position = Position {
            paragraph: view.blocks.get(view.top().block).paragraph,
            char: view.top_char(),
        };
        memory.set_position(&view.path, position);
    }

    /// Keeps the theme or setting `action` just chose (the mouse is not kept: the
    /// configuration says it).
    pub(super) fn remember_settings(&mut self, action: Action) {
        let theme = self.theme().name.clone();
        let (bidi, shaping) = (self.settings.bidi, self.settings.shaping);
        let Some(memory) = self.memory.as_mut() else {
            return;
        };
        let data = &mut memory.data;
        match action {
            Action::CycleTheme => data.theme = Some(theme),
            Action::ToggleBidi => data.bidi = Some(bidi_name(bidi).into()),
            Action::ToggleShaping => data.shaping = Some(shaping_name(shaping).into()),
            _ => return,
        }
        self.save_memory();
    }

    /// Writes the memory if it changed; a failure is a message.
    pub(super) fn save_memory(&mut self) {
        if let Some(Err(e)) = self.memory.as_mut().map(|m| m.save()) {
            self.message = Some(crate::text::sanitize::sanitize(&format!(
                "cannot remember the reading positions: {e}"
            )));
        }
    }
}

/// How the memory names a BiDi mode.
pub fn bidi_name(mode: BidiMode) -> &'static str {
    match mode {
        BidiMode::App => "app",
        BidiMode::Terminal => "terminal",
    }
}

/// How the memory names a shaping setting.
pub fn shaping_name(shaping: Shaping) -> &'static str {
    match shaping {
        Shaping::Forms => "forms",
        Shaping::None => "none",
    }
}
