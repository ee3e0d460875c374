//! Folding text for matching: search and annotation re-anchoring compare folded copies, then map
//! matches back to real char offsets.
//!
//! Folding drops harakat (U+064B–U+065F, U+0670), tatweel, bidi marks and other invisible format
//! characters; maps أ إ آ ٱ → ا; the letters Persian, Urdu and their neighbours write differently
//! from Arabic to the Arabic letter (yeh: ى ی ې ۍ ے ۓ → ي; kaf: ک ڪ → ك; heh: ہ ە ھ ۀ ۂ and
//! teh marbuta ة ۃ → ه); Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits to ASCII
//! digits, and the Arabic decimal and thousands separators and percent sign to `.` `,` `%`;
//! lowercases letters; turns every run of whitespace into one space. Every char folds to at most
//! one char, so a folded copy maps back to source offsets char for char (see [`Folded::origin`]).
//! Knows nothing about layout or terminals.

use std::ops::Range;

use super::sanitize::is_invisible_format;

/// A folded copy of some text, with the source char offset of each folded char.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Folded {
    /// The folded text.
    pub text: String,
    /// For each char of `text`, the char offset in the source it came from.
    pub origin: Vec<u32>,
    /// Length of the source in chars.
    pub source_len: u32,
}

/// What a single char folds to: `None` when it is dropped.
pub(crate) fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{0600}'..='\u{06ff}' => fold_arabic(c),
        c if c.is_ascii() => Some(if c.is_whitespace() {
            ' '
        } else {
            c.to_ascii_lowercase()
        }),
        c if is_invisible_format(c) => None,
        c if c.is_whitespace() => Some(' '),
        c if c.is_uppercase() => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => Some(c),
            }
        }
        c => Some(c),
    }
}

/// [`fold_char`] for the Arabic block (U+0600–U+06FF), which has no case and no whitespace.
fn fold_arabic(c: char) -> Option<char> {
    let digit = |zero: u32| char::from(b'0' + (c as u32 - zero) as u8);
    Some(match c {
        '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' | '\u{061c}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ې' | 'ۍ' | 'ے' | 'ۓ' => 'ي',
        'ک' | 'ڪ' => 'ك',
        'ة' | 'ۃ' | 'ہ' | 'ە' | 'ھ' | 'ۀ' | 'ۂ' => 'ه',
        '٠'..='٩' => digit(0x0660),
        '۰'..='۹' => digit(0x06f0),
        '٫' => '.',
        '٬' => ',',
        '٪' => '%',
        c => c,
    })
}

/// Folds `source`.
pub fn fold(source: &str) -> Folded {
    let mut f = Folded {
        text: String::with_capacity(source.len()),
        origin: Vec::with_capacity(source.len() / 2),
        source_len: 0,
    };
    let push = |i: usize, g: char| {
        f.text.push(g);
        f.origin.push(i as u32);
    };
    f.source_len = for_each_folded(source, |_| false, push) as u32;
    f
}

/// Harakat: the marks that say how a word is voweled (U+064B–U+0652, U+0656–U+065F, U+0670).
/// Folding drops them; hamza and madda above or below (U+0653–U+0655) belong to letter forms.
pub(crate) fn is_haraka(c: char) -> bool {
    matches!(c, '\u{064b}'..='\u{0652}' | '\u{0656}'..='\u{065f}' | '\u{0670}')
}

/// `source` folded with its harakat kept (each run of marks in one order), trimmed: two texts
/// equal so say the same words voweled the same way. Re-anchoring uses it to tell a wording
/// change (harakat included: they can change the word) from a change of letter forms or spaces.
pub(crate) fn fold_keeping_harakat(source: &str) -> String {
    let mut chars: Vec<char> = Vec::with_capacity(source.len() / 2);
    for_each_folded(source, is_haraka, |_, g| chars.push(g));
    for run in chars.chunk_by_mut(|a, b| is_haraka(*a) && is_haraka(*b)) {
        run.sort_unstable();
    }
    chars.into_iter().collect::<String>().trim().to_string()
}

/// Calls `push` with the source char offset and folded form of each char `source` keeps
/// folded: whitespace runs become one space, chars `keep` says are kept as they are. Returns
/// the length of `source` in chars.
fn for_each_folded(
    source: &str,
    keep: impl Fn(char) -> bool,
    mut push: impl FnMut(usize, char),
) -> usize {
    let mut in_space = false;
    let mut len = 0;
    for (i, c) in source.chars().enumerate() {
        len = i + 1;
        let g = if keep(c) {
            c
        } else {
            match fold_char(c) {
                Some(g) => g,
                None => continue,
            }
        };
        if g == ' ' {
            if in_space {
                continue;
            }
            in_space = true;
        } else {
            in_space = false;
        }
        push(i, g);
    }
    len
}

impl Folded {
    /// The source char range covered by folded chars `range`: from the source of its first char
    /// to just before the source of the next folded char, so dropped marks after the last letter
    /// are included. A folded space stands for a whole run of whitespace: a range ending on one
    /// takes in the run.
    pub(crate) fn to_source(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let at = self.origin.get(range.start).map_or(self.source_len, |&o| o) as usize;
            return at..at;
        }
        let start = self.origin[range.start] as usize;
        let end = match self.origin.get(range.end) {
            Some(&next) => next as usize,
            None => self.source_len as usize,
        };
        // A match ending on a letter keeps the marks after it, not the whitespace or text the
        // next folded char stands for.
        let last = self.origin[range.end - 1] as usize;
        start..end.max(last + 1)
    }

    /// Source char ranges of all non-overlapping occurrences of the folded `needle`, in order.
    pub fn find_all(&self, needle: &str) -> Vec<Range<usize>> {
        let needle = fold(needle);
        let needle = needle.text.trim();
        if needle.is_empty() {
            return Vec::new();
        }
        let n = needle.chars().count();
        let mut out = Vec::new();
        let mut char_index = 0;
        let mut byte_seen = 0;
        for (b, _) in self.text.match_indices(needle) {
            char_index += self.text[byte_seen..b].chars().count();
            byte_seen = b;
            out.push(self.to_source(char_index..char_index + n));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_arabic_forms_marks_and_case() {
        assert_eq!(fold("الإسلام").text, "الاسلام");
        assert_eq!(fold("عسكرياً").text, "عسكريا");
        assert_eq!(fold("مـــدرسة على").text, "مدرسه علي");
        assert_eq!(fold("Putin  \t SAID\u{200f}").text, "putin said");
    }

    #[test]
    fn matches_map_back_to_source_offsets() {
        let src = "قال: ليس تحالفاً عسكرياً، بل تعاون";
        let f = fold(src);
        let hits = f.find_all("عسكريا");
        assert_eq!(hits.len(), 1);
        let r = hits[0].clone();
        let shown: String = src.chars().skip(r.start).take(r.len()).collect();
        assert_eq!(shown, "عسكرياً");
        let hits = f.find_all("تحالفا عسكريا");
        let shown: String = src
            .chars()
            .skip(hits[0].start)
            .take(hits[0].len())
            .collect();
        assert_eq!(shown, "تحالفاً عسكرياً");
        assert!(f.find_all("   ").is_empty());
        assert_eq!(fold("AbC").find_all("abc"), vec![0..3]);
    }

    /// Chars of `src` in the source range `r`.
    fn at(src: &str, r: Range<usize>) -> String {
        src.chars().skip(r.start).take(r.len()).collect()
    }

    #[test]
    fn persian_and_urdu_letters_fold_with_the_arabic_ones() {
        // Persian news, as a Persian site writes it (ی U+06CC, ک U+06A9, ۀ, digits ۰–۹).
        let fa = "به گزارش خبرگزاری ایسنا، وزیر خارجه روز ۱۴ اسفند ۱۴۰۲ در مسکو با همتای روسی خود \
                  دیدار کرد و دربارهٔ توسعۀ همکاری‌ها گفت‌وگو کرد.";
        let hits = fold(fa).find_all("مسكو");
        assert_eq!(
            hits.iter().map(|r| at(fa, r.clone())).collect::<Vec<_>>(),
            ["مسکو"]
        );
        assert_eq!(at(fa, fold(fa).find_all("14")[0].clone()), "۱۴");
        assert_eq!(at(fa, fold(fa).find_all("ايسنا")[0].clone()), "ایسنا");
        // ۀ is ه with hamza above, whichever way it is written.
        assert_eq!(fold("توسعۀ").text, fold("توسعهٔ").text);
        // The zero-width non-joiner of همکاری‌ها is invisible to matching.
        assert_eq!(
            at(fa, fold(fa).find_all("توسعه همكاريها")[0].clone()),
            "توسعۀ همکاری\u{200c}ها"
        );
        // Urdu: yeh barree ے, heh goal ہ, do-chashmi heh ھ in aspirates, Urdu digits.
        let ur = "وزیر اعظم نے کہا کہ پاکستان اور چین کے درمیان ۲۰۲۲ میں تجارت بڑھی، \
                  اور لاہور میں ہونے والے اجلاس میں معاہدے پر دستخط ہوئے۔";
        let f = fold(ur);
        assert_eq!(at(ur, f.find_all("لاهور")[0].clone()), "لاہور");
        assert_eq!(at(ur, f.find_all("2022")[0].clone()), "۲۰۲۲");
        assert_eq!(at(ur, f.find_all("كها")[0].clone()), "کہا");
        assert_eq!(fold("بھارت").text, fold("بهارت").text);
        assert_eq!(fold("معاہدے").text, "معاهدي");
        // Arabic-Indic digits, separators and percent sign; teh marbuta goal.
        let ar = "ارتفع التضخم إلى ١٤٫٥٪ في عام ٢٠٢٢ بحسب الهيئة";
        assert_eq!(at(ar, fold(ar).find_all("14.5%")[0].clone()), "١٤٫٥٪");
        assert_eq!(at(ar, fold(ar).find_all("۲۰۲۲")[0].clone()), "٢٠٢٢");
        assert_eq!(
            fold("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ١٬٠٠٠").text,
            "0123456789 0123456789 1,000"
        );
        assert_eq!(fold("صلوۃ").text, fold("صلوة").text);
        // Letters that are other letters stay apart: gaf, kaf with ring, yeh with hamza.
        assert_ne!(fold("گ").text, fold("ك").text);
        assert_ne!(fold("ګ").text, fold("ك").text);
        assert_ne!(fold("ئ").text, fold("ي").text);
    }

    #[test]
    fn keeping_harakat_tells_a_voweling_apart_but_not_letter_forms() {
        assert_ne!(fold_keeping_harakat("عَلِمَ"), fold_keeping_harakat("عُلِّمَ"));
        assert_ne!(fold_keeping_harakat("علم"), fold_keeping_harakat("عَلِمَ"));
        // Shadda and fatha in either order (NFC reorders them) are one voweling.
        assert_eq!(fold_keeping_harakat("شدَّ"), fold_keeping_harakat("شدَّ"));
        assert_eq!(
            fold_keeping_harakat(" مسکو  ی "),
            fold_keeping_harakat("مسكو ي")
        );
        assert_eq!(fold_keeping_harakat("أحمد\u{0640}"), "احمد");
    }

    proptest::proptest! {
        #[test]
        fn folding_maps_every_char_back_to_its_source(
            src in "[ \n\t\u{0621}-\u{0670}\u{06a9}-\u{06f9}a-zA-Z0-9\u{200f}]{0,60}",
        ) {
            let f = fold(&src);
            let n = src.chars().count();
            proptest::prop_assert_eq!(f.source_len as usize, n);
            proptest::prop_assert_eq!(f.text.chars().count(), f.origin.len());
            proptest::prop_assert!(f.origin.windows(2).all(|w| w[0] < w[1]));
            let chars: Vec<char> = src.chars().collect();
            for (g, &o) in f.text.chars().zip(&f.origin) {
                // Each folded char is what its source char folds to (a space may stand for
                // any whitespace).
                proptest::prop_assert!((o as usize) < n);
                let want = fold_char(chars[o as usize]);
                proptest::prop_assert_eq!(Some(g), want);
            }
            // Every match of a piece of the text slices source text that folds to it.
            let piece: String = f.text.chars().skip(n / 3).take(4).collect();
            for r in f.find_all(&piece) {
                proptest::prop_assert!(r.start < r.end && r.end <= n);
                let found = fold(&at(&src, r)).text;
                proptest::prop_assert_eq!(found.trim(), piece.trim());
            }
        }
    }
}
