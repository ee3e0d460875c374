//! Big sidecars made up for tests and benches: a small deterministic random number generator and
//! a sidecar with many annotations spread over a text. Knows nothing of the reader.

use hamish::annotate::model::{Annotation, AnnotationId};
use hamish::annotate::offsets::TextIndex;

/// A small deterministic random number generator (xorshift64*), seeded per test.
pub struct Rng(pub u64);

impl Rng {
    /// The next number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
    }
}

/// A sidecar for `text` with `n` annotations spread over it, as hamish would write them, with
/// the article's checksum so that opening it needs no re-anchoring.
pub fn big_sidecar(file: &str, text: &str, n: usize) -> hamish::annotate::model::Sidecar {
    use hamish::annotate::fingerprint::sha256_hex;
    let index = TextIndex::new(text);
    let len = index.char_len();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut s = hamish::annotate::model::Sidecar::new(file);
    s.article.sha256 = sha256_hex(text.as_bytes());
    for i in 0..n {
        let start = rng.below(len as u64 - 80) as usize;
        let range = index.snap(start..start + 5 + rng.below(60) as usize);
        let q = index.quote(range.clone());
        let a = Annotation {
            id: AnnotationId::generate(),
            start: range.start,
            end: range.end,
            exact: q.exact,
            prefix: q.prefix,
            suffix: q.suffix,
            // Sorted, as parsing leaves them, so that the written file is canonical.
            tags: vec!["bench".into(), format!("tag{}", i % 17)],
            color: ["yellow", "green", "blue"][i % 3].into(),
            note: if i % 4 == 0 {
                format!("ملاحظة {i}\nسطر ثان")
            } else {
                String::new()
            },
            created: hamish::annotate::time::Timestamp::from_unix(1_795_341_600 + i as i64, 0),
            updated: hamish::annotate::time::Timestamp::from_unix(1_795_341_600 + i as i64, 0),
            extra: Default::default(),
        };
        s.annotations.insert(a.id.clone(), a);
    }
    s
}
