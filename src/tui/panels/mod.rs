//! The states of the reader's panels besides the article: the library, the annotation list, the
//! annotation editor, the input line and the passages view. Each is data and its
//! edits; none knows about the terminal, drawing or the app around it.

pub(crate) mod annotation_list;
pub mod editor;
pub mod library;
pub mod library_entry;
pub mod library_fill;
pub mod library_filter;
pub mod library_groups;
pub mod library_order;
pub mod library_slots;
pub(crate) mod prompt;
