//! Arabic-script shaping for terminals that do not shape: letters to presentation forms.
//!
//! Each letter becomes its isolated, initial, medial or final presentation form (Unicode blocks
//! Arabic Presentation Forms-A and -B) depending on whether it joins the letters around it, and
//! lam followed by alef becomes one lam-alef ligature. This covers Arabic, Persian, Urdu and
//! Uyghur letters: every letter of U+0600..U+06FF that has presentation forms in Unicode. The
//! tables are generated from the Unicode data files into `shaping_table.rs`.
//!
//! Joining follows Unicode (ArabicShaping.txt, chapter 9.2 of the standard): a char joins the one
//! before it when the nearest char before it that is not transparent (harakat and other marks,
//! format chars) joins forward (joining type D, L or C) and the char itself joins backward (R, D
//! or C). Tatweel and zero width joiner are join-causing (C); zero width non-joiner, spaces,
//! digits, punctuation and every other script are non-joining (U).
//!
//! Deliberate differences from GNU FriBidi (`fribidi` with its default Arabic flags):
//! - lam + harakat + alef (e.g. "لَا") is a lam-alef ligature carrying the harakat, where FriBidi
//!   gives a separate lam and alef, because it only ligates adjacent chars. The lam-alef ligature
//!   is mandatory in Arabic script and vowel marks do not prevent it in any font-based shaper
//!   (HarfBuzz, Uniscribe, CoreText skip marks when ligating), so vocalized text (the Quran,
//!   schoolbooks, poetry) would otherwise show a lam-alef spelled out, which reads as wrong.
//!   Only marks (general category Mn or Me) may sit in between: a format char (RLM, ZWJ…) or a
//!   tatweel keeps lam and alef apart, as in FriBidi.
//! - A letter lacking the form it needs shows a neighbouring form (medial → final, initial or
//!   final → isolated: noon ghunna ں, U+0677 ٷ) where FriBidi leaves the letter unchanged.
//! - U+FEFF never comes out: FriBidi uses it as the placeholder for the absorbed char of a
//!   ligature; here that char is `None`, and a U+FEFF in the text (a zero width no-break space,
//!   the deprecated use of the byte order mark) becomes U+2060 WORD JOINER, its modern spelling.

use std::cmp::Ordering;

use super::shaping_table::{Joining, ARABIC_JOINING, FORMS, FORMS_FIRST, JOINING_RANGES, LAM_ALEF};

pub(super) const LAM: char = '\u{0644}';

/// Writes into `out` one entry per char of `text`: `Some(glyph)` to show in its place, or `None`
/// for a char absorbed into the ligature of the char before it (alef after lam).
///
/// `text` is a paragraph in logical order. Marks, non-Arabic chars, zero width joiner and
/// non-joiner are kept as they are (`Some(same char)`), except U+FEFF (see the module docs).
pub fn shape(text: &str, out: &mut Vec<Option<char>>) {
    out.clear();
    // Only letters of U+0600..=U+06FF have presentation forms; in UTF-8 exactly these code
    // points have lead bytes 0xD8..=0xDB. Without any, nothing changes.
    if !text.bytes().any(|b| matches!(b, 0xD8..=0xDB)) {
        out.extend(text.chars().map(|c| Some(unshaped(c))));
        return;
    }

    // The last char that was not transparent, if it joins forward (D, L, C): written to `out`
    // as not joining the next char, and rewritten if the next one joins it.
    let mut previous: Option<Joiner> = None;
    // Whether only marks came after `previous` (a lam-alef ligature may span them).
    let mut only_marks = true;
    for c in text.chars() {
        let joining = joining_type(c);
        match joining {
            Joining::T => {
                out.push(Some(c));
                continue;
            }
            Joining::Tf => {
                out.push(Some(unshaped(c)));
                only_marks = false;
                continue;
            }
            _ => {}
        }
        let joins_previous = match previous {
            Some(p) if matches!(joining, Joining::R | Joining::D | Joining::C) => {
                if p.c == LAM && only_marks {
                    if let Some((isolated, fin)) = lam_alef(c) {
                        // The ligature takes the lam's place; it joins what the lam joined
                        // before it, and nothing after it (alef is right-joining).
                        out[p.index] = Some(if p.joins_previous { fin } else { isolated });
                        out.push(None);
                        previous = None;
                        continue;
                    }
                }
                out[p.index] = Some(form(p.c, p.joins_previous, true));
                true
            }
            _ => false,
        };
        out.push(Some(form(c, joins_previous, false)));
        previous = match joining {
            Joining::D | Joining::L | Joining::C => Some(Joiner {
                index: out.len() - 1,
                c,
                joins_previous,
            }),
            _ => None,
        };
        only_marks = true;
    }
}

/// A char that can join the next one.
#[derive(Clone, Copy)]
struct Joiner {
    /// Its index in `out`.
    index: usize,
    c: char,
    /// Whether it joins the char before it.
    joins_previous: bool,
}

/// The isolated and final forms of the lam-alef ligature of lam and `c`, when `c` is an alef.
#[inline]
pub(super) fn lam_alef(c: char) -> Option<(char, char)> {
    LAM_ALEF
        .iter()
        .find(|l| l.0 == c)
        .map(|&(_, isolated, fin)| (isolated, fin))
}

/// The presentation form of `c` for how it joins; `c` itself if it has none.
#[inline]
pub(super) fn form(c: char, joins_previous: bool, joins_next: bool) -> char {
    match FORMS.get((c as u32).wrapping_sub(FORMS_FIRST) as usize) {
        Some(forms) => forms[joins_previous as usize | (joins_next as usize) << 1],
        None => c,
    }
}

/// A char shaping leaves alone, as it is shown.
fn unshaped(c: char) -> char {
    if c == '\u{feff}' {
        '\u{2060}'
    } else {
        c
    }
}

/// The joining type of `c`: a direct lookup for U+0600..=U+06FF, a binary search elsewhere.
#[inline]
pub(super) fn joining_type(c: char) -> Joining {
    let cp = c as u32;
    if let Some(&joining) = ARABIC_JOINING.get(cp.wrapping_sub(0x600) as usize) {
        return joining;
    }
    // ASCII and most of Latin-1 come before the first range.
    if cp < JOINING_RANGES[0].0 {
        return Joining::U;
    }
    JOINING_RANGES
        .binary_search_by(|&(first, last, _)| {
            if last < cp {
                Ordering::Less
            } else if first > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .map_or(Joining::U, |i| JOINING_RANGES[i].2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shaped(text: &str) -> Vec<Option<char>> {
        let mut out = vec![Some('x'); 3]; // `shape` must clear what was there
        shape(text, &mut out);
        assert_eq!(out.len(), text.chars().count(), "{text:?}");
        assert!(!out.contains(&Some('\u{feff}')), "{text:?}");
        out
    }

    /// Shaped code points, `None` as 0.
    fn cps(text: &str) -> Vec<u32> {
        shaped(text)
            .into_iter()
            .map(|g| g.map_or(0, |c| c as u32))
            .collect()
    }

    #[test]
    fn four_forms_of_a_dual_joining_letter() {
        // beh: isolated, initial, medial, final.
        assert_eq!(cps("ب"), [0xFE8F]);
        assert_eq!(cps("بب"), [0xFE91, 0xFE90]);
        assert_eq!(cps("ببب"), [0xFE91, 0xFE92, 0xFE90]);
        // seen, ain, heh: each form differs visibly.
        assert_eq!(cps("سعه"), [0xFEB3, 0xFECC, 0xFEEA]);
        assert_eq!(cps("عهس"), [0xFECB, 0xFEEC, 0xFEB2]);
    }

    #[test]
    fn right_joining_letters_do_not_join_the_next_one() {
        // beh alef beh: alef final, then beh alone.
        assert_eq!(cps("باب"), [0xFE91, 0xFE8E, 0xFE8F]);
        // dal, reh, waw at word start and after a joining letter.
        assert_eq!(cps("درو"), [0xFEA9, 0xFEAD, 0xFEED]);
        assert_eq!(
            cps("بد بر بو"),
            [0xFE91, 0xFEAA, 0x20, 0xFE91, 0xFEAE, 0x20, 0xFE91, 0xFEEE]
        );
        // teh marbuta and alef maksura are final after a joining letter.
        assert_eq!(cps("مة تى"), [0xFEE3, 0xFE94, 0x20, 0xFE97, 0xFEF0]);
    }

    #[test]
    fn words_of_an_article() {
        // "الرئيس الروسي": alef, lam initial, reh final, yeh-hamza initial, yeh medial, seen final.
        assert_eq!(
            cps("الرئيس"),
            [0xFE8D, 0xFEDF, 0xFEAE, 0xFE8B, 0xFEF4, 0xFEB2]
        );
        // Hamza never joins and stays as it is.
        assert_eq!(cps("بءب"), [0xFE8F, 0x0621, 0xFE8F]);
    }

    #[test]
    fn persian_letters() {
        // peh, tcheh, jeh, gaf, keheh, farsi yeh.
        assert_eq!(cps("پ"), [0xFB56]);
        assert_eq!(cps("بچب"), [0xFE91, 0xFB7D, 0xFE90]);
        assert_eq!(cps("ژ بژ"), [0xFB8A, 0x20, 0xFE91, 0xFB8B]);
        assert_eq!(cps("گل"), [0xFB94, 0xFEDE]);
        assert_eq!(cps("کی"), [0xFB90, 0xFBFD]);
        assert_eq!(cps("بیب ی"), [0xFE91, 0xFBFF, 0xFE90, 0x20, 0xFBFC]);
        // "می‌خواهم": the zero width non-joiner ends the first part.
        assert_eq!(
            cps("می\u{200c}خواهم"),
            [0xFEE3, 0xFBFD, 0x200C, 0xFEA7, 0xFEEE, 0xFE8D, 0xFEEB, 0xFEE2]
        );
    }

    #[test]
    fn urdu_letters() {
        // tteh, ddal, rreh, heh doachashmee, heh goal, yeh barree, noon ghunna.
        assert_eq!(cps("ٹ"), [0xFB66]);
        assert_eq!(cps("بٹب"), [0xFE91, 0xFB69, 0xFE90]);
        assert_eq!(cps("بڈ بڑ"), [0xFE91, 0xFB89, 0x20, 0xFE91, 0xFB8D]);
        assert_eq!(cps("ھ بھب"), [0xFBAA, 0x20, 0xFE91, 0xFBAD, 0xFE90]);
        assert_eq!(
            cps("ہ ہب بہ"),
            [0xFBA6, 0x20, 0xFBA8, 0xFE90, 0x20, 0xFE91, 0xFBA7]
        );
        assert_eq!(cps("ے بے"), [0xFBAE, 0x20, 0xFE91, 0xFBAF]);
        assert_eq!(cps("میں"), [0xFEE3, 0xFBFF, 0xFB9F]);
    }

    #[test]
    fn uyghur_letters() {
        // oe, yu, u, e, ng, ve, and the Uyghur initial and medial forms of alef maksura.
        assert_eq!(
            cps("بۆ بۈ بۇ"),
            [0xFE91, 0xFBDA, 0x20, 0xFE91, 0xFBDC, 0x20, 0xFE91, 0xFBD8]
        );
        assert_eq!(cps("ې بېب"), [0xFBE4, 0x20, 0xFE91, 0xFBE7, 0xFE90]);
        assert_eq!(cps("ڭ بڭب"), [0xFBD3, 0x20, 0xFE91, 0xFBD6, 0xFE90]);
        assert_eq!(cps("ۋ"), [0xFBDE]);
        assert_eq!(
            cps("ىبى بىب"),
            [0xFBE8, 0xFE92, 0xFEF0, 0x20, 0xFE91, 0xFBE9, 0xFE90]
        );
        // "ئۇيغۇر" (Uyghur).
        assert_eq!(
            cps("ئۇيغۇر"),
            [0xFE8B, 0xFBD8, 0xFEF3, 0xFED0, 0xFBD8, 0xFEAD]
        );
    }

    #[test]
    fn harakat_do_not_break_joining() {
        // beh fatha beh: still initial and final, the fatha kept as it is.
        assert_eq!(cps("بَب"), [0xFE91, 0x064E, 0xFE90]);
        // Several marks, superscript alef, and a mark at the end.
        assert_eq!(
            cps("ب\u{64e}\u{651}ب\u{670}ب\u{64f}"),
            [0xFE91, 0x064E, 0x0651, 0xFE92, 0x0670, 0xFE90, 0x064F]
        );
        // A format char (right-to-left mark) is transparent too.
        assert_eq!(cps("ب\u{200f}ب"), [0xFE91, 0x200F, 0xFE90]);
        // A mark with no letter before it.
        assert_eq!(cps("\u{064e}ب"), [0x064E, 0xFE8F]);
    }

    #[test]
    fn joiners() {
        // Zero width joiner makes a letter join on that side.
        assert_eq!(cps("ب\u{200d}"), [0xFE91, 0x200D]);
        assert_eq!(cps("\u{200d}ب"), [0x200D, 0xFE90]);
        assert_eq!(cps("\u{200d}ب\u{200d}"), [0x200D, 0xFE92, 0x200D]);
        // Zero width non-joiner breaks it.
        assert_eq!(cps("ب\u{200c}ب"), [0xFE8F, 0x200C, 0xFE8F]);
        assert_eq!(cps("ب\u{200c}\u{200d}ب"), [0xFE8F, 0x200C, 0x200D, 0xFE90]);
    }

    #[test]
    fn tatweel() {
        assert_eq!(cps("بـ"), [0xFE91, 0x0640]);
        assert_eq!(cps("ـب"), [0x0640, 0xFE90]);
        assert_eq!(cps("بـب"), [0xFE91, 0x0640, 0xFE90]);
        assert_eq!(cps("بـــب"), [0xFE91, 0x0640, 0x0640, 0x0640, 0xFE90]);
        assert_eq!(cps("ـ"), [0x0640]);
        // Tatweel after a right-joining letter does not join it.
        assert_eq!(cps("اـ"), [0xFE8D, 0x0640]);
    }

    #[test]
    fn left_joining_letters() {
        // PHAGS-PA SUPERFIXED LETTER RA is left-joining: a following beh joins it.
        assert_eq!(cps("\u{a872}ب"), [0xA872, 0xFE90]);
        assert_eq!(cps("ب\u{a872}"), [0xFE8F, 0xA872]);
    }

    #[test]
    fn lam_alef_at_word_start() {
        for (alef, isolated) in [('ا', 0xFEFB), ('أ', 0xFEF7), ('إ', 0xFEF9), ('آ', 0xFEF5)] {
            let word = format!("ل{alef}");
            assert_eq!(cps(&word), [isolated, 0], "{word}");
            assert_eq!(shaped(&word)[1], None);
            // Followed by a letter: the ligature does not join it.
            let word = format!("ل{alef}ب");
            assert_eq!(cps(&word), [isolated, 0, 0xFE8F], "{word}");
            // After a right-joining letter or a space: still isolated.
            let word = format!("ال{alef} ل{alef}");
            assert_eq!(
                cps(&word),
                [0xFE8D, isolated, 0, 0x20, isolated, 0],
                "{word}"
            );
        }
    }

    #[test]
    fn lam_alef_after_a_joining_letter() {
        for (alef, fin) in [('ا', 0xFEFC), ('أ', 0xFEF8), ('إ', 0xFEFA), ('آ', 0xFEF6)] {
            let word = format!("بل{alef}");
            assert_eq!(cps(&word), [0xFE91, fin, 0], "{word}");
            // After a medial letter, and through a tatweel or a zero width joiner.
            let word = format!("ببل{alef}");
            assert_eq!(cps(&word), [0xFE91, 0xFE92, fin, 0], "{word}");
            let word = format!("ـل{alef}");
            assert_eq!(cps(&word), [0x0640, fin, 0], "{word}");
            let word = format!("\u{200d}ل{alef}");
            assert_eq!(cps(&word), [0x200D, fin, 0], "{word}");
        }
        // "سلام", "فلأن", "مثلاً": fathatan after the alef stays.
        assert_eq!(cps("سلام"), [0xFEB3, 0xFEFC, 0, 0xFEE1]);
        assert_eq!(cps("مثلاً"), [0xFEE3, 0xFE9C, 0xFEFC, 0, 0x064B]);
    }

    #[test]
    fn lam_alef_with_harakat_in_between() {
        // Unlike FriBidi (see the module docs): the ligature forms and carries the marks.
        assert_eq!(cps("لَا"), [0xFEFB, 0x064E, 0]);
        assert_eq!(
            cps("بل\u{651}\u{64e}ا"),
            [0xFE91, 0xFEFC, 0x0651, 0x064E, 0]
        );
        assert_eq!(cps("لٰأ"), [0xFEF7, 0x0670, 0]);
    }

    #[test]
    fn lam_and_alef_kept_apart() {
        // Tatweel, joiners, format chars between them: separate letters, joined when they join.
        assert_eq!(cps("لـا"), [0xFEDF, 0x0640, 0xFE8E]);
        assert_eq!(cps("ل\u{200d}ا"), [0xFEDF, 0x200D, 0xFE8E]);
        assert_eq!(cps("ل\u{200f}ا"), [0xFEDF, 0x200F, 0xFE8E]);
        assert_eq!(cps("ل\u{200c}ا"), [0xFEDD, 0x200C, 0xFE8D]);
        assert_eq!(cps("ل ا"), [0xFEDD, 0x20, 0xFE8D]);
        // Alef before lam, and lam before other letters.
        assert_eq!(cps("ال"), [0xFE8D, 0xFEDD]);
        assert_eq!(cps("لب"), [0xFEDF, 0xFE90]);
        // Alef wasla has no ligature with lam.
        assert_eq!(cps("لٱ"), [0xFEDF, 0xFB51]);
        // Two alefs: only the first goes into the ligature.
        assert_eq!(cps("لاا"), [0xFEFB, 0, 0xFE8D]);
    }

    #[test]
    fn missing_forms_fall_back() {
        // Noon ghunna has no initial or medial form: isolated and final stand in.
        assert_eq!(cps("ںب"), [0xFB9E, 0xFE90]);
        assert_eq!(cps("بںب"), [0xFE91, 0xFB9F, 0xFE90]);
        // U+0677 has no final form.
        assert_eq!(cps("بٷ"), [0xFE91, 0xFBDD]);
        // Kashmiri yeh has no form at all: kept, and its neighbours still join it.
        assert_eq!(cps("بؠب"), [0xFE91, 0x0620, 0xFE90]);
        // Arabic Supplement letters have none either.
        assert_eq!(cps("بݐب"), [0xFE91, 0x0750, 0xFE90]);
    }

    #[test]
    fn other_chars_unchanged() {
        for text in [
            "",
            "abc 123",
            "«» “x” – é\u{301}",
            "中文\t!",
            "\u{10a00}\u{1e900}",
        ] {
            let want: Vec<Option<char>> = text.chars().map(Some).collect();
            assert_eq!(shaped(text), want, "{text:?}");
        }
        // Digits, punctuation, Latin around Arabic: kept, and they break joining.
        assert_eq!(
            cps("ب1ب،ب.bب ٣"),
            [0xFE8F, 0x31, 0xFE8F, 0x060C, 0xFE8F, 0x2E, 0x62, 0xFE8F, 0x20, 0x0663]
        );
    }

    #[test]
    fn no_byte_order_mark_comes_out() {
        assert_eq!(cps("\u{feff}"), [0x2060]);
        assert_eq!(cps("ب\u{feff}ب"), [0xFE91, 0x2060, 0xFE90]);
        assert_eq!(cps("a\u{feff}"), [0x61, 0x2060]);
    }

    #[test]
    fn out_is_reused() {
        let mut out = Vec::new();
        shape("بببببب", &mut out);
        shape("لا", &mut out);
        assert_eq!(out, [Some('\u{fefb}'), None]);
        shape("ab", &mut out);
        assert_eq!(out, [Some('a'), Some('b')]);
    }

    #[test]
    fn joining_types_outside_the_arabic_block() {
        assert_eq!(joining_type('a'), Joining::U);
        assert_eq!(joining_type('\u{ad}'), Joining::Tf);
        assert_eq!(joining_type('\u{301}'), Joining::T);
        assert_eq!(joining_type('\u{200d}'), Joining::C);
        assert_eq!(joining_type('\u{200c}'), Joining::U);
        assert_eq!(joining_type('\u{0712}'), Joining::D); // Syriac beth
        assert_eq!(joining_type('\u{08a0}'), Joining::D); // beh with small v below
        assert_eq!(joining_type('\u{fe8f}'), Joining::U); // presentation forms do not join
        assert_eq!(joining_type('\u{10ffff}'), Joining::U);
        assert_eq!(joining_type('\u{e0020}'), Joining::Tf); // tag space
    }

    /// The alphabet of the property test: letters (lam and alefs often), marks, joiners,
    /// tatweel, Latin, digits and spaces.
    const ALPHABET: &[char] = &[
        'ل', 'ل', 'ل', 'ا', 'أ', 'إ', 'آ', 'ا', 'ب', 'ة', 'د', 'ء', 'ى', 'ی', 'پ', 'ک', 'گ', 'ں',
        'ھ', 'ے', 'ۆ', 'ۇ', 'ې', 'ٷ', 'ؠ', '\u{64b}', '\u{64e}', '\u{651}', '\u{670}', '\u{655}',
        '\u{200d}', '\u{200c}', '\u{200f}', 'ـ', 'a', 'Z', '1', '٣', ' ', ' ', '\u{feff}',
    ];

    fn is_arabic_letter(c: char) -> bool {
        ('\u{622}'..='\u{6d3}').contains(&c)
    }

    fn is_presentation_form(c: char) -> bool {
        ('\u{fb50}'..='\u{fdff}').contains(&c) || ('\u{fe70}'..='\u{fefc}').contains(&c)
    }

    fn is_mark(c: char) -> bool {
        joining_type(c) == Joining::T
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn shaping_keeps_its_promises(
            chars in prop::collection::vec(prop::sample::select(ALPHABET), 0..40)
        ) {
            let text: String = chars.iter().collect();
            let mut out = Vec::new();
            shape(&text, &mut out);
            prop_assert_eq!(out.len(), chars.len());
            for (i, (&c, &g)) in chars.iter().zip(&out).enumerate() {
                prop_assert_ne!(g, Some('\u{feff}'));
                match g {
                    None => {
                        // An alef right after a lam, possibly after the lam's marks.
                        prop_assert!(LAM_ALEF.iter().any(|l| l.0 == c));
                        let lam = chars[..i].iter().rposition(|&p| !is_mark(p));
                        prop_assert!(lam.is_some_and(|l| chars[l] == LAM), "{:?}", text);
                        let lam = lam.unwrap();
                        let ligature = out[lam].unwrap();
                        prop_assert!(LAM_ALEF.iter().any(|l| l.1 == ligature || l.2 == ligature));
                    }
                    Some(g) if g == c || (c == '\u{feff}' && g == '\u{2060}') => {}
                    Some(g) => {
                        // A presentation form of an Arabic letter.
                        prop_assert!(is_arabic_letter(c), "{:?}", text);
                        prop_assert!(is_presentation_form(g), "{:?}", text);
                    }
                }
            }
        }
    }
}
