//! The layout pipeline for one paragraph: clusters → shaping → wrapping (logical order) →
//! per-line reordering → cells with glyphs.
//!
//! Works paragraph by paragraph, so a reader lays out only what it shows. Knows nothing about
//! terminals: the result is a [`ParagraphLayout`].

use std::str::FromStr;

use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_width::UnicodeWidthStr;

use super::bidi_data::TableBidiData;
use super::cluster::{clusters, Cluster, ClusterKind};
use super::direction::Direction;
use super::glyphs::GlyphContext;
use super::lane::{self, Lane};
use super::map::{Cell, LineInfo, ParagraphLayout};
use super::reorder::{line_levels, visual_order, Flat, LevelSource};
use super::sanitize::quoted;
use super::shaping::shape;
use super::wrap::{break_opportunities, wrap};

/// Who puts right-to-left text in visual order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BidiMode {
    /// hamish reorders, mirrors and shapes; the terminal shows cells left to right.
    #[default]
    App,
    /// Logical order, no reordering or shaping: for terminals that reorder by themselves.
    Terminal,
}

/// Whether Arabic letters are sent as presentation forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Shaping {
    /// Joined forms (isolated, initial, medial, final) and lam-alef ligatures.
    #[default]
    Forms,
    /// Letters as they are in the text: for terminals that shape by themselves.
    None,
}

/// Parsed by hand, not by strum, for a message that lists the choices (config and theme files
/// show it with its line).
impl FromStr for BidiMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "app" => Ok(BidiMode::App),
            "terminal" => Ok(BidiMode::Terminal),
            _ => Err(format!(
                "unknown bidi mode {} (expected app or terminal)",
                quoted(s)
            )),
        }
    }
}

impl FromStr for Shaping {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "forms" => Ok(Shaping::Forms),
            "none" => Ok(Shaping::None),
            _ => Err(format!(
                "unknown shaping {} (expected forms or none)",
                quoted(s)
            )),
        }
    }
}

/// How to lay out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Line width in cells; 0: no wrapping (one line per paragraph).
    pub width: u32,
    /// Who reorders.
    pub bidi: BidiMode,
    /// Whether to shape (only with `BidiMode::App`).
    pub shaping: Shaping,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            width: 80,
            bidi: BidiMode::App,
            shaping: Shaping::Forms,
        }
    }
}

/// Lays out one paragraph (text without its line ending).
pub fn layout_paragraph(
    text: &str,
    direction: Direction,
    options: &LayoutOptions,
) -> ParagraphLayout {
    Layouter::default().layout(text, direction, options)
}

/// Reusable scratch space for laying out many paragraphs without reallocating.
#[derive(Default)]
pub struct Layouter {
    clusters: Vec<Cluster>,
    allowed: Vec<bool>,
    lines: Vec<std::ops::Range<usize>>,
    levels: Vec<u8>,
    order: Vec<usize>,
    shaped: Vec<Option<char>>,
    /// Lines' glyphs only, no cells: for output that only prints lines.
    text_only: bool,
    /// The fast lane's space (text-only layouts).
    lane: Lane,
}

impl Layouter {
    /// A layouter whose layouts hold each line's glyphs, width and chars but no cells
    /// ([`super::Line::cells`] is empty): for printing lines, where the map back to chars is not
    /// needed and building it is a fifth of the work.
    pub fn text_only() -> Layouter {
        Layouter {
            text_only: true,
            ..Layouter::default()
        }
    }

    /// Lays out one paragraph (text without its line ending).
    pub fn layout(
        &mut self,
        text: &str,
        direction: Direction,
        options: &LayoutOptions,
    ) -> ParagraphLayout {
        let mut out = ParagraphLayout::default();
        self.layout_into(text, direction, options, &mut out);
        out
    }

    /// Lays out one paragraph into `out`, reusing its allocations.
    pub(crate) fn layout_into(
        &mut self,
        text: &str,
        direction: Direction,
        options: &LayoutOptions,
        out: &mut ParagraphLayout,
    ) {
        if self.text_only && self.lane.lay(text, direction, lane_options(options), out) {
            return;
        }
        out.direction = direction;
        out.glyphs.clear();
        out.cells.clear();
        out.lines.clear();
        self.clusters.clear();
        clusters(text, &mut self.clusters);

        let app = options.bidi == BidiMode::App;
        let shaping = app && options.shaping == Shaping::Forms && has_arabic(text);
        self.shaped.clear();
        if shaping {
            shape(text, &mut self.shaped);
            merge_ligatures(&mut self.clusters, &self.shaped, text);
        }

        out.glyphs.reserve(text.len() + text.len() / 2);
        self.wrap_clusters(text, options.width);

        // In terminal mode everything stays at level 0, in logical order: the terminal reorders.
        let paragraph_level = if direction.is_rtl() && app { 1 } else { 0 };
        // Text with no right-to-left character in an LTR paragraph, or right-to-left text with no
        // left-to-right letter, number or explicit formatting in an RTL one, resolves to the
        // paragraph level throughout: unicode-bidi's full resolution is skipped.
        let needs_bidi = app
            && match direction {
                Direction::Ltr => may_have_rtl(text),
                Direction::Rtl => !uniform_rtl(text),
            };
        let job = LineJob {
            clusters: &self.clusters,
            lines: &self.lines,
            paragraph_level,
            wrapped: options.width > 0,
            cells: !self.text_only,
            glyphs: GlyphContext {
                text,
                shaped: &self.shaped,
                mirror: app,
                strip_joiners: shaping,
            },
        };
        let scratch = (&mut self.levels, &mut self.order);
        if needs_bidi {
            let level = Level::new(paragraph_level).ok();
            let info = ParagraphBidiInfo::new_with_data_source(&TableBidiData, text, level);
            job.lay(&info, scratch, out);
        } else {
            job.lay(&Flat(paragraph_level), scratch, out);
        }
    }
}

impl Layouter {
    /// Breaks the paragraph's clusters into lines of at most `width` cells (0: one line). A
    /// paragraph that fits needs no break opportunities (tabs count as their widest).
    fn wrap_clusters(&mut self, text: &str, width: u32) {
        let fits = self
            .clusters
            .iter()
            .map(|c| c.width.max(8 * u32::from(c.kind == ClusterKind::Tab)))
            .sum::<u32>()
            <= width;
        if width > 0 && !fits {
            break_opportunities(text, &self.clusters, &mut self.allowed);
        } else {
            self.allowed.clear();
            self.allowed.resize(self.clusters.len(), false);
        }
        wrap(&mut self.clusters, &self.allowed, width, &mut self.lines);
    }
}

/// The wrapped lines of a paragraph, ready to be reordered and turned into cells.
struct LineJob<'a> {
    clusters: &'a [Cluster],
    lines: &'a [std::ops::Range<usize>],
    paragraph_level: u8,
    /// Wrapped to a width (spaces at line ends then take no room).
    wrapped: bool,
    /// Whether to write cells (else glyphs only).
    cells: bool,
    glyphs: GlyphContext<'a>,
}

impl LineJob<'_> {
    /// Reorders each line with the levels from `levels` and writes its cells and glyphs.
    fn lay(
        &self,
        levels: &impl LevelSource,
        (line_levels_buf, order): (&mut Vec<u8>, &mut Vec<usize>),
        out: &mut ParagraphLayout,
    ) {
        for range in self.lines.iter() {
            let line = &self.clusters[range.clone()];
            let chars = match (line.first(), line.last()) {
                (Some(a), Some(b)) => a.chars.start..b.chars.end,
                _ => 0..0,
            };
            // Spaces hanging at the end of a wrapped line take no room.
            let mut shown = line.len();
            if self.wrapped {
                while shown > 0
                    && matches!(
                        line[shown - 1].kind,
                        ClusterKind::Space | ClusterKind::Invisible
                    )
                {
                    shown -= 1;
                }
            }
            line_levels(levels, line, self.paragraph_level, line_levels_buf);
            visual_order(line_levels_buf, order);
            let cells_start = out.cells.len() as u32;
            let text_start = out.glyphs.len() as u32;
            let mut x = 0;
            for &i in order
                .iter()
                .filter(|&&i| i < shown && line[i].kind != ClusterKind::Invisible)
            {
                let c = &line[i];
                let g0 = out.glyphs.len() as u32;
                self.glyphs
                    .push_glyphs(c, line_levels_buf[i] % 2 == 1, &mut out.glyphs);
                x += c.width;
                if !self.cells {
                    continue;
                }
                out.cells.push(Cell {
                    x: x - c.width,
                    width: c.width,
                    chars: c.chars.clone(),
                    glyph: g0..out.glyphs.len() as u32,
                    kind: c.kind,
                });
            }
            out.lines.push(LineInfo {
                chars,
                cells: cells_start..out.cells.len() as u32,
                text: text_start..out.glyphs.len() as u32,
                width: x,
            });
        }
    }
}

/// What the fast lane needs of `options`.
pub(super) fn lane_options(options: &LayoutOptions) -> lane::Options {
    lane::Options {
        width: options.width,
        app: options.bidi == BidiMode::App,
        shape: options.shaping == Shaping::Forms,
    }
}

/// Whether `text` may hold Arabic-script letters (U+0600–U+08FF): a byte test on UTF-8 lead
/// bytes, erring on the side of yes.
fn has_arabic(text: &str) -> bool {
    text.bytes().any(|b| (0xd8..=0xe0).contains(&b))
}

/// Whether `text` may hold a right-to-left character or explicit formatting (anything from
/// U+0580 on): a byte test on UTF-8 lead bytes, erring on the side of yes.
fn may_have_rtl(text: &str) -> bool {
    text.bytes().any(|b| b >= 0xd6)
}

/// Whether every char of `text` resolves to level 1 in an RTL paragraph: no char of class L, EN,
/// AN or explicit embedding, override or isolate (rules W1–W7, N0–N2 and I1–I2 then give R to
/// everything).
fn uniform_rtl(text: &str) -> bool {
    !text.chars().any(super::bidi_data::splits_rtl)
}

/// Folds each cluster whose first char shaping absorbed (an alef after lam) into the cluster
/// before it: the ligature is one cell showing both.
fn merge_ligatures(clusters: &mut Vec<Cluster>, shaped: &[Option<char>], text: &str) {
    if !shaped.contains(&None) {
        return;
    }
    let mut w = 0;
    for r in 0..clusters.len() {
        let absorbed = shaped.get(clusters[r].chars.start as usize) == Some(&None);
        if absorbed && w > 0 {
            let (end_b, end_c) = (clusters[r].bytes.end, clusters[r].chars.end);
            // The alef is drawn by the ligature; what follows it in its cluster (a spacing
            // mark, say) still takes its own room.
            let start = clusters[r].bytes.start as usize;
            let piece = &text[start..end_b as usize];
            let rest = piece.char_indices().nth(1).map_or("", |(b, _)| &piece[b..]);
            let prev = &mut clusters[w - 1];
            prev.bytes.end = end_b;
            prev.chars.end = end_c;
            prev.width += rest.width() as u32;
        } else {
            if w != r {
                clusters.swap(w, r);
            }
            w += 1;
        }
    }
    clusters.truncate(w);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const POOL: &[char] = &[
        'ب', 'ل', 'ا', 'م', 'א', 'ש', '\u{64e}', ' ', '\t', '(', ')', '«', '»', '.', '،', '-', '+',
        '%', '#', '\u{200f}', '\u{200d}', '\u{1b}', 'a', '1', '٣', '\u{202b}', '\u{2067}',
        '\u{2069}',
    ];

    #[test]
    fn joiners_are_dropped_after_arabic_letters_only() {
        let layout = layout_paragraph(
            "ب\u{200d} 👨\u{200d}👩",
            Direction::Rtl,
            &LayoutOptions::default(),
        );
        let text = layout.line(0).text();
        assert_eq!(text.matches('\u{200d}').count(), 1, "{text:?}");
        assert!(text.contains("👨\u{200d}👩"));
    }

    #[test]
    fn a_prepended_mark_keeps_the_emoji_sequence_after_it_whole() {
        let text = "ح\u{6dd}\u{1F9D1}\u{200d}\u{1F680}";
        let layout = layout_paragraph(text, Direction::Rtl, &LayoutOptions::default());
        let line = layout.line(0);
        assert!(
            line.text().contains("\u{1F9D1}\u{200d}\u{1F680}"),
            "{:?}",
            line.text()
        );
        assert_eq!(line.width(), line.text().width() as u32);
    }

    #[test]
    fn a_spacing_mark_after_lam_alef_keeps_its_width() {
        let options = LayoutOptions {
            width: 10,
            ..LayoutOptions::default()
        };
        let layout = layout_paragraph(&"لاำ".repeat(10), Direction::Rtl, &options);
        for line in layout.lines() {
            assert!(line.width() <= 10);
            assert_eq!(
                line.width(),
                line.text().width() as u32,
                "{:?}",
                line.text()
            );
        }
        assert_eq!(layout.line_count(), 2);
    }

    proptest! {
        /// The shortcut's claim, checked against unicode-bidi itself.
        #[test]
        fn uniform_rtl_text_resolves_to_level_one(v in prop::collection::vec(prop::sample::select(POOL), 0..40)) {
            let text: String = v.into_iter().collect();
            if uniform_rtl(&text) {
                let info = ParagraphBidiInfo::new(&text, Some(Level::rtl()));
                for (i, _) in text.char_indices() {
                    if info.original_classes[i] != unicode_bidi::BidiClass::BN {
                        prop_assert_eq!(info.levels[i].number(), 1, "{:?}", text);
                    }
                }
            }
            if !may_have_rtl(&text) {
                let info = ParagraphBidiInfo::new(&text, Some(Level::ltr()));
                prop_assert!(info.levels.iter().all(|l| l.number() == 0));
            }
        }
    }
}
