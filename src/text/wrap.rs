//! Line wrapping in logical order: greedy, at UAX #14 break opportunities, with cluster widths.
//!
//! A word wider than the line is cut between grapheme clusters; spaces at a line end take no
//! room; tabs expand to the next multiple of 8 cells. Knows nothing about bidi or terminals.

use std::ops::Range;

use super::cluster::{Cluster, ClusterKind};

/// Marks, for each cluster, whether a line may start with it (a UAX #14 break opportunity right
/// before it). `allowed` must have one entry per cluster.
pub(crate) fn break_opportunities(text: &str, clusters: &[Cluster], allowed: &mut Vec<bool>) {
    allowed.clear();
    allowed.resize(clusters.len(), false);
    if clusters.is_empty() {
        return;
    }
    let mut ci = 0;
    for (byte, _) in unicode_linebreak::linebreaks(text) {
        let byte = byte as u32;
        while ci < clusters.len() && clusters[ci].bytes.start < byte {
            ci += 1;
        }
        if ci < clusters.len() && clusters[ci].bytes.start == byte {
            allowed[ci] = true;
        }
    }
}

/// Splits `clusters` into lines no wider than `width` cells (0: one line, no wrapping) and sets
/// the width of every tab. Returns the cluster range of each line; together they cover all
/// clusters in order. A single cluster wider than `width` gets a line of its own.
pub fn wrap(clusters: &mut [Cluster], allowed: &[bool], width: u32, lines: &mut Vec<Range<usize>>) {
    lines.clear();
    let n = clusters.len();
    let mut start = 0;
    let mut col = 0u32; // columns used from `start` up to `i`, trailing spaces included
    let mut last_break: Option<usize> = None;
    let mut i = 0;
    while i < n {
        if i > start && allowed[i] {
            last_break = Some(i);
        }
        let c = &mut clusters[i];
        if c.kind == ClusterKind::Tab {
            c.width = 8 - col % 8;
            if width > 0 {
                c.width = c.width.min(width.saturating_sub(col).max(1));
            }
        }
        let w = c.width;
        let overflows = width > 0 && i > start && col + w > width;
        // Spaces never overflow: at a line end they take no room.
        if overflows && c.kind != ClusterKind::Space {
            let brk = last_break.filter(|&b| b > start).unwrap_or(i);
            lines.push(start..brk);
            start = brk;
            col = 0;
            last_break = None;
            i = start;
            continue;
        }
        col += w;
        i += 1;
    }
    if start < n || lines.is_empty() {
        lines.push(start..n);
    }
}

#[cfg(test)]
mod tests {
    use super::super::cluster::clusters;
    use super::*;

    fn wrap_str(text: &str, width: u32) -> Vec<String> {
        let mut cs = Vec::new();
        clusters(text, &mut cs);
        let mut allowed = Vec::new();
        break_opportunities(text, &cs, &mut allowed);
        let mut lines = Vec::new();
        wrap(&mut cs, &allowed, width, &mut lines);
        lines
            .iter()
            .map(|r| {
                if r.is_empty() {
                    return String::new();
                }
                let b = cs[r.start].bytes.start as usize..cs[r.end - 1].bytes.end as usize;
                text[b].to_string()
            })
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_lets_trailing_spaces_hang() {
        assert_eq!(wrap_str("aaa bbb ccc", 7), ["aaa bbb ", "ccc"]);
        assert_eq!(wrap_str("aaa bbb ccc", 3), ["aaa ", "bbb ", "ccc"]);
        assert_eq!(wrap_str("مرحبا بالعالم", 7), ["مرحبا ", "بالعالم"]);
        assert_eq!(wrap_str("مرحبا بالعالم", 6), ["مرحبا ", "بالعال", "م"]);
    }

    #[test]
    fn cuts_words_wider_than_the_line_between_clusters() {
        assert_eq!(wrap_str("abcdefgh ij", 3), ["abc", "def", "gh ", "ij"]);
        assert_eq!(wrap_str("بَبَبَبَ", 3), ["بَبَبَ", "بَ"]);
    }

    #[test]
    fn no_width_means_one_line() {
        assert_eq!(wrap_str("aaa bbb ccc", 0), ["aaa bbb ccc"]);
        assert_eq!(wrap_str("", 10), [""]);
    }

    #[test]
    fn wide_clusters_and_tabs_count_their_cells() {
        assert_eq!(wrap_str("中文中文", 5), ["中文", "中文"]);
        assert_eq!(wrap_str("a\tb c", 10), ["a\tb ", "c"]);
    }
}
