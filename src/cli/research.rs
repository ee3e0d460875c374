//! The options of the research subcommands: `export`, `tags`, `annotate` and `meta`, and their
//! value choices (`--format`, `--state`). Knows the export layer's types, nothing about how the
//! commands run.

use std::path::PathBuf;

use clap::{ArgGroup, Args, ValueEnum};

use crate::export::{Format, State};

/// `export --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Markdown grouped by article, quotes in right-to-left blocks (for pandoc)
    Md,
    /// RFC 4180 CSV, UTF-8 with a BOM, one row per annotation
    Csv,
    /// JSON Lines, one object per annotation
    Jsonl,
    /// A W3C Web Annotation collection (JSON-LD)
    W3c,
    /// A REFI-QDA project for QDA programs (a zip; needs -o)
    Qdpx,
}

/// `export --state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StateArg {
    /// At its stored place
    Anchored,
    /// Found elsewhere after the article changed
    Moved,
    /// Probably found, to be checked
    NeedsReview,
    /// Not found in the article as it is now
    Orphaned,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Md => Format::Markdown,
            FormatArg::Csv => Format::Csv,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::W3c => Format::W3c,
            FormatArg::Qdpx => Format::Qdpx,
        }
    }
}

impl From<StateArg> for State {
    fn from(s: StateArg) -> State {
        match s {
            StateArg::Anchored => State::Anchored,
            StateArg::Moved => State::Moved,
            StateArg::NeedsReview => State::NeedsReview,
            StateArg::Orphaned => State::Orphaned,
        }
    }
}

/// `hamish export`.
#[derive(Debug, Args)]
pub struct ExportOptions {
    /// Only annotations with this tag (repeat for several: all of them, or any with --any)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// With several --tag: annotations with any of them
    #[arg(long)]
    pub any: bool,
    /// Only annotations in this state (repeat for several: any of them)
    #[arg(long, value_enum, value_name = "STATE")]
    pub state: Vec<StateArg>,
    /// The output format
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = FormatArg::Md)]
    pub format: FormatArg,
    /// Write here (atomically; never over an input) instead of to standard output (-: stdout)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Articles, or folders of articles (*.txt, subfolders included) [default: the whole library:
    /// saved articles, feeds, the folders of the `library` setting, samples]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// `hamish tags`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("retag").args(["cooccurrence", "rename", "merge"])))]
pub struct TagsOptions {
    /// List pairs of tags found on the same or overlapping passages, with counts
    #[arg(long)]
    pub cooccurrence: bool,
    /// Rename tag OLD to NEW in every article's annotations (safe writes; broken files skipped)
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], action = clap::ArgAction::Set)]
    pub rename: Option<Vec<String>>,
    /// Merge tag FROM into tag INTO in every article's annotations
    #[arg(long, num_args = 2, value_names = ["FROM", "INTO"], action = clap::ArgAction::Set)]
    pub merge: Option<Vec<String>>,
    /// Undo the last --rename or --merge (files changed since keep those changes)
    #[arg(long, conflicts_with_all = ["rename", "merge", "cooccurrence"])]
    pub undo: bool,
    /// Articles, or folders of articles (*.txt, subfolders included) [default: the whole library:
    /// saved articles, feeds, the folders of the `library` setting, samples]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// `hamish annotate`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").args(["nth", "all"])))]
pub struct AnnotateOptions {
    /// The text to annotate, matched like search (harakat, tatweel and letter forms folded)
    #[arg(long, value_name = "TEXT")]
    pub quote: String,
    /// Annotate the Nth match in reading order (1 is the first)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub nth: Option<u32>,
    /// Annotate every match
    #[arg(long)]
    pub all: bool,
    /// A tag (repeat for several, or separate them with `,` or `،` as in the editor)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A note
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub note: String,
    /// The highlight colour's name (as in the theme) [default: the theme's first]
    #[arg(long, value_name = "COLOUR", default_value = "")]
    pub color: String,
    /// The article
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `hamish meta`.
#[derive(Debug, Args)]
pub struct MetaOptions {
    /// The article's title
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The publication it appeared in
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,
    /// Where it was published
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Who wrote it
    #[arg(long, value_name = "TEXT")]
    pub author: Option<String>,
    /// When: a date (2024-03-01) or date-time (2024-03-01T10:00:00Z)
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Its language (a BCP 47 tag such as ar)
    #[arg(long, value_name = "TAG")]
    pub language: Option<String>,
    /// The article
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

impl MetaOptions {
    /// The keys to set (an empty value removes one).
    pub fn changes(&self) -> Vec<(&'static str, String)> {
        [
            ("title", &self.title),
            ("source", &self.source),
            ("url", &self.url),
            ("author", &self.author),
            ("published", &self.published),
            ("language", &self.language),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.clone().map(|v| (k, v)))
        .collect()
    }
}
