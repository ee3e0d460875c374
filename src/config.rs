//! The user's settings (`$XDG_CONFIG_HOME/hamish/config.toml`) and where hamish keeps its files
//! (the XDG base directories, on every Unix).
//!
//! Parsing is a function from text to [`Config`]; reading the file and the environment is kept at
//! the edge ([`load`]) and the environment is passed in ([`Env`]) so tests never mutate it.
//! Knows nothing about terminals or drawing: key names and actions are only strings here, the
//! reader's keymap validates them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

pub use crate::dirs::{config_dir, data_dir, process_env, Env};
use crate::text::position::line_column;
use crate::text::sanitize::sanitize;
use crate::text::Shaping;

/// The reading column's default width in cells.
pub(crate) const DEFAULT_READING_WIDTH: u16 = 100;

/// hamish's settings, as read from `config.toml`; every field has a default.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The theme to start with; `None`: `mono` when `NO_COLOR` is set, else `dark`.
    pub theme: Option<String>,
    /// The reading column's maximum width in cells (at least 1).
    #[serde(deserialize_with = "reading_width")]
    pub reading_width: u16,
    /// Who reorders right-to-left text.
    pub bidi: BidiSetting,
    /// Whether Arabic is sent as presentation forms.
    #[serde(deserialize_with = "shaping")]
    pub shaping: Shaping,
    /// Whether the mouse wheel scrolls (capturing the mouse stops the terminal's own selection).
    pub mouse: bool,
    /// Whether, where no text is typed, letters of the Arabic, Persian and Hebrew keyboard
    /// layouts act as the Latin key on the same physical key (`ت` as `j`), as vim's `langmap`.
    pub langmap: bool,
    /// Key remaps: key spec (`"ctrl-d"`) → action name (`"half_page_down"`).
    pub keys: BTreeMap<String, String>,
    /// Default highlight colours by tag (`[tag_colors] putin = "blue"`): a new annotation takes
    /// the colour of its first tag found here, until the colour is chosen by hand in the editor
    /// (otherwise `yellow`). Colours are the theme's highlight names (yellow, green, blue, pink,
    /// orange, purple, and any a theme adds); the reader warns about unknown ones.
    pub tag_colors: BTreeMap<String, String>,
    /// More folders of articles for the library (`library = ["~/research/news"]`), each with its
    /// subfolders, after the saved articles and the feeds; `~/` is the home directory.
    pub library: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: None,
            reading_width: DEFAULT_READING_WIDTH,
            bidi: BidiSetting::Auto,
            shaping: Shaping::Forms,
            mouse: true,
            langmap: true,
            keys: BTreeMap::new(),
            tag_colors: BTreeMap::new(),
            library: Vec::new(),
        }
    }
}

/// The `bidi` setting: a mode, or `auto` to detect it from the environment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BidiSetting {
    /// `terminal` where the terminal is known to reorder by itself (mlterm), else `app`.
    #[default]
    Auto,
    /// hamish reorders and shapes, and puts the terminal in explicit mode (`CSI 8 l`).
    App,
    /// The terminal reorders: text is sent in logical order.
    Terminal,
}

fn reading_width<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    match u16::deserialize(d)? {
        0 => Err(serde::de::Error::custom("reading_width must be at least 1")),
        w => Ok(w),
    }
}

fn shaping<'de, D: Deserializer<'de>>(d: D) -> Result<Shaping, D::Error> {
    String::deserialize(d)?
        .parse()
        .map_err(serde::de::Error::custom)
}

/// Parses the text of a config file. The error names the line and column, the problem and the
/// key it is in.
pub fn parse(text: &str) -> Result<Config, String> {
    toml::from_str(text).map_err(|e| {
        let message = e.message().trim_end();
        match e.span() {
            Some(span) => {
                let (line, column) = line_column(text, span.start);
                match crate::toml_key::key_at(text, span.start) {
                    Some(key) => format!("line {line}, column {column}: {message} (key {key})"),
                    None => format!("line {line}, column {column}: {message}"),
                }
            }
            None => message.to_string(),
        }
    })
}

/// Reads the config file: a missing file gives the defaults and no message; an unreadable or
/// broken one gives the defaults and a message naming the file, the line and the problem.
pub fn load() -> (Config, Option<String>) {
    load_in(&process_env)
}

/// [`load`] with the environment given.
pub(crate) fn load_in(env: Env) -> (Config, Option<String>) {
    match config_file(env) {
        Some(path) => load_from(&path),
        None => (Config::default(), None),
    }
}

/// [`load`] for a given file.
pub fn load_from(path: &Path) -> (Config, Option<String>) {
    let shown = || sanitize(&path.display().to_string());
    let text = match crate::regular_file::read_to_string(path, crate::regular_file::SETTINGS) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
        Err(e) => {
            let message = format!("{}: cannot read: {e}; using the defaults", shown());
            return (Config::default(), Some(message));
        }
    };
    match parse(&text) {
        Ok(config) => (config, None),
        Err(e) => {
            let message = format!("{}: {}; using the defaults", shown(), sanitize(&e));
            (Config::default(), Some(message))
        }
    }
}

/// `config.toml`'s path: `$XDG_CONFIG_HOME/hamish/config.toml`.
pub fn config_file(env: Env) -> Option<PathBuf> {
    config_dir(env).map(|d| d.join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn empty_file_gives_defaults() {
        let config = parse("").unwrap();
        assert_eq!(config, Config::default());
        assert_eq!(config.theme, None);
        assert_eq!(config.reading_width, 100);
        assert_eq!(config.bidi, BidiSetting::Auto);
        assert_eq!(config.shaping, Shaping::Forms);
        assert!(config.mouse);
        assert!(config.keys.is_empty());
        assert!(config.tag_colors.is_empty());
    }

    #[test]
    fn every_field_is_read() {
        let text = r#"
            theme = "light"
            reading_width = 72
            bidi = "terminal"
            shaping = "none"
            mouse = false
            [keys]
            ctrl-d = "half_page_down"
            x = "quit"
            [tag_colors]
            putin = "blue"
            "اقتباس" = "green"
        "#;
        let config = parse(text).unwrap();
        assert_eq!(config.theme.as_deref(), Some("light"));
        assert_eq!(config.reading_width, 72);
        assert_eq!(config.bidi, BidiSetting::Terminal);
        assert_eq!(config.shaping, Shaping::None);
        assert!(!config.mouse);
        assert_eq!(config.keys.len(), 2);
        assert_eq!(config.keys["ctrl-d"], "half_page_down");
        assert_eq!(config.keys["x"], "quit");
        assert_eq!(config.tag_colors.len(), 2);
        assert_eq!(config.tag_colors["putin"], "blue");
        assert_eq!(config.tag_colors["اقتباس"], "green");
        let e = parse("[tag_colors]\nputin = 3\n").unwrap_err();
        assert!(e.starts_with("line 2, column 9:"), "{e}");
        assert_eq!(parse("bidi = \"app\"").unwrap().bidi, BidiSetting::App);
        assert_eq!(parse("bidi = \"auto\"").unwrap().bidi, BidiSetting::Auto);
        assert_eq!(
            parse("shaping = \"forms\"").unwrap().shaping,
            Shaping::Forms
        );
    }

    #[test]
    fn broken_file_names_line_and_problem() {
        let e = parse("theme = \"dark\"\nreading_width = = 3\n").unwrap_err();
        assert!(e.starts_with("line 2, column "), "{e}");
        let e = parse("theme = \"dark\"\n\nbidi = \"sideways\"\n").unwrap_err();
        assert!(e.starts_with("line 3, column 8:"), "{e}");
        assert!(e.contains("sideways"), "{e}");
        assert!(e.ends_with("(key bidi)"), "{e}");
        let e = parse("[tag_colors]\nputin = 3\n").unwrap_err();
        assert!(e.ends_with("(key tag_colors.putin)"), "{e}");
        let e = parse("shaping = \"joined\"").unwrap_err();
        assert!(e.starts_with("line 1, column 11:"), "{e}");
        assert!(e.contains("forms or none"), "{e}");
        let e = parse("\nreading_width = 0").unwrap_err();
        assert!(
            e.starts_with("line 2, column 17:") && e.contains("at least 1"),
            "{e}"
        );
        let e = parse("mouse = \"yes\"").unwrap_err();
        assert!(e.starts_with("line 1, column 9:"), "{e}");
        let e = parse("reading_width = 70000").unwrap_err();
        assert!(e.starts_with("line 1, column 17:"), "{e}");
    }

    #[test]
    fn unknown_field_is_an_error() {
        let e = parse("mouse = true\nthme = \"dark\"\n").unwrap_err();
        assert!(e.starts_with("line 2, column 1:"), "{e}");
        assert!(e.contains("unknown field `thme`"), "{e}");
    }

    #[test]
    fn load_from_reports_file_and_line_and_keeps_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        assert_eq!(load_from(&path), (Config::default(), None));
        std::fs::write(&path, "mouse = false\n").unwrap();
        assert!(!load_from(&path).0.mouse);
        std::fs::write(&path, "mouse = false\nwidth = 3\n").unwrap();
        let (config, message) = load_from(&path);
        assert_eq!(config, Config::default());
        let message = message.unwrap();
        assert!(
            message.contains("config.toml: line 2, column 1:"),
            "{message}"
        );
        assert!(message.contains("unknown field `width`"), "{message}");
        std::fs::write(&path, b"mouse = \xff\n").unwrap();
        let (config, message) = load_from(&path);
        assert_eq!(config, Config::default());
        assert!(message.unwrap().contains("cannot read"));
    }

    #[test]
    fn load_in_reads_the_xdg_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let env = move |name: &str| (name == "XDG_CONFIG_HOME").then(|| root.clone().into());
        assert_eq!(load_in(&env), (Config::default(), None));
        std::fs::create_dir(dir.path().join("hamish")).unwrap();
        let path = dir.path().join("hamish/config.toml");
        std::fs::write(&path, "reading_width = 64\n").unwrap();
        assert_eq!(load_in(&env).0.reading_width, 64);
        std::fs::write(&path, "reading_width = 64\nreading_width = 65\n").unwrap();
        let (config, message) = load_in(&env);
        assert_eq!(config, Config::default());
        let expected = format!("{}: line 2, column 1: ", path.display());
        assert!(
            message.as_deref().unwrap().starts_with(&expected),
            "{message:?}"
        );
        let nowhere = |_: &str| None;
        assert_eq!(load_in(&nowhere), (Config::default(), None));
    }
}
