//! Reading one theme file: its TOML parsed with positions, `inherits` chains followed, the
//! palette resolved, each style turned into a ratatui `Style`; every problem a message naming the
//! file and line. Knows nothing about which theme is in use or what is drawn.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::Path;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use toml::Spanned;

use super::{Theme, DEFAULT, HIGHLIGHTS};
use crate::text::position::line_column;
use crate::text::sanitize::{quoted, sanitize};

/// A theme file's text and where it came from.
pub(super) struct Source {
    /// The theme's name.
    pub(super) name: String,
    /// The file's path, or "built-in theme NAME".
    pub(super) label: String,
    /// The file's text.
    pub(super) text: String,
}

impl Source {
    /// A message about this file, at byte `offset` when known.
    fn error(&self, offset: Option<usize>, message: &str) -> String {
        let message = sanitize(message.trim_end());
        match offset {
            Some(offset) => {
                let (line, column) = line_column(&self.text, offset);
                let key = crate::toml_key::key_at(&self.text, offset)
                    .map_or(String::new(), |k| format!(" (key {})", sanitize(&k)));
                format!(
                    "{}: line {line}, column {column}: {message}{key}; theme skipped",
                    self.label
                )
            }
            None => format!("{}: {message}; theme skipped", self.label),
        }
    }
}

/// Reads `*.toml` in the user's theme directory, sorted by name.
pub(super) fn read_user_files(dir: &Path, warnings: &mut Vec<String>) -> Vec<Source> {
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
pub(super) fn parse<'a>(source: &'a Source, warnings: &mut Vec<String>) -> Option<Def<'a>> {
    match toml::from_str::<ThemeFile>(&source.text) {
        Ok(file) => Some(Def { source, file }),
        Err(e) => {
            warnings.push(source.error(e.span().map(|r| r.start), e.message()));
            None
        }
    }
}

/// A parsed theme file.
pub(super) struct Def<'a> {
    /// The file it was read from.
    pub(super) source: &'a Source,
    file: ThemeFile,
}

/// All parsed theme files, for resolving `inherits`.
pub(super) struct Defs<'a> {
    /// The built-in themes.
    pub(super) built_in: &'a [Def<'a>],
    /// The user's themes.
    pub(super) user: &'a [Def<'a>],
}

/// The palette of a chain of theme files (nearest first): each name from the nearest file
/// that defines it.
fn palette<'a>(chain: &[&'a Def<'a>]) -> Result<BTreeMap<&'a str, Color>, String> {
    let mut palette: BTreeMap<&str, Color> = BTreeMap::new();
    for d in chain.iter().rev() {
        for (name, value) in &d.file.palette {
            let color = Color::from_str(value.get_ref()).map_err(|_| {
                let problem = format!("unknown colour {} in the palette", quoted(value.get_ref()));
                d.source.error(Some(value.span().start), &problem)
            })?;
            palette.insert(name, color);
        }
    }
    Ok(palette)
}

impl<'a> Defs<'a> {
    /// The theme `def` describes, with its ancestors' styles filled in.
    pub(super) fn resolve(&self, def: &'a Def<'a>) -> Result<Theme, String> {
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
                let problem = format!("inherits from {}, which is not a theme", quoted(name));
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
                    let problem =
                        format!("{} is neither a colour nor in the palette", quoted(name));
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
                    "unknown modifier {} (expected bold, dim, italic, underlined, \
                     reversed or crossed_out)",
                    quoted(m.get_ref())
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
