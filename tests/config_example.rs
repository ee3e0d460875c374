//! The commented example config.toml given to the README parses, and says what the defaults are.

use hamish::config::{parse, BidiSetting, Config};
use hamish::text::Shaping;

/// The README's example, verbatim.
const EXAMPLE: &str = r#"# hamish's settings: $XDG_CONFIG_HOME/hamish/config.toml (else ~/.config/hamish/config.toml).
# Every setting is optional; the values shown are the defaults. A mistyped name is an error
# reported with its line, and hamish then runs with the defaults.

# The theme to start with: dark, light, high-contrast, mono, or the name of a file in
# ~/.config/hamish/themes/ (without .toml). Unset: mono when NO_COLOR is set, else dark.
# theme = "light"

# The widest the reading column gets, in cells (a narrower terminal uses its own width).
reading_width = 100

# Who puts right-to-left text in visual order (`hamish check-terminal` shows which you need;
# --bidi overrides it):
#   "auto"      "terminal" in Konsole and mlterm, which reorder by themselves, else "app"
#   "app"       hamish reorders, and puts the terminal in explicit mode (CSI 8 l) meanwhile
#   "terminal"  the terminal reorders; hamish sends text in logical order
bidi = "auto"

# Arabic letter shapes, in app mode (--shaping overrides it):
#   "forms"  hamish sends joined presentation forms, for terminals that do not shape
#   "none"   the letters as written; the terminal joins them
shaping = "forms"

# Scroll with the mouse wheel. While hamish captures the mouse, the terminal's own text
# selection needs Shift held (in most terminals), or turn capture off at run time.
mouse = true

# Key remaps: key = action, with the action names of the help overlay (?); "none" unbinds.
# Keys: j, G, space, enter, esc, tab, up, down, pageup, pagedown, home, end, f1, ctrl-d, alt-x.
[keys]
# "ctrl-d" = "half_page_down"
# "ctrl-u" = "half_page_up"
# "q" = "none"
"#;

#[test]
fn the_example_parses_to_the_defaults() {
    assert_eq!(parse(EXAMPLE), Ok(Config::default()));
}

#[test]
fn the_examples_commented_lines_are_valid_too() {
    let uncommented: String = EXAMPLE
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest) if rest.starts_with("theme =") || rest.starts_with('"') => rest,
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let config = parse(&uncommented).unwrap();
    assert_eq!(config.theme.as_deref(), Some("light"));
    assert_eq!(config.keys.len(), 3);
    assert_eq!(config.keys["ctrl-d"], "half_page_down");
    assert_eq!(config.keys["q"], "none");
    assert_eq!(
        (
            config.reading_width,
            config.bidi,
            config.shaping,
            config.mouse
        ),
        (100, BidiSetting::Auto, Shaping::Forms, true)
    );
}
