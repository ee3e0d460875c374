//! Whether quotes occur at most once in a text, for many quotes at once: an annotation found at
//! its offsets is trusted without context only when its quote is nowhere else.
//!
//! Searching the whole text once per quote is quadratic over a sidecar of hand-written
//! annotations (100,000 quotes × the article). Instead, per distinct quote length, one pass of a
//! rolling hash over the text counts the windows whose hash is a quote's. Equal strings have equal
//! hashes, so a count of one proves "at most once"; a collision can only make a unique quote look
//! repeated (then it needs review, the safe side). Knows nothing about annotations or files.

use std::collections::HashMap;

const BASE: u64 = 0x0100_0000_01b3;

/// For each needle, whether it occurs at most once in `text` (overlapping occurrences count).
/// Empty needles are reported as not unique.
pub(crate) fn at_most_once(text: &str, needles: &[&str]) -> Vec<bool> {
    let mut out = vec![false; needles.len()];
    let mut by_len: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, n) in needles.iter().enumerate() {
        if !n.is_empty() {
            by_len.entry(n.len()).or_default().push(i);
        }
    }
    let bytes = text.as_bytes();
    for (len, which) in by_len {
        if len > bytes.len() {
            for i in which {
                out[i] = true;
            }
            continue;
        }
        let mut counts: HashMap<u64, u32> = which
            .iter()
            .map(|&i| (hash(needles[i].as_bytes()), 0))
            .collect();
        let top = BASE.wrapping_pow(len as u32 - 1);
        let mut h = hash(&bytes[..len]);
        for start in 0..=bytes.len() - len {
            if start > 0 {
                let gone = u64::from(bytes[start - 1]).wrapping_mul(top);
                h = h
                    .wrapping_sub(gone)
                    .wrapping_mul(BASE)
                    .wrapping_add(u64::from(bytes[start + len - 1]));
            }
            if let Some(c) = counts.get_mut(&h) {
                *c = c.saturating_add(1);
            }
        }
        for i in which {
            out[i] = counts[&hash(needles[i].as_bytes())] <= 1;
        }
    }
    out
}

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0u64, |h, &b| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_overlapping_occurrences_per_length() {
        let text = "يتسم بالشفافية، aaa ليس تحالفاً";
        assert_eq!(
            at_most_once(
                text,
                &[
                    "بالشفافية",
                    "aa",
                    "a",
                    "ليس",
                    "xyz",
                    "",
                    "ليس تحالفاً طويل جداً جداً جداً جداً جداً"
                ]
            ),
            [true, false, false, true, true, false, true]
        );
    }

    #[test]
    fn agrees_with_plain_search() {
        let text = "abcabcabd xyz abd";
        for needle in [
            "abc",
            "abd",
            "bca",
            "cab",
            "xyz",
            "z",
            "d x",
            "abcabcabd xyz abd",
        ] {
            let count = (0..text.len())
                .filter(|&i| text[i..].starts_with(needle))
                .count();
            assert_eq!(at_most_once(text, &[needle]), [count <= 1], "{needle}");
        }
    }
}
