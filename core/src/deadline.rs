//! The statutory deadline for publishing a response.
//!
//! Section 55(5A) of the Police Act 1996: the comments "must be published before the end of
//! the period of 56 days beginning with the day on which the report is published". The day
//! of publication is the first of the 56, so the last day is 55 days after it. Reading the
//! period as "eight weeks", the same weekday eight weeks on, gives a day too many. No weekend
//! or bank-holiday extension applies.

use crate::dates::uk_long;
use time::{Date, Duration};

/// The days in the period, the day of publication included.
pub const PERIOD_DAYS: i64 = 56;

/// The last day on which a response to a report published on `published` may be published;
/// `None` only for dates at the very end of the calendar the date crate supports.
pub fn last_day(published: Date) -> Option<Date> {
    published.checked_add(Duration::days(PERIOD_DAYS - 1))
}

/// Where a date stands against the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Days still to go after the given day (0 on the last day itself).
    InTime { days_left: i64 },
    /// Days after the last day.
    Late { days_over: i64 },
}

/// The deadline for one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub published: Date,
    pub last_day: Date,
}

impl Deadline {
    pub fn for_report(published: Date) -> Option<Deadline> {
        Some(Deadline {
            published,
            last_day: last_day(published)?,
        })
    }

    /// How `day` stands against the last day.
    pub fn standing(&self, day: Date) -> Standing {
        let days = (self.last_day - day).whole_days();
        if days >= 0 {
            Standing::InTime { days_left: days }
        } else {
            Standing::Late { days_over: -days }
        }
    }

    /// A short line for the person drafting on `today`, e.g. "10 days left".
    pub fn countdown(&self, today: Date) -> String {
        if today < self.published {
            return format!(
                "the report is not published until {}",
                uk_long(self.published)
            );
        }
        match self.standing(today) {
            Standing::InTime { days_left: 0 } => "today is the last day".to_owned(),
            Standing::InTime { days_left } => format!("{} left", days(days_left)),
            Standing::Late { days_over } => format!("{} overdue", days(days_over)),
        }
    }
}

/// "1 day", "2 days".
pub fn days(count: i64) -> String {
    if count == 1 {
        "1 day".to_owned()
    } else {
        format!("{count} days")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::date;

    #[test]
    fn the_publication_day_is_day_one_of_fifty_six() {
        assert_eq!(last_day(date(2025, 6, 12)), Some(date(2025, 8, 6)));
    }

    #[test]
    fn eight_weeks_on_is_one_day_too_late() {
        let published = date(2025, 6, 12);
        let eight_weeks_on = published + Duration::weeks(8);
        assert_eq!(eight_weeks_on, date(2025, 8, 7));
        assert_ne!(last_day(published), Some(eight_weeks_on));
    }

    #[test]
    fn a_response_dated_the_day_after_the_last_day_is_one_day_late() {
        let deadline = Deadline::for_report(date(2025, 6, 12)).unwrap();
        assert_eq!(
            deadline.standing(date(2025, 8, 7)),
            Standing::Late { days_over: 1 }
        );
        assert_eq!(
            deadline.standing(date(2025, 8, 6)),
            Standing::InTime { days_left: 0 }
        );
    }

    #[test]
    fn leap_years_count_the_twenty_ninth_of_february() {
        assert_eq!(last_day(date(2024, 1, 10)), Some(date(2024, 3, 5)));
        assert_eq!(last_day(date(2025, 1, 10)), Some(date(2025, 3, 6)));
        assert_eq!(last_day(date(2024, 2, 29)), Some(date(2024, 4, 24)));
    }

    #[test]
    fn month_and_year_ends_roll_over() {
        assert_eq!(last_day(date(2025, 12, 31)), Some(date(2026, 2, 24)));
        assert_eq!(last_day(date(2025, 1, 31)), Some(date(2025, 3, 27)));
        assert_eq!(last_day(date(2025, 11, 30)), Some(date(2026, 1, 24)));
    }

    #[test]
    fn no_weekend_or_bank_holiday_extension() {
        // Published on a Sunday, the last day is a Saturday and stays there.
        let last = last_day(date(2025, 6, 22)).unwrap();
        assert_eq!(last, date(2025, 8, 16));
        assert_eq!(last.weekday(), time::Weekday::Saturday);
        // The August bank holiday (25 August 2025) is the last day, not a day of grace.
        assert_eq!(last_day(date(2025, 7, 1)), Some(date(2025, 8, 25)));
    }

    #[test]
    fn the_end_of_the_calendar_gives_no_deadline_rather_than_a_panic() {
        assert_eq!(last_day(Date::MAX), None);
    }

    #[test]
    fn countdown_reads_as_a_person_would_say_it() {
        let deadline = Deadline::for_report(date(2025, 6, 12)).unwrap();
        assert_eq!(deadline.countdown(date(2025, 7, 27)), "10 days left");
        assert_eq!(deadline.countdown(date(2025, 8, 5)), "1 day left");
        assert_eq!(
            deadline.countdown(date(2025, 8, 6)),
            "today is the last day"
        );
        assert_eq!(deadline.countdown(date(2025, 8, 9)), "3 days overdue");
        assert_eq!(
            deadline.countdown(date(2025, 6, 1)),
            "the report is not published until 12 June 2025"
        );
    }
}
