//! The reader's integration tests, one binary: its state after keys and clicks, its screens
//! drawn into a ratatui `TestBackend` (snapshots), annotating from it, themes, the config file
//! and the README's tables. Runs no terminal and no `hamish` process (see `tests/e2e`).

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The shared helpers (`tests/common/`) this binary uses, and only those: the module is private,
/// so a helper no test here uses any more is reported as dead code.
#[path = "../common"]
mod common {
    pub mod reader;
    pub mod readme;
    pub mod seeds;
}

mod config_example;
mod hostile_files_bounded;
mod layouts_xkb;
mod theme_loading;
mod tui_annotate;
mod tui_annotate_more;
mod tui_annotate_snapshots;
mod tui_caret_annotate;
mod tui_find_annotate;
mod tui_help;
mod tui_hints;
mod tui_home;
mod tui_langmap;
mod tui_library_meta;
mod tui_messages;
mod tui_passages;
mod tui_passages_snapshots;
mod tui_persian_search;
mod tui_readme_keys;
mod tui_screens;
mod tui_search;
mod tui_snapshots;
mod tui_state;
mod tui_tags;
mod tui_terminal_mode;
mod tui_unsaved;
