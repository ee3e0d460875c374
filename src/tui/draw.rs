//! Drawing a whole frame from the app's state: the library or the article, the status line (or
//! the prompt) on the last row, the help overlay on top.
//!
//! A function from state to buffer cells; knows nothing about the terminal it will be sent to.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::{mode_name, App};
use super::cells::{put_text, Align};
use super::prompt::PromptKind;
use super::{draw_article, draw_help, draw_library};
use crate::text::LayoutOptions;

/// Draws the frame for `app` into `buf` (any size, down to 1×1).
pub fn draw(app: &App, buf: &mut Buffer) {
    let area = buf.area;
    let theme = app.theme();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
            buf[(x, y)].set_style(theme.text);
        }
    }
    if area.is_empty() {
        return;
    }
    let body = Rect {
        height: area.height - 1,
        ..area
    };
    if let Some(view) = &app.article {
        draw_article::draw(view, &app.settings, theme, body, buf);
    } else if let Some(library) = &app.library {
        draw_library::draw(library, &app.settings, theme, body, buf);
    }
    draw_status(
        app,
        Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        },
        buf,
    );
    if let Some(top) = app.help {
        draw_help::draw(&app.keymap, theme, top, body, buf);
    }
}

/// The last row: the prompt while typing; else the article's title or file (or a message) on
/// the left, and position, mode and the help hint on the right.
fn draw_status(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let style = theme.text.patch(theme.status);
    for x in area.left()..area.right() {
        buf[(x, area.y)].set_style(style);
    }
    let options = LayoutOptions {
        width: 0,
        bidi: app.settings.bidi,
        shaping: app.settings.shaping,
    };
    if let Some(prompt) = &app.prompt {
        let label = match prompt.kind {
            PromptKind::Search => "search: ",
            PromptKind::Filter => "filter: ",
        };
        let (_, used) = put_text(
            buf,
            (area.x, area.y),
            area.width,
            label,
            style,
            &options,
            Align::Left,
        );
        let rest = area.width.saturating_sub(used);
        let (start, w) = put_text(
            buf,
            (area.x + used, area.y),
            rest,
            &prompt.text,
            style,
            &options,
            Align::Left,
        );
        // A block cursor after the text.
        let cursor = start + w;
        if cursor < area.right() && w < rest {
            buf[(cursor, area.y)]
                .set_symbol(" ")
                .set_style(theme.selection.patch(style).patch(theme.selection));
        }
        return;
    }
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
    right.push_str(mode_name(&app.settings));
    if !app.settings.mouse {
        right.push_str(" · mouse off");
    }
    right.push_str(" · ? help ");
    let (right_start, _) = put_text(
        buf,
        (area.x, area.y),
        area.width,
        &right,
        style,
        &options,
        Align::Right,
    );
    let left_width = right_start.saturating_sub(area.x).saturating_sub(1);
    let left = match (&app.message, &app.article) {
        (Some(message), _) => message.clone(),
        (None, Some(view)) => match view.title {
            Some(p) => view.article.paragraph(p).text.chars().take(400).collect(),
            None => file_name(&view.path),
        },
        (None, None) => String::new(),
    };
    if !left.is_empty() && left_width > 1 {
        put_text(
            buf,
            (area.x + 1, area.y),
            left_width - 1,
            &left,
            style,
            &options,
            Align::Left,
        );
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}
