//! The layout pipeline's fast lane: a paragraph made only of chars that are each a cluster of
//! their own (with the harakat after them) and that need no bidi resolution is laid out in one
//! pass that decodes each char once and gives its cluster, its shaped form and its bidi
//! standing together, then wraps and writes the glyphs of each line in visual order. Anything
//! else (tabs, controls, emoji, digits in right-to-left text, lam + harakat + alef, …) is left
//! to the general path (`layout.rs`), whose result this one equals (see the tests).
//!
//! Only for layouts without cells ([`super::Layouter::text_only`]). Knows nothing about
//! terminals.

use std::ops::Range;

use super::direction::Direction;
use super::map::{LineInfo, ParagraphLayout};
use super::reorder::mirror;
use super::shaping::{form, lam_alef, LAM};
use super::shaping_table::Joining;
use chars::{class, decode, info, info_of, Info, LEFT, MARK, MIRROR, RIGHT, TAKEN, WHITE};

mod breaks;
mod chars;
mod numbers;

/// One cluster of the lane: a base char and the marks after it, one cell wide.
#[derive(Clone, Copy, Debug)]
struct Unit {
    /// Its first byte in the paragraph.
    start: u32,
    /// Its first char in the paragraph.
    chars: u32,
    /// The first byte of what is shown after its glyph as it is written (its marks), up to the
    /// next unit.
    marks: u32,
    /// The glyph: shaped, and mirrored in a right-to-left paragraph (where only numbers are
    /// not at an odd level, and no number has a mirror image).
    glyph: char,
    /// A space: hangs at the end of a wrapped line.
    space: bool,
    /// Shows marks after its glyph.
    marked: bool,
    /// Its line break class (`breaks::class`).
    brk: u8,
    /// A line may start with it (a UAX #14 break opportunity before it).
    opens: bool,
    /// Its bidi class (`chars::class`).
    class: u8,
}

/// How to lay out (what the lane needs of the layout options).
#[derive(Clone, Copy)]
pub(super) struct Options {
    /// Line width in cells; 0: no wrapping.
    pub(super) width: u32,
    /// hamish reorders (else the terminal does: logical order, no shaping).
    pub(super) app: bool,
    /// Arabic letters to presentation forms (with `app` only).
    pub(super) shape: bool,
}

/// Reusable space of the lane.
#[derive(Default)]
pub(super) struct Lane {
    units: Vec<Unit>,
    /// Each unit's level (right-to-left paragraphs with numbers, where they are 1 and 2).
    levels: Vec<u8>,
    /// Whether some unit is a number (right-to-left paragraphs: levels 1 and 2).
    numbers: bool,
    lines: Vec<Range<usize>>,
}

/// How a paragraph goes through the lane.
#[derive(Clone, Copy)]
struct Mode {
    /// Chars with any of these flags send the paragraph to the general path.
    refused: u8,
    /// Right-to-left: glyphs mirrored.
    rtl: bool,
    /// Arabic letters to presentation forms and lam-alef ligatures.
    shape: bool,
}

impl Lane {
    /// Lays out `text` into `out` (glyphs and lines, no cells) as the general path would, when it
    /// can; `false` (and `out` to be overwritten) when the paragraph is not for the lane.
    pub(super) fn lay(
        &mut self,
        text: &str,
        direction: Direction,
        options: Options,
        out: &mut ParagraphLayout,
    ) -> bool {
        let app = options.app;
        let rtl = app && direction.is_rtl();
        let mode = Mode {
            refused: match (app, rtl) {
                (false, _) => 0,
                (true, true) => LEFT,
                (true, false) => RIGHT,
            },
            shape: app && options.shape,
            rtl,
        };
        if text.len() >= u32::MAX as usize || !self.scan(text, mode) {
            return false;
        }
        if rtl && self.numbers {
            self.levels.clear();
            self.levels.extend(self.units.iter().map(|u| u.class));
            numbers::resolve(&mut self.levels);
        }
        let (width, n) = (options.width as usize, self.units.len() - 1);
        self.lines.clear();
        if width == 0 || n <= width {
            self.lines.push(0..n);
        } else {
            self.breaks(text);
            self.wrap(width);
        }
        out.direction = direction;
        out.glyphs.clear();
        out.cells.clear();
        out.lines.clear();
        out.glyphs.reserve(text.len() + text.len() / 2);
        self.write(text, rtl, width > 0, out);
        true
    }

    /// Decodes `text` into units, shaping as it goes; `false` at the first char not for the lane.
    /// The units end with one more, empty, at the end of the text.
    fn scan(&mut self, text: &str, mode: Mode) -> bool {
        let info = info();
        let bytes = text.as_bytes();
        self.units.clear();
        let mut shaper = Shaper { previous: None };
        let (mut at, mut chars, mut numbers) = (0, 0u32, false);
        while at < bytes.len() {
            let (c, len) = decode(bytes, at);
            let about = match info.get(c as usize) {
                Some(&about) => about,
                None => char::from_u32(c).map_or(info[0], info_of),
            };
            if about.flags & TAKEN == 0 || about.flags & mode.refused != 0 {
                return false;
            }
            let unit = Unit {
                start: at as u32,
                chars,
                marks: (at + len) as u32,
                glyph: char::from_u32(c).unwrap_or(' '),
                space: about.flags & WHITE != 0,
                marked: false,
                brk: about.brk,
                opens: false,
                class: about.class,
            };
            let taken = match about.flags & MARK != 0 {
                true => self.mark(),
                false => self.base(unit, about, mode, &mut shaper),
            };
            if !taken {
                return false;
            }
            numbers |= matches!(about.class, class::EN | class::AN);
            (at, chars) = (at + len, chars + 1);
        }
        let end = bytes.len() as u32;
        self.units.push(Unit {
            start: end,
            chars,
            marks: end,
            glyph: ' ',
            space: false,
            marked: false,
            brk: breaks::class::OTHER,
            opens: false,
            class: class::N,
        });
        self.numbers = numbers;
        true
    }

    /// Joins a mark to the unit before it (a space with marks shows them: text), whose class it
    /// takes (W1); `false` after a number or separator (left to the general path) or at the start.
    fn mark(&mut self) -> bool {
        match self.units.last_mut() {
            Some(unit) if unit.class <= class::AL => {
                unit.space = false;
                unit.marked = true;
                // A space with marks is no space to UAX #14 either (LB10).
                if unit.brk == breaks::class::SP {
                    unit.brk = breaks::class::OTHER;
                }
                true
            }
            _ => false,
        }
    }

    /// Adds `unit`, a char that is not a mark, mirrored and shaped (an alef may join the lam
    /// before it instead); `false` when shaping leaves it to the general path.
    fn base(&mut self, mut unit: Unit, about: Info, mode: Mode, shaper: &mut Shaper) -> bool {
        let ch = unit.glyph;
        if mode.rtl && about.flags & MIRROR != 0 {
            unit.glyph = mirror(ch);
        }
        if mode.shape && ('\u{600}'..'\u{700}').contains(&ch) {
            let bytes = unit.start as usize..unit.marks as usize;
            match shaper.letter(&mut self.units, ch, about.joining, bytes) {
                Shaped::Glyph(g) => unit.glyph = g,
                Shaped::Ligature => return true,
                Shaped::Refused => return false,
            }
        } else {
            shaper.previous = None;
        }
        self.units.push(unit);
        true
    }

    /// Marks each unit a line may start with (a UAX #14 break opportunity).
    fn breaks(&mut self, text: &str) {
        let n = self.units.len() - 1;
        let units = self.units[..n].iter_mut().map(|u| (u.brk, &mut u.opens));
        if breaks::opportunities(units) {
            return;
        }
        let units = &mut self.units[..n];
        units.iter_mut().for_each(|u| u.opens = false);
        let mut k = 0;
        for (byte, _) in unicode_linebreak::linebreaks(text) {
            let byte = byte as u32;
            while k < n && units[k].start < byte {
                k += 1;
            }
            if k < n && units[k].start == byte {
                units[k].opens = true;
            }
        }
    }

    /// `wrap::wrap` for units one cell wide: lines of at most `width` units (spaces at a line
    /// end take no room), broken at the last opportunity, else where the line is full. After a
    /// break the units up to here are the next line's start (no opportunity among them after the
    /// break, none can overflow): counted, not read again.
    fn wrap(&mut self, width: usize) {
        let n = self.units.len() - 1;
        let (mut start, mut col, mut last_break, mut i) = (0, 0, None, 0);
        while i < n {
            let unit = &self.units[i];
            if i > start && unit.opens {
                last_break = Some(i);
            }
            if i > start && col >= width && !unit.space {
                let brk = last_break.unwrap_or(i);
                self.lines.push(start..brk);
                (start, col, last_break) = (brk, i - brk, None);
                continue;
            }
            col += 1;
            i += 1;
        }
        if start < n || self.lines.is_empty() {
            self.lines.push(start..n);
        }
    }

    /// Writes each line's glyphs in visual order and its line info.
    fn write(&self, text: &str, rtl: bool, wrapped: bool, out: &mut ParagraphLayout) {
        let units = &self.units;
        for range in &self.lines {
            let chars = match range.is_empty() {
                true => 0..0,
                false => units[range.start].chars..units[range.end].chars,
            };
            let mut shown = range.end;
            while wrapped && shown > range.start && units[shown - 1].space {
                shown -= 1;
            }
            let start = out.glyphs.len() as u32;
            if rtl && self.numbers {
                self.write_levels(text, range.start..shown, &mut out.glyphs);
            } else if rtl {
                for k in (range.start..shown).rev() {
                    push(text, units, k, &mut out.glyphs);
                }
            } else {
                for k in range.start..shown {
                    push(text, units, k, &mut out.glyphs);
                }
            }
            out.lines.push(LineInfo {
                chars,
                cells: 0..0,
                text: start..out.glyphs.len() as u32,
                width: (shown - range.start) as u32,
            });
        }
    }
}

impl Lane {
    /// Writes the units of `line` in visual order when their levels are 1 and 2 (numbers):
    /// right to left, each run at level 2 left to right (L2).
    fn write_levels(&self, text: &str, line: Range<usize>, out: &mut String) {
        let levels = &self.levels;
        let mut k = line.end;
        while k > line.start {
            if levels[k - 1] == 1 {
                k -= 1;
                push(text, &self.units, k, out);
                continue;
            }
            let end = k;
            while k > line.start && levels[k - 1] == 2 {
                k -= 1;
            }
            for j in k..end {
                push(text, &self.units, j, out);
            }
        }
    }
}

/// Pushes the glyphs of unit `k`.
#[inline(always)]
fn push(text: &str, units: &[Unit], k: usize, out: &mut String) {
    let unit = &units[k];
    // One char pushed is cheaper than a slice of the text copied.
    out.push(unit.glyph);
    if unit.marked {
        out.push_str(&text[unit.marks as usize..units[k + 1].start as usize]);
    }
}

/// The last letter shaped that can join the next one.
#[derive(Clone, Copy)]
struct Joiner {
    /// Its unit.
    index: usize,
    c: char,
    /// Whether it joins the letter before it.
    joins_previous: bool,
}

/// `shaping::shape` as the lane meets letters.
struct Shaper {
    previous: Option<Joiner>,
}

enum Shaped {
    /// The letter's form.
    Glyph(char),
    /// An alef that the lam before it took into a ligature.
    Ligature,
    /// Lam, harakat, alef: a ligature over marks, left to the general path.
    Refused,
}

impl Shaper {
    /// Shapes `c` (of U+0600..U+06FF, not a mark, joining as `joining`) at `bytes`, the next
    /// unit of `units`.
    fn letter(
        &mut self,
        units: &mut [Unit],
        c: char,
        joining: Joining,
        bytes: Range<usize>,
    ) -> Shaped {
        use Joining::*;
        let (at, next) = (bytes.start, bytes.end);
        let joins_previous = match self.previous {
            Some(p) if matches!(joining, R | D | C) => {
                let unit = &mut units[p.index];
                if p.c == LAM {
                    if let Some((isolated, fin)) = lam_alef(c) {
                        if unit.marks != at as u32 {
                            return Shaped::Refused;
                        }
                        let ligature = if p.joins_previous { fin } else { isolated };
                        unit.glyph = ligature;
                        unit.marks = next as u32;
                        self.previous = None;
                        return Shaped::Ligature;
                    }
                }
                let glyph = form(p.c, p.joins_previous, true);
                unit.glyph = glyph;
                true
            }
            _ => false,
        };
        self.previous = matches!(joining, D | L | C).then_some(Joiner {
            index: units.len(),
            c,
            joins_previous,
        });
        Shaped::Glyph(form(c, joins_previous, false))
    }
}

#[cfg(test)]
mod tests;
