//! Arabic harakat sent after a combining grapheme joiner, for VTE.
//!
//! VTE draws a cell's letter and marks with the font's mark positioning, which puts a fathatan
//! or shadda on a tall alef (and a hamza on أ) above the top of the cell with DejaVu Sans Mono,
//! and it paints every row's background before any row's text: such a mark shows under the
//! row above, where it reads as a kasra or a hamza of another word (seen under Xvfb in
//! xfce4-terminal 1.0.4, VTE 0.70.6, with `scripts/terminals.sh`; `اً` in `أيضاً`, `تحالفاً`).
//! After U+034F (invisible, no width) the font places the marks as it would on their own,
//! inside the cell, as xterm and kitty draw them anyway. Only for VTE: xterm and Alacritty draw
//! U+034F as a box with this font. Knows nothing about the app or the layout.

use std::borrow::Cow;

use ratatui::buffer::Cell;

/// The combining grapheme joiner.
const CGJ: char = '\u{34f}';

/// `cell` with a CGJ between its Arabic letter and the marks after it; unchanged otherwise.
pub fn cell(cell: &Cell) -> Cow<'_, Cell> {
    match apart(cell.symbol()) {
        Some(symbol) => {
            let mut apart = cell.clone();
            apart.set_symbol(&symbol);
            Cow::Owned(apart)
        }
        None => Cow::Borrowed(cell),
    }
}

/// `symbol` with a CGJ after its Arabic letter when marks follow it; `None` when nothing
/// changes.
fn apart(symbol: &str) -> Option<String> {
    let out = line(symbol);
    (out.len() != symbol.len()).then_some(out)
}

/// `text` with a CGJ between each Arabic letter (as written or a presentation form) and the
/// Arabic marks directly after it.
pub fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_letter = false;
    for c in text.chars() {
        if after_letter && is_arabic_mark(c) {
            out.push(CGJ);
        }
        after_letter = is_arabic_letter(c);
        out.push(c);
    }
    out
}

/// Letters of the Arabic blocks and their presentation forms.
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{620}'..='\u{64a}' | '\u{66e}'..='\u{6d3}' | '\u{6fa}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{8a0}'..='\u{8c9}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{fefc}')
}

/// Harakat and the other Arabic marks that sit above or below a letter.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{6d6}'..='\u{6dc}' | '\u{6df}'..='\u{6e4}' | '\u{6e7}' | '\u{6e8}' | '\u{6ea}'..='\u{6ed}' | '\u{8ca}'..='\u{8ff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cgj_goes_between_an_arabic_letter_and_its_marks() {
        // Final alef + fathatan (اً), as the layout sends it with presentation forms.
        assert_eq!(
            apart("\u{fe8e}\u{64b}").as_deref(),
            Some("\u{fe8e}\u{34f}\u{64b}")
        );
        // Shadda and fatha: one CGJ before both.
        assert_eq!(
            apart("\u{62f}\u{651}\u{64e}").as_deref(),
            Some("\u{62f}\u{34f}\u{651}\u{64e}")
        );
        // Lam-alef ligature with fathatan (كلًّا).
        assert_eq!(
            apart("\u{fefc}\u{64b}").as_deref(),
            Some("\u{fefc}\u{34f}\u{64b}")
        );
    }

    #[test]
    fn a_line_gets_one_cgj_per_marked_letter() {
        assert_eq!(
            line("\u{fe8e}\u{64b} \u{fe8e}\u{64b}\u{fe8e}"),
            "\u{fe8e}\u{34f}\u{64b} \u{fe8e}\u{34f}\u{64b}\u{fe8e}"
        );
        assert_eq!(line("(Putin) 24"), "(Putin) 24");
    }

    #[test]
    fn other_cells_are_sent_as_they_are() {
        for symbol in [
            "",
            " ",
            "a",
            "\u{fe8e}",
            "a\u{301}",
            "a\u{64b}",
            "\u{5d0}\u{5b8}",
            "\u{fe8e}\u{34f}\u{64b}",
        ] {
            assert_eq!(apart(symbol), None, "{symbol:?}");
        }
        let plain = Cell::new("\u{fe8e}");
        assert!(matches!(cell(&plain), Cow::Borrowed(_)));
        let marked = Cell::new("\u{fe8e}\u{64b}");
        assert_eq!(cell(&marked).symbol(), "\u{fe8e}\u{34f}\u{64b}");
    }
}
