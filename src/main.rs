//! The `hamish` command: parses the command line (`hamish::cli`) and hands each subcommand to
//! the part of hamish that runs it. Nothing else lives here. The news commands (`add`, `feed`,
//! `fetch`) run in the `hamish-news` program beside it (`src/bin/hamish-news.rs`), so that this
//! binary links none of the code that parses web pages (`hamish::news_helper` says why).

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)

use std::process::ExitCode;

use hamish::cli::Command;

fn main() -> ExitCode {
    hamish::contained::install_hook();
    hamish::annotate::save::report_writes_past_the_size_limit();
    let cli = match hamish::cli::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(status) => return status,
    };
    match cli.command {
        None => hamish::tui::run(cli.read.into()),
        Some(Command::Render(options)) => hamish::render::run(&options.into()),
        Some(Command::CheckTerminal) => hamish::tui::check_terminal(),
        Some(Command::MergeDriver(m)) => hamish::merge_driver::run(&m.base, &m.ours, &m.theirs),
        Some(Command::Add(_) | Command::Feed(_) | Command::Fetch { .. }) => {
            hamish::news_helper::exec(std::env::args_os())
        }
        Some(Command::Export(o)) => hamish::commands::export::run(&o),
        Some(Command::Tags(o)) => hamish::commands::tags::run(&o),
        Some(Command::Annotate(o)) => hamish::commands::annotate::run(&o),
        Some(Command::Meta(o)) => hamish::commands::meta::run(&o),
        Some(Command::Completions { shell }) => hamish::cli::completions::run(shell),
    }
}
