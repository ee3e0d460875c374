//! The library's geometry: its slots (group headings, hints and entries, of mixed heights)
//! laid into pages of the rows below its heading, computed once from the library and the
//! screen's size and used by paging, the mouse and drawing alike. Pages are filled from the
//! top, a slot that does not fit starting the next one; the page shown is the one holding the
//! selected entry.
//!
//! Knows the library's slots; nothing about keys or cells.

use ratatui::layout::Rect;

use crate::tui::screens::library::slots::{slots, Slot, LIBRARY_ENTRY_ROWS, LIBRARY_HEADER_ROWS};
use crate::tui::screens::library::state::Library;
use crate::tui::screens::slot_list::column_under_heading;

/// Where the library's parts go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The reading column (all the library draws in).
    pub column: Rect,
    /// The rows below the heading, where the slots go.
    pub list: Rect,
    /// Each page's slots, top to bottom, with the row each starts on.
    pages: Vec<Vec<(Slot, u16)>>,
}

/// Rows a slot takes.
pub fn height(slot: Slot) -> u16 {
    match slot {
        Slot::Heading(..) => 1,
        Slot::Hint(_) => 2,
        Slot::Entry(_) => LIBRARY_ENTRY_ROWS,
    }
}

impl Geometry {
    /// The geometry of `library` in `body` (the screen above the status line).
    pub fn new(library: &Library, body: Rect, reading_width: u16) -> Geometry {
        let (column, list) = column_under_heading(body, reading_width, LIBRARY_HEADER_ROWS);
        let (mut pages, mut page, mut used) = (Vec::new(), Vec::new(), 0u16);
        for slot in slots(library) {
            let h = height(slot);
            if used + h > list.height && !page.is_empty() {
                pages.push(std::mem::take(&mut page));
                used = 0;
            }
            page.push((slot, list.y + used));
            used += h;
        }
        pages.push(page);
        Geometry {
            column,
            list,
            pages,
        }
    }

    /// The index of the page holding entry `n` (the last page when none does).
    fn page_of(&self, n: usize) -> usize {
        let holds = |page: &Vec<(Slot, u16)>| page.iter().any(|&(s, _)| s == Slot::Entry(n));
        (self.pages.iter().position(holds)).unwrap_or(self.pages.len() - 1)
    }

    /// The slots of the page holding entry `selected`, with the row each starts on.
    pub fn shown(&self, selected: usize) -> &[(Slot, u16)] {
        &self.pages[self.page_of(selected)]
    }

    /// The entries of page `p`.
    fn entries(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        self.pages[p].iter().filter_map(|&(slot, _)| match slot {
            Slot::Entry(n) => Some(n),
            _ => None,
        })
    }

    /// The entry a page down (`pages` 1) or up (-1) selects from `selected`: the one at the
    /// same place on the next page with entries, else the first or last of all (`None`).
    pub fn turn(&self, selected: usize, pages: isize) -> Option<usize> {
        let here = self.page_of(selected);
        let place = self.entries(here).position(|n| n == selected).unwrap_or(0);
        let mut p = here;
        loop {
            p = p
                .checked_add_signed(pages)
                .filter(|&p| p < self.pages.len())?;
            let entries: Vec<usize> = self.entries(p).collect();
            if let Some(&last) = entries.last() {
                return Some(entries.get(place).copied().unwrap_or(last));
            }
        }
    }

    /// The entry drawn at `(x, y)` on the page holding `selected`, if any.
    pub fn entry_at(&self, selected: usize, (x, y): (u16, u16)) -> Option<usize> {
        if !(self.list.left()..self.list.right()).contains(&x) {
            return None;
        }
        self.shown(selected)
            .iter()
            .find(|&&(slot, top)| (top..top + height(slot)).contains(&y))
            .and_then(|&(slot, _)| match slot {
                Slot::Entry(n) => Some(n),
                _ => None,
            })
    }
}
