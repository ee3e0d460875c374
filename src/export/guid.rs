//! Stable GUIDs for exports (REFI-QDA wants `8-4-4-4-12` hex): derived from a SHA-256 of what
//! they name, so the same library exports the same project and re-imports match up.

use crate::annotate::fingerprint::sha256_hex;

/// A GUID for `kind` (e.g. "code") named `key`, shaped as a version-4-looking UUID.
pub fn guid(kind: &str, key: &str) -> String {
    let hex = sha256_hex(format!("hamish:{kind}:{key}").as_bytes());
    format!(
        "{}-{}-4{}-a{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn guids_are_stable_shaped_and_distinct() {
        let g = super::guid("code", "طاقة");
        assert_eq!(g, super::guid("code", "طاقة"));
        assert_ne!(g, super::guid("source", "طاقة"));
        let parts: Vec<usize> = g.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12]);
        assert!(g.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    }
}
