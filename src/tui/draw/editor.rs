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

use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::draw::popup::bordered;
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
pub fn draw(editor: &Editor, ctx: &Ctx, area: Rect, passage_row: Option<u16>, buf: &mut Buffer) {
    let width = area.width.min(80);
    if width < LABEL + 6 || area.height < 7 {
        return;
    }
    let inner_width = width - 2;
    let field_width = inner_width - LABEL - 1;
    let options = &ctx.options;
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
    let title = match editor.target {
        Target::New(_) => " annotate ",
        Target::Edit(_) => " edit annotation ",
    };
    let style = ctx.panel();
    let inner = bordered(buf, Rect::new(x, y, width, height), title, style);
    let fields = Fields {
        editor,
        ctx,
        inner,
        width: field_width,
    };
    // The passage, on one row, cut with "…".
    let quote_style = style.patch(ctx.theme.title);
    let at = (inner.x, inner.y);
    ctx.put(
        buf,
        at,
        inner.width,
        &editor.quote,
        quote_style,
        Align::ByDirection,
    );
    let mut row = inner.y + 2;
    fields.text(buf, row, tag_rows, Field::Tags, &editor.tags);
    row += tag_rows;
    if row < inner.bottom() {
        fields.colours(buf, row);
        row += 1;
    }
    fields.text(buf, row, note_rows, Field::Note, &editor.note);
    row += note_rows + 1;
    if row < inner.bottom() {
        let rect = Rect::new(inner.x, row, inner.width, inner.bottom() - row);
        text_box::draw(buf, rect, &hint, dim(style, ctx.theme), options, Show::Head);
    }
}

/// The editor's fields inside its box.
struct Fields<'a> {
    editor: &'a Editor,
    ctx: &'a Ctx<'a>,
    inner: Rect,
    /// Width of a field's text (right of the labels).
    width: u16,
}

impl Fields<'_> {
    /// A field's label: bold and underlined when it has the focus, else dim.
    fn label(&self, buf: &mut Buffer, row: u16, name: &str, field: Field) {
        let style = self.ctx.panel();
        let style = if self.editor.focus == field {
            style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            dim(style, self.ctx.theme)
        };
        buf.set_stringn(self.inner.x, row, name, usize::from(LABEL), style);
    }

    /// A text field (tags or note) at `row`, up to `rows` rows, with a cursor when focused.
    fn text(&self, buf: &mut Buffer, row: u16, rows: u16, field: Field, text: &str) {
        let bottom = self.inner.bottom();
        if row >= bottom {
            return;
        }
        let rows = rows.min(bottom - row);
        let name = if field == Field::Tags { "tags" } else { "note" };
        self.label(buf, row, name, field);
        let rect = Rect::new(self.inner.x + LABEL + 1, row, self.width, rows);
        let style = self.ctx.panel();
        let cursor = text_box::draw(buf, rect, text, style, &self.ctx.options, Show::Tail);
        if self.editor.focus == field {
            let (cx, cy) = cursor.unwrap_or((rect.x, rect.y + rows - 1));
            buf[(cx, cy)].set_style(style.patch(self.ctx.theme.selection));
        }
    }

    /// The colours: all the names (each in its highlight style, the chosen one marked) when
    /// they fit, else the chosen one and how to reach the others.
    fn colours(&self, buf: &mut Buffer, row: u16) {
        let (editor, ctx, inner) = (self.editor, self.ctx, self.inner);
        let style = ctx.panel();
        self.label(buf, row, "colour", Field::Color);
        let x = inner.x + LABEL + 1;
        let room = inner.right().saturating_sub(x);
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
            let mut st = style.patch(ctx.theme.highlight(&name).unwrap_or_default());
            if chosen {
                st = st.add_modifier(Modifier::BOLD);
            }
            let left = inner.right().saturating_sub(cx);
            let (_, used) = ctx.put(buf, (cx, row), left, &shown, st, Align::Left);
            cx += used + 1;
            if cx >= inner.right() {
                break;
            }
        }
        if all > usize::from(room) && cx < inner.right() {
            let more = format!("←→: {} more", editor.colors.len().saturating_sub(1));
            let left = inner.right() - cx;
            ctx.put(
                buf,
                (cx, row),
                left,
                &more,
                dim(style, ctx.theme),
                Align::Left,
            );
        }
    }
}

/// `style` with the gutter's (dim) foreground, or dimmed when the theme has no colours.
pub fn dim(style: Style, theme: &Theme) -> Style {
    match theme.gutter.fg {
        Some(color) => style.fg(color),
        None => style.add_modifier(Modifier::DIM),
    }
}
