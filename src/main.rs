//! The `hamish` command: parses the command line (`hamish::cli`) and hands each subcommand to
//! the part of hamish that runs it. Nothing else lives here.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)

use std::process::ExitCode;

use hamish::cli::{Command, FeedCommand};

fn main() -> ExitCode {
    hamish::contained::install_hook();
    // A write past the file-size limit (`ulimit -f`) then fails with an error that is reported
    // and leaves no partial file, instead of killing hamish in the middle of a save.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to "ignore" before any thread starts.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    let cli = match hamish::cli::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(status) => return status,
    };
    match cli.command {
        None => hamish::tui::run(cli.read.into()),
        Some(Command::Render(options)) => hamish::render::run(&options.into()),
        Some(Command::CheckTerminal) => hamish::tui::check_terminal(),
        Some(Command::MergeDriver(m)) => hamish::merge_driver::run(&m.base, &m.ours, &m.theirs),
        Some(Command::Add(a)) => hamish::commands::news::run_add(&a.sources, a.to),
        Some(Command::Feed(FeedCommand::Add { url, name })) => {
            hamish::commands::news::run_feed_add(&url, name.as_deref())
        }
        Some(Command::Feed(FeedCommand::List)) => hamish::commands::news::run_feed_list(),
        Some(Command::Feed(FeedCommand::Remove { name })) => {
            hamish::commands::news::run_feed_remove(&name)
        }
        Some(Command::Feed(FeedCommand::Import { file })) => {
            hamish::commands::opml::run_import(&file)
        }
        Some(Command::Feed(FeedCommand::Export { output })) => {
            hamish::commands::opml::run_export(output.as_deref())
        }
        Some(Command::Fetch { names }) => hamish::commands::news::run_fetch(&names),
        Some(Command::Export(o)) => hamish::commands::export::run(&o),
        Some(Command::Tags(o)) => hamish::commands::tags::run(&o),
        Some(Command::Annotate(o)) => hamish::commands::annotate::run(&o),
        Some(Command::Meta(o)) => hamish::commands::meta::run(&o),
        Some(Command::Completions { shell }) => hamish::cli::completions::run(shell),
    }
}
