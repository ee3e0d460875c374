//! Which encoding an article file is in, and its text: UTF-8 (with or without a BOM), UTF-16
//! (little or big endian, with a BOM, or without one when its NUL bytes show it), and the
//! single-byte Arabic encodings windows-1256 and ISO-8859-6 when the text decoded reads as
//! Arabic. Decoding is `encoding_rs`'s; this file only chooses. Where the choice is not certain,
//! the file is refused with the encoding it looks like and the `iconv` command that converts it.
//!
//! Offsets of annotations count chars of the decoded text; the file itself is never written.
//! Bytes to text; knows nothing about files, layout or terminals.

use encoding_rs::{Encoding, ISO_8859_6, UTF_16BE, UTF_16LE, WINDOWS_1256};

use super::load_error::LoadError;

/// Arabic letters a single-byte decoding must show before it is taken without asking.
const CERTAIN_LETTERS: usize = 20;
/// Arabic letters a single-byte decoding must show before it is named as a guess.
const GUESS_LETTERS: usize = 3;

/// The text of a whole file's bytes.
pub fn decode(bytes: Vec<u8>) -> Result<String, LoadError> {
    decode_start(bytes, false)
}

/// The text of the start of a file (`partial`: it was cut after some bytes, maybe inside a
/// char, which is then left out).
pub(crate) fn decode_start(mut bytes: Vec<u8>, partial: bool) -> Result<String, LoadError> {
    if let Some(utf16) = utf16_of(&bytes) {
        return decode_utf16(&bytes, utf16, partial);
    }
    // `contains` is core's own search (no CPU detection on the first call, as the memchr
    // crate has); the offset is found only in a binary file.
    if bytes.contains(&0) {
        let offset = bytes.iter().position(|&b| b == 0).unwrap_or_default();
        return Err(LoadError::Binary { offset });
    }
    // Validated once: only a start cut inside its last char is validated again, cut short.
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) if partial && e.utf8_error().error_len().is_none() => {
            let valid = e.utf8_error().valid_up_to();
            bytes = e.into_bytes();
            bytes.truncate(valid);
            bytes
        }
        Err(e) => e.into_bytes(),
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if damaged_utf8(e.as_bytes()) {
                return Err(LoadError::InvalidUtf8 { offset });
            }
            single_byte(e.as_bytes(), offset)
        }
    }
}

/// Whether the bytes are UTF-16 (as [`decode`] reads them).
pub(crate) fn is_utf16(bytes: &[u8]) -> bool {
    utf16_of(bytes).is_some()
}

/// UTF-16 and the length of its BOM, when the bytes start with a UTF-16 BOM or, without one,
/// hold NUL bytes at every other offset as UTF-16 text does (line breaks and spaces).
fn utf16_of(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    match bytes {
        [0xff, 0xfe, ..] => return Some((UTF_16LE, 2)),
        [0xfe, 0xff, ..] => return Some((UTF_16BE, 2)),
        _ => {}
    }
    // `contains` is memchr: UTF-8 text, the usual case, is passed over at once.
    if !bytes.contains(&0) {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let nuls = even + odd;
    if nuls == 0 || bytes.len() < 4 || bytes.len() % 2 == 1 {
        return None;
    }
    // Every NUL on the same side, and that side of the code units from a few blocks only (a
    // script and ASCII), as text has it.
    match (even, odd) {
        (0, _) if few_blocks(bytes, 1) => Some((UTF_16LE, 0)),
        (_, 0) if few_blocks(bytes, 0) => Some((UTF_16BE, 0)),
        _ => None,
    }
}

/// Whether the bytes at `side` (0 or 1) of each pair take at most three values for nine in ten
/// pairs: the high bytes of UTF-16 text in one or two scripts.
fn few_blocks(bytes: &[u8], side: usize) -> bool {
    let mut counts = [0usize; 256];
    for pair in bytes.chunks_exact(2) {
        counts[usize::from(pair[side])] += 1;
    }
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let top: usize = counts[..3].iter().sum();
    top * 10 >= (bytes.len() / 2) * 9
}

fn decode_utf16(
    bytes: &[u8],
    (encoding, bom): (&'static Encoding, usize),
    partial: bool,
) -> Result<String, LoadError> {
    let mut body = &bytes[bom..];
    if partial {
        body = &body[..body.len() & !1];
    }
    let name = encoding.name();
    // Without a BOM, what does not decode (or holds controls) was not UTF-16 text.
    let refuse = || match bom {
        0 => LoadError::Binary {
            offset: bytes.iter().position(|&b| b == 0).unwrap_or(0),
        },
        _ => LoadError::Encoding {
            offset: 0,
            looks_like: name,
        },
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let mut text = text.into_owned();
    if had_errors {
        // A cut inside a surrogate pair leaves one replacement at the very end.
        let cut = partial && text.ends_with('\u{fffd}') && text.matches('\u{fffd}').count() == 1;
        if !cut {
            return Err(refuse());
        }
        text.pop();
    }
    // Without a BOM, only text that reads as text: no controls but line breaks and tabs.
    let controls = text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    match (bom, controls) {
        (0, true) => Err(refuse()),
        _ => Ok(text),
    }
}

/// Whether `bytes` are UTF-8 text with a few bad bytes rather than another encoding: many
/// well-formed multi-byte characters (which windows-1256 or ISO-8859-6 Arabic hardly ever
/// forms), and at most one bad sequence in fifty of them. Read as windows-1256, such a file
/// looks Arabic enough to be advised for a conversion that would garble it.
fn damaged_utf8(bytes: &[u8]) -> bool {
    let (mut wide, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    wide >= 20 && bad * 50 <= wide
}

/// Bytes that are not UTF-8 (the first bad one at `offset`): windows-1256 or ISO-8859-6 when
/// one of them reads as Arabic for certain; else an error naming the likelier one.
fn single_byte(bytes: &[u8], offset: usize) -> Result<String, LoadError> {
    let mut best: Option<(&'static Encoding, String, Score)> = None;
    for encoding in [WINDOWS_1256, ISO_8859_6] {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if had_errors {
            continue;
        }
        let score = Score::of(&text);
        if best.as_ref().is_none_or(|(_, _, b)| score.better_than(b)) {
            best = Some((encoding, text.into_owned(), score));
        }
    }
    match best {
        Some((_, text, score)) if score.certain() => Ok(text),
        Some((encoding, _, score)) if score.guess() => Err(LoadError::Encoding {
            offset,
            looks_like: encoding.name(),
        }),
        _ => Err(LoadError::InvalidUtf8 { offset }),
    }
}

/// How Arabic a decoding reads: its Arabic letters (and marks), and its other non-ASCII letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Score {
    arabic: usize,
    other: usize,
}

impl Score {
    fn of(text: &str) -> Score {
        let mut score = Score {
            arabic: 0,
            other: 0,
        };
        for c in text.chars().filter(|c| !c.is_ascii()) {
            if ('\u{0600}'..='\u{06ff}').contains(&c) {
                score.arabic += 1;
            } else if c.is_alphabetic() {
                score.other += 1;
            }
        }
        score
    }

    /// Arabic with hardly another letter (at most one in twenty).
    fn certain(self) -> bool {
        self.arabic >= CERTAIN_LETTERS && self.other * 19 <= self.arabic
    }

    /// Mostly Arabic.
    fn guess(self) -> bool {
        self.arabic >= GUESS_LETTERS && self.other <= self.arabic
    }

    /// More Arabic letters, fewer others.
    fn better_than(self, other: &Score) -> bool {
        let net = |s: &Score| s.arabic as isize - s.other as isize;
        net(&self) > net(other)
    }
}

#[cfg(test)]
mod tests;
