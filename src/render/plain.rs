//! Whether an article file can be rendered as it streams: a regular file within the article
//! limit whose bytes are UTF-8 with no NUL byte (a UTF-16 BOM is not UTF-8). Anything else
//! (UTF-16, a single-byte Arabic encoding, binary, too large, unreadable) is left to
//! `Article::load`, which decodes it or says why not, as for the reader.
//!
//! The check reads the file in pieces (on every core for a large file) and keeps none of it, so
//! `render` never holds a whole file. Knows files and UTF-8; nothing about layout.

use std::fs::File;
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::path::Path;

use crate::regular_file::{open_regular, ARTICLE};

/// An open regular file whose bytes were plain UTF-8 when checked, and how many there were.
pub struct PlainFile {
    /// The file, at its start.
    pub file: File,
    /// Its length when checked: no more than this is read.
    pub len: u64,
}

/// Bytes checked at a time by one thread.
const PIECE: usize = 1 << 18;

/// The file at `path` when it is plain UTF-8 text (see the module doc); `None` for anything else.
pub fn open_plain(path: &Path, threads: usize) -> Option<PlainFile> {
    let (file, len) = open_regular(path).ok()?;
    if len > ARTICLE.bytes {
        return None;
    }
    let parts = if len < 4 * PIECE as u64 {
        1
    } else {
        threads.max(1) as u64
    };
    // Parts start at a char's first byte, so each part is valid UTF-8 when the whole is.
    let mut bounds = vec![0];
    for i in 1..parts {
        bounds.push(char_start(&file, len * i / parts)?);
    }
    bounds.push(len);
    if parts == 1 {
        return is_plain(&file, 0..len).then_some(PlainFile { file, len });
    }
    let plain = std::thread::scope(|s| {
        let checks: Vec<_> = bounds
            .windows(2)
            .map(|w| {
                let (file, range) = (&file, w[0]..w[1]);
                s.spawn(move || is_plain(file, range))
            })
            .collect();
        // Every check joined before the answer.
        let results: Vec<bool> = checks
            .into_iter()
            .map(|c| c.join().unwrap_or(false))
            .collect();
        results.into_iter().all(|ok| ok)
    });
    plain.then_some(PlainFile { file, len })
}

/// The first offset from `at` that is not a UTF-8 continuation byte (at most 3 further).
fn char_start(file: &File, at: u64) -> Option<u64> {
    let mut bytes = [0u8; 4];
    let n = file.read_at(&mut bytes, at).ok()?;
    let skip = bytes[..n]
        .iter()
        .take_while(|&&b| (0x80..0xc0).contains(&b))
        .count();
    Some(at + skip as u64)
}

/// Whether the bytes of `range` in `file` are UTF-8 with no NUL byte.
fn is_plain(file: &File, range: Range<u64>) -> bool {
    let mut buf = vec![0u8; PIECE + 4];
    // Bytes of a char cut at the end of the previous piece, moved to the front.
    let mut carry = 0;
    let mut at = range.start;
    while at < range.end {
        let n = (range.end - at).min(PIECE as u64) as usize;
        if file.read_exact_at(&mut buf[carry..carry + n], at).is_err() {
            return false;
        }
        at += n as u64;
        let filled = carry + n;
        if buf[carry..filled].contains(&0) {
            return false;
        }
        carry = match utf8_up_to(&buf[..filled]) {
            Some(valid) => {
                buf.copy_within(valid..filled, 0);
                filled - valid
            }
            None => return false,
        };
    }
    carry == 0
}

/// How many bytes of `bytes` are whole UTF-8 chars when the rest is the start of one (cut by
/// the end of a piece); `None` when they are not UTF-8. The same answer as `str::from_utf8`,
/// faster on text of one- and two-byte chars (Arabic, Hebrew, Latin), which it checks itself.
fn utf8_up_to(bytes: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
        } else if (0xc2..0xe0).contains(&b) && bytes.get(i + 1).is_some_and(|&n| n & 0xc0 == 0x80) {
            i += 2;
        } else {
            // Anything else, one char at a time, by the standard library.
            let rest = &bytes[i..bytes.len().min(i + 4)];
            match std::str::from_utf8(rest) {
                Ok(s) => i += s.chars().next().map_or(1, char::len_utf8),
                Err(e) if e.valid_up_to() > 0 => i += e.valid_up_to(),
                Err(e) if e.error_len().is_none() => return Some(i),
                Err(_) => return None,
            }
        }
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(bytes: &[u8], threads: usize) -> bool {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, bytes).unwrap();
        open_plain(&path, threads).is_some()
    }

    proptest::proptest! {
        #[test]
        fn utf8_up_to_answers_as_the_standard_library(
            v in proptest::collection::vec(proptest::sample::select(&[
                0x00u8, 0x41, 0x7f, 0x80, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xd8, 0xdf, 0xe0, 0xe2,
                0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0x8f, 0x90,
            ][..]), 0..12),
            text in "[a\u{627}\u{5d0}\u{20ac}\u{1f600}]{0,6}",
        ) {
            for bytes in [v.clone(), [text.as_bytes(), &v].concat(), [&v, text.as_bytes()].concat()] {
                let want = match std::str::from_utf8(&bytes) {
                    Ok(_) => Some(bytes.len()),
                    Err(e) if e.error_len().is_none() => Some(e.valid_up_to()),
                    Err(_) => None,
                };
                proptest::prop_assert_eq!(utf8_up_to(&bytes), want, "{:x?}", bytes);
            }
        }
    }

    #[test]
    fn utf8_is_plain_and_anything_else_is_not() {
        // Long enough to be checked in parts, with two-byte chars across every part boundary.
        let arabic = "سلام عليكم ".repeat(100_000) + "م";
        for threads in [1, 2, 3, 7] {
            assert!(plain(arabic.as_bytes(), threads));
            let mut cut = arabic.as_bytes().to_vec();
            cut.pop();
            assert!(!plain(&cut, threads), "a char cut at the end");
            let mut bad = arabic.as_bytes().to_vec();
            let middle = bad.len() / 2 + 1;
            bad[middle] = 0xff;
            assert!(!plain(&bad, threads), "an invalid byte");
            bad[middle] = 0;
            assert!(!plain(&bad, threads), "a NUL byte");
        }
        assert!(plain(b"", 2));
        assert!(plain("\u{feff}abc".as_bytes(), 2));
        assert!(!plain(b"\xff\xfea\0", 2), "UTF-16");
        assert!(!plain(b"\xe3\xd1\xcd\xc8\xc7", 2), "windows-1256");
    }
}
