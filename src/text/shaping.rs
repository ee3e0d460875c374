//! Arabic-script shaping for terminals that do not shape: letters to presentation forms.
//! PLACEHOLDER: identity until the joining tables land.

/// Writes into `out` one entry per char of `text`: `Some(glyph)` to show in its place, or `None`
/// for a char absorbed into the ligature of the char before it (alef after lam).
pub fn shape(text: &str, out: &mut Vec<Option<char>>) {
    out.clear();
    out.extend(text.chars().map(Some));
}
