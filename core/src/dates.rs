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

/// A date known to be real, for tests: `date(2025, 6, 12)`.
#[cfg(test)]
pub(crate) fn date(year: i32, month: u8, day: u8) -> Date {
    from_calendar(year, month, day).expect("a real date")
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

/// Serde for a `Date` as an ISO string.
pub mod iso_date {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::iso(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_iso(&text).ok_or_else(|| D::Error::custom(format!("not a date: {text:?}")))
    }
}

/// Serde for a list of dates as ISO strings.
pub mod iso_dates {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(dates: &[Date], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(dates.iter().map(|date| super::iso(*date)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Date>, D::Error> {
        Vec::<String>::deserialize(deserializer)?
            .iter()
            .map(|text| {
                super::parse_iso(text)
                    .ok_or_else(|| D::Error::custom(format!("not a date: {text:?}")))
            })
            .collect()
    }
}

/// Reads a date as people write them in the UK: "7 August 2025", "7th Aug 2025", "Thursday 22
/// September 2022", "the 2 November 2022", "Thursday the 22nd of September 2022", "12/6/2025",
/// "12.06.25", "2025-06-12". A month and
/// year alone ("November 2022") reads as the first of that month. The whole text must be the
/// date, apart from surrounding spaces and punctuation.
pub fn parse_uk(text: &str) -> Option<Date> {
    let tokens = tokens(text);
    match find_in_tokens(&tokens)? {
        (date, end) if end == tokens.len() => Some(date),
        _ => None,
    }
}

/// The first date written anywhere in `text`, with the byte range it takes up.
pub fn find_uk(text: &str) -> Option<(Date, std::ops::Range<usize>)> {
    let tokens = tokens(text);
    (0..tokens.len()).find_map(|start| {
        let (date, end) = find_in_tokens(&tokens[start..])?;
        Some((date, tokens[start].1.start..tokens[start + end - 1].1.end))
    })
}

/// Every date written with its day in `text` ("14 October 2022", "the 2nd of May", not
/// "October 2022"), with the byte range each takes up.
pub fn find_all_days(text: &str) -> Vec<(Date, std::ops::Range<usize>)> {
    let tokens = tokens(text);
    let mut found = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        match find_in_tokens(&tokens[start..]) {
            Some((date, end)) => {
                let words = &tokens[start..start + end];
                let has_day = words.len() == 1 && numeric_date(words[0].0).is_some()
                    || words.iter().any(|(word, _)| day_number(word).is_some());
                if has_day {
                    found.push((date, words[0].1.start..words[end - 1].1.end));
                }
                start += end;
            }
            None => start += 1,
        }
    }
    found
}

/// Words and numbers with their places; punctuation other than date separators splits them.
fn tokens(text: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let part_of_token =
            c.is_alphanumeric() || ((c == '/' || c == '.' || c == '-') && start.is_some());
        match (part_of_token, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let token = text[from..at].trim_end_matches(['.', '-', '/']);
                if !token.is_empty() {
                    found.push((token, from..from + token.len()));
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// A date at the start of `tokens` (after an optional "the" and weekday, in either order),
/// and the number of tokens it takes up.
fn find_in_tokens(tokens: &[(&str, std::ops::Range<usize>)]) -> Option<(Date, usize)> {
    // A date takes at most seven words ("the Thursday the 22nd of September 2022"): looking at
    // more made finding a date in a long line take time in the square of its length.
    let words: Vec<&str> = tokens.iter().take(7).map(|(t, _)| *t).collect();
    let the = |word: Option<&&str>| word.is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let mut at = 0;
    if the(words.first()) {
        at += 1;
    }
    if words.get(at).is_some_and(|w| weekday(w)) {
        at += 1;
        if the(words.get(at)) {
            at += 1;
        }
    }
    // "22nd of September 2022": the "of" is read as if it were not there.
    let of = words
        .get(at + 1)
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.get(at).is_some_and(|w| day_number(w).is_some());
    let kept: Vec<&str>;
    let rest = if of {
        kept = [&words[at..=at], &words[at + 2..]].concat();
        &kept[..]
    } else {
        &words[at..]
    };
    let skipped = usize::from(of);
    let date = match rest {
        [day, month, year, ..]
            if day_number(day).is_some()
                && month_number(month).is_some()
                && year_number(year).is_some() =>
        {
            from_calendar(year_number(year)?, month_number(month)?, day_number(day)?)
                .map(|d| (d, at + skipped + 3))
        }
        [month, day, year, ..]
            if month_number(month).is_some()
                && day_number(day).is_some()
                && year_number(year).is_some() =>
        {
            from_calendar(year_number(year)?, month_number(month)?, day_number(day)?)
                .map(|d| (d, at + 3))
        }
        [month, year, ..] if month_number(month).is_some() && year_number(year).is_some() => {
            from_calendar(year_number(year)?, month_number(month)?, 1).map(|d| (d, at + 2))
        }
        [numeric, ..] => numeric_date(numeric).map(|d| (d, at + 1)),
        [] => None,
    }?;
    Some(date)
}

fn weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let word = word.to_ascii_lowercase();
    DAYS.iter()
        .any(|day| *day == word || (word.len() == 3 && day.starts_with(&word)))
}

fn month_number(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let found = MONTHS.iter().position(|month| {
        *month == word
            || (word.len() <= 4 && month.starts_with(&word))
            || (word == "sept" && *month == "september")
    })?;
    Some(found as u8 + 1)
}

fn day_number(word: &str) -> Option<u8> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| {
            word.to_ascii_lowercase()
                .strip_suffix(suffix)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| word.to_owned());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|day| (1..=31).contains(day))
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|year| (1900..=2200).contains(year))
}

/// "12/6/2025", "12.06.25", "12-06-2025", or ISO "2025-06-12".
fn numeric_date(word: &str) -> Option<Date> {
    let separator = word.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = word.split(separator).collect();
    let [first, second, third] = parts[..] else {
        return None;
    };
    let number = |part: &str| -> Option<i32> {
        (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (a, b, c) = (number(first)?, number(second)?, number(third)?);
    if first.len() == 4 {
        return from_calendar(a, u8::try_from(b).ok()?, u8::try_from(c).ok()?);
    }
    let year = match third.len() {
        2 => 2000 + c,
        4 => c,
        _ => return None,
    };
    from_calendar(year, u8::try_from(b).ok()?, u8::try_from(a).ok()?)
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

    #[test]
    fn uk_dates_are_read_as_people_write_them() {
        let date = from_calendar(2022, 9, 22);
        for text in [
            "22 September 2022",
            "22nd September 2022",
            "22 Sept 2022",
            "22 Sep. 2022",
            "Thursday 22 September 2022",
            "Thursday, 22 September 2022",
            "the 22 September 2022",
            "22/9/2022",
            "22/09/2022",
            "22.09.22",
            "22-09-2022",
            "2022-09-22",
            "September 22, 2022",
            " 22 september 2022. ",
            "22nd of September 2022",
            "the 22nd of September 2022",
            "Thursday the 22nd of September 2022",
            "Thursday, the 22nd of September, 2022",
        ] {
            assert_eq!(parse_uk(text), date, "{text}");
        }
        assert_eq!(parse_uk("November 2022"), from_calendar(2022, 11, 1));
    }

    #[test]
    fn impossible_or_partial_dates_are_not_guessed() {
        for text in [
            "31 June 2025",
            "29/2/2025",
            "13/13/2025",
            "7 August",
            "August",
            "2025",
            "",
            "7 Smarch 2025",
            "1/2",
            "12 June 2025 onwards",
        ] {
            assert_eq!(parse_uk(text), None, "{text}");
        }
        assert_eq!(parse_uk("29/2/2024"), from_calendar(2024, 2, 29));
    }

    #[test]
    fn a_date_is_found_inside_a_sentence_with_its_place() {
        let text = "published by HMICFRS on 12 June 2025 Avon & Somerset";
        let (date, range) = find_uk(text).unwrap();
        assert_eq!(Some(date), from_calendar(2025, 6, 12));
        assert_eq!(&text[range], "12 June 2025");
        let text = "By 31 March 2023, chief constables should";
        assert_eq!(&text[find_uk(text).unwrap().1], "31 March 2023");
        assert_eq!(find_uk("no date here, 12 people"), None);
        assert_eq!(
            &"Dated: Thursday 7 August 2025."[find_uk("Dated: Thursday 7 August 2025.").unwrap().1],
            "Thursday 7 August 2025"
        );
    }

    #[test]
    fn dates_with_their_days_are_found_in_prose() {
        let text = "On 5 April 2019 HMICFRS published its report, visited in October 2018; I wrote on the 11th July 2019 and 12/6/2025.";
        let found: Vec<(Date, &str)> = find_all_days(text)
            .into_iter()
            .map(|(date, range)| (date, &text[range]))
            .collect();
        assert_eq!(
            found,
            [
                (from_calendar(2019, 4, 5).unwrap(), "5 April 2019"),
                (from_calendar(2019, 7, 11).unwrap(), "the 11th July 2019"),
                (from_calendar(2025, 6, 12).unwrap(), "12/6/2025"),
            ]
        );
    }
}
