//! Dates as the response writes them (`7 August 2025`) and as it stores them (`2025-08-07`).

use time::{Date, Month};

/// The UK long form used in published responses: no ordinal, no comma.
pub fn uk_long(date: Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// The long form with the day of the week, e.g. "Wednesday 6 August 2025", for deadlines.
pub fn uk_long_with_weekday(date: Date) -> String {
    format!("{} {}", date.weekday(), uk_long(date))
}

/// The ISO 8601 calendar date, as stored and as used in `<time datetime>`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Reads `YYYY-MM-DD`, as stored and as a date input gives it; `None` for anything else,
/// including dates that do not exist.
pub fn parse_iso(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    from_calendar(year, month, day)
}

/// A calendar date from numbers, `None` where no such day exists.
pub fn from_calendar(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// Serde for `Option<Date>` as an ISO string or null.
pub mod iso_option {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&super::iso(*date)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => super::parse_iso(&text)
                .map(Some)
                .ok_or_else(|| D::Error::custom(format!("not a date: {text:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_long_has_no_ordinal_or_comma() {
        assert_eq!(uk_long(from_calendar(2025, 8, 7).unwrap()), "7 August 2025");
        assert_eq!(uk_long(from_calendar(2025, 6, 12).unwrap()), "12 June 2025");
    }

    #[test]
    fn deadlines_read_with_the_day_of_the_week() {
        let date = from_calendar(2025, 8, 6).unwrap();
        assert_eq!(uk_long_with_weekday(date), "Wednesday 6 August 2025");
    }

    #[test]
    fn iso_pads_month_and_day() {
        assert_eq!(iso(from_calendar(2025, 8, 7).unwrap()), "2025-08-07");
    }

    #[test]
    fn parse_iso_reads_what_iso_writes() {
        let date = from_calendar(2024, 2, 29).unwrap();
        assert_eq!(parse_iso(&iso(date)), Some(date));
    }

    #[test]
    fn parse_iso_refuses_impossible_and_malformed_dates() {
        assert_eq!(parse_iso("2025-02-29"), None);
        assert_eq!(parse_iso("2025-13-01"), None);
        assert_eq!(parse_iso("7 August 2025"), None);
        assert_eq!(parse_iso(""), None);
        assert_eq!(parse_iso("2025-08"), None);
    }
}
