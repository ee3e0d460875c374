//! Selecting in the article, for the app: caret mode's actions (`v`, the caret moves, `s`,
//! `p`), and the left button (`app/mouse.rs` gives it): press–drag–release selects with both
//! ends snapped to words, a double click selects a word and a triple click a paragraph.
//!
//! Clicks are counted from the times the caller gives (`App::mouse_at`), so tests need no
//! clock. State changes only; knows nothing about the terminal or drawing.

use std::time::Instant;

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use crate::tui::app::{reading_column, App, ARTICLE_HEADER_ROWS};
use crate::tui::article::caret::Move;
use crate::tui::article::caret::Unit;
use crate::tui::input::action::Action;
use crate::tui::input::hints;

impl App {
    /// Applies a caret-mode action (and `v`).
    pub(crate) fn caret_action(&mut self, action: Action) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        match action {
            Action::StartSelection if view.caret.is_some() => {
                view.leave_caret();
                let key = |action| hints::key(&self.keymap, action);
                self.message = Some(format!(
                    "caret mode off, selection kept: {} annotates, {} clears",
                    key(Action::Annotate),
                    key(Action::Cancel)
                ));
            }
            Action::StartSelection => {
                if !view.start_caret() {
                    self.message = Some("nothing to select in this article".into());
                }
            }
            Action::SelectSentence => {
                view.select_unit(Unit::Sentence);
            }
            Action::SelectParagraph => {
                view.select_unit(Unit::Paragraph);
            }
            _ => {
                let moved = caret_move(action).map(|mv| view.move_caret(mv));
                if moved == Some(false) && view.caret.is_some() {
                    self.message = Some("the caret cannot go further".into());
                }
            }
        }
    }

    /// Presses, drags and releases of the left button over an article.
    pub(crate) fn mouse_select(&mut self, event: &MouseEvent, now: Instant) {
        let left = reading_column(self.size.0, self.settings.reading_width).0;
        let height = self.text_height() as u16;
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let at = (event.column, event.row);
        match event.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                // The header row is above the text; the status line below it.
                let Some(row) = event.row.checked_sub(ARTICLE_HEADER_ROWS) else {
                    return;
                };
                if row >= height {
                    return;
                }
                let count = self.clicks.press(now, at);
                let Some(cell) = view.cell_at_screen(left, event.column, row) else {
                    self.clicks.drag_from = None;
                    return;
                };
                let word = view.word_at(cell.start);
                self.clicks.drag_from = word.clone();
                match count {
                    1 => {
                        view.leave_caret();
                        view.selection = None;
                    }
                    2 => {
                        if let Some(word) = word {
                            view.select(word);
                        }
                    }
                    _ => {
                        if let Some(paragraph) = view.paragraph_at(cell.start) {
                            view.select(paragraph);
                        }
                        self.clicks.drag_from = None;
                    }
                }
            }
            MouseEventKind::Drag(MouseButton::Left) => self.drag(event, left, height),
            MouseEventKind::Up(MouseButton::Left) => self.clicks.drag_from = None,
            _ => {}
        }
    }

    /// A drag with the left button: the selection runs from the word the drag started on to
    /// the word under the mouse; dragging onto the first or last row scrolls.
    fn drag(&mut self, event: &MouseEvent, left: u16, height: u16) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let Some(from) = self.clicks.drag_from.clone() else {
            return;
        };
        let row = event.row.saturating_sub(ARTICLE_HEADER_ROWS);
        if event.row <= ARTICLE_HEADER_ROWS {
            view.scroll_up(1);
        } else if row + 1 >= height {
            view.scroll_down(1);
        }
        let row = row.min(height.saturating_sub(1));
        let Some(cell) = view.cell_at_screen(left, event.column, row) else {
            return;
        };
        if let Some(word) = view.word_at(cell.start) {
            let range = from.start.min(word.start)..from.end.max(word.end);
            view.leave_caret();
            view.selection = Some(range);
        }
    }
}

/// The caret move a caret action asks for.
fn caret_move(action: Action) -> Option<Move> {
    use Action::*;
    Some(match action {
        CaretLeft => Move::Left,
        CaretRight => Move::Right,
        CaretUp => Move::Up,
        CaretDown => Move::Down,
        CaretWordForward => Move::Forward(Unit::Word),
        CaretWordBack => Move::Back(Unit::Word),
        CaretSentenceForward => Move::Forward(Unit::Sentence),
        CaretSentenceBack => Move::Back(Unit::Sentence),
        CaretParagraphForward => Move::Forward(Unit::Paragraph),
        CaretParagraphBack => Move::Back(Unit::Paragraph),
        _ => return None,
    })
}
