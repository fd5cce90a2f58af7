//! Names for the files the app writes: plain enough for any file system, and saying what is in
//! them.

use time::Date;

/// `title` in lower-case words joined by hyphens (at most about 60 characters), then the
/// date, then the extension: `kent-pcc-response-peel-2025-2025-08-07.docx`. `fallback` names a
/// file whose title has nothing usable in it.
pub fn named(title: &str, date: Option<Date>, fallback: &str, extension: &str) -> String {
    named_as(title, "", date, fallback, extension)
}

/// As [`named`], with what kind of file it is (`kind`, e.g. "changes since Sent to the chief
/// constable") kept whole after the title, however long the title: two files of one draft
/// never share a name for want of room.
pub fn named_as(
    title: &str,
    kind: &str,
    date: Option<Date>,
    fallback: &str,
    extension: &str,
) -> String {
    let kind = slug(kind, 60);
    let mut name = slug(title, 60usize.saturating_sub(kind.len() / 2).max(24));
    if name.is_empty() {
        name.push_str(fallback);
    }
    if !kind.is_empty() {
        name.push('-');
        name.push_str(&kind);
    }
    if let Some(date) = date {
        name.push('-');
        name.push_str(&crate::dates::iso(date));
    }
    format!("{name}.{extension}")
}

/// Lower-case words joined by hyphens, as many whole words as fit in `room` characters.
fn slug(text: &str, room: usize) -> String {
    let mut name = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if name.len() + word.len() > room {
            break;
        }
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(&word.to_ascii_lowercase());
    }
    name
}

#[cfg(test)]
mod kind_tests {
    use super::*;
    use crate::dates::date;

    #[test]
    fn the_kind_of_file_is_kept_whole_however_long_the_title() {
        let title = "Kent Police and Crime Commissioner response to PEEL 2025: an inspection of Kent Police";
        let day = Some(date(2026, 12, 6));
        let plain = named(title, day, "response", "docx");
        let changes = named_as(
            title,
            "changes since Sent to the chief constable",
            day,
            "response",
            "docx",
        );
        assert_ne!(plain, changes);
        assert!(
            changes.ends_with("-changes-since-sent-to-the-chief-constable-2026-12-06.docx"),
            "{changes}"
        );
        assert!(changes.starts_with("kent-police-and-crime"), "{changes}");
    }
}
