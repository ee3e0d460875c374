//! The library as drawn, top to bottom: each group's heading, its entries, or the hint of an
//! empty group. Knows nothing about cells or keys.

use crate::tui::screens::library::state::Library;

/// Rows each library entry takes (title, file and words, gap).
pub const LIBRARY_ENTRY_ROWS: u16 = 3;
/// Rows above the library's entries (heading, gap).
pub const LIBRARY_HEADER_ROWS: u16 = 2;

/// One item of the library as drawn, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A group's heading, with how many of its entries show.
    Heading(usize, usize),
    /// What an empty group says (how to fill it).
    Hint(usize),
    /// An entry: index into the library's `shown`.
    Entry(usize),
}

/// The library as drawn: entries in order, each group's run preceded by its heading when there
/// are several groups; an empty group with a hint shows its heading and hint (unless a filter
/// is typed); a group with nothing to show is left out.
pub fn slots(library: &Library) -> Vec<Slot> {
    let entry_group = |n: usize| library.entries[library.shown[n]].group;
    if library.groups.len() < 2 {
        return (0..library.shown.len()).map(Slot::Entry).collect();
    }
    let mut out = Vec::with_capacity(library.shown.len() + 2 * library.groups.len());
    let mut n = 0;
    for (g, group) in library.groups.iter().enumerate() {
        let start = n;
        while n < library.shown.len() && entry_group(n) == g {
            n += 1;
        }
        let any = library.entries.iter().any(|e| e.group == g);
        if start < n {
            out.push(Slot::Heading(g, n - start));
            out.extend((start..n).map(Slot::Entry));
        } else if !any && group.hint.is_some() && library.filter.trim().is_empty() {
            out.push(Slot::Heading(g, 0));
            out.push(Slot::Hint(g));
        }
    }
    out
}
