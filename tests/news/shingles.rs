//! The scrapinghub article-extraction-benchmark's metric (its `evaluate.py`), for scoring
//! extracted bodies against hand-written ones: token 4-gram shingles, per page true and false
//! positives and false negatives normalised to sum 1, precision and recall averaged over the
//! pages and F1 taken from the two averages. Tokens are runs of Python's `\w` (letters, digits
//! and `_`, but not combining marks: `أيضاً` is the token `أيضا`).

use std::collections::HashMap;

/// One page's true positives, false positives and false negatives, summing to 1 (or all 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// A corpus's figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
}

/// Whether Python's `re` counts `c` as `\w`: alphanumeric (`str.isalnum`) or `_`. Rust's
/// `is_alphanumeric` also takes the combining marks that are `Other_Alphabetic` (Arabic
/// harakat, Hebrew points) and circled letters, which Python's does not.
fn is_word_char(c: char) -> bool {
    let mark = matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}' | '\u{24B6}'..='\u{24E9}'
        | '\u{FE20}'..='\u{FE2F}');
    c == '_' || (c.is_alphanumeric() && !mark)
}

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(text);
    let mut out = HashMap::new();
    if t.is_empty() {
        return out;
    }
    for i in 0..t.len().saturating_sub(3).max(1) {
        *out.entry(t[i..(i + 4).min(t.len())].to_vec()).or_insert(0) += 1;
    }
    out
}

/// How `pred` matches `truth`.
pub fn page_score(truth: &str, pred: &str) -> PageScore {
    let (t, p) = (shingles(truth), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for key in t.keys().chain(p.keys().filter(|k| !t.contains_key(*k))) {
        let (tc, pc) = (
            *t.get(key).unwrap_or(&0) as f64,
            *p.get(key).unwrap_or(&0) as f64,
        );
        tp += tc.min(pc);
        fp += (pc - tc).max(0.0);
        fn_ += (tc - pc).max(0.0);
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        PageScore {
            tp: tp / s,
            fp: fp / s,
            fn_: fn_ / s,
        }
    } else {
        PageScore { tp, fp, fn_ }
    }
}

fn precision(s: &PageScore) -> f64 {
    if s.fp == 0.0 && s.fn_ == 0.0 {
        1.0
    } else if s.tp == 0.0 && s.fp == 0.0 {
        0.0
    } else {
        s.tp / (s.tp + s.fp)
    }
}

fn recall(s: &PageScore) -> f64 {
    if s.fp == 0.0 && s.fn_ == 0.0 {
        1.0
    } else if s.tp == 0.0 && s.fn_ == 0.0 {
        0.0
    } else {
        s.tp / (s.tp + s.fn_)
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// A corpus's figures from its pages' scores.
pub fn figures(scores: &[PageScore]) -> Figures {
    let precision = mean(scores.iter().filter(|s| s.tp + s.fp > 0.0).map(precision));
    let recall = mean(scores.iter().filter(|s| s.tp + s.fn_ > 0.0).map(recall));
    let sum = precision + recall;
    Figures {
        f1: if sum > 0.0 {
            2.0 * precision * recall / sum
        } else {
            0.0
        },
        precision,
        recall,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures `evaluate.py`'s `string_shingle_matching` gives for these pairs.
    #[test]
    fn page_scores_are_those_of_evaluate_py() {
        let cases = [
            (
                "اقرأ أيضاً: قال الوزيرُ إنّ المفاوضات ستستمر الأسبوع المقبل في العاصمة",
                "قال الوزيرُ إنّ المفاوضات ستستمر الأسبوع المقبل في العاصمة، إعلان",
                (6.0 / 9.0, 1.0 / 9.0, 2.0 / 9.0),
            ),
            (
                "הממשלה אישרה הלילה את תקציב המדינה לשנה הבאה",
                "קרא עוד הממשלה אישרה הלילה את תקציב המדינה",
                (3.0 / 7.0, 2.0 / 7.0, 2.0 / 7.0),
            ),
            (
                "one two_three four five six",
                "one two_three four five six seven",
                (2.0 / 3.0, 1.0 / 3.0, 0.0),
            ),
        ];
        for (truth, pred, (tp, fp, fn_)) in cases {
            let s = page_score(truth, pred);
            assert!(
                (s.tp - tp).abs() < 1e-12
                    && (s.fp - fp).abs() < 1e-12
                    && (s.fn_ - fn_).abs() < 1e-12,
                "{truth}: {s:?}"
            );
        }
        assert_eq!(tokens("أيضاً الوزيرُ إنّ"), ["أيضا", "الوزير", "إن"]);
    }

    #[test]
    fn figures_average_precision_and_recall_over_pages() {
        let f = figures(&[
            page_score("a b c d e", "a b c d e"),
            page_score("a b c d e", "a b c d e f g"),
            page_score("a b c d e", ""),
        ]);
        assert!(
            (f.precision - (1.0 + 2.0 / 4.0) / 2.0).abs() < 1e-12,
            "{f:?}"
        );
        assert!((f.recall - (1.0 + 1.0 + 0.0) / 3.0).abs() < 1e-12, "{f:?}");
    }
}
