//! Getting news in: web pages, local HTML files and feeds turned into plain-text articles with
//! their citation metadata in a new sidecar's `[article]` table.
//!
//! One file per job: [`address`] (the address an article is cited by), [`http`] (the client,
//! its limits, redirects, conditional requests), [`charset`] (bytes to text), [`depth`] (pages
//! nested too deep to take apart), [`extract`] (readability to paragraphs), [`metadata`]
//! (title, source, author, dates), [`clean`] (what a page may not put in a file), [`naming`]
//! (file names from titles), [`save`] (the `.txt` and its sidecar), [`add`] (`hamish add`),
//! [`feeds`] (subscriptions), [`seen`] (what each feed already gave), [`run`] (fetching feeds),
//! [`reader_lines`] (what a fetch started by the reader tells it), [`opml`] (feed lists in and
//! out). Sits beside `annotate`, below every front end: knows nothing about terminals but the
//! progress bar it is given; the commands that print (`hamish add`, `feed`, `fetch`) live in
//! `crate::commands`.
//!
//! Only the `hamish-news` program runs this code (`crate::news_helper`): the reader's binary
//! keeps out the HTML parsers, TLS and their tables, and links only [`feeds`] (the
//! subscriptions it lists) and [`reader_lines`].

pub mod add;
pub mod address;
pub(crate) mod boilerplate;
pub(crate) mod boilerplate_marks;
mod boilerplate_words;
pub mod charset;
pub mod clean;
pub(crate) mod depth;
pub(crate) mod discover;
pub mod extract;
pub mod feeds;
pub(crate) mod guard;
pub mod http;
pub mod language;
pub(crate) mod leftovers;
pub mod metadata;
pub mod naming;
pub mod opml;
pub mod page;
pub mod pending;
pub(crate) mod reader_lines;
pub mod run;
pub mod save;
pub mod seen;
