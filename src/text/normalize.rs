//! Folding text for matching: search and annotation re-anchoring compare folded copies, then map
//! matches back to real char offsets.
//!
//! Folding drops harakat (U+064B–U+065F, U+0670), tatweel, bidi marks and other invisible format
//! characters; maps أ إ آ ٱ → ا, ى → ي, ة → ه; lowercases letters; turns every run of whitespace
//! into one space. Knows nothing about layout or terminals.

use std::ops::Range;

use super::sanitize::is_invisible_format;

/// A folded copy of some text, with the source char offset of each folded char.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each char of `text`, the char offset in the source it came from.
    pub origin: Vec<u32>,
    /// Length of the source in chars.
    pub source_len: u32,
}

/// What a single char folds to: `None` when it is dropped.
pub fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' => None,
        c if is_invisible_format(c) => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        c if c.is_whitespace() => Some(' '),
        c if c.is_ascii() => Some(c.to_ascii_lowercase()),
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

/// Folds `source`.
pub fn fold(source: &str) -> Folded {
    let mut f = Folded {
        text: String::with_capacity(source.len()),
        origin: Vec::with_capacity(source.len() / 2),
        source_len: 0,
    };
    let mut in_space = false;
    for (i, c) in source.chars().enumerate() {
        f.source_len = i as u32 + 1;
        let Some(g) = fold_char(c) else { continue };
        if g == ' ' {
            if in_space {
                continue;
            }
            in_space = true;
        } else {
            in_space = false;
        }
        f.text.push(g);
        f.origin.push(i as u32);
    }
    f
}

impl Folded {
    /// The source char range covered by folded chars `range`: from the source of its first char
    /// to just before the source of the next folded char, so dropped marks after the last letter
    /// are included. A folded space stands for a whole run of whitespace: a range ending on one
    /// takes in the run.
    pub fn to_source(&self, range: Range<usize>) -> Range<usize> {
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
}
