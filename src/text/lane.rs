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
use std::sync::OnceLock;

use super::bidi_data::{splits_rtl, TableBidiData};
use super::direction::Direction;
use super::layout::{BidiMode, LayoutOptions, Shaping};
use super::map::{LineInfo, ParagraphLayout};
use super::reorder::mirror;
use super::shaping::{form, joining_type, lam_alef, LAM};
use super::shaping_table::Joining;

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
    /// The glyph (bits `GLYPH`) and the flags `SPACE` and `MIRRORED`.
    glyph: u32,
}

const GLYPH: u32 = 0x1f_ffff;
/// Unit flag: a space (hangs at the end of a wrapped line).
const SPACE: u32 = 1 << 31;
/// Unit flag: its glyph has a mirror image (shown at odd levels).
const MIRRORED: u32 = 1 << 30;
/// The flags that stay when shaping changes a unit's glyph.
const FLAGS: u32 = SPACE | MIRRORED;

/// Char flags (see `info`): the lane takes it.
const TAKEN: u8 = 1;
/// A combining mark: joins the cluster before it.
const MARK: u8 = 2;
/// Whitespace.
const WHITE: u8 = 4;
/// Has a mirror image.
const MIRROR: u8 = 8;
/// Keeps a right-to-left paragraph from resolving to one level (see `splits_rtl`).
const SPLITS_RTL: u8 = 16;
/// Right-to-left or Arabic number (bidi class R, AL or AN): a left-to-right paragraph with it
/// needs resolving.
const RIGHT: u8 = 32;

/// Reusable space of the lane.
#[derive(Default)]
pub(super) struct Lane {
    units: Vec<Unit>,
    allowed: Vec<bool>,
    lines: Vec<Range<usize>>,
}

/// How a paragraph goes through the lane.
#[derive(Clone, Copy)]
struct Mode {
    /// Chars with any of these flags send the paragraph to the general path.
    refused: u8,
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
        options: &LayoutOptions,
        out: &mut ParagraphLayout,
    ) -> bool {
        let app = options.bidi == BidiMode::App;
        let rtl = app && direction.is_rtl();
        let mode = Mode {
            refused: match (app, rtl) {
                (false, _) => 0,
                (true, true) => SPLITS_RTL,
                (true, false) => RIGHT,
            },
            shape: app && options.shaping == Shaping::Forms,
        };
        if text.len() >= u32::MAX as usize || !self.scan(text, mode) {
            return false;
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
        let (mut at, mut chars) = (0, 0u32);
        while at < bytes.len() {
            let (c, len) = decode(bytes, at);
            let flags = match info.get(c as usize) {
                Some(&flags) => flags,
                None => char::from_u32(c).map_or(0, flags_of),
            };
            if flags & TAKEN == 0 || flags & mode.refused != 0 {
                return false;
            }
            let next = at + len;
            if flags & MARK != 0 {
                // A mark joins the cluster before it; a space with marks shows them: text.
                match self.units.last_mut() {
                    Some(unit) => unit.glyph &= !SPACE,
                    None => return false,
                }
            } else {
                let mut glyph = c;
                if mode.shape && (0x600..0x700).contains(&c) {
                    let ch = char::from_u32(c).unwrap_or(' ');
                    match shaper.letter(&mut self.units, ch, at, next) {
                        Shaped::Glyph(g) => glyph = g as u32,
                        Shaped::Ligature => {
                            (at, chars) = (next, chars + 1);
                            continue;
                        }
                        Shaped::Refused => return false,
                    }
                } else {
                    shaper.previous = None;
                }
                let flag = |set: bool, bit: u32| if set { bit } else { 0 };
                glyph |= flag(flags & WHITE != 0, SPACE) | flag(flags & MIRROR != 0, MIRRORED);
                let (start, marks) = (at as u32, next as u32);
                self.units.push(Unit {
                    start,
                    chars,
                    marks,
                    glyph,
                });
            }
            (at, chars) = (next, chars + 1);
        }
        let end = bytes.len() as u32;
        self.units.push(Unit {
            start: end,
            chars,
            marks: end,
            glyph: 0,
        });
        true
    }

    /// Marks in `allowed` each unit a line may start with (a UAX #14 break opportunity).
    fn breaks(&mut self, text: &str) {
        let n = self.units.len() - 1;
        self.allowed.clear();
        self.allowed.resize(n, false);
        let mut k = 0;
        for (byte, _) in unicode_linebreak::linebreaks(text) {
            let byte = byte as u32;
            while k < n && self.units[k].start < byte {
                k += 1;
            }
            if k < n && self.units[k].start == byte {
                self.allowed[k] = true;
            }
        }
    }

    /// `wrap::wrap` for units one cell wide: lines of at most `width` units (spaces at a line
    /// end take no room), broken at the last opportunity, else where the line is full.
    fn wrap(&mut self, width: usize) {
        let n = self.units.len() - 1;
        let (mut start, mut col, mut last_break, mut i) = (0, 0, None, 0);
        while i < n {
            if i > start && self.allowed[i] {
                last_break = Some(i);
            }
            if i > start && col >= width && self.units[i].glyph & SPACE == 0 {
                let brk = last_break.filter(|&b| b > start).unwrap_or(i);
                self.lines.push(start..brk);
                (start, col, last_break, i) = (brk, 0, None, brk);
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
            while wrapped && shown > range.start && units[shown - 1].glyph & SPACE != 0 {
                shown -= 1;
            }
            let start = out.glyphs.len() as u32;
            if rtl {
                for k in (range.start..shown).rev() {
                    push(text, units, k, true, &mut out.glyphs);
                }
            } else {
                for k in range.start..shown {
                    push(text, units, k, false, &mut out.glyphs);
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

/// Pushes the glyphs of unit `k`, mirrored at an odd level.
#[inline]
fn push(text: &str, units: &[Unit], k: usize, odd: bool, out: &mut String) {
    let (unit, end) = (units[k], units[k + 1].start);
    let glyph = char::from_u32(unit.glyph & GLYPH).unwrap_or(' ');
    // One char pushed is cheaper than a slice of the text copied.
    out.push(match odd && unit.glyph & MIRRORED != 0 {
        true => mirror(glyph),
        false => glyph,
    });
    if unit.marks < end {
        out.push_str(&text[unit.marks as usize..end as usize]);
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
    /// Shapes `c` (of U+0600..U+06FF, not a mark) at bytes `at..next`, the next unit of `units`.
    fn letter(&mut self, units: &mut [Unit], c: char, at: usize, next: usize) -> Shaped {
        use Joining::*;
        let joining = joining_type(c);
        let joins_previous = match self.previous {
            Some(p) if matches!(joining, R | D | C) => {
                let unit = &mut units[p.index];
                if p.c == LAM {
                    if let Some((isolated, fin)) = lam_alef(c) {
                        if unit.marks != at as u32 {
                            return Shaped::Refused;
                        }
                        let ligature = if p.joins_previous { fin } else { isolated };
                        unit.glyph = (unit.glyph & FLAGS) | ligature as u32;
                        unit.marks = next as u32;
                        self.previous = None;
                        return Shaped::Ligature;
                    }
                }
                let glyph = form(p.c, p.joins_previous, true);
                unit.glyph = (unit.glyph & FLAGS) | glyph as u32;
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

/// The char at byte `at` of UTF-8 `bytes` and its length (a four-byte char as U+10000, which
/// the lane never takes).
#[inline]
fn decode(bytes: &[u8], at: usize) -> (u32, usize) {
    let b = bytes[at] as u32;
    let more = |k: usize| bytes[at + k] as u32 & 0x3f;
    match b {
        0..0x80 => (b, 1),
        0x80..0xe0 => ((b & 0x1f) << 6 | more(1), 2),
        0xe0..0xf0 => ((b & 0x0f) << 12 | more(1) << 6 | more(2), 3),
        _ => (0x10000, 4),
    }
}

/// The chars the lane takes: one cell each and a cluster of their own, or harakat.
fn taken(c: char) -> bool {
    matches!(c,
        ' '..='~' | '\u{a0}' | '«' | '»' | '\u{5d0}'..='\u{5ea}'
        | '\u{60c}' | '\u{61b}' | '\u{61f}' | '\u{621}'..='\u{63a}' | '\u{640}'..='\u{652}'
        | '\u{660}'..='\u{66d}' | '\u{671}'..='\u{6d3}'
        | '\u{2013}' | '\u{2014}' | '\u{201c}' | '\u{201d}' | '\u{2022}' | '\u{2026}')
}

/// The lane's flags of `c`, from the engine's own data.
fn flags_of(c: char) -> u8 {
    use unicode_bidi::BidiClass::*;
    if !taken(c) {
        return 0;
    }
    let class = TableBidiData::class(c);
    let flag = |set: bool, bit: u8| if set { bit } else { 0 };
    TAKEN
        | flag(matches!(c, '\u{64b}'..='\u{652}'), MARK)
        | flag(c.is_whitespace(), WHITE)
        | flag(mirror(c) != c, MIRROR)
        | flag(splits_rtl(c), SPLITS_RTL)
        | flag(matches!(class, R | AL | AN), RIGHT)
}

/// The flags of every char below U+0700.
fn info() -> &'static [u8; 0x700] {
    static INFO: OnceLock<[u8; 0x700]> = OnceLock::new();
    INFO.get_or_init(|| std::array::from_fn(|c| char::from_u32(c as u32).map_or(0, flags_of)))
}

#[cfg(test)]
mod tests {
    use super::super::layout::Layouter;
    use super::*;
    use proptest::prelude::*;

    /// Chars the lane takes in right-to-left text (letters joining every way, lam, alefs,
    /// tatweel, harakat, spaces, mirrored brackets, punctuation).
    const RTL: &[char] = &[
        'ب', 'ل', 'ل', 'ا', 'أ', 'آ', 'م', 'ي', 'ة', 'د', 'ـ', '\u{64b}', '\u{64e}', '\u{651}', 'א',
        'ש', ' ', ' ', ' ', '\u{a0}', '(', ')', '«', '»', '.', '،', '؟', '-', '+', '%', '"', '“',
        '”', '–', '…', '•', '[', '<',
    ];
    /// Chars the lane takes in left-to-right text.
    const LTR: &[char] = &[
        'a', 'Z', 'k', '1', '0', ' ', ' ', ' ', '\u{a0}', '(', ')', '«', '»', '.', ',', '-', '+',
        '%', '"', '“', '”', '–', '…', '•', '/', '\u{64e}',
    ];
    /// Chars that send a paragraph to the general path (a tab, a digit or a letter of the other
    /// direction, an emoji, a combining acute, a control, an RLM, ZWJ, a wide char).
    const OTHER: &[char] = &[
        'ب', 'a', '1', '٣', '\t', '😀', '\u{301}', '\u{1b}', '\u{200f}', '\u{200d}', '中',
    ];

    /// Each line's glyphs, width and chars.
    fn lines(layout: &ParagraphLayout) -> Vec<(String, u32, Range<u32>)> {
        let text = |l: &LineInfo| layout.glyphs[l.text.start as usize..l.text.end as usize].to_string();
        layout
            .lines
            .iter()
            .map(|l| (text(l), l.width, l.chars.clone()))
            .collect()
    }

    fn options(width: u32, terminal: bool, shaping: bool) -> LayoutOptions {
        LayoutOptions {
            width,
            bidi: if terminal { BidiMode::Terminal } else { BidiMode::App },
            shaping: if shaping { Shaping::Forms } else { Shaping::None },
        }
    }

    /// The lane's layout (when it takes `text`) and the general path's.
    fn both(text: &str, rtl: bool, options: &LayoutOptions) -> Option<(ParagraphLayout, ParagraphLayout)> {
        let direction = if rtl { Direction::Rtl } else { Direction::Ltr };
        let mut fast = ParagraphLayout::default();
        let mut lane = Lane::default();
        if !lane.lay(text, direction, options, &mut fast) {
            return None;
        }
        let general = Layouter::default().layout(text, direction, options);
        Some((fast, general))
    }

    fn chars(pool: &'static [char]) -> impl Strategy<Value = String> {
        let char = prop_oneof![30 => prop::sample::select(pool), 1 => prop::sample::select(OTHER)];
        prop::collection::vec(char, 0..60).prop_map(|v| v.into_iter().collect())
    }

    fn check(text: &str, rtl: bool, options: &LayoutOptions) -> Result<(), TestCaseError> {
        if let Some((fast, general)) = both(text, rtl, options) {
            prop_assert_eq!(lines(&fast), lines(&general), "{:?}", text);
            prop_assert_eq!(fast.direction, general.direction);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// Whatever the lane lays out, it lays out as the general path does.
        #[test]
        fn the_lane_equals_the_general_path_rtl(
            text in chars(RTL), terminal: bool, shaping: bool, width in 0u32..24,
        ) {
            check(&text, true, &options(width, terminal, shaping))?;
        }

        #[test]
        fn the_lane_equals_the_general_path_ltr(
            text in chars(LTR), terminal: bool, width in 0u32..24,
        ) {
            check(&text, false, &options(width, terminal, true))?;
        }
    }

    #[test]
    fn the_lane_takes_news_text_and_leaves_the_rest() {
        let rtl = "قال «الرئيس» لا، إن الأمر (كما قيل) – انتهى… بَلْ “نعم” שלום";
        let ltr = "He said (no) – \"yes\" 24 times…";
        for width in [0, 7, 80] {
            for (text, is_rtl) in [(rtl, true), (ltr, false)] {
                let (fast, general) = both(text, is_rtl, &options(width, false, true)).unwrap();
                assert_eq!(lines(&fast), lines(&general), "{text:?} at {width}");
            }
        }
        let leaves = |text: &str, rtl| both(text, rtl, &options(80, false, true)).is_none();
        assert!(leaves("عدد 24", true), "a number in right-to-left text");
        assert!(leaves("a ب", false), "Arabic in left-to-right text");
        assert!(leaves("لَا", true), "harakat inside lam-alef");
        assert!(leaves("\u{64e}ب", true), "a mark with no base");
        assert!(leaves("ب\tب", true));
        assert!(both("عدد 24", true, &options(80, true, true)).is_some(), "terminal mode");
    }
}
