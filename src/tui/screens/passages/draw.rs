//! Drawing the passages view: a heading that counts what is shown ("42 passages in 9 articles")
//! and names the sidecars skipped, the filters in force (else the keys), then per passage its quote
//! laid out by the engine (wrapped to the reading column, right-to-left quotes right-aligned, a
//! few lines at most, "…" when cut), its article's title, date and source, and its tags (each in
//! its colour), state and note. The selected one is styled and kept on screen.
//!
//! Only the passages on screen are laid out, in the slots [`Geometry`] gives. Quotes, notes and
//! tags are sanitised before they are laid out; the keys named are the keymap's. Reads the
//! state; writes a buffer. Knows nothing about the terminal.

use std::collections::BTreeMap;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::export::State;
use crate::text::direction::first_strong;
use crate::text::sanitize::sanitize;
use crate::text::{BidiMode, Direction};
use crate::tui::article::notes::{isolate, note_start};
use crate::tui::draw::cells::Align;
use crate::tui::draw::context::Ctx;
use crate::tui::draw::editor::dim;
use crate::tui::draw::text_box::{self, Show};
use crate::tui::input::action::Action;
use crate::tui::input::hints::{self, Hint};
use crate::tui::input::keymap::Keymap;
use crate::tui::screens::library::draw::{citation, citation_parts, day};
use crate::tui::screens::passages::geometry::{Geometry, QUOTE_LINES};
use crate::tui::screens::passages::state::{state_label, Passage, Passages};
use crate::tui::screens::Shared;

/// The keys the heading names.
pub const KEYS: &[Hint] = &[
    Hint::Key(Action::Open, "read"),
    Hint::Key(Action::FilterTags, "tags"),
    Hint::Key(Action::AnyTags, "any/all"),
    Hint::Key(Action::Search, "text"),
    Hint::Key(Action::FilterState, "state"),
    Hint::Key(Action::Cancel, "unfilter"),
    Hint::Keys(&[
        Action::EditAnnotation,
        Action::DeleteAnnotation,
        Action::Undo,
    ]),
    Hint::Key(Action::Back, "back"),
];

/// Chars of a quote laid out at most (more than the lines shown can hold).
const QUOTE_CHARS: usize = 600;

/// Draws `passages` where `geometry` says, the page that holds the selected one; a tag's colour
/// is the config's (`shared.tag_colors`), else the passage's own.
pub fn draw(
    passages: &Passages,
    shared: &Shared,
    ctx: &Ctx,
    geometry: &Geometry,
    buf: &mut Buffer,
) {
    let column = geometry.column;
    if column.height == 0 || column.width < 6 {
        return;
    }
    draw_heading(passages, shared.keymap, ctx, column, buf);
    let top = geometry.list.y;
    if passages.shown.is_empty() {
        let text = empty_text(passages, shared.keymap);
        if top < column.bottom() {
            let at = (column.x, top);
            ctx.put(buf, at, column.width, &text, ctx.theme.text, Align::Left);
        }
        return;
    }
    let first = geometry.first(passages.selected);
    for (n, &i) in passages.shown.iter().enumerate().skip(first) {
        let Some(rows) = geometry.entry(n, passages.selected) else {
            break;
        };
        let entry = Entry {
            passages,
            passage: &passages.rows[i],
            selected: n == passages.selected,
            tag_colors: shared.tag_colors,
        };
        entry.draw(ctx, rows, buf);
    }
}

/// What an empty view says: how to make passages, or how to see them all again.
fn empty_text(passages: &Passages, keymap: &Keymap) -> String {
    let key = |action| hints::key(keymap, action);
    if passages.rows.is_empty() {
        format!(
            "no passages yet: select one in an article ({}, or {} to search) and press {}",
            key(Action::StartSelection),
            key(Action::Search),
            key(Action::Annotate)
        )
    } else {
        let esc = key(Action::Cancel);
        format!("no passage passes the filters ({esc} clears them)")
    }
}

/// The heading (with the sidecars that could not be read), then the filters in force, else
/// the keys.
fn draw_heading(passages: &Passages, keymap: &Keymap, ctx: &Ctx, column: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let (x, width) = (column.x, column.width);
    let heading = format!("passages · {}", passages.heading());
    let title = theme.text.patch(theme.title);
    let (start, used) = ctx.put(buf, (x, column.y), width, &heading, title, Align::Left);
    if !passages.skipped.is_empty() {
        let skipped = format!(
            " · unreadable, skipped, not changed: {}",
            passages.skipped.join(" · ")
        );
        let at = start + used;
        let room = (x + width).saturating_sub(at);
        let style = theme.text.patch(theme.symbol);
        ctx.put(buf, (at, column.y), room, &skipped, style, Align::Left);
    }
    if column.height < 2 {
        return;
    }
    let (line, style) = if passages.filter.is_active() {
        let filters = format!("filters: {}", passages.filter.describe());
        (filters, theme.text.patch(theme.title))
    } else {
        (hints::line(keymap, KEYS), dim(theme.text, theme))
    };
    ctx.put(buf, (x, column.y + 1), width, &line, style, Align::Left);
}

/// One passage to draw.
struct Entry<'a> {
    passages: &'a Passages,
    passage: &'a Passage,
    selected: bool,
    tag_colors: &'a BTreeMap<String, String>,
}

impl Entry<'_> {
    /// Draws the passage at the top of `area`: a mark, its quote, its article, its tags.
    fn draw(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let base = self.base(ctx);
        let quote = self.quote();
        let quote_rows = text_box::rows(&quote, area.width - 3, &ctx.options);
        let lines = (quote_rows as u16).clamp(1, QUOTE_LINES);
        let rows = (lines + 2).min(area.height);
        if self.selected {
            for y in area.y..area.y + rows {
                for x in area.x..area.right() {
                    buf[(x, y)].set_style(base);
                }
            }
        }
        let a = &self.passage.annotation;
        // A passage of no colour keeps the slot's background (the selection's when selected).
        let swatch = base.patch(theme.highlight(&a.color).unwrap_or_default());
        let mark = match self.passage.state {
            State::NeedsReview => "?",
            State::Orphaned => "!",
            _ => " ",
        };
        buf[(area.x, area.y)]
            .set_symbol(mark)
            .set_style(swatch.add_modifier(Modifier::BOLD));
        let cut = quote_rows > usize::from(lines)
            || self.passage.annotation.exact.chars().count() > QUOTE_CHARS;
        self.draw_quote(
            ctx,
            &quote,
            Rect {
                height: lines.min(area.height),
                ..area
            },
            cut,
            buf,
        );
        let (x, width) = (area.x + 2, area.width - 2);
        if area.height > lines {
            let style = base.patch(theme.title);
            let line = self.article_line(ctx.settings.bidi, usize::from(width));
            ctx.put(
                buf,
                (x, area.y + lines),
                width,
                &line,
                style,
                Align::ByDirection,
            );
        }
        if area.height > lines + 1 {
            self.draw_tags_line(ctx, (x, area.y + lines + 1), width, buf);
        }
    }

    /// The passage's article: its title, date and source, and its name in the library when
    /// another article has the same title (the rest cut to leave it room in `width` cells).
    /// In terminal mode the date goes first, as in the article's header: after Arabic letters a
    /// reordering terminal shows 2024-03-01 as 01-03-2024.
    fn article_line(&self, bidi: BidiMode, width: usize) -> String {
        let line = self.article_citation(bidi);
        let article = self.passages.article_of(self.passage);
        if !self.passages.shares_title(article) {
            return line;
        }
        let name = format!(" · {}", article.name);
        let room = width.saturating_sub(name.width() + 1);
        if line.width() + name.width() <= width {
            return line + &name;
        }
        let mut cut = String::new();
        let mut used = 0;
        for c in line.chars() {
            used += c.width().unwrap_or(0);
            if used > room {
                break;
            }
            cut.push(c);
        }
        format!("{}…{name}", cut.trim_end())
    }

    /// [`Self::article_line`] without the name.
    fn article_citation(&self, bidi: BidiMode) -> String {
        let article = self.passages.article_of(self.passage);
        let title = if article.title.is_empty() {
            "(untitled)"
        } else {
            &article.title
        };
        match (bidi, day(&article.meta)) {
            (BidiMode::Terminal, Some(day)) => {
                let (_, source) = citation_parts(&article.meta);
                format!("{day} · {title}{}", source.unwrap_or_default())
            }
            _ => format!("{title}{}", citation(&article.meta)),
        }
    }

    /// The quote, its whitespace collapsed, sanitised.
    fn quote(&self) -> String {
        let exact = &self.passage.annotation.exact;
        let quote: String = exact.chars().take(QUOTE_CHARS).collect();
        sanitize(&quote.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The style of the entry's text (selected or not).
    fn base(&self, ctx: &Ctx) -> Style {
        if self.selected {
            ctx.theme.text.patch(ctx.theme.selection)
        } else {
            ctx.theme.text
        }
    }

    /// The quote, wrapped, its first lines (the rows of `area`); "…" beyond the end of the last
    /// one when `cut`.
    fn draw_quote(&self, ctx: &Ctx, quote: &str, area: Rect, cut: bool, buf: &mut Buffer) {
        let room = Rect::new(area.x + 2, area.y, area.width - 3, area.height);
        let base = self.base(ctx);
        let end = text_box::draw(buf, room, quote, base, &ctx.options, Show::Head);
        if cut && area.height > 0 {
            // Just past the last line's end, else in the margin on its side.
            let rtl =
                first_strong(quote) == Some(Direction::Rtl) && ctx.options.bidi == BidiMode::App;
            let margin = if rtl { area.x + 1 } else { area.right() - 1 };
            let (x, y) = end.unwrap_or((margin, area.bottom() - 1));
            buf[(x, y)].set_symbol("…").set_style(base);
        }
    }

    /// Its ¶, tags, each in its colour, then the state and the start of the note.
    fn draw_tags_line(&self, ctx: &Ctx, (mut x, y): (u16, u16), width: u16, buf: &mut Buffer) {
        let theme = ctx.theme;
        let base = self.base(ctx);
        let quiet = if self.selected {
            base
        } else {
            dim(base, theme)
        };
        let right = x + width;
        let a = &self.passage.annotation;
        let mut put = |text: &str, style: Style, x: &mut u16| {
            let room = right.saturating_sub(*x);
            if room > 0 {
                let (start, used) = ctx.put(buf, (*x, y), room, text, style, Align::Left);
                *x = start + used;
            }
        };
        if let Some(n) = self.passage.paragraph {
            put(&format!("¶ {n} · "), quiet, &mut x);
        }
        if a.tags.is_empty() {
            put("no tags", quiet, &mut x);
        }
        for (n, tag) in a.tags.iter().enumerate() {
            if n > 0 {
                put(", ", quiet, &mut x);
            }
            let colour = self.tag_colors.get(tag).unwrap_or(&a.color);
            let style = base.patch(theme.highlight(colour).unwrap_or_default());
            put(&isolate(&sanitize(tag)), style, &mut x);
        }
        let mut rest = format!(" · {}", state_label(self.passage.state));
        let note = note_start(&a.note, 200);
        if !note.is_empty() {
            rest.push_str(" · ");
            rest.push_str(&isolate(&note));
        }
        put(&rest, quiet, &mut x);
    }
}
