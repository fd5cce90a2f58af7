//! The report's title, found from explicit signals only, and nothing rather than nonsense.
//!
//! The reader takes a title from lines that say what they are ("HMICFRS report: …", a report
//! line). Press releases and letters name the report in other ways: a label ("Title of
//! Inspection: …"), the report page's own title ("… - HMICFRS (justiceinspectorates.gov.uk)"),
//! the subject line of a letter, a headline naming the inspectorate's report, or prose ("the
//! latest HMICFRS report, <title>, which …"). Each way gives a candidate with a score; a
//! candidate that reads as a sentence, or names no report at all ("the HMICFRS report"), is
//! never taken, and when no candidate scores enough the title stays empty.

use super::lines::Line;
use super::words::{find_ignore_case, item_heading, strip_quotes};

/// A possible title and how strongly the text says it is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub title: String,
    pub score: u8,
}

/// The least score a candidate needs to be taken.
const ENOUGH: u8 = 4;

/// How many paragraphs from the top a title is looked for in: it is named early or not at all.
const LOOKED_AT: usize = 12;

const INSPECTORATES: [&str; 4] = ["HMICFRS", "HMIC", "HMIFRS", "HMI"];

/// Words that name what kind of document a report is.
const KINDS: [&str; 6] = [
    "report",
    "inspection",
    "assessment",
    "review",
    "letter",
    "revisit",
];

/// Words that, after the kind, make a headline a clause rather than a name: "HMICFRS report
/// shows …".
const VERBS: [&str; 12] = [
    "shows",
    "finds",
    "found",
    "says",
    "said",
    "rates",
    "rated",
    "praises",
    "highlights",
    "welcomes",
    "published",
    "released",
];

/// Whether `text` reads as a sentence or a clause of one, which a title never is.
pub fn is_sentence(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let first_person = words.iter().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        matches!(
            word.to_lowercase().as_str(),
            "i" | "i’m" | "i'm" | "we" | "we’re" | "my" | "our" | "me" | "us"
        )
    });
    words.len() > 25
        || first_person
        || (text.ends_with(['.', '!', '?']) && words.len() > 3)
        || text.contains(". ")
}

/// Where a title's wording stops in prose: at the end of its clause.
fn clause(text: &str) -> &str {
    let mut end = text.len();
    for stop in [
        ". ",
        ", which",
        ", that",
        " which ",
        " – ",
        " - ",
        " — ",
        " (published",
        " published",
        " released",
        " has ",
        " have ",
        " was ",
        " is ",
        " were ",
        " from ",
        " by ",
        "; ",
        ": ",
        "”",
        "\"",
    ] {
        if let Some(at) = text.find(stop) {
            end = end.min(at);
        }
    }
    text[..end].trim().trim_end_matches(['.', ',', ';', ':'])
}

/// A title without what a heading adds after it about the response: "<title> – Response from
/// the Police and Crime Commissioner", "<title>: PCC response".
fn without_response_tail(title: &str) -> &str {
    for separator in [" – ", " - ", " — ", ": ", " | "] {
        let mut from = 0;
        while let Some(at) = title[from..].find(separator).map(|at| from + at) {
            let after = title[at + separator.len()..].to_lowercase();
            let about_response = after.starts_with("response")
                || after.starts_with("our response")
                || ["pcc", "pfcc", "opcc", "commissioner", "mayor"]
                    .iter()
                    .any(|who| {
                        after.starts_with(&format!("{who} response"))
                            || after.starts_with(&format!("{who}'s response"))
                            || after.starts_with(&format!("{who}’s response"))
                    });
            if about_response && at > 0 {
                return title[..at].trim_end();
            }
            from = at + separator.len();
        }
    }
    title
}

/// A candidate's wording made tidy: quotes, a leading grade in quotes ("'Good' HMIC …"), a
/// date in brackets at its end, what is said of the response after it, shouting capitals.
fn tidy(title: &str) -> String {
    let mut title = without_response_tail(title.trim());
    // "'Good' HMIC assessment of …": a grade quoted before the name.
    for (open, close) in [('\'', '\''), ('‘', '’'), ('“', '”'), ('"', '"')] {
        if let Some(rest) = title.strip_prefix(open) {
            if let Some(at) = rest.find(close) {
                if rest[..at].split_whitespace().count() <= 3 && at + close.len_utf8() < rest.len()
                {
                    title = rest[at + close.len_utf8()..].trim_start();
                }
            }
        }
    }
    if let Some(open) = title.rfind(" (") {
        let inner = title[open + 2..].trim_end_matches(')');
        if title.ends_with(')') && crate::dates::find_uk(inner).is_some() {
            title = title[..open].trim_end();
        }
    }
    let title = strip_quotes(title.trim_end_matches(['.', ',', ':', ';']).trim());
    let letters: Vec<char> = title.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() > 8 && letters.iter().all(|c| c.is_uppercase());
    if shouting {
        title
            .split(' ')
            .map(|word| {
                if INSPECTORATES.contains(&word) || word.len() <= 2 && word != "ON" {
                    word.to_owned()
                } else {
                    let lower = word.to_lowercase();
                    let mut chars = lower.chars();
                    chars
                        .next()
                        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
                        .unwrap_or_default()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        title.to_owned()
    }
}

/// Whether a title names a particular report, not just "the HMICFRS inspection report".
fn names_a_report(title: &str) -> bool {
    title.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        !word.is_empty()
            && !INSPECTORATES
                .iter()
                .any(|name| name.eq_ignore_ascii_case(&word))
            && !KINDS.contains(&word.as_str())
            && !matches!(
                word.as_str(),
                "the"
                    | "latest"
                    | "new"
                    | "recent"
                    | "full"
                    | "final"
                    | "inspectorate"
                    | "s"
                    | "hmicfrs’s"
                    | "hmicfrs's"
                    | "hmic’s"
                    | "hmic's"
                    | "its"
                    | "this"
                    | "a"
                    | "an"
            )
    })
}

/// The report's title as a candidate, where `title` could be one.
fn candidate(title: &str, score: u8) -> Option<Candidate> {
    let title = tidy(title);
    let words = title.split_whitespace().count();
    ((2..=25).contains(&words) && !is_sentence(&title) && names_a_report(&title))
        .then_some(Candidate { title, score })
}

/// The word at `at` in `text` is the start of a word.
fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Each inspectorate named in `text` (as a whole word), by where it starts.
fn inspectorates_in(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for name in INSPECTORATES {
        let mut from = 0;
        while let Some(at) = text[from..].find(name).map(|at| from + at) {
            let end = at + name.len();
            let whole = starts_word(text, at)
                && text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if whole && !found.contains(&at) {
                found.push(at);
            }
            from = end;
        }
    }
    found.sort_unstable();
    found
}

/// Words that start the label after a labelled title, on a form written as one line.
const NEXT_LABELS: [&str; 8] = [
    " Date ",
    " Deadline ",
    " Type of ",
    " Published:",
    " Publication date",
    " Status:",
    " Author:",
    " Inspection date",
];

/// "Title of Inspection: <title> Date Inspection Published: …", "Report title: <title>".
fn labelled(text: &str) -> Option<Candidate> {
    // A letter's or an email's subject line names the report, perhaps after the
    // inspectorate's kind of report: "Re: HMICFRS Inspection – <title>"; so does a line that
    // starts with a label naming the report ("Report: <title>", "Name of inspection: <title>"),
    // which inside a sentence would be prose.
    for label in [
        "re:",
        "subject:",
        "name of report:",
        "report name:",
        "name of inspection:",
        "inspection report:",
        "inspection:",
        "report:",
    ] {
        let Some(rest) = super::words::strip_prefix_ignore_case(text.trim(), label) else {
            continue;
        };
        let rest = rest.trim();
        let named = super::words::titled(rest).map_or_else(|| rest.to_owned(), |(title, _)| title);
        if let Some(found) = candidate(&named, 9) {
            return Some(found);
        }
    }
    for label in [
        "title of inspection:",
        "title of report:",
        "report title:",
        "title:",
    ] {
        let Some(at) = find_ignore_case(text, label) else {
            continue;
        };
        let rest = &text[at + label.len()..];
        // The value runs to the next label ("Date Inspection Published:", "Deadline for …:").
        let end = NEXT_LABELS
            .iter()
            .filter_map(|next| rest.find(next))
            .min()
            .unwrap_or(rest.len());
        if let Some(found) = candidate(&rest[..end], 10) {
            return Some(found);
        }
    }
    None
}

/// The report page's own title, as a browser's tab or a link shows it: "<title> - HMICFRS
/// (justiceinspectorates.gov.uk)", "<title> - His Majesty’s Inspectorate of Constabulary …".
fn page_title(text: &str) -> Option<Candidate> {
    for suffix in [
        " - HMICFRS",
        " – HMICFRS",
        " | HMICFRS",
        " - His Majesty’s Inspectorate",
        " - His Majesty's Inspectorate",
        " – His Majesty’s Inspectorate",
        " - Her Majesty’s Inspectorate",
        " - Her Majesty's Inspectorate",
    ] {
        let Some(at) = text.find(suffix) else {
            continue;
        };
        let before = &text[..at];
        // After a sentence leading in ("…can be downloaded here: "), or the start of the line;
        // a colon within the title itself ("PEEL 2023–2025: An inspection…") stays.
        let start = before
            .match_indices(": ")
            .map(|(colon, _)| colon)
            .find(|&colon| before[..colon].split_whitespace().count() > 4)
            .map_or(0, |colon| colon + 2);
        if let Some(found) = candidate(&before[start..], 9) {
            return Some(found);
        }
    }
    None
}

/// A headline or subject line naming the inspectorate's report: "PCC comments on HMIC report
/// into <subject>", "Police Commissioner responds to HMICFRS PEEL assessment of Merseyside
/// Police", "HMICFRS 2021/22 report published". The name runs from the inspectorate to the
/// end, and must be a name, not a clause ("HMICFRS report shows …").
fn headline(text: &str) -> Option<Candidate> {
    if text.ends_with('.') || text.split_whitespace().count() > 25 {
        return None;
    }
    for at in inspectorates_in(text) {
        let name = text[at..].trim();
        let name = name
            .strip_suffix(" published")
            .or_else(|| name.strip_suffix(" released"))
            .unwrap_or(name);
        let lower = name.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let Some(kind_at) = words
            .iter()
            .position(|w| KINDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        else {
            continue;
        };
        let after = words.get(kind_at + 1).copied();
        let a_name = match after {
            None => true,
            Some(word) => {
                !VERBS.contains(&word) && !word.ends_with("s") || {
                    matches!(word, "into" | "of" | "on" | "for" | "in")
                }
            }
        };
        if kind_at <= 6 && a_name {
            if let Some(found) = candidate(name, 6) {
                return Some(found);
            }
        }
    }
    None
}

/// The page's own heading, naming a report in title case with no inspectorate and no verb:
/// "Cleveland Police Inspection Report & Force Performance".
fn page_heading(text: &str) -> Option<Candidate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 12 || text.ends_with('.') || !inspectorates_in(text).is_empty() {
        return None;
    }
    let names_kind = words
        .iter()
        .any(|word| ["Report", "Inspection", "Assessment", "Review"].contains(word));
    let title_case = words
        .iter()
        .filter(|word| word.len() > 3)
        .all(|word| word.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()));
    let says = words.iter().any(|word| {
        let lower = word.to_lowercase();
        lower.ends_with("s") && VERBS.contains(&lower.as_str())
            || [
                "responds",
                "comments",
                "statement",
                "welcomes",
                "praise",
                "says",
            ]
            .contains(&lower.as_str())
    });
    (names_kind && title_case && !says)
        .then(|| candidate(text, 4))
        .flatten()
}

/// Prose that names the report: "the latest HMICFRS report, <title>, which …", "the <title>
/// report by His Majesty’s Inspectorate", "(HMICFRS) <title> assessment of …", "publishes its
/// full report <title>.", "the findings of an inspection of <subject>".
fn in_prose(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    // "…report, <title>, which…": the title set off by commas after the word report.
    for marker in [
        "report, ",
        "Report, ",
        "report entitled ",
        "report titled ",
        "report called ",
    ] {
        if let Some(at) = text.find(marker) {
            let rest = &text[at + marker.len()..];
            let Some(end) = rest.find(", ") else {
                continue;
            };
            // Set off as a name: what follows goes on about the report ("…, which states").
            let next = rest[end + 2..].split_whitespace().next().unwrap_or("");
            let goes_on = matches!(
                next,
                "which" | "that" | "published" | "released" | "and" | "was" | "is" | "sets"
            );
            let title = &rest[..end];
            let capitalised =
                title.starts_with(|c: char| c.is_uppercase() || c == '‘' || c == '“' || c == '\'');
            if goes_on && capitalised {
                found.extend(candidate(title, 7));
            }
        }
    }
    // A title in quotes, where the sentence speaks of a report: "…the report ‘Picking up the
    // pieces’, published…". A quoted clause ("…have ‘improved in several areas…’") is not one.
    if let Some(quoted) = super::words::quoted_title(text) {
        if quoted.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            found.extend(candidate(quoted, 5));
        }
    }
    // "(HMICFRS) PEEL (…) assessment of Merseyside Police for 2023-25."
    for abbreviation in ["(HMICFRS) ", "(HMIC) "] {
        if let Some(at) = text.find(abbreviation) {
            let rest = &text[at + abbreviation.len()..];
            let rest = rest.strip_prefix("in the ").unwrap_or(rest);
            let name = clause_keeping_brackets(rest);
            if KINDS
                .iter()
                .any(|kind| find_ignore_case(name, kind).is_some())
            {
                found.extend(candidate(name, 5));
            }
        }
    }
    // "the PEEL Police Effectiveness report by Her Majesty’s Inspector…", "the <title> report
    // 2023–25 for Essex Police from His Majesty’s Inspectorate".
    for by in [
        " by His Majesty",
        " by Her Majesty",
        " from His Majesty",
        " from Her Majesty",
    ] {
        if let Some(at) = text.find(by) {
            let before = &text[..at];
            if let Some(the) = before.rfind("the ").filter(|&t| starts_word(before, t)) {
                let name = &before[the + 4..];
                let kind_named = KINDS
                    .iter()
                    .any(|kind| find_ignore_case(name, kind).is_some());
                if kind_named && name.starts_with(|c: char| c.is_uppercase()) {
                    found.extend(candidate(name, 5));
                }
            }
        }
    }
    // "…today publishes its full report <title>."
    for marker in [
        "publishes its full report ",
        "publishes its report ",
        "published its report ",
    ] {
        if let Some(at) = find_ignore_case(text, marker) {
            found.extend(candidate(clause(&text[at + marker.len()..]), 5));
        }
    }
    // "…the findings of an inspection of police custody provision in Norfolk and Suffolk."
    for marker in [
        "findings of an inspection of ",
        "findings of the inspection of ",
    ] {
        if let Some(at) = find_ignore_case(text, marker) {
            let subject = clause(&text[at + marker.len()..]);
            found.extend(candidate(&format!("inspection of {subject}"), 4));
        }
    }
    found
}

/// A clause that may hold brackets: "PEEL (Police Effectiveness, Efficiency, Legitimacy)
/// assessment of Merseyside Police for 2023-25", up to the end of its sentence.
fn clause_keeping_brackets(text: &str) -> &str {
    let mut depth = 0i32;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '.' | ';'
                if depth == 0 && text[at + 1..].starts_with([' ', '\n'])
                    || at + 1 == text.len() && c == '.' =>
            {
                return &text[..at];
            }
            ',' if depth == 0 => return &text[..at],
            _ if depth == 0 => {
                let rest = &text[at..];
                let ends = [" – ", " - ", " — ", " published", " which ", " released"];
                if ends.iter().any(|end| rest.starts_with(end)) {
                    return &text[..at];
                }
            }
            _ => {}
        }
    }
    text.trim_end_matches('.')
}

/// The subject line of a letter: the first short line that is not a sentence after the date
/// line that heads it, when the letter goes on to speak of "the above" report or of a report.
fn letter_subject(paragraphs: &[&str]) -> Option<Candidate> {
    let dated = paragraphs.iter().take(10).position(|text| {
        crate::dates::parse_uk(text).is_some() && crate::dates::find_all_days(text).len() == 1
    })?;
    let subject = paragraphs.get(dated + 1)?;
    let next = paragraphs.get(dated + 2).copied().unwrap_or("");
    let lower = next.to_lowercase();
    // The subject names a report, or the letter points back at it ("…the above report").
    let names_kind = subject.split_whitespace().any(|word| {
        KINDS.contains(
            &word
                .to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    });
    let points_back = lower.contains("the above");
    let salutation = subject.starts_with("Dear ");
    if (points_back || names_kind && lower.contains("in response to")) && !salutation {
        return candidate(subject, 8);
    }
    None
}

/// A line saying what follows is the report ("HMICFRS Report", "Report:"), then its title.
fn after_report_label(paragraphs: &[&str]) -> Option<Candidate> {
    paragraphs.windows(2).take(LOOKED_AT).find_map(|pair| {
        let label = pair[0].trim().trim_end_matches(':').to_lowercase();
        let is_label = matches!(
            label.as_str(),
            "hmicfrs report" | "hmic report" | "report" | "the report" | "inspection report"
        );
        is_label.then(|| candidate(pair[1], 8)).flatten()
    })
}

/// Every candidate the opening of the text gives, best first.
pub fn candidates(lines: &[Line]) -> Vec<Candidate> {
    let paragraphs: Vec<&str> = lines
        .iter()
        .map(|line| line.text.trim())
        .filter(|text| !text.is_empty())
        .take_while(|text| item_heading(text).is_none())
        .take(LOOKED_AT)
        .collect();
    let mut found = Vec::new();
    found.extend(letter_subject(&paragraphs));
    found.extend(after_report_label(&paragraphs));
    for (index, text) in paragraphs.iter().enumerate() {
        found.extend(labelled(text));
        found.extend(page_title(text));
        // A headline is a line of its own near the top.
        if index < 3 {
            found.extend(headline(text));
        }
        if index == 0 {
            found.extend(page_heading(text));
        }
        found.extend(in_prose(text));
    }
    // Best first; of equal scores, the one the text gives first.
    found.sort_by_key(|c| std::cmp::Reverse(c.score));
    let mut seen = Vec::new();
    found.retain(|c| {
        let new = !seen.contains(&c.title);
        seen.push(c.title.clone());
        new
    });
    found
}

/// What the title comes to: the one kept, the candidates considered, and the reader's own
/// title when it was not kept (its words go back into the text, so nothing pasted is lost).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settled {
    pub title: String,
    pub considered: Vec<String>,
    pub rejected: Option<String>,
}

/// The title to keep: the reader's, taken from a line that says it is the title, unless it
/// reads as a sentence; else the best candidate that scores enough; else none.
pub fn settle(read: &str, lines: &[Line]) -> Settled {
    let found = candidates(lines);
    let considered: Vec<String> = found.iter().map(|c| c.title.clone()).collect();
    let read = without_response_tail(read.trim());
    if !read.is_empty() && !is_sentence(read) {
        return Settled {
            title: read.to_owned(),
            considered,
            rejected: None,
        };
    }
    let title = found
        .into_iter()
        .find(|c| c.score >= ENOUGH)
        .map(|c| c.title)
        .unwrap_or_default();
    Settled {
        title,
        considered,
        rejected: (!read.is_empty()).then(|| read.to_owned()),
    }
}

#[cfg(test)]
mod tests;
