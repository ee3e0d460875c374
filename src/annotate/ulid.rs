//! New annotation ids: ULIDs (48-bit millisecond time + 80 random bits, Crockford base32), so ids
//! sort by creation time and sidecars written in id order list annotations oldest first.
//!
//! Ids made by one process are strictly increasing even within a millisecond (the random part is
//! incremented, as the ULID spec's monotonic mode does). Knows nothing about files or articles.

use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_MASK: u128 = (1 << 80) - 1;

static LAST: Mutex<Option<(u64, u128)>> = Mutex::new(None);

/// A new ULID string, 26 chars.
pub fn new_ulid() -> String {
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
        & ((1 << 48) - 1);
    let mut last = LAST.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let (ms, random) = match *last {
        Some((last_ms, last_random)) if now_ms <= last_ms => {
            if last_random == RANDOM_MASK {
                (last_ms + 1, random_bits())
            } else {
                (last_ms, last_random + 1)
            }
        }
        _ => (now_ms, random_bits()),
    };
    *last = Some((ms, random));
    encode((u128::from(ms) << 80) | random)
}

/// 80 random bits from the OS; if the OS cannot provide them, std's per-process random hash
/// keys mixed with the time (ids then stay unique, only less unpredictable).
fn random_bits() -> u128 {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes[..10]).is_err() {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        h.write_u32(std::process::id());
        let a = h.finish();
        h.write_u64(a);
        bytes[..8].copy_from_slice(&a.to_le_bytes());
        bytes[8..16].copy_from_slice(&h.finish().to_le_bytes());
    }
    u128::from_le_bytes(bytes) & RANDOM_MASK
}

fn encode(mut value: u128) -> String {
    let mut out = [0u8; 26];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(value & 31) as usize];
        value >>= 5;
    }
    out.iter().map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_26_crockford_chars_and_strictly_increasing() {
        let ids: Vec<String> = (0..2000).map(|_| new_ulid()).collect();
        for id in &ids {
            assert_eq!(id.len(), 26);
            assert!(id.bytes().all(|b| ALPHABET.contains(&b)), "{id}");
        }
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn encodes_known_values() {
        assert_eq!(encode(0), "00000000000000000000000000");
        assert_eq!(encode(u128::MAX), "7ZZZZZZZZZZZZZZZZZZZZZZZZZ");
        assert_eq!(encode(32), "00000000000000000000000010");
    }

    #[test]
    fn the_time_part_is_now() {
        let id = new_ulid();
        let ms = id[..10].bytes().fold(0u64, |acc, b| {
            acc * 32 + ALPHABET.iter().position(|&a| a == b).unwrap() as u64
        });
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64;
        assert!(ms <= now && now - ms < 60_000, "{ms} vs {now}");
    }
}
