//! The text engine: turns an article's text into terminal-ready lines in visual order.
//!
//! Reads files (`article`, decoded by `encoding`, refused with a `load_error`, and the start of
//! one for a list: `preview`), resolves paragraph directions (`direction`), splits paragraphs into
//! grapheme clusters (`cluster`), shapes Arabic (`shaping`), wraps (`wrap`), reorders each line
//! (`reorder`) and maps cells back to logical chars (`map`), or, for the plain paragraphs most
//! text is made of, does all that in one pass (`lane`); numbers the paragraphs a
//! citation's ¶ counts (`paragraph_number`). It knows nothing about terminals,
//! ratatui or key presses: its output is plain data that any front end can draw.

pub(crate) mod article;
pub(crate) mod bidi_data;
pub mod cluster;
pub mod direction;
pub(crate) mod encoding;
mod glyphs;
mod lane;
pub(crate) mod layout;
pub(crate) mod load_error;
pub(crate) mod map;
pub(crate) mod normalize;
pub(crate) mod paragraph_number;
pub(crate) mod position;
pub(crate) mod preview;
pub(crate) mod reorder;
pub mod sanitize;
pub mod shaping;
mod shaping_table;
pub(crate) mod wrap;

pub use article::{Article, LoadError, Paragraph};
pub use direction::Direction;
pub use layout::{layout_paragraph, BidiMode, LayoutOptions, Layouter, Shaping};
pub use map::{Cell, Line, ParagraphLayout, Position, Segment};
pub use paragraph_number::ParagraphNumbers;
