//! hamish (هامش, "margin"): a terminal reader for right-to-left news articles, with highlights,
//! tags and notes kept in TOML sidecar files.
//!
//! Layers, each knowing nothing of the ones after it: [`text`] lays out text; [`annotate`] owns
//! annotations and their files; [`tui`] is the terminal front end; [`render`] prints laid-out text
//! for `hamish render`; [`merge_driver`] merges sidecars for git; [`config`] reads the settings;
//! [`dirs`] says where hamish keeps its files; [`library`] says which articles
//! hamish knows (the home, a folder and its subfolders) and names each; [`cli`] defines the command line that `main.rs`
//! dispatches;
//! [`regular_file`] is how every file hamish reads is read (regular files only, bounded);
//! [`toml_key`] names the key of a settings file a message is about; [`contained`] turns a panic in
//! code that hostile input drives into an error for that input; [`news_helper`] finds and starts
//! `hamish-news`, the program that runs [`fetch`] (the reader's binary links none of it).

// Unit tests set up and inspect files directly; the code they test may not (clippy.toml).
#![cfg_attr(test, allow(clippy::disallowed_methods))]
// No function over 60 lines (threshold in clippy.toml), unit tests included.
#![warn(clippy::too_many_lines)]

pub mod annotate;
pub mod cli;
pub mod commands;
pub mod config;
pub mod contained;
pub mod dirs;
pub mod export;
pub mod fetch;
pub mod library;
pub mod merge_driver;
pub mod news_helper;
pub mod regular_file;
pub mod render;
pub mod text;
pub mod toml_key;
pub mod tui;
