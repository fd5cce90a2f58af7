//! The words that mark out a response's structure: item headings, answer labels, the
//! chief constable's headings, report titles, who is responding.

use crate::dates::find_uk;
use crate::model::{ItemKind, Role};

pub(super) enum Heading {
    Item {
        kind: ItemKind,
        number: String,
        rest: Option<String>,
    },
    /// "Areas for improvement": numbered lines that follow are items of this kind.
    List(ItemKind),
}

/// The kinds' names as reports write them, singular then plural.
/// A kind's name, its plural, and the kind.
type KindName = (&'static str, &'static str, fn() -> ItemKind);

pub(super) const KIND_NAMES: [KindName; 5] = [
    ("area for improvement", "areas for improvement", || {
        ItemKind::AreaForImprovement
    }),
    ("recommendation", "recommendations", || {
        ItemKind::Recommendation
    }),
    ("cause of concern", "causes of concern", || {
        ItemKind::CauseOfConcern
    }),
    ("cause for concern", "causes for concern", || {
        ItemKind::CauseOfConcern
    }),
    ("afi", "afis", || ItemKind::AreaForImprovement),
];

/// "Area for improvement 4", "Recommendation 3: By …", "Cause for concern", "Recommendations".
pub(super) fn item_heading(text: &str) -> Option<Heading> {
    for (singular, plural, kind) in KIND_NAMES {
        if let Some(after) = strip_prefix_ignore_case(text, plural) {
            if after.trim_start_matches([':', ' ']).is_empty() {
                return Some(Heading::List(kind()));
            }
            continue;
        }
        let Some(after) = strip_prefix_ignore_case(text, singular) else {
            continue;
        };
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let after = after.trim_start();
        let after = ["number ", "no. ", "no ", "#"]
            .iter()
            .find_map(|p| strip_prefix_ignore_case(after, p))
            .unwrap_or(after);
        let number_len = after
            .char_indices()
            .take_while(|(i, c)| {
                c.is_ascii_digit()
                    || (*i > 0
                        && c.is_ascii_lowercase()
                        && after[..*i].bytes().all(|b| b.is_ascii_digit()))
            })
            .map(|(i, c)| i + c.len_utf8())
            .last()
            .unwrap_or(0);
        let (number, rest) = after.split_at(number_len);
        let rest = rest.trim_start();
        let separator = rest
            .chars()
            .next()
            .filter(|c| [':', '.', '–', '-', '—'].contains(c));
        let rest = match separator {
            None if !rest.is_empty() => return None, // words straight after make a sentence
            None => None,
            Some(mark) => {
                Some(rest[mark.len_utf8()..].trim_start().to_owned()).filter(|r| !r.is_empty())
            }
        };
        // Without a number, only "Recommendation: …" introduces an item's words.
        if number.is_empty() && rest.is_some() && separator != Some(':') {
            return None;
        }
        return Some(Heading::Item {
            kind: kind(),
            number: number.to_owned(),
            rest,
        });
    }
    None
}

/// "Response", "Response: We have …", "Action we have taken", "Kent Police position:",
/// "OPCC response", "Progress" and the like; what follows the label.
pub(super) fn response_marker(text: &str) -> Option<String> {
    /// Labels that are the whole of the label.
    const MARKERS: [&str; 16] = [
        "response",
        "action we have taken",
        "actions we have taken",
        "action taken",
        "actions taken",
        "progress update",
        "update",
        "progress",
        "comment",
        "comments",
        "response and actions",
        "response and action taken",
        "our position",
        "current position",
        "position",
        "force position",
    ];
    /// Words a label may end with, after who is answering: "Kent Police response",
    /// "OPCC response", "Greenvale Constabulary position".
    const ENDINGS: [&str; 4] = ["response", "position", "update", "comments"];
    let (label, rest) = match text.split_once(':') {
        Some((label, rest)) => (label.trim(), Some(rest.trim())),
        None => (text.trim(), None),
    };
    let lower = label.to_lowercase().replace('’', "'");
    let words = lower.split_whitespace().count();
    let whole = MARKERS.contains(&lower.as_str());
    // Who answers is a name of a few words: a force, the OPCC, "our", "the force's".
    let by_someone = (2..=5).contains(&words)
        && ENDINGS
            .iter()
            .any(|ending| lower.ends_with(&format!(" {ending}")))
        && label.chars().next().is_some_and(char::is_uppercase)
        && !lower.contains("chief constable")
        && !lower.contains(" to ")
        && !lower.contains(" dated");
    if !(whole || by_someone) {
        return None;
    }
    match rest {
        None => Some(String::new()),
        Some(rest) => Some(rest.to_owned()),
    }
}

pub(super) fn is_comments_heading(text: &str) -> bool {
    const FORMS: [&str; 8] = [
        "chief constable's comments",
        "the chief constable's comments",
        "chief constable comments",
        "comments from the chief constable",
        "comments of the chief constable",
        "chief constable's response",
        "the chief constable's response",
        "response from the chief constable",
    ];
    let lower = text.to_lowercase().replace('’', "'");
    let lower = lower.trim_end_matches(':');
    FORMS.iter().any(|form| {
        lower == *form
            || (lower.starts_with(&format!("{form} on ")) && lower.split_whitespace().count() <= 10)
    })
}

pub(super) fn is_reply_heading(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    lower.split_whitespace().count() <= 10
        && [
            "reply to the chief constable",
            "my reply to the chief constable",
            "my response to the chief constable",
            "response to the chief constable's comments",
        ]
        .iter()
        .any(|opening| lower.starts_with(opening))
}

/// `text` without `prefix` at its start, matched regardless of (ASCII) case.
pub(super) fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// `text` without `suffix` at its end, matched regardless of (ASCII) case.
pub(super) fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..at])
}

/// Where `needle` first occurs in `text`, regardless of (ASCII) case.
pub(super) fn find_ignore_case(text: &str, needle: &str) -> Option<usize> {
    text.char_indices().map(|(at, _)| at).find(|&at| {
        text.get(at..at + needle.len())
            .is_some_and(|part| part.eq_ignore_ascii_case(needle))
    })
}

/// "Label: value", with the label in any case; the value.
pub(super) fn labelled<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    let value = strip_prefix_ignore_case(text, label)?
        .strip_prefix(':')?
        .trim();
    (!value.is_empty()).then_some(value)
}

/// "By 31 March 2023, chief constables should …": the date and who is addressed.
pub(super) fn due_and_addressee(text: &str) -> Option<(time::Date, String)> {
    let rest = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))?;
    let (date, range) = find_uk(rest).filter(|(_, r)| r.start == 0)?;
    let rest = rest[range.end..].strip_prefix(',')?.trim_start();
    let at = rest.find(" should ")?;
    let addressee = &rest[..at];
    (addressee.split_whitespace().count() <= 10).then(|| (date, addressee.to_owned()))
}

/// `'Title' published …`: the title and what follows "published".
pub(super) fn quoted_title_before_published(text: &str) -> Option<(&str, &str)> {
    const OPEN: [char; 4] = ['\'', '‘', '"', '“'];
    const CLOSE: [char; 4] = ['\'', '’', '"', '”'];
    let first = text.chars().next()?;
    if !OPEN.contains(&first) {
        return None;
    }
    let inner = &text[first.len_utf8()..];
    let at = CLOSE
        .iter()
        .filter_map(|close| find_ignore_case(inner, &format!("{close} published")))
        .min()?;
    let close_len = inner[at..].chars().next()?.len_utf8();
    Some((&inner[..at], &inner[at + close_len + " published".len()..]))
}

pub(super) fn strip_quotes(text: &str) -> &str {
    text.trim()
        .trim_start_matches(['\'', '‘', '"', '“'])
        .trim_end_matches(['\'', '’', '"', '”'])
}

/// `[words](address)` making up the whole text.
pub(super) fn markdown_link(text: &str) -> Option<(&str, &str)> {
    let inner = text.trim().strip_prefix('[')?.strip_suffix(')')?;
    let (words, address) = inner.split_once("](")?;
    Some((words, address))
}

/// Text without the `**` or `__` wrapped round it.
pub(super) fn unwrap_emphasis(text: &str) -> &str {
    let text = text.trim();
    for mark in ["**", "__"] {
        if let Some(inner) = text.strip_prefix(mark).and_then(|t| t.strip_suffix(mark)) {
            return inner.trim();
        }
    }
    text
}

/// "Avon & Somerset PCC" → the body and the role; long forms of roles are understood too.
pub(super) fn body_and_role(written: &str) -> (String, Option<Role>) {
    let who = written.trim_end_matches("'s").trim_end_matches("’s");
    let roles: [(&str, Role); 8] = [
        ("Deputy Mayor for Policing and Crime", Role::DeputyMayor),
        ("Police, Fire and Crime Commissioner", Role::Pfcc),
        ("Police Fire and Crime Commissioner", Role::Pfcc),
        ("Police and Crime Commissioner", Role::Pcc),
        ("PFCC", Role::Pfcc),
        ("PCC", Role::Pcc),
        ("Mayor", Role::Mayor),
        // Which commissioner is not said, so the word is kept as written.
        ("Commissioner", Role::Other("Commissioner".to_owned())),
    ];
    for (label, role) in roles {
        if let Some(body) = strip_suffix_ignore_case(who, label) {
            let body = body.trim();
            let body = body.strip_suffix(" for").unwrap_or(body).trim();
            return (body.to_owned(), Some(role));
        }
        // "Police and Crime Commissioner for Dorset"
        if let Some(body) = strip_prefix_ignore_case(who, label)
            .and_then(|rest| strip_prefix_ignore_case(rest, " for "))
        {
            return (body.trim().to_owned(), Some(role));
        }
    }
    (written.to_owned(), None)
}

/// Headings and labels that mark out the structure, which no other line runs into.
pub(super) fn is_structural(text: &str) -> bool {
    item_heading(text).is_some() || response_marker(text).is_some()
}
