//! The last day to publish as an iCalendar event (RFC 5545), for the office's calendar: an
//! all-day event with reminders two weeks and three days before.

use crate::dates::{iso, uk_long};
use crate::deadline::Deadline;
use crate::model::Draft;
use time::{Date, Duration, OffsetDateTime};

/// How long before the last day each reminder goes off.
pub const REMINDERS: [&str; 2] = ["-P14D", "-P3D"];

/// The `.ics` file for the draft's last day to publish; `None` until the report's publication
/// date is known. `uid` names the draft, so importing the file again updates the same event;
/// `now_ms` is the time it is made, in milliseconds since 1970.
pub fn deadline_event(draft: &Draft, uid: &str, now_ms: f64) -> Option<String> {
    let deadline = draft.report.published.and_then(Deadline::for_report)?;
    let day_after = deadline.last_day.checked_add(Duration::days(1))?;
    let report = match draft.report.title.trim() {
        "" => "the inspection report".to_owned(),
        title => format!("‘{title}’"),
    };
    let summary = format!("Last day to publish the response to {report}");
    let description = format!(
        "Section 55 of the Police Act 1996: the comments on {report}, published on {}, must be \
         published by the end of {}.",
        uk_long(deadline.published),
        uk_long(deadline.last_day)
    );
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Response Drafter//Deadline//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", text(&format!("deadline-{uid}@response-drafter"))),
        format!("DTSTAMP:{}", utc_stamp(now_ms)),
        format!("DTSTART;VALUE=DATE:{}", basic(deadline.last_day)),
        format!("DTEND;VALUE=DATE:{}", basic(day_after)),
        format!("SUMMARY:{}", text(&summary)),
        format!("DESCRIPTION:{}", text(&description)),
        "TRANSP:TRANSPARENT".to_owned(),
    ];
    for trigger in REMINDERS {
        lines.extend([
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("TRIGGER:{trigger}"),
            format!("DESCRIPTION:{}", text(&summary)),
            "END:VALARM".to_owned(),
        ]);
    }
    lines.extend(["END:VEVENT".to_owned(), "END:VCALENDAR".to_owned()]);
    Some(lines.iter().map(|line| fold(line)).collect())
}

/// A date as iCalendar writes it: 20250806.
fn basic(date: Date) -> String {
    iso(date).replace('-', "")
}

/// A moment in UTC as iCalendar writes it: 20251201T093000Z.
fn utc_stamp(ms: f64) -> String {
    let moment = OffsetDateTime::from_unix_timestamp((ms / 1000.0).floor() as i64)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    format!(
        "{}T{:02}{:02}{:02}Z",
        basic(moment.date()),
        moment.hour(),
        moment.minute(),
        moment.second()
    )
}

/// A TEXT value, with the characters RFC 5545 reserves escaped. It allows no control
/// character but the tab: a line break is written `\n`, other breaks and spaces (vertical tab,
/// form feed, next line) become a space, and the rest are left out.
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push(c),
            c if c.is_control() && c.is_whitespace() && c != '\r' => escaped.push(' '),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A content line ended by CRLF and folded so no line is longer than 75 octets, never inside
/// a character, and never beside a space: some calendar programs trim the spaces either side
/// of a fold, not just the one that marks it, and would run two words together.
fn fold(line: &str) -> String {
    let mut parts = vec![String::new()];
    for c in line.chars() {
        let current = parts.last_mut().expect("never empty");
        if current.len() + c.len_utf8() <= 75 {
            current.push(c);
            continue;
        }
        let mut carried = c.to_string();
        while current.len() > 40 && (current.ends_with(' ') || carried.starts_with(' ')) {
            let last = current.pop().expect("not empty");
            carried.insert(0, last);
        }
        parts.push(format!(" {carried}"));
    }
    let mut folded = parts.join("\r\n");
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::date;
    use crate::template::new_draft;

    fn draft(published: Date) -> Draft {
        let mut draft = new_draft();
        draft.report.title =
            "PEEL 2025: an inspection of Kent Police, with a long, long title; really".into();
        draft.report.published = Some(published);
        draft
    }

    /// The event's properties, read back by a well-kept iCalendar parser.
    fn parsed(ics: &str) -> ical::parser::ical::component::IcalCalendar {
        let mut calendars = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
        let calendar = calendars.next().expect("one calendar").expect("it parses");
        assert!(calendars.next().is_none());
        calendar
    }

    fn property(properties: &[ical::property::Property], name: &str) -> (String, Vec<String>) {
        let found = properties
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name}"));
        let params = found
            .params
            .iter()
            .flatten()
            .map(|(key, values)| format!("{key}={}", values.join(",")))
            .collect();
        (found.value.clone().unwrap_or_default(), params)
    }

    fn all_day(published: Date) -> (String, String) {
        let ics = deadline_event(&draft(published), "abc", 1_764_581_400_000.0).unwrap();
        let calendar = parsed(&ics);
        let event = &calendar.events[0];
        let (start, params) = property(&event.properties, "DTSTART");
        assert_eq!(params, ["VALUE=DATE"]);
        let (end, _) = property(&event.properties, "DTEND");
        (start, end)
    }

    #[test]
    fn the_event_is_the_last_day_all_day_in_the_three_statute_cases() {
        // Within a month's run: 12 June, the 56th day 6 August.
        assert_eq!(
            all_day(date(2025, 6, 12)),
            ("20250806".into(), "20250807".into())
        );
        // Across the year's end.
        assert_eq!(
            all_day(date(2025, 11, 20)),
            ("20260114".into(), "20260115".into())
        );
        // Through a leap year's 29 February.
        assert_eq!(
            all_day(date(2024, 1, 10)),
            ("20240305".into(), "20240306".into())
        );
    }

    #[test]
    fn every_control_character_in_the_draft_is_kept_out_of_the_file() {
        let controls = (0u32..=0x1f).chain(0x7f..=0x9f).filter_map(char::from_u32);
        for control in controls {
            let mut draft = draft(date(2025, 6, 12));
            draft.report.title = format!("PEEL{control}2025");
            draft.responder.body = format!("Kent{control}area");
            let ics = deadline_event(&draft, "abc", 1_764_581_400_000.0).unwrap();
            // RFC 5545 allows no control character in a TEXT value but the horizontal tab;
            // lines end with CRLF, and a line break in the text is written \n.
            let unfolded = ics.replace("\r\n ", "").replace("\r\n", "");
            let found: Vec<char> = unfolded
                .chars()
                .filter(|c| c.is_control() && *c != '\t')
                .collect();
            assert!(found.is_empty(), "U+{:04X} left: {found:?}", control as u32);
            let summary = property(&parsed(&ics).events[0].properties, "SUMMARY").0;
            assert!(
                summary.contains("PEEL 2025")
                    || summary.contains("PEEL2025")
                    || summary.contains("PEEL\t2025")
                    || summary.contains("PEEL\\n2025"),
                "U+{:04X}: {summary}",
                control as u32
            );
        }
    }

    #[test]
    fn the_event_is_valid_with_its_summary_stamp_and_two_reminders() {
        let ics =
            deadline_event(&draft(date(2025, 6, 12)), "19a-xyz", 1_764_581_400_000.0).unwrap();
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            ics.split("\r\n").all(|line| line.len() <= 75),
            "every line folded to 75 octets"
        );
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "only CRLF ends lines"
        );
        let calendar = parsed(&ics);
        let (version, _) = property(&calendar.properties, "VERSION");
        assert_eq!(version, "2.0");
        assert!(!property(&calendar.properties, "PRODID").0.is_empty());
        let event = &calendar.events[0];
        assert_eq!(
            property(&event.properties, "UID").0,
            "deadline-19a-xyz@response-drafter"
        );
        assert_eq!(property(&event.properties, "DTSTAMP").0, "20251201T093000Z");
        let summary = property(&event.properties, "SUMMARY").0;
        assert_eq!(
            summary,
            "Last day to publish the response to ‘PEEL 2025: an inspection of Kent Police\\, with a long\\, long title\\; really’"
        );
        let triggers: Vec<String> = event
            .alarms
            .iter()
            .map(|alarm| property(&alarm.properties, "TRIGGER").0)
            .collect();
        assert_eq!(triggers, ["-P14D", "-P3D"]);
        for alarm in &event.alarms {
            assert_eq!(property(&alarm.properties, "ACTION").0, "DISPLAY");
            assert!(!property(&alarm.properties, "DESCRIPTION").0.is_empty());
        }
    }

    #[test]
    fn no_event_without_the_report_date() {
        assert_eq!(deadline_event(&new_draft(), "abc", 0.0), None);
    }

    #[test]
    fn folding_never_splits_a_character() {
        let line = format!("SUMMARY:{}", "‘é’".repeat(40));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|part| part.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn no_continuation_starts_with_a_space() {
        for shift in 0..80 {
            let line = format!("SUMMARY:{}{}", "x".repeat(shift), "ab cd ".repeat(30));
            let folded = fold(&line);
            assert!(
                !folded.contains("\r\n  ") && !folded.contains(" \r\n "),
                "{folded:?}"
            );
            assert!(folded.split("\r\n").all(|part| part.len() <= 75));
            assert_eq!(
                folded.replace("\r\n ", "").strip_suffix("\r\n"),
                Some(line.as_str())
            );
        }
    }
}
