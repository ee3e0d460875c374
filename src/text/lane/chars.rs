//! What the fast lane (see `mod.rs`) knows of each char it takes, computed once from the
//! engine's own data (bidi classes, mirroring, whitespace), and its UTF-8 decoding.

use std::sync::OnceLock;

use unicode_bidi::BidiClass;

use super::super::bidi_data::TableBidiData;
use super::super::reorder::mirror;
use super::super::shaping::joining_type;
use super::super::shaping_table::Joining;

/// Char flag: the lane takes it.
pub(super) const TAKEN: u8 = 1;
/// A combining mark: joins the cluster before it.
pub(super) const MARK: u8 = 2;
/// Whitespace.
pub(super) const WHITE: u8 = 4;
/// Has a mirror image.
pub(super) const MIRROR: u8 = 8;
/// Bidi class L: a right-to-left paragraph with it needs resolving.
pub(super) const LEFT: u8 = 16;
/// Bidi class R, AL or AN: a left-to-right paragraph with it needs resolving.
pub(super) const RIGHT: u8 = 32;

/// The bidi class of a taken char, as far as the lane's number rules need it: any other class
/// (neutral, whitespace, L) is `N`.
pub(super) mod class {
    pub const N: u8 = 0;
    pub const R: u8 = 1;
    pub const AL: u8 = 2;
    pub const EN: u8 = 3;
    pub const AN: u8 = 4;
    pub const ES: u8 = 5;
    pub const ET: u8 = 6;
    pub const CS: u8 = 7;
}

/// The char at byte `at` of UTF-8 `bytes` and its length (a four-byte char as U+10000, which
/// the lane never takes).
#[inline]
pub(super) fn decode(bytes: &[u8], at: usize) -> (u32, usize) {
    let b = bytes[at] as u32;
    let more = |k: usize| bytes[at + k] as u32 & 0x3f;
    match b {
        0..0x80 => (b, 1),
        0x80..0xe0 => ((b & 0x1f) << 6 | more(1), 2),
        0xe0..0xf0 => ((b & 0x0f) << 12 | more(1) << 6 | more(2), 3),
        _ => (0x10000, 4),
    }
}

/// The chars the lane takes: one cell each and a cluster of their own, or harakat.
fn taken(c: char) -> bool {
    matches!(c,
        ' '..='~' | '\u{a0}' | '«' | '»' | '\u{5d0}'..='\u{5ea}'
        | '\u{60c}' | '\u{61b}' | '\u{61f}' | '\u{621}'..='\u{63a}' | '\u{640}'..='\u{652}'
        | '\u{660}'..='\u{66d}' | '\u{671}'..='\u{6d3}' | '\u{6f0}'..='\u{6f9}'
        | '\u{2013}' | '\u{2014}' | '\u{201c}' | '\u{201d}' | '\u{2022}' | '\u{2026}')
}

/// What the lane knows of a char.
#[derive(Clone, Copy)]
pub(super) struct Info {
    /// `TAKEN`, `MARK`, …; none for a char the lane does not take.
    pub flags: u8,
    /// Its bidi class (`class`).
    pub class: u8,
    /// How it joins its neighbours (Arabic shaping).
    pub joining: Joining,
    /// Its line break class (`breaks::class`).
    pub brk: u8,
}

const NOT_TAKEN: Info = Info {
    flags: 0,
    class: class::N,
    joining: Joining::U,
    brk: 0,
};

/// The lane's info of `c`.
pub(super) fn info_of(c: char) -> Info {
    use BidiClass::*;
    if !taken(c) {
        return NOT_TAKEN;
    }
    let bidi = TableBidiData::class(c);
    let flag = |set: bool, bit: u8| if set { bit } else { 0 };
    let flags = TAKEN
        | flag(matches!(c, '\u{64b}'..='\u{652}'), MARK)
        | flag(c.is_whitespace(), WHITE)
        | flag(mirror(c) != c, MIRROR)
        | flag(bidi == L, LEFT)
        | flag(matches!(bidi, R | AL | AN), RIGHT);
    let class = match bidi {
        R => class::R,
        AL => class::AL,
        EN => class::EN,
        AN => class::AN,
        ES => class::ES,
        ET => class::ET,
        CS => class::CS,
        _ => class::N,
    };
    Info {
        flags,
        class,
        joining: joining_type(c),
        brk: super::breaks::class_of(c),
    }
}

/// The info of every char below U+0700.
pub(super) fn info() -> &'static [Info; 0x700] {
    static INFO: OnceLock<[Info; 0x700]> = OnceLock::new();
    INFO.get_or_init(|| {
        std::array::from_fn(|c| char::from_u32(c as u32).map_or(NOT_TAKEN, info_of))
    })
}
