//! UTC timestamps for `created` / `updated`: the clock, and conversion to and from TOML
//! date-times.
//!
//! Always UTC: a TOML date-time with an offset is converted to UTC on reading, one without an
//! offset is taken as UTC (KOReader's zone-less local times are a known source of bugs). Knows
//! nothing about annotations or files.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use toml::value::{Date, Datetime, Offset, Time};

/// A point in time, UTC, with nanosecond precision (hamish itself writes whole seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

/// Seconds from 0000-01-01T00:00:00Z to the Unix epoch; TOML years run 0000–9999.
const MIN_SECS: i64 = -62_167_219_200;
/// Seconds from the Unix epoch to 9999-12-31T23:59:59Z.
const MAX_SECS: i64 = 253_402_300_799;

impl Timestamp {
    /// The current time, truncated to whole seconds (what the sidecar shows).
    pub fn now() -> Timestamp {
        let secs = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_secs() as i64,
            Err(e) => -(e.duration().as_secs() as i64),
        };
        Timestamp::from_unix(secs, 0).unwrap_or(Timestamp { secs: 0, nanos: 0 })
    }

    /// Seconds and nanoseconds since the Unix epoch; `None` outside years 0000–9999 or with
    /// `nanos` ≥ 10⁹.
    pub fn from_unix(secs: i64, nanos: u32) -> Option<Timestamp> {
        ((MIN_SECS..=MAX_SECS).contains(&secs) && nanos < 1_000_000_000)
            .then_some(Timestamp { secs, nanos })
    }

    /// Seconds since the Unix epoch.
    pub fn unix_secs(self) -> i64 {
        self.secs
    }

    /// Sub-second part in nanoseconds.
    pub fn subsec_nanos(self) -> u32 {
        self.nanos
    }

    /// Reads a TOML date-time. Needs a date and a time; an offset is applied, a missing one
    /// means UTC. `Err` says what is wrong, for the parse error message.
    pub fn from_toml(dt: &Datetime) -> Result<Timestamp, &'static str> {
        let (Some(date), Some(time)) = (dt.date, dt.time) else {
            return Err("expected a date and time such as 2026-11-22T10:00:00Z");
        };
        let days = days_from_civil(i64::from(date.year), date.month, date.day);
        let offset_minutes = match dt.offset {
            None | Some(Offset::Z) => 0,
            Some(Offset::Custom { minutes }) => i64::from(minutes),
        };
        let secs = days * 86_400
            + i64::from(time.hour) * 3600
            + i64::from(time.minute) * 60
            + i64::from(time.second)
            - offset_minutes * 60;
        Timestamp::from_unix(secs, time.nanosecond)
            .ok_or("date-time out of range (years 0000–9999)")
    }

    /// The TOML date-time in UTC (`Z`), with a fraction only when there is one.
    pub fn to_toml(self) -> Datetime {
        let days = self.secs.div_euclid(86_400);
        let rem = self.secs.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        Datetime {
            date: Some(Date {
                year: year as u16,
                month,
                day,
            }),
            time: Some(Time {
                hour: (rem / 3600) as u8,
                minute: (rem / 60 % 60) as u8,
                second: (rem % 60) as u8,
                nanosecond: self.nanos,
            }),
            offset: Some(Offset::Z),
        }
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 in UTC, e.g. `2026-11-22T10:00:00Z`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.secs.div_euclid(86_400);
        let rem = self.secs.rem_euclid(86_400);
        let (y, mo, d) = civil_from_days(days);
        write!(
            f,
            "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}",
            rem / 3600,
            rem / 60 % 60,
            rem % 60
        )?;
        if self.nanos != 0 {
            let frac = format!("{:09}", self.nanos);
            write!(f, ".{}", frac.trim_end_matches('0'))?;
        }
        f.write_str("Z")
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). Months and
/// days out of range (TOML's parser already rejects them) roll over arithmetically.
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
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
    fn every_day_of_four_centuries_round_trips() {
        let start = days_from_civil(1900, 1, 1);
        for days in start..start + 146_097 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn now_is_after_2024() {
        assert!(Timestamp::now() > parse("2024-01-01T00:00:00Z").unwrap());
    }
}
