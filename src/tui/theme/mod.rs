//! Themes: the styles the reader draws with, read from TOML files like helix's.
//!
//! Built-in themes are `themes/*.toml`, compiled in; user themes in
//! `$XDG_CONFIG_HOME/hamish/themes/*.toml` override built-ins of the same name or add new ones.
//! A theme file holds `inherits = "name"` (optional), the styles `text`, `title`, `status`,
//! `search`, `selection`, `gutter` and `symbol` (each `{ fg = …, bg = …, modifiers = [...] }`),
//! a `[highlights]` table of annotation styles (at least yellow, green, blue, pink, orange,
//! purple) and a `[palette]` of named colours that styles may use. A colour is a palette name, a
//! terminal colour name (`yellow`, `light-blue`, `reset`), a 256-colour index or `#rrggbb`.
//! A broken user theme is skipped with a warning naming its file and line, never a panic.
//! Knows ratatui's `Style` and nothing about what is drawn where.

use std::ffi::OsStr;
use std::path::Path;
use std::sync::OnceLock;

use ratatui::style::{Modifier, Style};

mod file;

use file::{parse, read_user_files, Def, Defs, Source};

use crate::config::{config_dir, process_env};
use crate::text::sanitize::quoted;

/// The highlight colours every theme must name: annotations use them.
pub const HIGHLIGHTS: [&str; 6] = ["yellow", "green", "blue", "pink", "orange", "purple"];

/// The default theme.
pub const DEFAULT: &str = "dark";
/// The theme used when `NO_COLOR` is set and the configuration names none.
pub const MONOCHROME: &str = "mono";

/// Built-in themes, in the order the theme key cycles through them: name and file text.
const BUILT_IN: [(&str, &str); 4] = [
    ("dark", include_str!("../../../themes/dark.toml")),
    ("light", include_str!("../../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../../themes/high-contrast.toml"),
    ),
    ("mono", include_str!("../../../themes/mono.toml")),
];

/// The styles the reader draws with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    /// The theme's name (its file name without `.toml`).
    pub name: String,
    /// Article text and the background of the reading area.
    pub text: Style,
    /// Article titles.
    pub title: Style,
    /// The status line.
    pub status: Style,
    /// Search hits.
    pub search: Style,
    /// The current selection (the current search match).
    pub selection: Style,
    /// Margins and other furniture around the text.
    pub gutter: Style,
    /// Control characters from an article, shown as symbols.
    pub symbol: Style,
    /// Annotation highlight styles by colour name: at least [`HIGHLIGHTS`], in that order first.
    pub highlights: Vec<(String, Style)>,
}

impl Theme {
    /// The highlight style named `name`.
    pub fn highlight(&self, name: &str) -> Option<Style> {
        self.highlights
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, s)| s)
    }

    /// The names of its highlight colours, in order.
    pub fn highlight_names(&self) -> Vec<String> {
        self.highlights.iter().map(|(n, _)| n.clone()).collect()
    }
}

/// All themes, built-in and the user's, in cycling order.
#[derive(Clone, Debug)]
pub struct Themes {
    themes: Vec<Slot>,
}

/// A theme, resolved, or a built-in one resolved when first used (when the user has no themes):
/// parsing the four built-in files was a twentieth of the reader's first frame, which needs one.
#[derive(Clone, Debug)]
enum Slot {
    Ready(Theme),
    BuiltIn {
        name: &'static str,
        text: &'static str,
        theme: OnceLock<Theme>,
    },
}

impl Slot {
    fn name(&self) -> &str {
        match self {
            Slot::Ready(theme) => &theme.name,
            Slot::BuiltIn { name, .. } => name,
        }
    }

    fn theme(&self) -> &Theme {
        match self {
            Slot::Ready(theme) => theme,
            Slot::BuiltIn { name, text, theme } => theme.get_or_init(|| built_in(name, text)),
        }
    }
}

/// The source of the built-in theme `name`, whose file is `text`.
fn built_in_source(name: &str, text: &str) -> Source {
    Source {
        name: name.to_string(),
        label: format!("built-in theme {name}"),
        text: text.to_string(),
    }
}

/// The built-in theme `name` (no built-in inherits another: a test checks they resolve as
/// when all are read together).
fn built_in(name: &str, text: &str) -> Theme {
    let source = built_in_source(name, text);
    let mut warnings = Vec::new();
    let Some(def) = parse(&source, &mut warnings) else {
        return plain();
    };
    let defs = Defs {
        built_in: std::slice::from_ref(&def),
        user: &[],
    };
    defs.resolve(&def).unwrap_or_else(|_| plain())
}

impl Themes {
    /// The built-in themes and the user's (`$XDG_CONFIG_HOME/hamish/themes/`), with a warning
    /// for each user theme that could not be used.
    pub fn load() -> (Themes, Vec<String>) {
        let dir = config_dir(&process_env).map(|d| d.join("themes"));
        Themes::load_from(dir.as_deref())
    }

    /// [`Themes::load`] with the user's theme directory given (`None`: built-ins only).
    pub fn load_from(user_dir: Option<&Path>) -> (Themes, Vec<String>) {
        let mut warnings = Vec::new();
        let user = user_dir.map_or_else(Vec::new, |d| read_user_files(d, &mut warnings));
        if user.is_empty() {
            return (Themes::built_in_lazily(), warnings);
        }
        (Themes::eager(&user, &mut warnings), warnings)
    }

    /// The built-in themes, each resolved when first used.
    fn built_in_lazily() -> Themes {
        let slot = |(name, text)| Slot::BuiltIn {
            name,
            text,
            theme: OnceLock::new(),
        };
        Themes {
            themes: BUILT_IN.map(slot).into(),
        }
    }

    /// The built-in themes and `user`'s, all resolved now.
    fn eager(user: &[Source], warnings: &mut Vec<String>) -> Themes {
        let built_in = BUILT_IN.map(|(name, text)| built_in_source(name, text));
        Themes::build(&built_in, user, warnings)
    }

    /// Themes from sources: `user` ones override `built_in` ones of the same name.
    fn build(built_in: &[Source], user: &[Source], warnings: &mut Vec<String>) -> Themes {
        let built_in: Vec<Def> = built_in.iter().filter_map(|s| parse(s, warnings)).collect();
        let user: Vec<Def> = user.iter().filter_map(|s| parse(s, warnings)).collect();
        let mut names: Vec<&str> = built_in.iter().map(|d| d.source.name.as_str()).collect();
        let mut added: Vec<&str> = user
            .iter()
            .map(|d| d.source.name.as_str())
            .filter(|n| !names.contains(n))
            .collect();
        added.sort_unstable();
        names.extend(added);
        let defs = Defs {
            built_in: &built_in,
            user: &user,
        };
        let mut themes = Vec::new();
        for name in names {
            let user_def = user.iter().find(|d| d.source.name == name);
            let built_in_def = built_in.iter().find(|d| d.source.name == name);
            let from_user = match user_def.map(|d| defs.resolve(d)) {
                Some(Ok(theme)) => Some(theme),
                Some(Err(e)) => {
                    warnings.push(e);
                    None
                }
                None => None,
            };
            // A broken user theme is skipped: the built-in of that name, if any, stays.
            let theme = from_user.or_else(|| match built_in_def.map(|d| defs.resolve(d)) {
                Some(Ok(theme)) => Some(theme),
                Some(Err(e)) => {
                    warnings.push(e);
                    None
                }
                None => None,
            });
            themes.extend(theme);
        }
        if themes.is_empty() {
            themes.push(plain());
        }
        Themes {
            themes: themes.into_iter().map(Slot::Ready).collect(),
        }
    }

    /// The theme named `name`.
    pub fn get(&self, name: &str) -> Option<&Theme> {
        self.themes
            .iter()
            .find(|t| t.name() == name)
            .map(Slot::theme)
    }

    /// The themes' names, in cycling order: built-ins first, then the user's added ones.
    pub fn names(&self) -> Vec<String> {
        self.themes.iter().map(|t| t.name().to_string()).collect()
    }

    /// The index of the theme to start with: the configured one if it exists, else `mono` when
    /// `NO_COLOR` is set and not empty, else `dark`.
    pub fn initial(&self, configured: Option<&str>) -> usize {
        self.initial_with(configured, std::env::var_os("NO_COLOR").as_deref())
    }

    /// [`Themes::initial`] with `NO_COLOR`'s value given.
    pub fn initial_with(&self, configured: Option<&str>, no_color: Option<&OsStr>) -> usize {
        let index = |name: &str| self.themes.iter().position(|t| t.name() == name);
        let fallback = match no_color {
            Some(v) if !v.is_empty() => MONOCHROME,
            _ => DEFAULT,
        };
        configured
            .and_then(index)
            .or_else(|| index(fallback))
            .unwrap_or(0)
    }

    /// A message when the configured theme does not exist, listing the ones that do.
    pub fn check(&self, configured: Option<&str>) -> Option<String> {
        let name = configured?;
        if self.themes.iter().any(|t| t.name() == name) {
            return None;
        }
        Some(format!(
            "theme {} (from the configuration) does not exist; themes: {}",
            quoted(name),
            self.names().join(", ")
        ))
    }

    /// The theme at `i`, modulo the number of themes (so cycling never goes out of range).
    pub fn by_index(&self, i: usize) -> &Theme {
        self.themes[i % self.themes.len()].theme()
    }

    /// How many themes there are (at least one).
    pub fn len(&self) -> usize {
        self.themes.len()
    }

    /// Never true: there is always at least one theme.
    pub fn is_empty(&self) -> bool {
        self.themes.is_empty()
    }
}

/// A theme with the terminal's own colours: used only if no theme at all could be read.
fn plain() -> Theme {
    let reversed = Style::default().add_modifier(Modifier::REVERSED);
    Theme {
        name: DEFAULT.to_string(),
        text: Style::default(),
        title: Style::default().add_modifier(Modifier::BOLD),
        status: reversed,
        search: reversed.add_modifier(Modifier::BOLD),
        selection: reversed,
        gutter: Style::default(),
        symbol: reversed,
        highlights: HIGHLIGHTS
            .iter()
            .map(|h| {
                (
                    h.to_string(),
                    Style::default().add_modifier(Modifier::UNDERLINED),
                )
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_themes_resolved_when_used_are_those_resolved_together() {
        let lazy = Themes::built_in_lazily();
        let mut warnings = Vec::new();
        let eager = Themes::eager(&[], &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(lazy.names(), eager.names());
        assert!(matches!(lazy.themes[1], Slot::BuiltIn { .. }));
        for i in 0..eager.len() {
            assert_eq!(lazy.by_index(i), eager.by_index(i));
        }
        // Only what is used is resolved.
        let lazy = Themes::load_from(None).0;
        let _ = lazy.by_index(lazy.initial_with(None, None));
        let resolved =
            |t: &Slot| !matches!(t, Slot::BuiltIn { theme, .. } if theme.get().is_none());
        assert_eq!(lazy.themes.iter().filter(|t| resolved(t)).count(), 1);
    }
}
