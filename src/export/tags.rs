//! Tag statistics of collected annotations: how many passages and articles carry each tag, and
//! which tags occur together — on the same passage, or on two passages that overlap. Knows
//! nothing about terminals.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::annotate::model::{normalize_tags, tag_key};

use super::collect::Collected;

/// One tag's counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagCount {
    /// The tag.
    pub tag: String,
    /// Annotations carrying it.
    pub passages: usize,
    /// Articles with at least one of those.
    pub articles: usize,
}

/// Two tags found together, and how often.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// The first tag (the smaller).
    pub a: String,
    /// The second tag.
    pub b: String,
    /// Passages carrying both, plus pairs of overlapping passages one carrying each.
    pub count: usize,
}

/// Every tag's counts, most passages first, then by name.
pub fn tag_counts(collected: &Collected) -> Vec<TagCount> {
    let mut counts: BTreeMap<&str, (usize, BTreeSet<usize>)> = BTreeMap::new();
    for (i, article) in collected.articles.iter().enumerate() {
        for tag in article.rows.iter().flat_map(|r| r.tags()) {
            let entry = counts.entry(tag).or_default();
            entry.0 += 1;
            entry.1.insert(i);
        }
    }
    let mut out: Vec<TagCount> = counts
        .into_iter()
        .map(|(tag, (passages, articles))| TagCount {
            tag: tag.to_owned(),
            passages,
            articles: articles.len(),
        })
        .collect();
    out.sort_by(|x, y| y.passages.cmp(&x.passages).then_with(|| x.tag.cmp(&y.tag)));
    out
}

/// Every pair of different tags found together, most often first, then by names.
pub fn cooccurrence(collected: &Collected) -> Vec<Pair> {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut add = |x: &String, y: &String| {
        if x != y {
            let key = if x < y { (x, y) } else { (y, x) };
            *counts.entry((key.0.clone(), key.1.clone())).or_default() += 1;
        }
    };
    for article in &collected.articles {
        let rows = &article.rows;
        for (i, r) in rows.iter().enumerate() {
            let tags = r.tags();
            for (j, x) in tags.iter().enumerate() {
                for y in &tags[j + 1..] {
                    add(x, y);
                }
            }
            for s in &rows[i + 1..] {
                if r.start < s.end && s.start < r.end {
                    let pairs: BTreeSet<(&String, &String)> = tags
                        .iter()
                        .flat_map(|x| s.tags().iter().map(move |y| (x.min(y), x.max(y))))
                        .collect();
                    for (x, y) in pairs {
                        add(x, y);
                    }
                }
            }
        }
    }
    let mut out: Vec<Pair> = counts
        .into_iter()
        .map(|((a, b), count)| Pair { a, b, count })
        .collect();
    out.sort_by(|x, y| {
        y.count
            .cmp(&x.count)
            .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    out
}

/// `collected` with every tag in its most used spelling (so that spellings differing only in
/// case count as one tag).
pub(crate) fn one_spelling(mut collected: Collected) -> Collected {
    let mut uses: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for article in &collected.articles {
        for tag in article.rows.iter().flat_map(|r| r.tags()) {
            *uses
                .entry(tag_key(tag))
                .or_default()
                .entry(tag)
                .or_default() += 1;
        }
    }
    if uses.values().all(|spellings| spellings.len() < 2) {
        return collected;
    }
    let spelling: HashMap<String, String> = uses
        .into_iter()
        .filter_map(|(key, spellings)| {
            let best = spellings
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
            Some((key, best.0.to_owned()))
        })
        .collect();
    for row in collected
        .articles
        .iter_mut()
        .flat_map(|a| a.rows.iter_mut())
    {
        let tags = &mut row.annotation.tags;
        *tags = normalize_tags(tags.iter().map(|t| spelling.get(&tag_key(t)).unwrap_or(t)));
    }
    collected
}
