//! The commented example config.toml in the README parses, and says what the defaults are.

use hamish::config::{parse, BidiSetting, Config};
use hamish::text::Shaping;

/// The README's example, between its markers.
fn example() -> String {
    let readme = include_str!("../../README.md");
    let marker = "<!-- config:start -->\n```toml\n";
    let start = readme.find(marker).expect("config:start marker") + marker.len();
    let end = readme[start..]
        .find("```\n<!-- config:end -->")
        .expect("config:end marker")
        + start;
    readme[start..end].to_string()
}

#[test]
fn the_example_parses_to_the_defaults() {
    assert_eq!(parse(&example()), Ok(Config::default()));
}

#[test]
fn the_examples_commented_lines_are_valid_too() {
    let uncommented: String = example()
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
    assert_eq!(config.tag_colors.len(), 2);
    assert_eq!(config.tag_colors["putin"], "blue");
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
