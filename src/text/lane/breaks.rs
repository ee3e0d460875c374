//! UAX #14 line break opportunities between the fast lane's units (see `mod.rs`), by the rules
//! of Unicode 15.0 that unicode-linebreak follows, for the break classes the lane's chars have
//! (from unicode-linebreak's own data). unicode-linebreak's pair table is private, and running
//! it decodes every char again; a paragraph with another class, or a space carrying marks, is
//! left to it (see the tests, which check these rules against it).

use unicode_linebreak::{break_property, BreakClass};

/// The break classes of the lane's chars (`OTHER` for any other).
pub(super) mod class {
    pub const OTHER: u8 = 0;
    pub const AL: u8 = 1;
    pub const HL: u8 = 2;
    pub const NU: u8 = 3;
    pub const SP: u8 = 4;
    pub const GL: u8 = 5;
    pub const QU: u8 = 6;
    pub const OP: u8 = 7;
    pub const CL: u8 = 8;
    pub const CP: u8 = 9;
    pub const EX: u8 = 10;
    pub const IS: u8 = 11;
    pub const SY: u8 = 12;
    pub const PR: u8 = 13;
    pub const PO: u8 = 14;
    pub const HY: u8 = 15;
    pub const BA: u8 = 16;
    pub const B2: u8 = 17;
    pub const IN: u8 = 18;
    pub const CM: u8 = 19;
    /// Before the first unit.
    pub const SOT: u8 = 20;
}

use class::*;

/// The break class of `c`.
pub(super) fn class_of(c: char) -> u8 {
    use BreakClass::*;
    match break_property(c as u32) {
        Alphabetic => AL,
        HebrewLetter => HL,
        Numeric => NU,
        Space => SP,
        NonBreakingGlue => GL,
        Quotation => QU,
        OpenPunctuation => OP,
        ClosePunctuation => CL,
        CloseParenthesis => CP,
        Exclamation => EX,
        InfixSeparator => IS,
        Symbol => SY,
        Prefix => PR,
        Postfix => PO,
        Hyphen => HY,
        After => BA,
        BeforeAndAfter => B2,
        Inseparable => IN,
        CombiningMark => CM,
        _ => OTHER,
    }
}

/// Sets, for each unit given as its break class and its flag, whether a line may start with it;
/// `false` (flags left half set) when a class is `OTHER` or `CM` (not the lane's).
pub(super) fn opportunities<'a>(units: impl Iterator<Item = (u8, &'a mut bool)>) -> bool {
    let table = table();
    let mut state = SOT as usize * MODES;
    for (c, opens) in units {
        let entry = table[state * CLASSES + c as usize];
        if entry == STOP {
            return false;
        }
        // LB2: never before the first (whose state is SOT's).
        *opens = entry & ALLOWED != 0 && state != SOT as usize * MODES;
        state = (entry & !ALLOWED) as usize;
    }
    true
}

/// Classes, counting `SOT`.
const CLASSES: usize = SOT as usize + 1;
/// What came between the last class that is not a space and the next: nothing, spaces, or
/// nothing and an HL came right before it (LB21a).
const MODES: usize = 3;
const PLAIN: usize = 0;
const SPACED: usize = 1;
const AFTER_HL: usize = 2;
/// Entry bit: a line may start at the class.
const ALLOWED: u8 = 0x80;
/// Entry: a class the lane does not know (`OTHER`, or `CM` with no base: LB10).
const STOP: u8 = 0xff;

/// The automaton: for each state (the last class that is not a space × its mode) and class,
/// the next state and whether a line may start at that class.
fn table() -> &'static [u8; CLASSES * MODES * CLASSES] {
    static TABLE: std::sync::OnceLock<[u8; CLASSES * MODES * CLASSES]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|i| {
            let (state, c) = (i / CLASSES, (i % CLASSES) as u8);
            let (prev, mode) = ((state / MODES) as u8, state % MODES);
            if c == OTHER || c == CM || c == SOT {
                return STOP;
            }
            let before = if mode == AFTER_HL { HL } else { AL };
            let allowed = may_break(before, prev, mode == SPACED, c);
            let next = match c {
                SP => prev as usize * MODES + SPACED,
                _ if prev == HL && mode != SPACED => c as usize * MODES + AFTER_HL,
                _ => c as usize * MODES + PLAIN,
            };
            next as u8 | if allowed { ALLOWED } else { 0 }
        })
    })
}

/// Whether a line may break before a unit of class `c` after one of class `prev` (and `before`
/// that), with `spaces` between them.
fn may_break(before: u8, prev: u8, spaces: bool, c: u8) -> bool {
    let alpha = |x: u8| x == AL || x == HL;
    if c == SP {
        return false; // LB7
    }
    // LB13, before the rules about what precedes.
    if matches!(c, CL | CP | EX | IS | SY) {
        return false;
    }
    if spaces {
        // LB14, LB15, LB17; else LB18: a break after spaces.
        return !(prev == OP || (prev == QU && c == OP) || (prev == B2 && c == B2));
    }
    let kept = prev == GL // LB12
        || (c == GL && !matches!(prev, BA | HY)) // LB12a
        || prev == OP // LB14
        || (prev == B2 && c == B2) // LB17
        || c == QU || prev == QU // LB15, LB19
        || matches!(c, BA | HY) // LB21
        || (matches!(prev, HY | BA) && before == HL) // LB21a
        || (prev == SY && c == HL) // LB21b
        || c == IN // LB22
        || (alpha(prev) && c == NU) || (prev == NU && alpha(c)) // LB23
        || (matches!(prev, PR | PO) && alpha(c)) || (alpha(prev) && matches!(c, PR | PO)) // LB24
        || numeric(prev, c) // LB25
        || (alpha(prev) && alpha(c)) // LB28
        || (prev == IS && alpha(c)) // LB29
        || (matches!(prev, AL | HL | NU) && c == OP) || (prev == CP && matches!(c, AL | HL | NU)); // LB30
    !kept
}

/// LB25: the pairs of a number that stay together.
fn numeric(prev: u8, c: u8) -> bool {
    matches!(
        (prev, c),
        (CL | CP | NU, PO | PR) | (PO | PR, OP | NU) | (HY | IS | NU | SY, NU)
    )
}
