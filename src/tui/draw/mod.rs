//! Drawing a whole frame from the app's state: the library, the article or its annotation list;
//! the status line (or the prompt) on the last row; the annotation editor, a notice and the help
//! overlay on top.
//!
//! A function from state to buffer cells; knows nothing about the terminal it will be sent to.

pub mod annotation_list;
pub mod article;
pub mod cells;
pub mod editor;
pub mod help;
pub mod highlights;
pub mod library;
pub mod text_box;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::text::LayoutOptions;
use crate::tui::app::{mode_name, reading_column, App, Layer, Overlay};
use crate::tui::article::notes::summary;
use crate::tui::draw::cells::{put_text, Align};
use crate::tui::panels::prompt::PromptKind;
use text_box::Show;

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
    let options = LayoutOptions {
        width: 0,
        bidi: app.settings.bidi,
        shaping: app.settings.shaping,
    };
    match (app.view(), app.list.as_ref(), app.article.as_ref()) {
        (Layer::List, Some(list), Some(view)) if view.notes.store().is_some() => {
            let (offset, width) = reading_column(body.width, app.settings.reading_width);
            let column = Rect {
                x: body.x + offset,
                width,
                ..body
            };
            if let Some(store) = view.notes.store() {
                annotation_list::draw(list, store, theme, &options, column, buf);
            }
        }
        (_, _, Some(view)) => article::draw(view, &app.settings, theme, body, buf),
        (_, _, None) => {
            if let Some(library) = &app.library {
                library::draw(library, &app.settings, theme, body, buf);
            }
        }
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
    match &app.overlay {
        Some(Overlay::Editor(editor)) => {
            let row = app.article.as_ref().and_then(|v| {
                let start = v.selection.as_ref().map(|s| s.start)?;
                v.row_of(start)
            });
            let row = row.and_then(|r| u16::try_from(r).ok());
            editor::draw(editor, theme, &options, body, row, buf);
        }
        Some(Overlay::Notice(notice)) => draw_notice(app, notice, body, buf),
        Some(Overlay::Help(top)) => help::draw(&app.keymap, theme, *top, body, buf),
        Some(Overlay::Prompt(_)) | None => {}
    }
}

/// A box with `text` (wrapped by the engine) in the middle of `area`, closed by any key.
fn draw_notice(app: &App, text: &str, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let options = LayoutOptions {
        width: 0,
        bidi: app.settings.bidi,
        shaping: app.settings.shaping,
    };
    let width = area.width.min(76);
    if width < 8 || area.height < 3 {
        return;
    }
    let rows = text_box::rows(text, width - 2, &options) as u16;
    let height = (rows + 2).min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let style = theme.text.patch(theme.status);
    Clear.render(rect, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" any key closes ")
        .style(style);
    let inner = block.inner(rect);
    block.render(rect, buf);
    text_box::draw(buf, inner, text, style, &options, Show::Head);
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
    if let Some(prompt) = app.prompt() {
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
        (None, Some(view)) => match annotation_summary(view) {
            Some(summary) => summary,
            None => match view.title {
                Some(p) => view.article.paragraph(p).text.chars().take(400).collect(),
                None => file_name(&view.path),
            },
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

/// The tags and note start of the annotation under the caret or selection.
fn annotation_summary(view: &crate::tui::article::ArticleView) -> Option<String> {
    let point = view.point()?;
    let selection = view
        .caret
        .as_ref()
        .map(|c| c.at.clone())
        .or(view.selection.clone())?;
    let entry = view.notes.under(&selection, point)?;
    Some(summary(entry.annotation, entry.state))
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}
