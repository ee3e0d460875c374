//! The states of the reader's panels besides the article and the screens (`tui/screens/`): the
//! library, the annotation editor and the input line. Each is data and its
//! edits; none knows about the terminal, drawing or the app around it.

pub mod editor;
pub mod library;
pub mod library_entry;
pub mod library_fill;
pub mod library_filter;
pub mod library_groups;
pub mod library_order;
pub mod library_pages;
pub mod library_slots;
pub(crate) mod prompt;
