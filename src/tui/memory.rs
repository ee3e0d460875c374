//! What the reader remembers between runs, in one TOML file (`$XDG_DATA_HOME/hamish/state.toml`):
//! each article's reading position, the last article opened in each library, the articles ever
//! opened (the library's unread marks), and the theme, BiDi and shaping chosen with keys.
//!
//! Data and its file only: written atomically, and only when something changed; a file that
//! cannot be read or parsed is a message, not a crash, and is then never overwritten (so
//! nothing the person may want to mend is lost). Knows nothing about terminals or drawing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::annotate::save::write_atomic;
use crate::regular_file::{self, SETTINGS};

/// The file's name in the data directory.
pub const FILE: &str = "state.toml";

/// Where an article was being read: the top row's paragraph and char offset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The paragraph at the top (for people reading the file).
    pub paragraph: usize,
    /// The article char offset of the top row's first char (what is restored).
    pub char: usize,
}

/// Everything remembered, as the file holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remembered {
    /// The theme's name, when one was chosen with a key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// `app` or `terminal`, when toggled with a key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bidi: Option<String>,
    /// `forms` or `none`, when toggled with a key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shaping: Option<String>,
    /// Articles (absolute paths) ever opened.
    #[serde(default)]
    pub opened: BTreeSet<String>,
    /// Library (`home`, or a directory's absolute path) → the last article opened in it.
    #[serde(default)]
    pub last_opened: BTreeMap<String, String>,
    /// Article (absolute path) → where it was being read.
    #[serde(default)]
    pub positions: BTreeMap<String, Position>,
}

/// The remembered state and its file.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    /// Where it is kept (`None`: nowhere, nothing is written).
    path: Option<PathBuf>,
    /// What is remembered now.
    pub data: Remembered,
    /// What the file holds (to write only on a change).
    saved: Remembered,
    /// Why the file could not be read: then it is never written.
    broken: bool,
}

/// The key an article or library is remembered by: its absolute path, as text.
pub fn key(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

impl Memory {
    /// Reads the memory kept in `path` (none yet: an empty one); a message when the file is
    /// broken (the memory then starts empty and the file is left as it is).
    pub fn load(path: &Path) -> (Memory, Option<String>) {
        let mut memory = Memory {
            path: Some(path.to_path_buf()),
            ..Memory::default()
        };
        let text = match regular_file::read_to_string(path, SETTINGS) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (memory, None),
            Err(e) => return memory.broken(path, &e.to_string()),
        };
        match toml::from_str::<Remembered>(&text) {
            Ok(data) => {
                memory.saved = data.clone();
                memory.data = data;
                (memory, None)
            }
            Err(e) => memory.broken(path, e.message()),
        }
    }

    fn broken(mut self, path: &Path, why: &str) -> (Memory, Option<String>) {
        self.broken = true;
        let message = format!(
            "{}: {why}; positions are not remembered until it is mended or removed",
            path.display()
        );
        (self, Some(crate::text::sanitize::sanitize(&message)))
    }

    /// Writes the file if anything changed since it was read or last written; whether it
    /// wrote. Never when the file was broken or there is no file.
    pub fn save(&mut self) -> std::io::Result<bool> {
        let Some(path) = self.path.as_ref().filter(|_| !self.broken) else {
            return Ok(false);
        };
        if self.data == self.saved {
            return Ok(false);
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let body = toml::to_string(&self.data).map_err(std::io::Error::other)?;
        let text = format!("# What hamish remembers between runs (safe to delete).\n\n{body}");
        write_atomic(path, text.as_bytes())?;
        self.saved = self.data.clone();
        Ok(true)
    }

    /// Whether the article at `path` was ever opened.
    pub fn was_opened(&self, path: &Path) -> bool {
        self.data.opened.contains(&key(path))
    }

    /// The article at `path` was opened from `library` (its key; `None`: opened on its own).
    pub fn opened(&mut self, path: &Path, library: Option<&str>) {
        let article = key(path);
        if let Some(library) = library {
            self.data
                .last_opened
                .insert(library.to_string(), article.clone());
        }
        self.data.opened.insert(article);
    }

    /// The last article opened in `library`.
    pub fn last_opened(&self, library: &str) -> Option<PathBuf> {
        self.data.last_opened.get(library).map(PathBuf::from)
    }

    /// Where the article at `path` was being read.
    pub fn position(&self, path: &Path) -> Option<Position> {
        self.data.positions.get(&key(path)).copied()
    }

    /// Remembers where the article at `path` is being read (the top: forgotten).
    pub fn set_position(&mut self, path: &Path, position: Position) {
        if position.char == 0 {
            self.data.positions.remove(&key(path));
        } else {
            self.data.positions.insert(key(path), position);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_across_loads_and_writes_only_on_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("hamish").join(FILE);
        let (mut m, warning) = Memory::load(&file);
        assert!(warning.is_none());
        assert!(!m.save().unwrap(), "nothing changed: nothing written");
        assert!(!file.exists());
        let article = dir.path().join("a.txt");
        m.opened(&article, Some("home"));
        let at = Position {
            paragraph: 3,
            char: 120,
        };
        m.set_position(&article, at);
        m.data.theme = Some("light".into());
        assert!(m.save().unwrap());
        assert!(!m.save().unwrap());
        let (again, _) = Memory::load(&file);
        assert!(again.was_opened(&article));
        assert!(!again.was_opened(&dir.path().join("b.txt")));
        assert_eq!(again.position(&article), Some(at));
        assert_eq!(again.last_opened("home"), Some(article.clone()));
        assert_eq!(again.data.theme.as_deref(), Some("light"));
        let mut again = again;
        again.set_position(&article, Position::default());
        assert_eq!(again.position(&article), None, "the top is not kept");
    }

    #[test]
    fn a_broken_file_is_a_message_and_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE);
        std::fs::write(&file, "opened = [\n").unwrap();
        let (mut m, warning) = Memory::load(&file);
        assert!(warning.unwrap().contains("not remembered"));
        m.opened(&dir.path().join("a.txt"), None);
        assert!(!m.save().unwrap());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "opened = [\n");
    }
}
