//! Where a byte offset of a text is, as a person counts: 1-based line and column, the column in
//! chars. For messages about a file ("line 6, column 7"); knows nothing about any format.

/// The 1-based line and column (in chars) of byte `offset` in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_chars() {
        assert_eq!(line_column("", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("عر\nx", 4), (1, 3));
        assert_eq!(line_column("ab", 99), (1, 3));
    }
}
