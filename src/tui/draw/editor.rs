//! Drawing the annotation editor: a box over the article (below the passage when the passage is
//! in the upper half of the screen, else above it) with the passage, the tags, the colours (each
//! in its highlight style, the chosen one marked), the note, and a hint line naming the keys.
//! Every field is laid out by the engine, so Arabic reads right and nothing typed reaches the
//! terminal as a control sequence.
//!
//! Reads the editor; writes a buffer. Knows nothing about keys or the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::text::LayoutOptions;
use crate::tui::draw::cells::{put_text, Align};
use crate::tui::draw::text_box::{self, Show};
use crate::tui::panels::editor::{Editor, Field, Target};
use crate::tui::theme::Theme;

/// Width of the field labels.
const LABEL: u16 = 8;
/// Most rows the note field takes.
const NOTE_ROWS: u16 = 6;

/// The keys the hint line names.
pub const HINT: &str = "enter save · esc cancel · ↑↓ field · tab complete tag · ←→ or letter: \
                        colour · ctrl-j new line · ctrl-e $EDITOR";

/// Draws `editor` over `area`; `passage_row` is the screen row of the passage, to keep clear.
pub fn draw(
    editor: &Editor,
    theme: &Theme,
    options: &LayoutOptions,
    area: Rect,
    passage_row: Option<u16>,
    buf: &mut Buffer,
) {
    let width = area.width.min(80);
    if width < LABEL + 6 || area.height < 7 {
        return;
    }
    let inner_width = width - 2;
    let field_width = inner_width - LABEL - 1;
    let hint = editor
        .hint
        .as_deref()
        .map_or(HINT.to_string(), |h| format!("{h} · {HINT}"));
    let hint_rows = (text_box::rows(&hint, inner_width, options) as u16).min(3);
    let tag_rows = (text_box::rows(&editor.tags, field_width, options) as u16).clamp(1, 3);
    let note_rows = (text_box::rows(&editor.note, field_width, options) as u16).clamp(1, NOTE_ROWS);
    let wanted = 2 + 1 + tag_rows + 1 + note_rows + hint_rows + 2;
    let height = wanted.min(area.height);
    let x = area.x + (area.width - width) / 2;
    let middle = area.y + area.height / 2;
    let y = match passage_row {
        Some(row) if row < middle => area.bottom() - height,
        _ => area.y,
    };
    let rect = Rect::new(x, y, width, height);
    let style = theme.text.patch(theme.status);
    Clear.render(rect, buf);
    let title = match editor.target {
        Target::New(_) => " annotate ",
        Target::Edit(_) => " edit annotation ",
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .style(style);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let mut row = inner.y;
    let bottom = inner.bottom();
    // The passage, on one row, cut with "…".
    put_text(
        buf,
        (inner.x, row),
        inner.width,
        &editor.quote,
        style.patch(theme.title),
        options,
        Align::ByDirection,
    );
    row += 2;
    let cursor_style = style.patch(theme.selection);
    let label_style = |field: Field| {
        if editor.focus == field {
            style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            dim(style, theme)
        }
    };
    let field = |buf: &mut Buffer, row: u16, rows: u16, name: &str, f: Field, text: &str| {
        if row >= bottom {
            return;
        }
        let rows = rows.min(bottom - row);
        buf.set_stringn(inner.x, row, name, usize::from(LABEL), label_style(f));
        let rect = Rect::new(inner.x + LABEL + 1, row, field_width, rows);
        let cursor = text_box::draw(buf, rect, text, style, options, Show::Tail);
        if editor.focus == f {
            let (cx, cy) = cursor.unwrap_or((rect.x, rect.y + rows - 1));
            buf[(cx, cy)].set_style(cursor_style);
        }
    };
    field(buf, row, tag_rows, "tags", Field::Tags, &editor.tags);
    row += tag_rows;
    if row < bottom {
        buf.set_stringn(
            inner.x,
            row,
            "colour",
            usize::from(LABEL),
            label_style(Field::Color),
        );
        let x = inner.x + LABEL + 1;
        let room = inner.right().saturating_sub(x);
        // All the names when they fit, else the chosen one and how to reach the others.
        let all: usize = editor
            .colors
            .iter()
            .map(|n| n.chars().count() + 1)
            .sum::<usize>()
            + 2;
        let names: Vec<(usize, String)> = if all <= usize::from(room) {
            editor.colors.iter().cloned().enumerate().collect()
        } else {
            vec![(editor.color, editor.color_name().to_string())]
        };
        let mut cx = x;
        for (i, name) in names {
            let chosen = i == editor.color;
            let shown = if chosen {
                format!("‹{name}›")
            } else {
                name.clone()
            };
            let mut st = style.patch(theme.highlight(&name).unwrap_or_default());
            if chosen {
                st = st.add_modifier(Modifier::BOLD);
            }
            let left = inner.right().saturating_sub(cx);
            let (_, used) = put_text(buf, (cx, row), left, &shown, st, options, Align::Left);
            cx += used + 1;
            if cx >= inner.right() {
                break;
            }
        }
        if all > usize::from(room) && cx < inner.right() {
            let more = format!("←→: {} more", editor.colors.len().saturating_sub(1));
            let left = inner.right() - cx;
            put_text(
                buf,
                (cx, row),
                left,
                &more,
                dim(style, theme),
                options,
                Align::Left,
            );
        }
        row += 1;
    }
    field(buf, row, note_rows, "note", Field::Note, &editor.note);
    row += note_rows + 1;
    if row < bottom {
        let rect = Rect::new(inner.x, row, inner.width, bottom - row);
        text_box::draw(buf, rect, &hint, dim(style, theme), options, Show::Head);
    }
}

/// `style` with the gutter's (dim) foreground, or dimmed when the theme has no colours.
pub fn dim(style: Style, theme: &Theme) -> Style {
    match theme.gutter.fg {
        Some(color) => style.fg(color),
        None => style.add_modifier(Modifier::DIM),
    }
}
