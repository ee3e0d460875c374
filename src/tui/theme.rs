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

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::Path;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use toml::Spanned;

use crate::config::{config_dir, process_env};
use crate::text::position::line_column;
use crate::text::sanitize::sanitize;

/// The highlight colours every theme must name: annotations use them.
pub const HIGHLIGHTS: [&str; 6] = ["yellow", "green", "blue", "pink", "orange", "purple"];

/// The default theme.
pub const DEFAULT: &str = "dark";
/// The theme used when `NO_COLOR` is set and the configuration names none.
pub const MONOCHROME: &str = "mono";

/// Built-in themes, in the order the theme key cycles through them: name and file text.
const BUILT_IN: [(&str, &str); 4] = [
    ("dark", include_str!("../../themes/dark.toml")),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
    ("mono", include_str!("../../themes/mono.toml")),
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
    themes: Vec<Theme>,
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
        let built_in = BUILT_IN.map(|(name, text)| Source {
            name: name.to_string(),
            label: format!("built-in theme {name}"),
            text: text.to_string(),
        });
        (Themes::build(&built_in, &user, &mut warnings), warnings)
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
        Themes { themes }
    }

    /// The theme named `name`.
    pub fn get(&self, name: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.name == name)
    }

    /// The themes' names, in cycling order: built-ins first, then the user's added ones.
    pub fn names(&self) -> Vec<String> {
        self.themes.iter().map(|t| t.name.clone()).collect()
    }

    /// The index of the theme to start with: the configured one if it exists, else `mono` when
    /// `NO_COLOR` is set and not empty, else `dark`.
    pub fn initial(&self, configured: Option<&str>) -> usize {
        self.initial_with(configured, std::env::var_os("NO_COLOR").as_deref())
    }

    /// [`Themes::initial`] with `NO_COLOR`'s value given.
    pub fn initial_with(&self, configured: Option<&str>, no_color: Option<&OsStr>) -> usize {
        let index = |name: &str| self.themes.iter().position(|t| t.name == name);
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
        if self.get(name).is_some() {
            return None;
        }
        Some(format!(
            "theme {:?} (from the configuration) does not exist; themes: {}",
            sanitize(name),
            self.names().join(", ")
        ))
    }

    /// The theme at `i`, modulo the number of themes (so cycling never goes out of range).
    pub fn by_index(&self, i: usize) -> &Theme {
        &self.themes[i % self.themes.len()]
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

/// A theme file's text and where it came from.
struct Source {
    name: String,
    /// The file's path, or "built-in theme NAME".
    label: String,
    text: String,
}

impl Source {
    /// A message about this file, at byte `offset` when known.
    fn error(&self, offset: Option<usize>, message: &str) -> String {
        let message = sanitize(message.trim_end());
        match offset {
            Some(offset) => {
                let (line, column) = line_column(&self.text, offset);
                format!(
                    "{}: line {line}, column {column}: {message}; theme skipped",
                    self.label
                )
            }
            None => format!("{}: {message}; theme skipped", self.label),
        }
    }
}

/// Reads `*.toml` in the user's theme directory, sorted by name.
fn read_user_files(dir: &Path, warnings: &mut Vec<String>) -> Vec<Source> {
    let shown = |p: &Path| sanitize(&p.display().to_string());
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            warnings.push(format!("{}: cannot read: {e}", shown(dir)));
            return Vec::new();
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension() == Some(OsStr::new("toml")))
        .collect();
    paths.sort();
    let mut sources = Vec::new();
    for path in paths {
        let Some(name) = path.file_stem().and_then(OsStr::to_str) else {
            warnings.push(format!(
                "{}: theme name is not valid UTF-8; skipped",
                shown(&path)
            ));
            continue;
        };
        match crate::regular_file::read_to_string(&path, crate::regular_file::SETTINGS) {
            Ok(text) => sources.push(Source {
                name: sanitize(name),
                label: shown(&path),
                text,
            }),
            Err(e) => warnings.push(format!("{}: cannot read: {e}; theme skipped", shown(&path))),
        }
    }
    sources
}

/// A theme file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    inherits: Option<Spanned<String>>,
    text: Option<StyleSpec>,
    title: Option<StyleSpec>,
    status: Option<StyleSpec>,
    search: Option<StyleSpec>,
    selection: Option<StyleSpec>,
    gutter: Option<StyleSpec>,
    symbol: Option<StyleSpec>,
    #[serde(default)]
    highlights: BTreeMap<String, StyleSpec>,
    #[serde(default)]
    palette: BTreeMap<String, Spanned<String>>,
}

/// A style as written: colours by name, modifiers by name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<Spanned<String>>,
    bg: Option<Spanned<String>>,
    #[serde(default)]
    modifiers: Vec<Spanned<String>>,
}

/// Parses a theme file; a broken one gives a warning.
fn parse<'a>(source: &'a Source, warnings: &mut Vec<String>) -> Option<Def<'a>> {
    match toml::from_str::<ThemeFile>(&source.text) {
        Ok(file) => Some(Def { source, file }),
        Err(e) => {
            warnings.push(source.error(e.span().map(|r| r.start), e.message()));
            None
        }
    }
}

/// A parsed theme file.
struct Def<'a> {
    source: &'a Source,
    file: ThemeFile,
}

/// All parsed theme files, for resolving `inherits`.
struct Defs<'a> {
    built_in: &'a [Def<'a>],
    user: &'a [Def<'a>],
}

/// The palette of a chain of theme files (nearest first): each name from the nearest file
/// that defines it.
fn palette<'a>(chain: &[&'a Def<'a>]) -> Result<BTreeMap<&'a str, Color>, String> {
    let mut palette: BTreeMap<&str, Color> = BTreeMap::new();
    for d in chain.iter().rev() {
        for (name, value) in &d.file.palette {
            let color = Color::from_str(value.get_ref()).map_err(|_| {
                let problem = format!("unknown colour {:?} in the palette", value.get_ref());
                d.source.error(Some(value.span().start), &problem)
            })?;
            palette.insert(name, color);
        }
    }
    Ok(palette)
}

impl<'a> Defs<'a> {
    /// The theme `def` describes, with its ancestors' styles filled in.
    fn resolve(&self, def: &'a Def<'a>) -> Result<Theme, String> {
        let chain = self.chain(def)?;
        let palette = palette(&chain)?;
        let style = |pick: fn(&ThemeFile) -> Option<&StyleSpec>| -> Result<Style, String> {
            match chain.iter().find_map(|d| pick(&d.file).map(|s| (d, s))) {
                Some((d, spec)) => spec.to_style(&palette, d.source),
                None => Ok(Style::default()),
            }
        };
        let mut theme = Theme {
            name: def.source.name.clone(),
            text: style(|f| f.text.as_ref())?,
            title: style(|f| f.title.as_ref())?,
            status: style(|f| f.status.as_ref())?,
            search: style(|f| f.search.as_ref())?,
            selection: style(|f| f.selection.as_ref())?,
            gutter: style(|f| f.gutter.as_ref())?,
            symbol: style(|f| f.symbol.as_ref())?,
            highlights: Vec::new(),
        };
        // Highlights: the six required ones first, then the others in the order found.
        let mut names: Vec<&str> = HIGHLIGHTS.to_vec();
        for d in &chain {
            for name in d.file.highlights.keys() {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        let mut missing = Vec::new();
        for name in names {
            match chain
                .iter()
                .find_map(|d| d.file.highlights.get(name).map(|s| (d, s)))
            {
                Some((d, spec)) => {
                    let style = spec.to_style(&palette, d.source)?;
                    theme.highlights.push((name.to_string(), style));
                }
                None => missing.push(name),
            }
        }
        if !missing.is_empty() {
            let problem = format!(
                "[highlights] lacks {} (name them, or add `inherits = \"{DEFAULT}\"`)",
                missing.join(", ")
            );
            return Err(def.source.error(None, &problem));
        }
        Ok(theme)
    }

    /// `def` and the files it inherits from, nearest first. A user theme that inherits its own
    /// name inherits the built-in theme of that name.
    fn chain(&self, def: &'a Def<'a>) -> Result<Vec<&'a Def<'a>>, String> {
        let mut chain = vec![def];
        let mut current = def;
        while let Some(parent) = &current.file.inherits {
            let name = parent.get_ref();
            let is_user = self.user.iter().any(|d| std::ptr::eq(d, current));
            let user = self.user.iter().find(|d| d.source.name == *name);
            let built_in = self.built_in.iter().find(|d| d.source.name == *name);
            let next = if is_user && *name == current.source.name {
                built_in
            } else {
                user.or(built_in)
            };
            let Some(next) = next else {
                let problem = format!("inherits from {name:?}, which is not a theme");
                return Err(current.source.error(Some(parent.span().start), &problem));
            };
            if chain.iter().any(|d| std::ptr::eq(*d, next)) {
                let mut names: Vec<&str> = chain.iter().map(|d| d.source.name.as_str()).collect();
                names.push(name);
                let problem = format!("inherits in a circle: {}", names.join(" → "));
                let at = def.file.inherits.as_ref().map(|p| p.span().start);
                return Err(def.source.error(at, &problem));
            }
            chain.push(next);
            current = next;
        }
        Ok(chain)
    }
}

impl StyleSpec {
    /// The style, with colour names looked up in `palette` first.
    fn to_style(&self, palette: &BTreeMap<&str, Color>, source: &Source) -> Result<Style, String> {
        let color = |c: &Spanned<String>| -> Result<Color, String> {
            let name = c.get_ref();
            palette
                .get(name.as_str())
                .copied()
                .or_else(|| Color::from_str(name).ok())
                .ok_or_else(|| {
                    let problem = format!("{name:?} is neither a colour nor in the palette");
                    source.error(Some(c.span().start), &problem)
                })
        };
        let mut style = Style::default();
        if let Some(fg) = &self.fg {
            style = style.fg(color(fg)?);
        }
        if let Some(bg) = &self.bg {
            style = style.bg(color(bg)?);
        }
        for m in &self.modifiers {
            let modifier = modifier(m.get_ref()).ok_or_else(|| {
                let problem = format!(
                    "unknown modifier {:?} (expected bold, dim, italic, underlined, \
                     reversed or crossed_out)",
                    m.get_ref()
                );
                source.error(Some(m.span().start), &problem)
            })?;
            style = style.add_modifier(modifier);
        }
        Ok(style)
    }
}

/// A modifier by the name themes use.
fn modifier(name: &str) -> Option<Modifier> {
    Some(match name {
        "bold" => Modifier::BOLD,
        "dim" => Modifier::DIM,
        "italic" => Modifier::ITALIC,
        "underlined" => Modifier::UNDERLINED,
        "reversed" => Modifier::REVERSED,
        "crossed_out" => Modifier::CROSSED_OUT,
        _ => return None,
    })
}
