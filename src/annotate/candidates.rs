//! Candidate places for one annotation in the folded text, and the choice among them.
//!
//! Cheapest first: the expected places (stored offset, and the offset shifted as the previous
//! annotation was) with quote and whole context equal; then every exact occurrence with whole
//! context equal; otherwise every occurrence within the error bound — exact ones included — is
//! scored, so an exact copy elsewhere competes on equal terms with an edited passage in its own
//! context. Positions here are in the folded text. Knows nothing about files or terminals.

use std::ops::Range;

use super::folded_text::FoldedText;
use super::fuzzy::{anchored, search, Alphabet};
use super::model::Annotation;
use super::score::{max_errors, Evidence};
use crate::text::normalize::fold;

/// At most this many approximate occurrences are scored (the fewest-error ones), so a very short
/// quote in a very long text cannot take unbounded time.
const MAX_CANDIDATES: usize = 2000;

/// An annotation's quote and context, folded and encoded.
pub(crate) struct Pattern {
    pub(crate) prefix: Vec<u16>,
    pub(crate) quote: Vec<u16>,
    pub(crate) suffix: Vec<u16>,
}

impl Pattern {
    /// Folds prefix, quote and suffix together (so whitespace runs across their borders fold as
    /// they do in the article) and splits them again. Spaces at the quote's ends go to the
    /// context: a match starts and ends on something visible.
    pub(crate) fn new(a: &Annotation, alphabet: &Alphabet) -> Pattern {
        let lp = a.prefix.chars().count() as u32;
        let le = a.exact.chars().count() as u32;
        let joined = [a.prefix.as_str(), a.exact.as_str(), a.suffix.as_str()].concat();
        let f = fold(&joined);
        let (mut prefix, mut quote, mut suffix) = (Vec::new(), Vec::new(), Vec::new());
        for (c, &o) in f.text.chars().zip(&f.origin) {
            match o {
                o if o < lp => prefix.push(c),
                o if o < lp + le => quote.push(c),
                _ => suffix.push(c),
            }
        }
        let lead = quote.iter().take_while(|&&c| c == ' ').count();
        prefix.extend(quote.drain(..lead));
        let trail = quote.iter().rev().take_while(|&&c| c == ' ').count();
        let tail = quote.split_off(quote.len() - trail);
        suffix.splice(0..0, tail);
        let trim_start = prefix.iter().take_while(|&&c| c == ' ').count();
        prefix.drain(..trim_start);
        while suffix.last() == Some(&' ') {
            suffix.pop();
        }
        Pattern {
            prefix: alphabet.encode(prefix),
            quote: alphabet.encode(quote),
            suffix: alphabet.encode(suffix),
        }
    }
}

/// The best place for `pattern` (folded range) with its confidence, or `None` when nothing lies
/// within the error bound. `expected` are source char offsets where it is likeliest to be.
pub(crate) fn best_candidate(
    text: &FoldedText,
    pattern: &Pattern,
    expected: [usize; 2],
    text_len: usize,
) -> Option<(Range<usize>, f32)> {
    let ctx = Context {
        text,
        pattern,
        expected,
        text_len,
    };
    let q = &pattern.quote;
    let n = q.len();
    for &e in &expected {
        let fs = text.position_of(e);
        if text.symbols.get(fs..fs + n) == Some(q.as_slice()) && ctx.whole_context(fs, fs + n) {
            return Some((fs..fs + n, 1.0));
        }
    }
    let exact = find_all(&text.symbols, q);
    if let Some(&fs) = exact
        .iter()
        .filter(|&&fs| ctx.whole_context(fs, fs + n))
        .min_by_key(|&&fs| ctx.distance(fs))
    {
        return Some((fs..fs + n, 1.0));
    }
    let k = max_errors(n);
    let mut hits = search(q, &text.symbols, text.alphabet.len(), k);
    if hits.len() > MAX_CANDIDATES {
        hits.sort_by_key(|h| h.errors);
        hits.truncate(MAX_CANDIDATES);
    }
    let unique = hits.len() == 1;
    let reversed: Vec<u16> = q.iter().rev().copied().collect();
    // Ranked, then nearest an expected place, then nearest the stored offsets: an exact copy at
    // the stored offsets is not passed over for an equal one where the previous annotation's
    // shift points.
    let mut best: Option<(f32, Nearness, Range<usize>, f32)> = None;
    for hit in hits {
        let window = text.symbols[..hit.end].iter().rev().take(n + k).copied();
        let (errors, used) = anchored(&reversed, window);
        let range = hit.end - used..hit.end;
        let evidence = ctx.evidence(range.clone(), errors, unique);
        let rank = evidence.rank();
        let distance = (evidence.distance, ctx.distance_from_stored(range.start));
        let better = match &best {
            None => true,
            Some((r, d, _, _)) => rank > *r || (rank == *r && distance < *d),
        };
        if better {
            best = Some((rank, distance, range, evidence.confidence()));
        }
    }
    best.map(|(_, _, range, confidence)| (range, confidence))
}

/// Chars from the nearest expected place, then from the stored offsets (smaller is better).
type Nearness = (usize, usize);

struct Context<'a> {
    text: &'a FoldedText,
    pattern: &'a Pattern,
    expected: [usize; 2],
    text_len: usize,
}

impl Context<'_> {
    /// Source chars between folded position `fs` and the nearest expected place.
    fn distance(&self, fs: usize) -> usize {
        let source = self
            .text
            .folded
            .origin
            .get(fs)
            .map_or(self.text_len, |&o| o as usize);
        self.expected
            .iter()
            .map(|&e| e.abs_diff(source))
            .min()
            .unwrap_or(0)
    }

    /// Source chars between folded position `fs` and the stored offset.
    fn distance_from_stored(&self, fs: usize) -> usize {
        let source = self
            .text
            .folded
            .origin
            .get(fs)
            .map_or(self.text_len, |&o| o as usize);
        self.expected[0].abs_diff(source)
    }

    /// Whether the stored prefix and suffix are exactly what surrounds `fs..fe` (an empty one
    /// meaning the start or end of the text).
    fn whole_context(&self, fs: usize, fe: usize) -> bool {
        let s = &self.text.symbols;
        let (p, x) = (&self.pattern.prefix, &self.pattern.suffix);
        let prefix_ok = if p.is_empty() {
            fs == 0
        } else {
            fs >= p.len() && s[fs - p.len()..fs] == p[..]
        };
        let suffix_ok = if x.is_empty() {
            fe == s.len()
        } else {
            s.get(fe..fe + x.len()) == Some(x.as_slice())
        };
        prefix_ok && suffix_ok
    }

    fn evidence(&self, range: Range<usize>, quote_errors: usize, unique: bool) -> Evidence {
        let s = &self.text.symbols;
        let (p, x) = (&self.pattern.prefix, &self.pattern.suffix);
        let prefix = if p.is_empty() {
            (range.start == 0).then_some(1.0)
        } else {
            let reversed: Vec<u16> = p.iter().rev().copied().collect();
            let window = s[..range.start]
                .iter()
                .rev()
                .take(p.len() + p.len() / 4 + 2);
            let (d, _) = anchored(&reversed, window.copied());
            Some(1.0 - d.min(p.len()) as f32 / p.len() as f32)
        };
        let suffix = if x.is_empty() {
            (range.end == s.len()).then_some(1.0)
        } else {
            let window = s[range.end..].iter().take(x.len() + x.len() / 4 + 2);
            let (d, _) = anchored(x, window.copied());
            Some(1.0 - d.min(x.len()) as f32 / x.len() as f32)
        };
        Evidence {
            quote_len: self.pattern.quote.len(),
            quote_errors,
            prefix,
            prefix_len: p.len(),
            suffix,
            suffix_len: x.len(),
            distance: self.distance(range.start),
            text_len: self.text_len,
            unique,
        }
    }
}

/// Start positions of all (possibly overlapping) exact occurrences of `needle`.
fn find_all(haystack: &[u16], needle: &[u16]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return Vec::new();
    }
    let first = needle[0];
    (0..=haystack.len() - needle.len())
        .filter(|&i| haystack[i] == first && haystack[i..i + needle.len()] == *needle)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::model::AnnotationId;

    fn annotation(prefix: &str, exact: &str, suffix: &str) -> Annotation {
        Annotation {
            id: AnnotationId::generate(),
            start: 0,
            end: 0,
            exact: exact.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
            tags: vec![],
            color: String::new(),
            note: String::new(),
            created: None,
            updated: None,
            extra: Default::default(),
        }
    }

    #[test]
    fn patterns_fold_and_move_edge_spaces_to_the_context() {
        let mut alphabet = Alphabet::default();
        alphabet.learn("abc xyz".chars());
        let p = Pattern::new(&annotation("  ab", " C  ", "x\u{200f}yz  "), &alphabet);
        assert_eq!(p.prefix, alphabet.encode("ab ".chars()));
        assert_eq!(p.quote, alphabet.encode("c".chars()));
        assert_eq!(p.suffix, alphabet.encode(" xyz".chars()));
    }

    #[test]
    fn finds_overlapping_exact_occurrences() {
        assert_eq!(find_all(&[1, 1, 1, 2], &[1, 1]), [0, 1]);
        assert_eq!(find_all(&[1, 2], &[]), Vec::<usize>::new());
        assert_eq!(find_all(&[1], &[1, 1]), Vec::<usize>::new());
    }
}
