//! Themes: the built-ins, `inherits`, user themes overriding and adding, broken user themes
//! giving warnings, and the choice of the first theme (`NO_COLOR`).

use std::ffi::OsStr;
use std::path::Path;

use hamish::tui::theme::{Theme, Themes, HIGHLIGHTS};
use ratatui::style::{Color, Modifier, Style};

fn built_in() -> Themes {
    let (themes, warnings) = Themes::load_from(None);
    assert_eq!(warnings, Vec::<String>::new());
    themes
}

/// Themes with the user's directory holding `files` (name, text).
fn with_user(files: &[(&str, &[u8])]) -> (Themes, Vec<String>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let (themes, warnings) = Themes::load_from(Some(dir.path()));
    (themes, warnings, dir)
}

fn styles(theme: &Theme) -> Vec<Style> {
    let mut all = vec![
        theme.text,
        theme.title,
        theme.status,
        theme.search,
        theme.selection,
        theme.gutter,
        theme.symbol,
    ];
    all.extend(theme.highlights.iter().map(|&(_, s)| s));
    all
}

#[test]
fn built_in_themes_parse_and_name_the_six_highlights() {
    let themes = built_in();
    assert_eq!(
        themes.names(),
        ["dark", "light", "high-contrast", "mono"].map(String::from)
    );
    assert_eq!(themes.len(), 4);
    for i in 0..themes.len() {
        let theme = themes.by_index(i);
        let names: Vec<&str> = theme.highlights.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(&names[..6], HIGHLIGHTS, "{}", theme.name);
        for (a, (name_a, style_a)) in theme.highlights.iter().enumerate() {
            assert_ne!(*style_a, Style::default(), "{} {name_a}", theme.name);
            assert_ne!(*style_a, theme.text, "{} {name_a}", theme.name);
            for (name_b, style_b) in &theme.highlights[a + 1..] {
                assert_ne!(style_a, style_b, "{}: {name_a} = {name_b}", theme.name);
            }
        }
        assert_ne!(theme.search, theme.selection, "{}", theme.name);
        assert_ne!(theme.search, theme.text, "{}", theme.name);
        assert_ne!(theme.status, theme.text, "{}", theme.name);
        assert_eq!(themes.get(&theme.name), Some(theme));
    }
    assert_eq!(themes.by_index(4).name, "dark", "by_index wraps around");
}

#[test]
fn colour_themes_use_colours_and_mono_uses_none() {
    let themes = built_in();
    for name in ["dark", "light", "high-contrast"] {
        let theme = themes.get(name).unwrap();
        let backgrounds: Vec<Option<Color>> = theme.highlights.iter().map(|(_, s)| s.bg).collect();
        for (i, bg) in backgrounds.iter().enumerate() {
            assert!(bg.is_some(), "{name}: highlight {i} has no background");
            assert!(!backgrounds[..i].contains(bg), "{name}: highlight {i}");
        }
        assert!(theme.text.fg.is_some(), "{name}");
    }
    let dark = themes.get("dark").unwrap();
    assert_eq!(
        dark.text.bg,
        Some(Color::Rgb(0x1c, 0x1f, 0x24)),
        "palette name"
    );
    assert_eq!(dark.title.add_modifier, Modifier::BOLD);
    let mono = themes.get("mono").unwrap();
    let allowed = Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED;
    for style in styles(mono) {
        assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        assert!(allowed.contains(style.add_modifier), "{style:?}");
    }
}

#[test]
fn inherits_takes_the_parents_styles_and_palette() {
    let sepia = br##"
inherits = "light"
title = { fg = "brown", modifiers = ["italic"] }
[palette]
brown = "#704214"
bg = "#f4ecd8"
[highlights]
teal = { bg = "light-cyan" }
"##;
    let (themes, warnings, _dir) = with_user(&[("sepia.toml", sepia)]);
    assert_eq!(warnings, Vec::<String>::new());
    let light = themes.get("light").unwrap();
    let sepia = themes.get("sepia").unwrap();
    let paper = Color::Rgb(0xf4, 0xec, 0xd8);
    assert_eq!(
        sepia.title,
        Style::default()
            .fg(Color::Rgb(0x70, 0x42, 0x14))
            .add_modifier(Modifier::ITALIC)
    );
    // The parent's styles see the child's palette.
    assert_eq!(sepia.text, light.text.bg(paper));
    assert_eq!(sepia.gutter, light.gutter.bg(paper));
    assert_eq!(sepia.status, light.status);
    assert_eq!(sepia.highlights[..6], light.highlights[..]);
    assert_eq!(
        sepia.highlight("teal"),
        Some(Style::default().bg(Color::LightCyan))
    );
    assert_eq!(themes.names().last().map(String::as_str), Some("sepia"));
}

#[test]
fn user_themes_override_built_ins_and_add_new_ones() {
    let dark = br##"
inherits = "dark"
[palette]
bg = "#000000"
"##;
    let paper = br##"
text = { fg = "black", bg = "white" }
[highlights]
yellow = { bg = "yellow" }
green = { bg = "green" }
blue = { bg = "blue" }
pink = { bg = "magenta" }
orange = { bg = "208" }
purple = { bg = "93" }
"##;
    let files: [(&str, &[u8]); 4] = [
        ("dark.toml", dark),
        ("zz-paper.toml", paper),
        ("a-paper.toml", paper),
        ("notes.txt", b"not a theme"),
    ];
    let (themes, warnings, _dir) = with_user(&files);
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(
        themes.names(),
        [
            "dark",
            "light",
            "high-contrast",
            "mono",
            "a-paper",
            "zz-paper"
        ]
        .map(String::from)
    );
    let built_in = built_in();
    let original = built_in.get("dark").unwrap();
    let mine = themes.get("dark").unwrap();
    assert_eq!(mine.text, original.text.bg(Color::Rgb(0, 0, 0)));
    assert_eq!(mine.title, original.title);
    let paper = themes.get("a-paper").unwrap();
    assert_eq!(
        paper.text,
        Style::default().fg(Color::Black).bg(Color::White)
    );
    assert_eq!(
        paper.title,
        Style::default(),
        "unnamed styles are the terminal's"
    );
    assert_eq!(
        paper.highlight("orange"),
        Some(Style::default().bg(Color::Indexed(208)))
    );
}

/// One broken user theme: the warning it gives.
fn broken(name: &str, text: &str) -> (Themes, String) {
    let (themes, warnings, dir) = with_user(&[(name, text.as_bytes())]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let path = dir.path().join(name).display().to_string();
    assert!(warnings[0].starts_with(&path), "{}", warnings[0]);
    assert!(warnings[0].ends_with("theme skipped"), "{}", warnings[0]);
    (themes, warnings[0].clone())
}

#[test]
fn broken_user_themes_give_warnings_with_file_and_line() {
    let cases = [
        (
            "syntax",
            "inherits = \"dark\"\ntext = { fg = }\n",
            "line 2, column 15: ",
        ),
        (
            "field",
            "inherits = \"dark\"\n\ntitel = {}\n",
            "line 3, column 1: unknown field",
        ),
        (
            "colour",
            "inherits = \"dark\"\ntext = { fg = \"chartreuse-ish\" }\n",
            "line 2, column 15: \"chartreuse-ish\" is neither a colour nor in the palette (key text.fg)",
        ),
        (
            "modifier",
            "inherits = \"dark\"\ntitle = { modifiers = [\"bold\", \"blinking\"] }\n",
            "line 2, column 32: unknown modifier \"blinking\"",
        ),
        (
            "palette",
            "inherits = \"dark\"\n[palette]\nfg = \"#12345\"\n",
            "line 3, column 6: unknown colour \"#12345\" in the palette (key palette.fg)",
        ),
        (
            "parent",
            "\n\ninherits = \"darkk\"\n",
            "line 3, column 12: inherits from \"darkk\", which is not a theme",
        ),
        (
            "self",
            "inherits = \"self\"\n",
            "line 1, column 12: inherits from \"self\", which is not a theme",
        ),
        (
            "lacking",
            "[highlights]\nyellow = { bg = \"yellow\" }\n",
            "[highlights] lacks green, blue, pink, orange, purple",
        ),
    ];
    for (name, text, expected) in cases {
        let (themes, warning) = broken(&format!("{name}.toml"), text);
        assert!(warning.contains(expected), "{name}: {warning}");
        assert!(themes.get(name).is_none(), "{name} was not skipped");
        assert_eq!(themes.len(), 4);
    }
}

#[test]
fn inheritance_cycles_are_warnings() {
    let files: [(&str, &[u8]); 2] = [
        ("a.toml", b"inherits = \"b\""),
        ("b.toml", b"\ninherits = \"a\""),
    ];
    let (themes, warnings, _dir) = with_user(&files);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].contains("a.toml: line 1, column 12: inherits in a circle: a → b → a"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[1].contains("b.toml: line 2, column 12: inherits in a circle: b → a → b"),
        "{}",
        warnings[1]
    );
    assert_eq!(themes.len(), 4);
}

#[test]
fn broken_override_keeps_the_built_in() {
    let (themes, warning) = broken("light.toml", "text = { fg = \"nope\" }\n");
    assert!(warning.contains("line 1, column 15"), "{warning}");
    assert_eq!(themes.get("light"), built_in().get("light"));
}

#[test]
fn unreadable_theme_files_and_directories_are_warnings() {
    let (themes, warning) = broken("bytes.toml", "text = \"\u{0}\"");
    assert!(warning.contains("line 1"), "{warning}");
    assert_eq!(themes.len(), 4);
    let (_, warnings, _dir) = with_user(&[("latin1.toml", b"text = { fg = \"caf\xe9\" }")]);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("cannot read"), "{}", warnings[0]);
    let file = tempfile::NamedTempFile::new().unwrap();
    let (themes, warnings) = Themes::load_from(Some(file.path()));
    assert_eq!(warnings.len(), 1, "a file where the directory should be");
    assert_eq!(themes.len(), 4);
    let (_, warnings) = Themes::load_from(Some(Path::new("/nonexistent/hamish/themes")));
    assert_eq!(
        warnings,
        Vec::<String>::new(),
        "no directory: no themes, no warning"
    );
}

#[test]
fn no_color_selects_mono_unless_a_theme_is_configured() {
    let themes = built_in();
    let name = |i: usize| themes.by_index(i).name.clone();
    let set = Some(OsStr::new("1"));
    assert_eq!(name(themes.initial_with(None, None)), "dark");
    assert_eq!(
        name(themes.initial_with(None, Some(OsStr::new("")))),
        "dark"
    );
    assert_eq!(name(themes.initial_with(None, set)), "mono");
    assert_eq!(name(themes.initial_with(Some("light"), set)), "light");
    assert_eq!(name(themes.initial_with(Some("light"), None)), "light");
    assert_eq!(name(themes.initial_with(Some("nope"), set)), "mono");
    assert_eq!(name(themes.initial_with(Some("nope"), None)), "dark");
    assert_eq!(themes.check(Some("light")), None);
    assert_eq!(themes.check(None), None);
    let message = themes.check(Some("nope")).unwrap();
    assert!(message.contains("\"nope\"") && message.contains("dark, light, high-contrast, mono"));
}

#[test]
fn a_configured_theme_that_does_not_exist_is_said_at_start() {
    // Issue 10: `theme = "solarised"` was silently replaced by the default.
    let themes = built_in();
    let config = hamish::config::parse("theme = \"solarised\"\n").unwrap();
    let warnings = hamish::tui::startup_warnings(&config, None, &themes, vec![], vec![]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("\"solarised\""), "{warnings:?}");
    assert!(warnings[0].contains("does not exist"), "{warnings:?}");
    let config = hamish::config::parse("theme = \"light\"\n").unwrap();
    assert!(hamish::tui::startup_warnings(&config, None, &themes, vec![], vec![]).is_empty());
}
