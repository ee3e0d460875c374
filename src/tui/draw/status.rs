//! Drawing the last row: the input line while typing; else the article's title or file (or a
//! message, or the annotation under the caret or selection) on the left, and position, mode and
//! the help hint on the right.
//!
//! Reads the app's state; writes a buffer. Knows nothing about the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::app::{mode_name, App};
use crate::tui::article::notes::summary;
use crate::tui::article::ArticleView;
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::panels::prompt::{Prompt, PromptKind};

/// Draws the status line (one row, `area`).
pub fn draw(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let style = ctx.panel();
    for x in area.left()..area.right() {
        buf[(x, area.y)].set_style(style);
    }
    if let Some(prompt) = app.prompt() {
        draw_prompt(prompt, ctx, area, buf);
        return;
    }
    let (right_start, _) = ctx.put(
        buf,
        (area.x, area.y),
        area.width,
        &right_text(app),
        style,
        Align::Right,
    );
    let left_width = right_start.saturating_sub(area.x).saturating_sub(1);
    let left = left_text(app);
    if !left.is_empty() && left_width > 1 {
        ctx.put(
            buf,
            (area.x + 1, area.y),
            left_width - 1,
            &left,
            style,
            Align::Left,
        );
    }
}

/// The input line: its label, the text typed, and a block cursor after it.
fn draw_prompt(prompt: &Prompt, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let style = ctx.panel();
    let label = match prompt.kind {
        PromptKind::Search => "search: ",
        PromptKind::Filter => "filter: ",
    };
    let (_, used) = ctx.put(buf, (area.x, area.y), area.width, label, style, Align::Left);
    let rest = area.width.saturating_sub(used);
    let (start, w) = ctx.put(
        buf,
        (area.x + used, area.y),
        rest,
        &prompt.text,
        style,
        Align::Left,
    );
    // A block cursor after the text.
    let cursor = start + w;
    if cursor < area.right() && w < rest {
        let selection = ctx.theme.selection;
        buf[(cursor, area.y)]
            .set_symbol(" ")
            .set_style(selection.patch(style).patch(selection));
    }
}

/// Position (or search progress, or the library's filter), mode and the help hint.
fn right_text(app: &App) -> String {
    let mut right = String::new();
    if let Some(view) = &app.article {
        match view.search_progress() {
            Some(p) => right.push_str(&format!("searching… {p}% · ")),
            None => right.push_str(&format!("{}% · ", view.percent())),
        }
    } else if let Some(library) = &app.library {
        if !library.filter.is_empty() {
            right.push_str(&format!("filter: {} · ", library.filter));
        }
    }
    if app.reselect.is_some() {
        right.push_str("re-select · ");
    } else if app.article.as_ref().is_some_and(|v| v.caret.is_some()) {
        right.push_str("caret · ");
    }
    right.push_str(mode_name(&app.settings));
    if !app.settings.mouse {
        right.push_str(" · mouse off");
    }
    right.push_str(" · ? help ");
    right
}

/// The message, else the annotation under the caret or selection, else the article's title
/// (or its file name).
fn left_text(app: &App) -> String {
    match (&app.message, &app.article) {
        (Some(message), _) => message.clone(),
        (None, Some(view)) => match view.annotation_under_selection() {
            Some(entry) => summary(entry.annotation, entry.state),
            None => title(view),
        },
        (None, None) => String::new(),
    }
}

/// The article's title paragraph (its start), else its file name.
fn title(view: &ArticleView) -> String {
    match view.title {
        Some(p) => view.article.paragraph(p).text.chars().take(400).collect(),
        None => view
            .path
            .file_name()
            .unwrap_or(view.path.as_os_str())
            .to_string_lossy()
            .into_owned(),
    }
}
