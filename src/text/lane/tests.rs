//! The fast lane's tests: whatever it lays out, the general path lays out alike.

use super::super::layout::{lane_options, BidiMode, LayoutOptions, Layouter, Shaping};
use super::*;
use proptest::prelude::*;

/// Chars the lane takes in right-to-left text (letters joining every way, lam, alefs,
/// tatweel, harakat, spaces, mirrored brackets, punctuation).
const RTL: &[char] = &[
    'ب', 'ل', 'ل', 'ا', 'أ', 'آ', 'م', 'ي', 'ة', 'د', 'ـ', '\u{64b}', '\u{64e}', '\u{651}', 'א',
    'ש', ' ', ' ', ' ', '\u{a0}', '(', ')', '«', '»', '.', '،', '؟', '-', '+', '%', '"', '“', '”',
    '–', '…', '•', '[', '<', '1', '2', '٣', '٤', '۵', '٫', '٪', '#', '$', ',', ':', '/',
];
/// Chars the lane takes in left-to-right text.
const LTR: &[char] = &[
    'a', 'Z', 'k', '1', '0', ' ', ' ', ' ', '\u{a0}', '(', ')', '«', '»', '.', ',', '-', '+', '%',
    '"', '“', '”', '–', '…', '•', '/', '\u{64e}',
];
/// Chars that send a paragraph to the general path (a tab, a digit or a letter of the other
/// direction, an emoji, a combining acute, a control, an RLM, ZWJ, a wide char).
const OTHER: &[char] = &[
    'ب', 'a', '٣', '\t', '😀', '\u{301}', '\u{1b}', '\u{200f}', '\u{200d}', '中',
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
        bidi: if terminal {
            BidiMode::Terminal
        } else {
            BidiMode::App
        },
        shaping: if shaping {
            Shaping::Forms
        } else {
            Shaping::None
        },
    }
}

/// The lane's layout (when it takes `text`) and the general path's.
fn both(
    text: &str,
    rtl: bool,
    options: &LayoutOptions,
) -> Option<(ParagraphLayout, ParagraphLayout)> {
    let direction = if rtl { Direction::Rtl } else { Direction::Ltr };
    let mut fast = ParagraphLayout::default();
    let mut lane = Lane::default();
    if !lane.lay(text, direction, lane_options(options), &mut fast) {
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
    let rtl = "قال «الرئيس» لا، إن الأمر (كما قيل) – انتهى… بَلْ “نعم” שלום 24,5% ٣٫٤ 1-2 $3";
    let ltr = "He said (no) – \"yes\" 24 times…";
    for width in [0, 7, 80] {
        for (text, is_rtl) in [(rtl, true), (ltr, false)] {
            let (fast, general) = both(text, is_rtl, &options(width, false, true)).unwrap();
            assert_eq!(lines(&fast), lines(&general), "{text:?} at {width}");
        }
    }
    let leaves = |text: &str, rtl| both(text, rtl, &options(80, false, true)).is_none();
    assert!(
        leaves("عدد 2a", true),
        "a left-to-right letter in right-to-left text"
    );
    assert!(leaves("عدد 2\u{64e}", true), "a number with a mark");
    assert!(leaves("a ب", false), "Arabic in left-to-right text");
    assert!(leaves("لَا", true), "harakat inside lam-alef");
    assert!(leaves("\u{64e}ب", true), "a mark with no base");
    assert!(leaves("ب\tب", true));
    assert!(
        both("عدد 24", true, &options(80, true, true)).is_some(),
        "terminal mode"
    );
}

/// Chars of every break class the lane knows, and one it does not (a tab).
const BREAKS: &[char] = &[
    'a', 'ب', 'א', '1', '٣', ' ', ' ', '\u{a0}', '"', '«', '(', '[', '}', ')', ']', '!', '؟', ',',
    '.', '/', '$', '+', '%', '-', '|', '–', '—', '…', '\u{64e}', '\t',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]
    /// The lane's break opportunities are unicode-linebreak's.
    #[test]
    fn the_lanes_breaks_are_unicode_linebreaks(
        v in prop::collection::vec(prop::sample::select(BREAKS), 0..12),
    ) {
        let text: String = v.into_iter().collect();
        // Units as the lane makes them: a mark joins the char before it.
        let mut starts = Vec::new();
        let mut classes = Vec::new();
        for (i, c) in text.char_indices() {
            let class = breaks::class_of(c);
            match (class, classes.last_mut()) {
                (breaks::class::CM, Some(last)) => {
                    if *last == breaks::class::SP {
                        *last = breaks::class::OTHER;
                    }
                }
                _ => {
                    starts.push(i);
                    classes.push(class);
                }
            }
        }
        let mut units: Vec<(u8, bool)> = classes.iter().map(|&c| (c, true)).collect();
        if breaks::opportunities(units.iter_mut().map(|(c, opens)| (*c, opens))) {
            let allowed: Vec<bool> = units.iter().map(|u| u.1).collect();
            let want: Vec<bool> = {
                let at: Vec<usize> = unicode_linebreak::linebreaks(&text).map(|(b, _)| b).collect();
                starts.iter().map(|s| at.contains(s)).collect()
            };
            prop_assert_eq!(allowed, want, "{:?}", text);
        }
    }
}
