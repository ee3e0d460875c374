//! Drawing the last row: the input line while typing; else the article's title or file (or a
//! message, or the annotation under the caret or selection) on the left, and position, mode and
//! the help hint on the right (the other way round in terminal BiDi mode, so that a terminal
//! that reorders the row reads it left to right). A message too long for its place is never cut: it is wrapped onto
//! as many rows above the status line as it needs.
//!
//! Reads the app's state; writes a buffer. Knows nothing about the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::sanitize::sanitize;
use crate::tui::app::{mode_name, App};
use crate::tui::article::notes::{isolate, summary};
use crate::tui::article::ArticleView;
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::draw::text_box::{self, Show};
use crate::tui::input::action::Action;
use crate::tui::input::hints;
use crate::tui::panels::prompt::{Prompt, PromptKind};
use crate::tui::screens::Screen;

/// Draws the status line on the last row of `screen`; a message too long for it goes wrapped
/// onto rows above it, over the text.
pub fn draw(app: &App, ctx: &Ctx, screen: Rect, buf: &mut Buffer) {
    let area = Rect {
        y: screen.bottom().saturating_sub(1),
        height: screen.height.min(1),
        ..screen
    };
    let style = ctx.panel();
    for x in area.left()..area.right() {
        buf[(x, area.y)].set_style(style);
    }
    if let Some(prompt) = app.prompt() {
        draw_prompt(prompt, &prompt_label(app, prompt.kind), ctx, area, buf);
        return;
    }
    // In terminal BiDi mode the terminal lays the row out by its first strong letter: the
    // position and mode (Latin) go first, so it reads left to right, and the title, right to
    // left, goes on the right, where it keeps to its own cells (not "%37" for "37%").
    let terminal = ctx.settings.bidi == crate::text::BidiMode::Terminal;
    let (left_x, room) = if terminal {
        let (start, used) = ctx.put(
            buf,
            (area.x + 1, area.y),
            area.width.saturating_sub(1),
            &right_text(app),
            style,
            Align::Left,
        );
        let x = start + used + 1;
        (x, area.right().saturating_sub(x + 1))
    } else {
        let (right_start, _) = ctx.put(
            buf,
            (area.x, area.y),
            area.width,
            &right_text(app),
            style,
            Align::Right,
        );
        let x = area.x + 1;
        (x, right_start.saturating_sub(x + 1))
    };
    let mut left = left_text(app);
    if let Some(message) = app.message.as_deref() {
        if text_box::rows(message, room.max(1), &ctx.options) > 1 {
            draw_above(message, ctx, screen, buf);
            left = String::new();
        }
    }
    if !left.is_empty() && room > 0 {
        let align = if terminal { Align::Right } else { Align::Left };
        ctx.put(buf, (left_x, area.y), room, &left, style, align);
    }
}

/// `message` wrapped at the screen's width on the rows just above the status line (as many as
/// it needs, up to the whole screen).
fn draw_above(message: &str, ctx: &Ctx, screen: Rect, buf: &mut Buffer) {
    let width = screen.width.saturating_sub(2).max(1);
    let rows = text_box::rows(message, width, &ctx.options) as u16;
    let rows = rows.min(screen.height.saturating_sub(1));
    let area = Rect {
        y: screen.bottom().saturating_sub(1 + rows),
        height: rows,
        ..screen
    };
    let style = ctx.panel();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
            buf[(x, y)].set_style(style);
        }
    }
    let inner = Rect {
        x: area.x + 1.min(area.width),
        width,
        ..area
    };
    text_box::draw(buf, inner, message, style, &ctx.options, Show::Head);
}

/// The input line: its label, the text typed, and a block cursor on the cluster after the
/// cursor (after the text at its end). With the cursor inside, the text before it and after it
/// are drawn one after the other.
fn draw_prompt(prompt: &Prompt, label: &str, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let style = ctx.panel();
    let (_, used) = ctx.put(buf, (area.x, area.y), area.width, label, style, Align::Left);
    let cursor = prompt.cursor.min(prompt.text.len());
    let (before, after) = prompt.text.split_at(cursor);
    let under = after.graphemes(true).next().unwrap_or(" ");
    let selection = ctx.theme.selection;
    let pieces = [
        (before, style),
        (under, selection.patch(style).patch(selection)),
        (&after[under.len().min(after.len())..], style),
    ];
    let mut x = area.x + used;
    for (text, style) in pieces {
        let rest = area.right().saturating_sub(x);
        if rest == 0 || text.is_empty() {
            continue;
        }
        let (start, w) = ctx.put(buf, (x, area.y), rest, text, style, Align::Left);
        x = start + w;
    }
}

/// What the input line is for, naming the tag being renamed or merged (sanitised, isolated).
fn prompt_label(app: &App, kind: PromptKind) -> String {
    let tag = app.tags().and_then(|t| t.selected_tag());
    let tag = isolate(&sanitize(tag.map_or("", |r| r.tag.as_str())));
    match kind {
        PromptKind::Search => "search: ".into(),
        PromptKind::Filter => "filter: ".into(),
        PromptKind::RenameTag => format!("rename «{tag}» to: "),
        PromptKind::MergeTag => {
            let complete = hints::key(&app.keymap, Action::CompleteTag);
            format!("merge «{tag}» into ({complete}: a tag): ")
        }
        PromptKind::PassageTags => "tags: ".into(),
        PromptKind::PassageText => "quotes and notes with: ".into(),
    }
}

/// Position (or search progress, or the library's filter), mode and the help hint.
fn right_text(app: &App) -> String {
    let mut right = String::new();
    if let Some(passages) = app
        .passages()
        .filter(|_| matches!(app.screen(), Some(Screen::Passages(_))))
    {
        if !passages.shown.is_empty() {
            let at = passages.selected + 1;
            right.push_str(&format!("{at}/{} · ", passages.shown.len()));
        }
    } else if let Some(view) = &app.article {
        match view.search_progress() {
            Some(p) => right.push_str(&format!("searching… {p}% · ")),
            None => {
                if let Some(count) = view.match_count() {
                    right.push_str(&format!("{count} · "));
                }
                if let Some(n) = view.paragraph_cited() {
                    right.push_str(&format!("¶ {n} · "));
                }
                if view.is_empty() {
                    right.push_str("empty · ");
                } else {
                    right.push_str(&format!("{}% · ", view.percent()));
                }
            }
        }
    } else if let Some(library) = &app.library {
        if !library.filter.is_empty() {
            right.push_str(&format!("filter: {} · ", library.filter));
        }
    }
    if let Some(fetch) = &app.fetch {
        right.push_str(&format!("{} · ", fetch.progress()));
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
    match app.keymap.key(Action::Help) {
        Some(help) => right.push_str(&format!(" · {help} help ")),
        None => right.push(' '),
    }
    right
}

/// The message, else the annotation under the caret or selection, else the article's title
/// (or its file name).
fn left_text(app: &App) -> String {
    let article = app
        .article
        .as_ref()
        .filter(|_| !matches!(app.screen(), Some(Screen::Passages(_))));
    match (&app.message, article) {
        (Some(message), _) => message.clone(),
        (None, Some(view)) => match view.annotation_under_selection() {
            Some(entry) => summary(entry.annotation, entry.state, &app.keymap),
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
