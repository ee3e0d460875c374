//! Property tests of the layout engine on random mixed text: Arabic with marks, Hebrew, Latin,
//! digits, brackets, emoji, controls and bidi formatting characters.

use hamish::text::sanitize::is_invisible_format;
use hamish::text::{layout_paragraph, BidiMode, Direction, LayoutOptions, Layouter, Shaping};
use proptest::prelude::*;

const POOL: &[char] = &[
    'ب', 'ت', 'ل', 'ا', 'أ', 'إ', 'آ', 'م', 'ه', 'ي', 'ى', 'ة', 'ع', 'پ', 'گ', 'ی', 'ے', 'ـ',
    '\u{64e}', '\u{651}', '\u{650}', '\u{670}', 'א', 'ב', 'ש', '\u{5b8}', 'a', 'b', 'Z', 'é', '1',
    '2', '٣', '۴', '(', ')', '[', ']', '{', '}', '«', '»', '<', '>', '.', ',', '،', '-', '+', '%',
    ' ', ' ', ' ', '\t', '\u{a0}', '😀', '👍', '中', '\u{200d}', '\u{200c}', '\u{200e}',
    '\u{200f}', '\u{61c}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}', '\u{1b}', '\u{7}', '\u{0}', '\u{7f}', '\u{85}', '\u{9b}',
    '\u{2028}', '\u{2029}', '\u{feff}', '\u{301}',
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 0..120).prop_map(|v| v.into_iter().collect())
}

fn options() -> impl Strategy<Value = LayoutOptions> {
    (
        prop_oneof![Just(0u32), 2u32..60],
        prop_oneof![Just(BidiMode::App), Just(BidiMode::Terminal)],
        prop_oneof![Just(Shaping::Forms), Just(Shaping::None)],
    )
        .prop_map(|(width, bidi, shaping)| LayoutOptions {
            width,
            bidi,
            shaping,
        })
}

/// Chars whose glyphs once took more room than their cells (issue 10): Arabic prepended marks
/// before emoji ZWJ sequences (the joiner was dropped, splitting the emoji), and spacing marks
/// after a lam-alef ligature (the mark's width was lost), with what surrounds them.
const WIDE_POOL: &[char] = &[
    '\u{600}',
    '\u{601}',
    '\u{602}',
    '\u{603}',
    '\u{604}',
    '\u{605}',
    '\u{6dd}',
    '\u{8e2}',
    '🧑',
    '🚀',
    '👨',
    '👩',
    '👍',
    '\u{1f3fd}',
    '\u{200d}',
    '\u{200c}',
    '\u{fe0f}',
    'ل',
    'ا',
    'أ',
    'آ',
    'ب',
    'ح',
    '\u{64e}',
    '\u{651}',
    'ำ',
    '\u{903}',
    '\u{93e}',
    '\u{e31}',
    'a',
    ' ',
    '中',
];

fn wide_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WIDE_POOL), 0..80)
        .prop_map(|v| v.into_iter().collect())
}

fn is_forbidden(c: char) -> bool {
    c < ' '
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{2028}' | '\u{2029}')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// A text-only layout (what `render` prints) has the same lines as a full one, without cells.
    #[test]
    fn text_only_lines_are_the_full_layouts(text in text(), options in options(), rtl in any::<bool>()) {
        let direction = if rtl { Direction::Rtl } else { Direction::Ltr };
        let full = Layouter::default().layout(&text, direction, &options);
        let bare = Layouter::text_only().layout(&text, direction, &options);
        prop_assert_eq!(full.line_count(), bare.line_count());
        for (a, b) in full.lines().zip(bare.lines()) {
            prop_assert_eq!((a.text(), a.width(), a.chars()), (b.text(), b.width(), b.chars()));
            prop_assert!(b.cells().is_empty());
        }
    }

    #[test]
    fn layout_invariants(text in text(), options in options(), rtl in any::<bool>()) {
        let dir = if rtl { Direction::Rtl } else { Direction::Ltr };
        let layout = layout_paragraph(&text, dir, &options);
        let n = text.chars().count() as u32;
        let chars: Vec<char> = text.chars().collect();
        let mut line_of = vec![0u32; n as usize];
        let mut cell_of = vec![0u32; n as usize];
        let mut next = 0u32;
        for line in layout.lines() {
            // Lines cover the paragraph in order, without gaps or overlaps.
            prop_assert_eq!(line.chars().start, next);
            next = line.chars().end;
            if options.width > 0 {
                prop_assert!(line.width() <= options.width, "line {} wide at width {}", line.width(), options.width);
            }
            prop_assert!(!line.text().chars().any(is_forbidden), "control in output {:?}", line.text());
            let mut x = 0;
            for cell in line.cells() {
                prop_assert_eq!(cell.x, x);
                x += cell.width;
                for k in cell.chars.clone() {
                    prop_assert!(line.chars().contains(&k));
                    cell_of[k as usize] += 1;
                }
            }
            prop_assert_eq!(x, line.width());
            if options.bidi == BidiMode::Terminal {
                // The terminal reorders: cells stay in logical order.
                prop_assert!(line.cells().windows(2).all(|w| w[0].chars.end <= w[1].chars.start));
            }
            for k in line.chars() {
                line_of[k as usize] += 1;
            }
        }
        prop_assert_eq!(next, n);
        for k in 0..n as usize {
            prop_assert_eq!(line_of[k], 1, "char {} on {} lines", k, line_of[k]);
            prop_assert!(cell_of[k] <= 1, "char {} in {} cells", k, cell_of[k]);
            let c = chars[k];
            let may_hide = is_invisible_format(c) || c.is_whitespace() && c != '\u{2028}' && c != '\u{2029}';
            if !may_hide {
                prop_assert_eq!(cell_of[k], 1, "char {:?} ({}) shown in no cell", c, k);
            }
        }
    }

    #[test]
    fn glyphs_take_no_more_room_than_their_cells(
        text in wide_text(),
        options in options(),
        rtl in any::<bool>(),
    ) {
        use unicode_width::UnicodeWidthStr;
        let dir = if rtl { Direction::Rtl } else { Direction::Ltr };
        let layout = layout_paragraph(&text, dir, &options);
        for line in layout.lines() {
            let mut shown = 0;
            for cell in line.cells() {
                if cell.kind == hamish::text::cluster::ClusterKind::Tab {
                    shown += cell.width;
                    continue;
                }
                let glyph = line.glyph(cell);
                let w = glyph.width() as u32;
                prop_assert!(w <= cell.width, "{:?} takes {} cells, laid out in {}", glyph, w, cell.width);
                shown += w;
            }
            // A single cluster wider than the line (an emoji with spacing marks at width 2)
            // gets a line of its own and overflows it, as `wrap` documents.
            let alone = line.cells().len() == 1;
            if options.width > 0 && !alone {
                prop_assert!(shown <= options.width, "line {:?} takes {} cells at width {}", line.text(), shown, options.width);
            }
        }
    }

    #[test]
    fn map_finds_every_shown_char(text in text(), width in 2u32..40) {
        let options = LayoutOptions { width, ..LayoutOptions::default() };
        let layout = layout_paragraph(&text, Direction::Rtl, &options);
        for (li, line) in layout.lines().enumerate() {
            for (ci, cell) in line.cells().iter().enumerate() {
                for k in cell.chars.clone() {
                    let pos = layout.locate(k).unwrap();
                    prop_assert_eq!((pos.line, pos.cell), (li, Some(ci)));
                }
                let segs = layout.segments(cell.chars.clone());
                prop_assert_eq!(segs.len(), 1);
                prop_assert_eq!(segs[0].columns.clone(), cell.x..cell.x + cell.width);
            }
        }
    }
}

#[test]
fn a_latin_name_inside_arabic_is_two_segments_when_split() {
    // "قال Vladimir Putin اليوم" in an RTL paragraph: selecting from the middle of the Latin name
    // into the Arabic gives two visual segments on the line.
    let text = "قال Vladimir Putin اليوم";
    let layout = layout_paragraph(
        text,
        Direction::Rtl,
        &LayoutOptions {
            width: 0,
            ..Default::default()
        },
    );
    let start = text.chars().position(|c| c == 'P').unwrap() as u32;
    let end = text.chars().count() as u32;
    let segs = layout.segments(start..end);
    assert_eq!(segs.len(), 2, "{segs:?}");
    assert!(segs.iter().all(|s| s.line == 0));
}
