//! A faster bidi class lookup for unicode-bidi: a table for the characters news text is made of
//! (Latin, Hebrew, Arabic below U+0900), the library's own binary search for the rest.
//!
//! Knows only Unicode data.

use std::sync::OnceLock;

use unicode_bidi::{bidi_class, BidiClass, BidiDataSource};

const TABLE_END: u32 = 0x900;

/// unicode-bidi's data with a table in front of it.
pub(crate) struct TableBidiData;

fn table() -> &'static [BidiClass; TABLE_END as usize] {
    static TABLE: OnceLock<[BidiClass; TABLE_END as usize]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|i| char::from_u32(i as u32).map_or(BidiClass::L, bidi_class))
    })
}

impl TableBidiData {
    /// The bidi class of `c`.
    #[inline]
    pub fn class(c: char) -> BidiClass {
        if (c as u32) < TABLE_END {
            table()[c as usize]
        } else {
            bidi_class(c)
        }
    }
}

/// Whether `c` keeps a right-to-left paragraph from resolving to one level: class L, EN, AN or
/// an explicit embedding, override or isolate. Answered without a lookup for ASCII and the
/// Arabic block, where most of the text is.
#[inline]
pub fn splits_rtl(c: char) -> bool {
    use BidiClass::*;
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0x600..=0x6ff => matches!(
            c,
            '\u{600}'..='\u{605}' | '\u{660}'..='\u{669}' | '\u{66b}' | '\u{66c}' | '\u{6dd}' | '\u{6f0}'..='\u{6f9}'
        ),
        _ => matches!(
            TableBidiData::class(c),
            L | EN | AN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
        ),
    }
}

impl BidiDataSource for TableBidiData {
    #[inline]
    fn bidi_class(&self, c: char) -> BidiClass {
        TableBidiData::class(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_unicode_bidi() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(TableBidiData::class(c), bidi_class(c), "{c:?}");
        }
    }

    #[test]
    fn splits_rtl_is_the_classes_it_names() {
        use BidiClass::*;
        for c in (0..0x3000).filter_map(char::from_u32) {
            let class = bidi_class(c);
            let named = matches!(
                class,
                L | EN | AN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
            );
            assert_eq!(splits_rtl(c), named, "{c:?} {class:?}");
        }
    }
}
