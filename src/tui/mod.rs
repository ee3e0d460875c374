//! The terminal front end: holds the reader's state, maps keys to actions, draws with ratatui.
//!
//! `run` reads the configuration and opens what was asked for *before* the screen is touched
//! (a bad path is a one-line error and exit status 1), then takes the terminal, runs the event
//! loop and gives the terminal back.

pub mod app;
pub mod article;
pub(crate) mod config_place;
pub mod draw;
pub(crate) mod event_loop;
pub mod input;
pub(crate) mod open;
pub mod panels;
pub mod samples;
pub mod terminal;
pub mod theme;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::config;
use crate::text::sanitize::sanitize;
use crate::text::{BidiMode, Shaping};
use app::{App, Settings};
use input::keymap::Keymap;
use theme::Themes;

/// What `hamish [--bidi …] [--shaping …] [PATH]` asked for.
#[derive(Clone, Debug, Default)]
pub struct ReadArgs {
    /// A directory (library) or a file (article); `None`: the sample library.
    pub path: Option<PathBuf>,
    /// `--bidi app|terminal`; `None`: configuration, then detection (`auto`).
    pub bidi: Option<BidiMode>,
    /// `--shaping forms|none`; `None`: configuration.
    pub shaping: Option<Shaping>,
}

/// Runs the reader.
pub fn run(args: ReadArgs) -> ExitCode {
    let (config, config_warning) = config::load();
    let (themes, theme_warnings) = Themes::load();
    let (keymap, key_warnings) = Keymap::with_remaps(&config.keys);
    let bidi = terminal::bidi_mode::resolve(args.bidi, config.bidi);
    let settings = Settings {
        reading_width: config.reading_width.max(1),
        bidi,
        shaping: args.shaping.unwrap_or(config.shaping),
        mouse: config.mouse,
        langmap: config.langmap,
    };
    let target = match open::target(args.path.as_deref()) {
        Ok(target) => target,
        Err(message) => {
            eprintln!("hamish: {}", sanitize(&message));
            return ExitCode::FAILURE;
        }
    };
    let theme = themes.initial(config.theme.as_deref());
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let warnings = startup_warnings(
        &config,
        config_warning,
        &themes,
        theme_warnings,
        key_warnings,
    );
    let mut app = App::new(settings, keymap, themes, theme, size);
    app.tag_colors = config.tag_colors.clone();
    let rest = app.open(target);
    let warnings = match config::config_file(&config::process_env) {
        Some(path) => {
            let text = crate::regular_file::read_to_string(&path, crate::regular_file::SETTINGS);
            config_place::placed(warnings, &path, &text.unwrap_or_default())
        }
        None => warnings,
    };
    if !warnings.is_empty() {
        app.show_notice(&warnings.join("\n"));
    }

    terminal::install_panic_hook();
    let result = terminal::enter(settings.bidi, settings.mouse)
        .and_then(|()| terminal::handle_signals())
        .and_then(|()| event_loop::run(&mut app, rest));
    terminal::leave();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hamish: terminal error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What the first status line says about the settings: the configuration file's problem, the
/// themes', a configured theme that does not exist, key remaps', and tag colours the starting
/// theme lacks.
pub fn startup_warnings(
    config: &config::Config,
    config_warning: Option<String>,
    themes: &Themes,
    theme_warnings: Vec<String>,
    key_warnings: Vec<String>,
) -> Vec<String> {
    let theme = themes.initial(config.theme.as_deref());
    let tag_warnings = unknown_tag_colors(&config.tag_colors, themes.by_index(theme));
    config_warning
        .into_iter()
        .chain(theme_warnings)
        .chain(themes.check(config.theme.as_deref()))
        .chain(key_warnings)
        .chain(tag_warnings)
        .collect()
}

/// A warning for each `[tag_colors]` entry naming a colour `theme` has no highlight for.
pub fn unknown_tag_colors(
    tag_colors: &std::collections::BTreeMap<String, String>,
    theme: &theme::Theme,
) -> Vec<String> {
    tag_colors
        .iter()
        .filter(|(_, color)| theme.highlight(color).is_none())
        .map(|(tag, color)| {
            let names: Vec<&str> = theme.highlights.iter().map(|(n, _)| n.as_str()).collect();
            sanitize(&format!(
                "[tag_colors] {tag:?}: no highlight colour {color:?} (colours: {})",
                names.join(", ")
            ))
        })
        .collect()
}

/// `hamish check-terminal`.
pub fn check_terminal() -> ExitCode {
    terminal::check::run()
}
