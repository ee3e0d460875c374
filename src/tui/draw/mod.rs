//! Drawing a whole frame from the app's state: the screen on top of the stack (it draws itself,
//! `tui/screens/`), else the article (below its header line) or the library; the status line
//! (or the prompt) on the last row; the annotation editor, a notice and the help overlay on
//! top.
//!
//! A function from state to buffer cells; knows nothing about the terminal it will be sent to.

pub(crate) mod cells;
pub(crate) mod context;
pub mod editor;
pub mod help;
pub(crate) mod popup;
pub(crate) mod status;
pub(crate) mod text_box;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::app::{App, Layer, Overlay, ARTICLE_HEADER_ROWS};
use crate::tui::screens::Screen;
use context::Ctx;

/// Draws the frame for `app` into `buf` (any size, down to 1×1).
pub fn draw(app: &App, buf: &mut Buffer) {
    let area = buf.area;
    let ctx = Ctx::new(app.theme(), &app.settings);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
            buf[(x, y)].set_style(ctx.theme.text);
        }
    }
    if area.is_empty() {
        return;
    }
    let body = Rect {
        height: area.height - 1,
        ..area
    };
    draw_view(app, &ctx, body, buf);
    let text = if app.view() == Layer::Article {
        Rect {
            y: body.y + ARTICLE_HEADER_ROWS.min(body.height),
            height: body.height.saturating_sub(ARTICLE_HEADER_ROWS),
            ..body
        }
    } else {
        body
    };
    status::draw(app, &ctx, area, buf);
    if let Some(small) = app.too_small() {
        popup::too_small(&ctx, &small.message(), area, buf);
    } else {
        draw_overlay(app, &ctx, (body, text), buf);
    }
}

/// The editor, a notice or the help over the view (`body`; the article's text rows `text`).
fn draw_overlay(app: &App, ctx: &Ctx, (body, text): (Rect, Rect), buf: &mut Buffer) {
    match &app.overlay {
        Some(Overlay::Editor(editor)) => {
            let article = app
                .article
                .as_ref()
                .filter(|_| !matches!(app.screen(), Some(Screen::Passages(_))));
            let row = article.and_then(|v| {
                let start = v.selection.as_ref().map(|s| s.start)?;
                v.row_of(start)
            });
            let row = row.and_then(|r| u16::try_from(r).ok());
            editor::draw(editor, ctx, text, row, buf);
        }
        Some(Overlay::Notice(notice)) => popup::notice(ctx, notice, body, buf),
        Some(Overlay::Help(top)) => help::draw(&app.keymap, app.help_view(), ctx, *top, body, buf),
        Some(Overlay::Prompt(_)) | None => {}
    }
}

/// The view under any overlay: the screen on top of the stack, the article or the library.
fn draw_view(app: &App, ctx: &Ctx, body: Rect, buf: &mut Buffer) {
    if let Some(view) = app.top_view() {
        view.draw(&app.shared(), ctx, body, buf);
    }
}
