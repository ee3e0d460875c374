//! `hamish-news`: the news commands of `hamish` (`add`, `feed`, `fetch`), which `hamish` runs
//! in this program with the same arguments, and the reader's `F` (`--for-reader`). A program of
//! its own so that the reader's binary does not carry the HTML parsers, TLS and their tables
//! (`hamish::news_helper`). Parses the same command line as `hamish`; nothing else lives here.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)

use std::process::ExitCode;

use hamish::cli::{Command, FeedCommand};
use hamish::commands::{news, opml, reader_fetch};

fn main() -> ExitCode {
    hamish::contained::install_hook();
    hamish::annotate::save::report_writes_past_the_size_limit();
    let for_reader =
        std::env::args_os().nth(1).as_deref() == Some(hamish::news_helper::FOR_READER.as_ref());
    if let Some(why) = hamish::news_helper::mismatch() {
        return reader_fetch::refuse(for_reader, &why);
    }
    if for_reader {
        return reader_fetch::run();
    }
    let cli = match hamish::cli::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(status) => return status,
    };
    match cli.command {
        Some(Command::Add(a)) => news::run_add(&a.sources, a.to),
        Some(Command::Feed(FeedCommand::Add { url, name })) => {
            news::run_feed_add(&url, name.as_deref())
        }
        Some(Command::Feed(FeedCommand::List)) => news::run_feed_list(),
        Some(Command::Feed(FeedCommand::Remove { name })) => news::run_feed_remove(&name),
        Some(Command::Feed(FeedCommand::Import { file })) => opml::run_import(&file),
        Some(Command::Feed(FeedCommand::Export { output })) => opml::run_export(output.as_deref()),
        Some(Command::Fetch { names }) => news::run_fetch(&names),
        _ => {
            eprintln!("hamish-news runs hamish's add, feed and fetch; run the rest with hamish");
            ExitCode::from(2)
        }
    }
}
