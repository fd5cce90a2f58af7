//! Names for the files the app writes: plain enough for any file system, and saying what is in
//! them.

use time::Date;

/// `title` in lower-case words joined by hyphens (at most about 60 characters), then the
/// date, then the extension: `kent-pcc-response-peel-2025-2025-08-07.docx`. `fallback` names a
/// file whose title has nothing usable in it.
pub fn named(title: &str, date: Option<Date>, fallback: &str, extension: &str) -> String {
    let mut name = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if name.len() + word.len() > 60 {
            break;
        }
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(&word.to_ascii_lowercase());
    }
    if name.is_empty() {
        name.push_str(fallback);
    }
    if let Some(date) = date {
        name.push('-');
        name.push_str(&crate::dates::iso(date));
    }
    format!("{name}.{extension}")
}
