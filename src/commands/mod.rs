//! The subcommands as a person runs them: the research ones (`export`, `tags`, `annotate`,
//! `meta`) and the news ones (`add`, `feed`, `fetch`: [`news`], [`opml`]; the reader's `F`:
//! [`reader_fetch`]; these run in the `hamish-news` program). Each turns parsed
//! options into calls to the export, fetch and annotation layers and prints the result; this is
//! where standard output, standard error and exit statuses live.
//!
//! Everything taken from files (paths, tags, quotes, messages) is sanitised before it reaches a
//! terminal or standard error.

pub mod annotate;
pub mod export;
pub mod meta;
pub mod news;
pub mod opml;
mod progress;
pub mod reader_fetch;
pub mod retag;
pub(crate) mod retag_undo;
pub mod tags;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::export::Skipped;
use crate::library::Found;
use crate::text::sanitize::sanitize;

/// Prints `hamish: MESSAGE` on standard error, sanitised.
pub fn fail(message: &str) {
    eprintln!("hamish: {}", sanitize(message));
}

/// The articles the paths given name (folders walked with their subfolders), or with no path
/// the whole library ([`crate::library::home`]: saved articles, feeds, configured folders,
/// samples), each named by its place in it. Finding no article at all is an error, said on
/// standard error (with the paths that name nothing): a mistyped path is not an empty library.
pub(crate) fn library_articles(paths: &[PathBuf]) -> Result<Found, ExitCode> {
    let found = if paths.is_empty() {
        match crate::library::home() {
            Ok(groups) => crate::library::articles(&groups),
            Err(e) => {
                fail(&e);
                return Err(ExitCode::FAILURE);
            }
        }
    } else {
        crate::library::find(paths)
    };
    if !found.articles.is_empty() {
        return Ok(found);
    }
    for (path, problem) in &found.missing {
        fail(&format!("{}: {problem}", path.display()));
    }
    if paths.is_empty() {
        fail("no articles in the library (*.txt): hamish add URL saves one");
    } else {
        fail("no articles (*.txt) found in the paths given");
    }
    Err(ExitCode::FAILURE)
}

/// Names each skipped file on standard error with its problem (a sidecar's with its line).
pub(crate) fn report_skipped(skipped: &[Skipped]) {
    for s in skipped {
        fail(&format!(
            "skipped {}: {} (the file was not changed)",
            s.path.display(),
            s.problem
        ));
    }
}
