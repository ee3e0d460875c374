//! UTC timestamps for `created` / `updated`: the clock, and conversion to and from TOML
//! date-times (a `chrono` UTC date-time inside, written exactly as TOML writes it).
//!
//! Always UTC: a TOML date-time with an offset is converted to UTC on reading, one without an
//! offset is taken as UTC (KOReader's zone-less local times are a known source of bugs). Knows
//! nothing about annotations or files.

use std::fmt;
use std::time::SystemTime;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use toml::value::{Date, Datetime, Offset, Time};

/// A point in time, UTC, with nanosecond precision (hamish itself writes whole seconds), within
/// the years TOML can write (0000–9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

/// Seconds from 0000-01-01T00:00:00Z to the Unix epoch; TOML years run 0000–9999.
const MIN_SECS: i64 = -62_167_219_200;
/// Seconds from the Unix epoch to 9999-12-31T23:59:59Z.
const MAX_SECS: i64 = 253_402_300_799;

impl Timestamp {
    /// The current time, truncated to whole seconds (what the sidecar shows).
    pub fn now() -> Timestamp {
        let now = DateTime::<Utc>::from(SystemTime::now());
        Timestamp::from_unix(now.timestamp(), 0).unwrap_or(Timestamp(DateTime::UNIX_EPOCH))
    }

    /// Seconds and nanoseconds since the Unix epoch; `None` outside years 0000–9999 or with
    /// `nanos` ≥ 10⁹.
    pub fn from_unix(secs: i64, nanos: u32) -> Option<Timestamp> {
        if !(MIN_SECS..=MAX_SECS).contains(&secs) || nanos >= 1_000_000_000 {
            return None;
        }
        DateTime::from_timestamp(secs, nanos).map(Timestamp)
    }

    /// Seconds since the Unix epoch.
    pub(crate) fn unix_secs(self) -> i64 {
        self.0.timestamp()
    }

    /// Reads a TOML date-time. Needs a date and a time; an offset is applied, a missing one
    /// means UTC. `Err` says what is wrong, for the parse error message.
    pub(crate) fn from_toml(dt: &Datetime) -> Result<Timestamp, &'static str> {
        let (Some(date), Some(time)) = (dt.date, dt.time) else {
            return Err("expected a date and time such as 2026-11-22T10:00:00Z");
        };
        let midnight = NaiveDate::from_ymd_opt(
            i32::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        )
        .ok_or("not a date")?
        .and_hms_opt(0, 0, 0)
        .ok_or("not a date")?;
        let offset_minutes = match dt.offset {
            None | Some(Offset::Z) => 0,
            Some(Offset::Custom { minutes }) => i64::from(minutes),
        };
        // Added as seconds, not through a NaiveTime, so a leap second (`:60`) rolls over as
        // TOML allows rather than failing.
        let secs = midnight.and_utc().timestamp()
            + i64::from(time.hour) * 3600
            + i64::from(time.minute) * 60
            + i64::from(time.second)
            - offset_minutes * 60;
        Timestamp::from_unix(secs, time.nanosecond)
            .ok_or("date-time out of range (years 0000–9999)")
    }

    /// The TOML date-time in UTC (`Z`), with a fraction only when there is one.
    pub fn to_toml(self) -> Datetime {
        let t = self.0;
        // In range by construction: years 0000–9999, so each field fits.
        Datetime {
            date: Some(Date {
                year: t.year() as u16,
                month: t.month() as u8,
                day: t.day() as u8,
            }),
            time: Some(Time {
                hour: t.hour() as u8,
                minute: t.minute() as u8,
                second: t.second() as u8,
                nanosecond: t.nanosecond(),
            }),
            offset: Some(Offset::Z),
        }
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 in UTC as TOML writes it, e.g. `2026-11-22T10:00:00Z`, the fraction without
    /// trailing zeros (`…:00.25Z`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_toml().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Timestamp, &'static str> {
        Timestamp::from_toml(&s.parse::<Datetime>().unwrap())
    }

    #[test]
    fn known_instants_round_trip() {
        for (text, secs) in [
            ("1970-01-01T00:00:00Z", 0),
            ("2026-11-22T10:00:00Z", 1_795_341_600),
            ("2000-02-29T23:59:59Z", 951_868_799),
            ("1969-12-31T23:59:59Z", -1),
            ("0000-01-01T00:00:00Z", MIN_SECS),
            ("9999-12-31T23:59:59Z", MAX_SECS),
        ] {
            let t = parse(text).unwrap();
            assert_eq!(t.unix_secs(), secs, "{text}");
            assert_eq!(t.to_string(), text);
            assert_eq!(t.to_toml().to_string(), text);
        }
    }

    #[test]
    fn offsets_convert_to_utc_and_local_times_count_as_utc() {
        assert_eq!(
            parse("2026-11-22T12:30:00+02:30").unwrap().to_string(),
            "2026-11-22T10:00:00Z"
        );
        assert_eq!(
            parse("2026-11-22T10:00:00").unwrap().to_string(),
            "2026-11-22T10:00:00Z"
        );
        assert_eq!(
            parse("2026-11-22T10:00:00.250Z").unwrap().to_string(),
            "2026-11-22T10:00:00.25Z"
        );
        assert!(parse("2026-11-22").is_err());
        assert!(parse("10:00:00").is_err());
        assert!(parse("0000-01-01T00:00:00+01:00").is_err());
    }

    #[test]
    fn the_written_form_is_the_one_hamish_always_wrote() {
        // Recorded from the hand-written conversion this replaced (before chrono).
        for (secs, nanos, text) in [
            (1, 1, "1970-01-01T00:00:01.000000001Z"),
            (-1, 999_999_999, "1969-12-31T23:59:59.999999999Z"),
            (951_868_799, 250_000_000, "2000-02-29T23:59:59.25Z"),
            (1_795_341_600, 123_456_789, "2026-11-22T10:00:00.123456789Z"),
            (MAX_SECS, 999_999_999, "9999-12-31T23:59:59.999999999Z"),
            (1_700_000_007, 100, "2023-11-14T22:13:27.0000001Z"),
            (4_102_444_800, 10_000_000, "2100-01-01T00:00:00.01Z"),
            (-2_208_988_800, 5, "1900-01-01T00:00:00.000000005Z"),
        ] {
            let t = Timestamp::from_unix(secs, nanos).unwrap();
            assert_eq!(t.to_string(), text);
            assert_eq!(t.to_toml().to_string(), text);
            assert_eq!(parse(text).unwrap(), t);
        }
        assert!(Timestamp::from_unix(MAX_SECS + 1, 0).is_none());
        assert!(Timestamp::from_unix(0, 1_000_000_000).is_none());
        assert_eq!(
            parse("2026-11-22T23:59:60Z").unwrap().to_string(),
            "2026-11-23T00:00:00Z"
        );
    }

    #[test]
    fn now_is_after_2024() {
        assert!(Timestamp::now() > parse("2024-01-01T00:00:00Z").unwrap());
    }
}
