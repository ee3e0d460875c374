//! Approximate string matching on symbol sequences: every place a pattern occurs in a text with at
//! most k edits (Myers' bit-parallel algorithm, blocked for patterns longer than 64 symbols, as in
//! Hyyrö 2003 / edlib), and edit distances with one end anchored.
//!
//! Works on `u16` symbols from an [`Alphabet`] so the inner loop indexes a table instead of
//! hashing chars. Knows nothing about articles, folding or annotations.

use std::collections::HashMap;

/// Maps chars to dense symbol ids. Chars never seen by [`Alphabet::learn`] encode to
/// [`Alphabet::UNKNOWN`], which matches nothing.
#[derive(Debug, Default)]
pub(crate) struct Alphabet {
    ids: HashMap<char, u16>,
}

impl Alphabet {
    /// The symbol of chars outside the alphabet.
    pub(crate) const UNKNOWN: u16 = u16::MAX;

    /// Encodes `text`, adding its chars to the alphabet. (Past 65,535 distinct chars, new chars
    /// share the last id: matching gets less precise, never wrong about positions.)
    pub(crate) fn learn(&mut self, text: impl IntoIterator<Item = char>) -> Vec<u16> {
        text.into_iter()
            .map(|c| {
                let next = self.ids.len().min(usize::from(Self::UNKNOWN) - 1) as u16;
                *self.ids.entry(c).or_insert(next)
            })
            .collect()
    }

    /// Encodes `text` without adding chars.
    pub fn encode(&self, text: impl IntoIterator<Item = char>) -> Vec<u16> {
        text.into_iter()
            .map(|c| self.ids.get(&c).copied().unwrap_or(Self::UNKNOWN))
            .collect()
    }

    /// Number of symbols in use.
    pub fn len(&self) -> usize {
        self.ids.len()
    }
}

/// An approximate occurrence: where it ends (exclusive) and with how many edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index in the text just after the occurrence's last symbol.
    pub end: usize,
    /// Edit distance between the pattern and the occurrence.
    pub errors: usize,
}

/// Every occurrence of `pattern` in `text` with at most `max_errors` edits: consecutive end
/// positions within the bound count as one occurrence, reported at its fewest-error end (the
/// first such). `alphabet_len` bounds the symbols of `text`. An empty pattern finds nothing.
pub fn search(pattern: &[u16], text: &[u16], alphabet_len: usize, max_errors: usize) -> Vec<Hit> {
    let m = pattern.len();
    if m == 0 || alphabet_len == 0 {
        return Vec::new();
    }
    if m <= 64 {
        return search_short(pattern, text, alphabet_len, max_errors);
    }
    let blocks = m.div_ceil(64);
    let mut peq = vec![0u64; alphabet_len * blocks];
    for (i, &s) in pattern.iter().enumerate() {
        if usize::from(s) < alphabet_len {
            peq[usize::from(s) * blocks + i / 64] |= 1 << (i % 64);
        }
    }
    let mut pv = vec![!0u64; blocks];
    let mut mv = vec![0u64; blocks];
    let last = blocks - 1;
    let last_bit = 1u64 << ((m - 1) % 64);
    let mut score = m;
    let mut hits = Vec::new();
    let mut run: Option<Hit> = None;
    for (j, &c) in text.iter().enumerate() {
        let eqs = &peq[usize::from(c).min(alphabet_len - 1) * blocks..][..blocks];
        let eq_ok = usize::from(c) < alphabet_len;
        let mut hin = 0i32;
        for b in 0..blocks {
            let eq = if eq_ok { eqs[b] } else { 0 };
            let (ph, mh) = step(&mut pv[b], &mut mv[b], eq, hin);
            if b == last {
                if ph & last_bit != 0 {
                    score += 1;
                } else if mh & last_bit != 0 {
                    score -= 1;
                }
            } else {
                hin = ((ph >> 63) as i32) - ((mh >> 63) as i32);
            }
        }
        if score <= max_errors {
            let hit = Hit {
                end: j + 1,
                errors: score,
            };
            match &mut run {
                Some(best) if best.errors <= score => {}
                _ => run = Some(hit),
            }
        } else if let Some(best) = run.take() {
            hits.push(best);
        }
    }
    hits.extend(run);
    hits
}

/// [`search`] for patterns of at most 64 symbols (most quotes): one block, no carries between
/// blocks, so the loop stays in registers.
fn search_short(pattern: &[u16], text: &[u16], alphabet_len: usize, max_errors: usize) -> Vec<Hit> {
    let m = pattern.len();
    let mut peq = vec![0u64; alphabet_len + 1];
    for (i, &s) in pattern.iter().enumerate() {
        if usize::from(s) < alphabet_len {
            peq[usize::from(s)] |= 1 << i;
        }
    }
    let last_bit = 1u64 << (m - 1);
    let (mut pv, mut mv) = (!0u64, 0u64);
    let mut score = m;
    let mut hits = Vec::new();
    let mut run: Option<Hit> = None;
    for (j, &c) in text.iter().enumerate() {
        let eq = peq[usize::from(c).min(alphabet_len)];
        let (ph, mh) = step(&mut pv, &mut mv, eq, 0);
        if ph & last_bit != 0 {
            score += 1;
        } else if mh & last_bit != 0 {
            score -= 1;
        }
        if score <= max_errors {
            if run.is_none_or(|best| score < best.errors) {
                run = Some(Hit {
                    end: j + 1,
                    errors: score,
                });
            }
        } else if let Some(best) = run.take() {
            hits.push(best);
        }
    }
    hits.extend(run);
    hits
}

/// One column of one 64-row block (Hyyrö's formulation). Returns the horizontal +1/−1 bit vectors
/// before shifting; `hin` is the horizontal delta entering the block's top row.
#[inline(always)]
fn step(pv: &mut u64, mv: &mut u64, mut eq: u64, hin: i32) -> (u64, u64) {
    let hin_neg = u64::from(hin < 0);
    let hin_pos = u64::from(hin > 0);
    let xv = eq | *mv;
    eq |= hin_neg;
    let xh = (((eq & *pv).wrapping_add(*pv)) ^ *pv) | eq;
    let ph = *mv | !(xh | *pv);
    let mh = *pv & xh;
    let ph_s = (ph << 1) | hin_pos;
    let mh_s = (mh << 1) | hin_neg;
    *pv = mh_s | !(xv | ph_s);
    *mv = ph_s & xv;
    (ph, mh)
}

/// Aligns all of `pattern` with a prefix of `text` (of any length): the fewest edits and the
/// length of the text prefix that achieves them (on ties, the length nearest the pattern's).
pub fn anchored<I>(pattern: &[u16], text: I) -> (usize, usize)
where
    I: IntoIterator<Item = u16>,
{
    let m = pattern.len();
    // Column c of the matrix: D[i][c] for i in 0..=m; D[i][0] = i, D[0][c] = c.
    let mut col: Vec<usize> = (0..=m).collect();
    let mut best = (m, 0usize);
    for (c, t) in text.into_iter().enumerate() {
        let c = c + 1;
        let mut diag = col[0];
        col[0] = c;
        for i in 1..=m {
            let sub = diag + usize::from(pattern[i - 1] != t || t == Alphabet::UNKNOWN);
            diag = col[i];
            col[i] = sub.min(col[i] + 1).min(col[i - 1] + 1);
        }
        let nearer = c.abs_diff(m) < best.1.abs_diff(m);
        if col[m] < best.0 || (col[m] == best.0 && nearer) {
            best = (col[m], c);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(pattern: &[u16], text: &[u16]) -> Vec<usize> {
        // D[m][j] for every j by plain dynamic programming (free start in the text).
        let m = pattern.len();
        let mut col: Vec<usize> = (0..=m).collect();
        let mut out = Vec::new();
        for &t in text {
            let mut diag = col[0];
            col[0] = 0;
            for i in 1..=m {
                let sub = diag + usize::from(pattern[i - 1] != t);
                diag = col[i];
                col[i] = sub.min(col[i] + 1).min(col[i - 1] + 1);
            }
            out.push(col[m]);
        }
        out
    }

    fn runs(scores: &[usize], k: usize) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut run: Option<Hit> = None;
        for (j, &s) in scores.iter().enumerate() {
            if s <= k {
                if run.is_none_or(|b| s < b.errors) {
                    run = Some(Hit {
                        end: j + 1,
                        errors: s,
                    });
                }
            } else if let Some(b) = run.take() {
                hits.push(b);
            }
        }
        hits.extend(run);
        hits
    }

    fn encode(a: &mut Alphabet, s: &str) -> Vec<u16> {
        a.learn(s.chars())
    }

    #[test]
    fn finds_exact_and_edited_occurrences() {
        let mut a = Alphabet::default();
        let text = encode(&mut a, "the cat sat on the hat; a cart");
        let pat = a.encode("cat".chars());
        let hits = search(&pat, &text, a.len(), 0);
        assert_eq!(hits, [Hit { end: 7, errors: 0 }]);
        let hits = search(&pat, &text, a.len(), 1);
        assert!(hits.contains(&Hit { end: 7, errors: 0 }));
        assert!(
            hits.iter().any(|h| h.end == 22 && h.errors == 1),
            "{hits:?}"
        );
        assert!(
            hits.iter().any(|h| h.end >= 28 && h.errors == 1),
            "{hits:?}"
        );
    }

    #[test]
    fn matches_plain_dynamic_programming_on_long_patterns() {
        // Patterns across block boundaries (63, 64, 65, 130 symbols) over a small alphabet.
        let mut seed = 7u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 4) as u16
        };
        for m in [1, 5, 63, 64, 65, 130, 200] {
            let text: Vec<u16> = (0..600).map(|_| next()).collect();
            let mut pattern: Vec<u16> = text[100..100 + m.min(400)].to_vec();
            for i in (0..pattern.len()).step_by(9) {
                pattern[i] = next();
            }
            let k = m / 3;
            let expected = runs(&naive(&pattern, &text), k);
            assert_eq!(search(&pattern, &text, 4, k), expected, "m = {m}");
        }
    }

    #[test]
    fn unknown_symbols_never_match() {
        let mut a = Alphabet::default();
        let text = encode(&mut a, "abcabc");
        let pat = a.encode("xbc".chars());
        assert_eq!(pat[0], Alphabet::UNKNOWN);
        assert_eq!(search(&pat, &text, a.len(), 0), []);
        assert_eq!(search(&pat, &text, a.len(), 1).len(), 2);
        assert!(search(&[], &text, a.len(), 3).is_empty());
    }

    #[test]
    fn anchored_alignment_finds_the_best_prefix() {
        let mut a = Alphabet::default();
        let text = encode(&mut a, "kitten sitting");
        let pat = a.encode("kiten".chars());
        assert_eq!(anchored(&pat, text.iter().copied()), (1, 6));
        let pat = a.encode("kitten".chars());
        assert_eq!(anchored(&pat, text.iter().copied()), (0, 6));
        assert_eq!(anchored(&pat, std::iter::empty()), (6, 0));
        assert_eq!(anchored(&[], text.iter().copied()), (0, 0));
    }
}
