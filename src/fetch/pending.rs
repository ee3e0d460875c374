//! A feed's items still to save: the new items a fetch found, tried at most [`PER_FETCH`] per
//! run, and the ones that failed, tried again after a growing pause until [`MAX_TRIES`].
//!
//! Kept in the feed's state file with everything needed to save an item later, so the feed's
//! own conditional-GET validators can be kept after every fetch (an unchanged feed is answered
//! 304 and not read again, yet its waiting items are still tried). A feed listing thousands of
//! new items costs a bounded number of requests per run; an item that fails forever costs
//! [`MAX_TRIES`] requests. Functions from data to data; knows nothing about HTTP or files.

use serde::Deserialize;

/// Items tried at most in one fetch of one feed.
pub(crate) const PER_FETCH: usize = 100;
/// Items kept waiting at most (the first ones a feed lists, which feeds put newest first).
pub(crate) const MAX_WAITING: usize = 1_000;
/// Tries before an item is given up (then it is marked seen and reported once).
pub(crate) const MAX_TRIES: u32 = 5;
/// The pause after the first failure; it doubles after each further one (1, 2, 4, 8 hours).
pub(crate) const FIRST_PAUSE_SECS: i64 = 3_600;

/// An item still to save.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Pending {
    /// The item's guid (or its link when it has none).
    pub id: String,
    /// The page to save.
    pub link: Option<String>,
    /// The item's title, used when the page has none (as are the next three).
    #[serde(default)]
    pub title: Option<String>,
    /// The item's date, RFC 3339.
    #[serde(default)]
    pub published: Option<String>,
    /// The item's author.
    #[serde(default)]
    pub author: Option<String>,
    /// The feed's title, the article's source when the page names none.
    #[serde(default)]
    pub source: Option<String>,
    /// Failed tries so far.
    #[serde(default)]
    pub tries: u32,
    /// Not tried again before this time (Unix seconds).
    #[serde(default)]
    pub after: i64,
    /// Why the last try failed.
    #[serde(default)]
    pub error: Option<String>,
}

impl Pending {
    /// The keys the item is known by (its guid and link).
    pub fn keys(&self) -> impl Iterator<Item = &str> + Clone {
        std::iter::once(self.id.as_str()).chain(self.link.as_deref())
    }

    /// Where it is shown in a report: its link, else its guid.
    pub fn shown(&self) -> &str {
        self.link.as_deref().unwrap_or(&self.id)
    }
}

/// What became of a failed try.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// It waits for another try.
    Waits(Pending),
    /// It failed [`MAX_TRIES`] times and is given up.
    GivenUp(Pending),
}

/// Adds the items of `found` not already waiting to `waiting`, keeping at most
/// [`MAX_WAITING`]; how many found items were left out for that.
pub(crate) fn enqueue(waiting: &mut Vec<Pending>, found: Vec<Pending>) -> usize {
    let mut dropped = 0;
    for item in found {
        if waiting.iter().any(|w| w.id == item.id) {
            continue;
        }
        if waiting.len() >= MAX_WAITING {
            dropped += 1;
        } else {
            waiting.push(item);
        }
    }
    dropped
}

/// Takes from `waiting` the items due at `now`, at most [`PER_FETCH`], in order.
pub(crate) fn take_due(waiting: &mut Vec<Pending>, now: i64) -> Vec<Pending> {
    let mut due = Vec::new();
    waiting.retain(|item| {
        if due.len() < PER_FETCH && item.after <= now {
            due.push(item.clone());
            false
        } else {
            true
        }
    });
    due
}

/// `item` after a failed try at `now` for `error`.
pub fn failed(mut item: Pending, error: String, now: i64) -> Failure {
    item.tries += 1;
    item.error = Some(error);
    if item.tries >= MAX_TRIES {
        return Failure::GivenUp(item);
    }
    item.after = now + (FIRST_PAUSE_SECS << (item.tries - 1));
    Failure::Waits(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(n: usize) -> Pending {
        Pending {
            id: format!("guid-{n}"),
            link: Some(format!("https://example.com/{n}")),
            ..Pending::default()
        }
    }

    #[test]
    fn a_huge_feed_is_kept_bounded_and_taken_a_hundred_at_a_time() {
        let mut waiting = Vec::new();
        let dropped = enqueue(&mut waiting, (0..100_000).map(item).collect());
        assert_eq!(
            (waiting.len(), dropped),
            (MAX_WAITING, 100_000 - MAX_WAITING)
        );
        assert_eq!(enqueue(&mut waiting, vec![item(0)]), 0, "already waiting");
        let due = take_due(&mut waiting, 0);
        assert_eq!(due.len(), PER_FETCH);
        assert_eq!(due[0], item(0), "in the feed's order");
        assert_eq!(waiting.len(), MAX_WAITING - PER_FETCH);
    }

    #[test]
    fn failures_wait_longer_each_time_then_are_given_up() {
        let mut it = item(1);
        let mut pauses = Vec::new();
        loop {
            match failed(it, "HTTP 500".into(), 1_000) {
                Failure::Waits(next) => {
                    pauses.push(next.after - 1_000);
                    let mut waiting = vec![next.clone()];
                    assert!(take_due(&mut waiting, next.after - 1).is_empty());
                    assert_eq!(
                        take_due(&mut waiting, next.after),
                        std::slice::from_ref(&next)
                    );
                    it = next;
                }
                Failure::GivenUp(last) => {
                    assert_eq!(last.tries, MAX_TRIES);
                    assert_eq!(last.error.as_deref(), Some("HTTP 500"));
                    break;
                }
            }
        }
        assert_eq!(pauses, [3_600, 7_200, 14_400, 28_800]);
    }
}
