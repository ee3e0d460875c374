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
pub mod feed_fetch;
pub mod input;
pub mod library_reader;
pub mod memory;
pub(crate) mod open;
pub mod panels;
pub mod screens;
pub mod settings;
pub use crate::library::samples;
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
    /// A directory (library) or a file (article); `None`: the home.
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
    let (memory, memory_warning) = load_memory();
    let kept = &memory.data;
    let (kept_bidi, kept_shaping) = kept_modes(kept);
    let bidi = terminal::bidi_mode::resolve(args.bidi.or(kept_bidi), config.bidi);
    let settings = Settings {
        reading_width: config.reading_width.max(1),
        bidi,
        shaping: args.shaping.or(kept_shaping).unwrap_or(config.shaping),
        mouse: config.mouse,
        langmap: config.langmap,
    };
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let target = match open::target(args.path.as_deref(), size) {
        Ok(target) => target,
        Err(message) => {
            eprintln!("hamish: {}", sanitize(&message));
            return ExitCode::FAILURE;
        }
    };
    // A theme chosen with `t` is kept over the configured one.
    let kept_theme = kept.theme.as_deref().filter(|t| themes.get(t).is_some());
    let theme = themes.initial(kept_theme.or(config.theme.as_deref()));
    let warnings = startup_warnings(
        &config,
        config_warning,
        &themes,
        theme_warnings,
        key_warnings,
    );
    let mut app = App::new(settings, keymap, themes, theme, size);
    app.tag_colors = config.tag_colors.clone();
    app.memory = Some(memory);
    let rest = app.open(target);
    let warnings: Vec<String> = placed(warnings).into_iter().chain(memory_warning).collect();
    if !warnings.is_empty() {
        app.show_notice(&warnings.join("\n"));
    }
    in_terminal(&mut app, rest, settings)
}

/// Startup warnings with the configuration file's name and the line of each refused value.
fn placed(warnings: Vec<String>) -> Vec<String> {
    match config::config_file(&config::process_env) {
        Some(path) => {
            let text = crate::regular_file::read_to_string(&path, crate::regular_file::SETTINGS);
            config_place::placed(warnings, &path, &text.unwrap_or_default())
        }
        None => warnings,
    }
}

/// Takes the terminal over, runs the event loop, gives the terminal back.
fn in_terminal(app: &mut App, rest: Option<open::Rest>, settings: Settings) -> ExitCode {
    terminal::install_panic_hook();
    let result = terminal::enter(settings.bidi, settings.mouse)
        .and_then(|()| terminal::catch_signals())
        .and_then(|signals| event_loop::run(app, rest, signals));
    terminal::leave();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hamish: terminal error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The BiDi mode and shaping chosen with keys in an earlier run, if any.
fn kept_modes(kept: &memory::Remembered) -> (Option<BidiMode>, Option<Shaping>) {
    let bidi = kept.bidi.as_deref().and_then(|b| match b {
        "app" => Some(BidiMode::App),
        "terminal" => Some(BidiMode::Terminal),
        _ => None,
    });
    let shaping = kept.shaping.as_deref().and_then(|s| match s {
        "forms" => Some(Shaping::Forms),
        "none" => Some(Shaping::None),
        _ => None,
    });
    (bidi, shaping)
}

/// What is remembered from earlier runs (`$XDG_DATA_HOME/hamish/state.toml`), and a message
/// when it cannot be read.
fn load_memory() -> (memory::Memory, Option<String>) {
    match crate::dirs::data_dir(&crate::dirs::process_env) {
        Some(dir) => memory::Memory::load(&dir.join(memory::FILE)),
        None => (memory::Memory::default(), None),
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
