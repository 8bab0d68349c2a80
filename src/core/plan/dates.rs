//! Dates in a plan: how they are written and which ones are plausible.
//!
//! One room for both, so the plan file, validation and the staff import agree:
//! a plan file writes every date as `YYYY-MM-DD` (zero-padded; `2025-1-1` is
//! refused where it is read, with its line and column), and a birth date is
//! plausible when the person is 15 to 100 years old on the day it is checked.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer};

/// Youngest plausible age of a member of staff, in years.
pub const MIN_STAFF_AGE_YEARS: i32 = 15;
/// Oldest plausible age of a member of staff, in years.
pub const MAX_STAFF_AGE_YEARS: i32 = 100;
/// Earliest plausible year of a plan date (opening day, scenario period).
pub const FIRST_PLAN_YEAR: i32 = 1950;
/// Latest plausible year of a plan date.
pub const LAST_PLAN_YEAR: i32 = 2100;

/// The plausible birth dates on `today`: `(earliest, latest)`, both included
/// (15 to 100 years back, counted from the first of `today`'s month).
pub fn birth_date_window(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let years_back =
        |n: i32| NaiveDate::from_ymd_opt(today.year() - n, today.month(), 1).unwrap_or(today);
    (
        years_back(MAX_STAFF_AGE_YEARS),
        years_back(MIN_STAFF_AGE_YEARS),
    )
}

/// The plausible plan dates: `(earliest, latest)`, both included.
pub fn plan_date_window() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(FIRST_PLAN_YEAR, 1, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(LAST_PLAN_YEAR, 12, 31).unwrap_or_default(),
    )
}

/// Reads a date written exactly `YYYY-MM-DD`, zero-padded (`2025-07-01`).
///
/// chrono's own parser also takes `2025-7-1` and `+2025-07-01`; a plan file
/// is read by people and by other programs, so it has one spelling.
pub fn parse_iso_date(s: &str) -> Result<NaiveDate, String> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(format!(
            "date \"{s}\" is not written YYYY-MM-DD (for example 2025-07-01)"
        ));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("\"{s}\" is not a day of the calendar"))
}

/// serde `deserialize_with` for a `NaiveDate` field of a plan.
pub fn strict<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = String::deserialize(d)?;
    parse_iso_date(&s).map_err(serde::de::Error::custom)
}

/// serde `deserialize_with` for an `Option<NaiveDate>` field of a plan.
pub fn strict_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<String>::deserialize(d)?
        .map(|s| parse_iso_date(&s).map_err(serde::de::Error::custom))
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn only_padded_iso_dates_are_read() {
        assert_eq!(parse_iso_date("2025-07-01"), Ok(d(2025, 7, 1)));
        for bad in [
            "2025-1-1",
            "2025-7-01",
            "+2025-07-01",
            "2025/07/01",
            "01/07/2025",
            "",
        ] {
            assert!(parse_iso_date(bad).is_err(), "{bad} was accepted");
        }
        let e = parse_iso_date("2025-02-30").unwrap_err();
        assert!(e.contains("not a day of the calendar"), "{e}");
    }

    #[test]
    fn birth_window_is_15_to_100_years_back() {
        let (earliest, latest) = birth_date_window(d(2026, 12, 2));
        assert_eq!(earliest, d(1926, 12, 1));
        assert_eq!(latest, d(2011, 12, 1));
    }
}
