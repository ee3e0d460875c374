//! The states of the reader's panels that lie over a view: the annotation editor and the input
//! line. Each is data and its edits; none knows about the terminal, drawing or the app around
//! it.

pub mod editor;
pub(crate) mod prompt;
