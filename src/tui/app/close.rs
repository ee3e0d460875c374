//! Leaving an article (back to the library, or quitting) when its last save failed: the store
//! tries once more and else writes a recovery file ([`Store::close`]); a notice says where, and
//! quitting waits for a second quit so the notice is read. State only; no terminal.
//!
//! [`Store::close`]: crate::annotate::store::Store::close

use super::{App, Effect, Overlay};
use crate::text::sanitize::sanitize;

impl App {
    /// Quits, unless the open article holds changes that still cannot be saved: then they are
    /// written to a recovery file, a notice says so, and the next quit goes.
    pub(crate) fn quit(&mut self) {
        self.remember_position();
        self.save_memory();
        if self.quit_warned {
            // Told once: go, after one more try (changes made since go to a recovery file too).
            let _ = self.close_store();
            self.effects.push(Effect::Quit);
            return;
        }
        match self.close_store() {
            None => self.effects.push(Effect::Quit),
            Some(why) => {
                self.quit_warned = true;
                self.overlay = Some(Overlay::Notice(format!("{why}\n\nQuit again to leave.")));
            }
        }
    }

    /// Going back to the library: the same last try; a notice over the library says where
    /// changes that could not be saved went.
    pub(crate) fn leave_article(&mut self) {
        self.remember_position();
        self.save_memory();
        if let Some(why) = self.close_store() {
            self.overlay = Some(Overlay::Notice(why));
        }
        self.article = None;
        self.reset_article_scope();
    }

    /// Asks the open article's store to write what it could not; why not, if it still cannot.
    fn close_store(&mut self) -> Option<String> {
        let dir = self.recovery_dir.clone();
        let store = self.article.as_mut()?.notes.store_mut().ok()?;
        let unsaved = store.close_recovering_in(dir).err()?;
        Some(sanitize(&format!("Annotations not saved: {unsaved}")))
    }
}
