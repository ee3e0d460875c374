//! Getting news in, run as a person runs it: `hamish add`, `hamish feed …` and `hamish fetch`
//! against a real HTTP server on 127.0.0.1 that each test starts (no other address is ever
//! contacted).

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

/// The shared helpers (`tests/common/`) this binary uses.
#[path = "../common"]
mod common {
    pub mod bounded;
    #[allow(dead_code)] // only reference_tool is used here
    pub mod reference;
}

mod add_http;
mod add_local;
mod cleaner_text;
mod feeds;
mod fixtures;
mod hostile_input;
mod interrupted;
mod measure;
mod news_pages;
mod opml;
mod run;
mod served_pages;
mod server;
mod shingles;
mod site_shaped;
