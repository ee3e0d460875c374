//! Levels of a right-to-left paragraph in the fast lane (see `mod.rs`) that holds numbers but
//! no left-to-right letter nor explicit formatting: UAX #9 rules W2 and W4–W6 on the units'
//! classes, after which every neutral resolves to R (N1–N2: numbers count as R, and so do the
//! paragraph's start and end) and numbers go up to level 2 (I2).

use super::chars::class::{AL, AN, CS, EN, ES, ET, R};

/// Turns the units' `classes` into their levels: 2 for numbers, 1 for the rest.
pub(super) fn resolve(classes: &mut [u8]) {
    // W2: a European number after an Arabic letter (the last strong class before it) is Arabic.
    let mut strong = R;
    for c in classes.iter_mut() {
        match *c {
            AL | R => strong = *c,
            EN if strong == AL => *c = AN,
            _ => {}
        }
    }
    // W4: a single separator between two numbers of the same kind (ES: European only) joins
    // them.
    for k in 1..classes.len().saturating_sub(1) {
        let (before, c, after) = (classes[k - 1], classes[k], classes[k + 1]);
        let joins = match c {
            ES => before == EN && after == EN,
            CS => matches!(before, EN | AN) && after == before,
            _ => false,
        };
        if joins {
            classes[k] = before;
        }
    }
    // W5: terminators next to a European number are part of it.
    let mut k = 0;
    while k < classes.len() {
        if classes[k] != ET {
            k += 1;
            continue;
        }
        let start = k;
        while k < classes.len() && classes[k] == ET {
            k += 1;
        }
        if (start > 0 && classes[start - 1] == EN) || classes.get(k) == Some(&EN) {
            classes[start..k].fill(EN);
        }
    }
    // W6, N1–N2, I2.
    for c in classes.iter_mut() {
        *c = if matches!(*c, EN | AN) { 2 } else { 1 };
    }
}
