//! The orders the library can be sorted in (file name, date, title, number of annotations), the
//! next one in the cycle, and comparing two entries by one of them.
//!
//! Data only: knows nothing about keys, terminals or drawing.

use std::cmp::Ordering;

use crate::text::normalize::fold;

/// How the library's entries are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LibraryOrder {
    /// By file name (as the directory lists them).
    #[default]
    Name,
    /// Newest `published` first; articles without a date last.
    Date,
    /// By title (folded like search), from metadata or the first line.
    Title,
    /// Most annotations first.
    Annotations,
}

impl LibraryOrder {
    /// The order after this one, cycling back to the file name.
    pub fn next(self) -> LibraryOrder {
        match self {
            LibraryOrder::Name => LibraryOrder::Date,
            LibraryOrder::Date => LibraryOrder::Title,
            LibraryOrder::Title => LibraryOrder::Annotations,
            LibraryOrder::Annotations => LibraryOrder::Name,
        }
    }

    /// How the heading names it.
    pub fn label(self) -> &'static str {
        match self {
            LibraryOrder::Name => "by file name",
            LibraryOrder::Date => "by date",
            LibraryOrder::Title => "by title",
            LibraryOrder::Annotations => "by annotations",
        }
    }
}

/// What an entry is compared by.
pub struct SortKey<'a> {
    /// Its file name (the last tie-breaker).
    pub name: &'a str,
    /// Its title as shown.
    pub title: &'a str,
    /// Its `published` value as written, if known.
    pub published: Option<&'a str>,
    /// Its annotation count.
    pub annotations: usize,
}

/// Compares `a` and `b` in `order`; entries equal in it keep the order of their file names.
pub fn compare(order: LibraryOrder, a: &SortKey, b: &SortKey) -> Ordering {
    let first = match order {
        LibraryOrder::Name => Ordering::Equal,
        // ISO dates and date-times sort as text; a missing date goes last.
        LibraryOrder::Date => match (a.published, b.published) {
            (Some(x), Some(y)) => y.cmp(x),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        LibraryOrder::Title => fold(a.title).text.cmp(&fold(b.title).text),
        LibraryOrder::Annotations => b.annotations.cmp(&a.annotations),
    };
    first.then_with(|| a.name.cmp(b.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key<'a>(name: &'a str, title: &'a str, date: Option<&'a str>, n: usize) -> SortKey<'a> {
        SortKey {
            name,
            title,
            published: date,
            annotations: n,
        }
    }

    #[test]
    fn cycles_through_every_order_and_compares_by_each() {
        let mut order = LibraryOrder::default();
        let mut seen = vec![order];
        for _ in 0..4 {
            order = order.next();
            seen.push(order);
        }
        assert_eq!(seen.first(), seen.last());
        let a = key("a.txt", "Zeta", None, 3);
        let b = key("b.txt", "alpha", Some("2024-03-01"), 1);
        assert_eq!(compare(LibraryOrder::Name, &a, &b), Ordering::Less);
        assert_eq!(compare(LibraryOrder::Date, &a, &b), Ordering::Greater);
        assert_eq!(compare(LibraryOrder::Title, &a, &b), Ordering::Greater);
        assert_eq!(compare(LibraryOrder::Annotations, &a, &b), Ordering::Less);
    }
}
