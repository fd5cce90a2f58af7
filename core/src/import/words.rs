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

/// The short forms offices write the kinds in: "AFI 1", "Rec 3", "R1", "CoC". Each is taken
/// only with a number, or (for a cause of concern, which often has none) before a separator.
type ShortName = (&'static str, fn() -> ItemKind);

const SHORT_NAMES: [ShortName; 5] = [
    ("afi", || ItemKind::AreaForImprovement),
    ("rec", || ItemKind::Recommendation),
    ("r", || ItemKind::Recommendation),
    ("coc", || ItemKind::CauseOfConcern),
    ("cfc", || ItemKind::CauseOfConcern),
];

const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The item number at the start of `after`, as people write it: "3", "3a", "3A", "2.1",
/// "4(a)", "(1)", "one"; the number as the draft keeps it, and how much of the text it took.
fn item_number(after: &str) -> (String, usize) {
    // "(1)": a number in brackets.
    if let Some(inner) = after.strip_prefix('(') {
        if let Some(close) = inner.find(')') {
            let (number, taken) = item_number(&inner[..close]);
            if !number.is_empty() && taken == close {
                return (number, close + 2);
            }
        }
    }
    let word_end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let word = after[..word_end].to_lowercase();
    if let Some(at) = NUMBER_WORDS.iter().position(|name| *name == word) {
        return ((at + 1).to_string(), word_end);
    }
    let bytes = after.as_bytes();
    let mut end = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if end == 0 {
        return (String::new(), 0);
    }
    // "2.1": a dotted part, when digits follow the dot.
    while end + 1 < bytes.len() && bytes[end] == b'.' && bytes[end + 1].is_ascii_digit() {
        end += 1;
        end += bytes[end..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    }
    let mut number = after[..end].to_owned();
    // "4(a)", "4a", "4(A)" or "4A": a letter for a part, as it is written.
    let rest = &after[end..];
    if let Some(letter) = rest
        .strip_prefix('(')
        .and_then(|r| r.chars().next().filter(char::is_ascii_alphabetic))
        .filter(|_| rest.get(2..3) == Some(")"))
    {
        number.push(letter);
        end += 3;
    } else if let Some(letter) = rest.chars().next().filter(char::is_ascii_alphabetic) {
        if !rest[1..].starts_with(|c: char| c.is_alphanumeric()) {
            number.push(letter);
            end += 1;
        }
    }
    (number, end)
}

/// "Area for improvement 4", "Recommendation 3: By …", "Cause for concern", "Recommendations",
/// and the short forms: "AFI 1:", "AFI2", "Rec 3 –", "R1 –", "CoC –".
pub(super) fn item_heading(text: &str) -> Option<Heading> {
    for (short, kind) in SHORT_NAMES {
        let Some(after) = strip_prefix_ignore_case(text, short) else {
            continue;
        };
        let spaced = after.trim_start_matches(' ');
        let (number, taken) = item_number(spaced);
        let glued_or_spaced =
            !number.is_empty() && number.chars().next().is_some_and(|c| c.is_ascii_digit());
        let rest = spaced[taken..].trim_start();
        let separated = rest.is_empty() || rest.starts_with([':', '.', '–', '-', '—']);
        // "R" alone is a letter: only "R1", "R 1" with a separator or a line to itself.
        if glued_or_spaced && (separated || short != "r") {
            // "AFI2 The force should…": glued to its number, the words may follow at once.
            let glued = !after.starts_with(' ');
            if !separated && glued && short != "r" {
                return Some(Heading::Item {
                    kind: kind(),
                    number,
                    rest: Some(rest.to_owned()),
                });
            }
            return heading_after(kind(), number, rest);
        }
        let names_concern = number.is_empty() && matches!(short, "coc" | "cfc");
        if names_concern
            && (after.is_empty() || after.trim_start().starts_with([':', '–', '-', '—']))
        {
            return heading_after(kind(), String::new(), after.trim_start());
        }
    }
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
        let (number, taken) = item_number(after);
        let rest = after[taken..].trim_start();
        let separator = rest
            .chars()
            .next()
            .filter(|c| [':', '.', '–', '-', '—'].contains(c));
        if separator.is_none() && !rest.is_empty() {
            return None; // words straight after make a sentence
        }
        // Without a number, only "Recommendation: …" introduces an item's words.
        if number.is_empty() && !rest.is_empty() && separator != Some(':') {
            let after_mark = rest[1..].trim_start();
            if !after_mark.is_empty() {
                return None;
            }
        }
        return heading_after(kind(), number, rest);
    }
    None
}

/// The heading, with the words after its separator as the start of the item's text.
fn heading_after(kind: ItemKind, number: String, rest: &str) -> Option<Heading> {
    let rest = match rest.chars().next() {
        Some(mark) if [':', '.', '–', '-', '—'].contains(&mark) => {
            Some(rest[mark.len_utf8()..].trim_start().to_owned()).filter(|r| !r.is_empty())
        }
        Some(_) => return None,
        None => None,
    };
    Some(Heading::Item { kind, number, rest })
}

/// "Response", "Response: We have …", "Action we have taken", "Kent Police position:",
/// "OPCC response", "Progress" and the like; what follows the label.
pub(super) fn response_marker(text: &str) -> Option<String> {
    /// Labels that are the whole of the label.
    const MARKERS: [&str; 28] = [
        "response",
        "our response",
        "the force's response",
        "force response",
        "pcc response",
        "pfcc response",
        "opcc response",
        "commissioner's response",
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
        "steps taken",
        "steps to be taken",
        "steps being taken",
        "action to be taken",
        "actions to be taken",
    ];
    /// Words a label may end with, after who is answering: "Kent Police response",
    /// "Greenvale Constabulary position", "PCC comment".
    const ENDINGS: [&str; 5] = ["response", "position", "update", "comments", "comment"];
    let (label, rest) = match text.split_once(':') {
        Some((label, rest)) => (label.trim(), Some(rest.trim())),
        None => (text.trim(), None),
    };
    let lower = label.to_lowercase().replace('’', "'");
    let whole = MARKERS.contains(&lower.as_str());
    // Who answers is a name: each word capitalised ("Kent Police", "Avon and Somerset
    // Constabulary"), with no figures.
    let who_words: Vec<&str> = label.split_whitespace().collect();
    let named = who_words.len() >= 2
        && who_words.len() <= 5
        && who_words[..who_words.len() - 1]
            .iter()
            .enumerate()
            .all(|(index, word)| {
                let joining = index > 0 && ["of", "and", "&", "the", "for"].contains(word);
                (joining || word.starts_with(char::is_uppercase))
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || "&'’-".contains(c))
            });
    let by_someone = named
        && ENDINGS
            .iter()
            .any(|ending| lower.ends_with(&format!(" {ending}")))
        && !lower.contains("chief constable");
    // "Response from the force", "Update from Kent Police", "Comments by the PCC": the kind
    // of answer, then who gives it, in a few words.
    let from_someone = ENDINGS.iter().any(|ending| {
        lower
            .strip_prefix(ending)
            .and_then(|after| {
                after
                    .strip_prefix(" from ")
                    .or_else(|| after.strip_prefix(" by "))
            })
            .is_some_and(|who| {
                (1..=5).contains(&who.split_whitespace().count())
                    && !who.contains("chief constable")
            })
    });
    if !(whole || by_someone || from_someone) {
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
    // "Valeshire Chief Constable Response": the area may come first, named as places are.
    let with_area = [
        "chief constable response",
        "chief constable's response",
        "chief constable's comments",
    ]
    .iter()
    .any(|form| lower.ends_with(form))
        && lower.split_whitespace().count() <= 8
        && !is_reply_heading(text)
        && !lower.contains(" to the ")
        && comments_heading_area(text).is_none_or(is_place_name);
    with_area
        || FORMS.iter().any(|form| {
            lower == *form
                || (lower.starts_with(&format!("{form} on "))
                    && lower.split_whitespace().count() <= 10)
        })
}

/// The area named before "Chief Constable" in a comments heading ("Valeshire" of "Valeshire
/// Chief Constable Response"), if any.
pub(super) fn comments_heading_area(text: &str) -> Option<&str> {
    let at = find_ignore_case(text, "chief constable")?;
    let area = text[..at].trim().trim_start_matches("The ").trim();
    (!area.is_empty()).then_some(area)
}

/// Words that read as a place's name: capitalised, with "of", "and" or "&" between.
fn is_place_name(text: &str) -> bool {
    text.split_whitespace().enumerate().all(|(index, word)| {
        let joining = index > 0 && ["of", "and", "&"].contains(&word);
        joining
            || (word.starts_with(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || "'’-".contains(c)))
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

/// "By 31 March 2023, chief constables should …": the date and who is addressed. Reports also
/// write "We recommend that, by 31 March 2023, …", and leave out the comma after the date.
pub(super) fn due_and_addressee(text: &str) -> Option<(time::Date, String)> {
    let mut text = text.trim_start();
    for lead in ["we recommend that", "it is recommended that"] {
        if let Some(rest) = strip_prefix_ignore_case(text, lead) {
            text = rest.trim_start_matches([',', ' ']);
            break;
        }
    }
    let rest = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))?;
    let (date, range) = find_uk(rest).filter(|(_, r)| r.start == 0)?;
    let rest = &rest[range.end..];
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let at = rest.find(" should ")?;
    let addressee = &rest[..at];
    let words = addressee.split_whitespace().count();
    ((1..=10).contains(&words)).then(|| (date, addressee.to_owned()))
}

/// "Within three months, the force should:": who is addressed, where the time is a period
/// rather than a date.
pub(super) fn addressee_within(text: &str) -> Option<String> {
    let rest = ["Within ", "within ", "Over the next ", "In the next "]
        .iter()
        .find_map(|lead| text.trim_start().strip_prefix(lead))?;
    let (period, rest) = rest.split_once(',')?;
    let rest = rest.trim_start();
    let at = rest.find(" should")?;
    let addressee = &rest[..at];
    let fits = period.split_whitespace().count() <= 5
        && (1..=10).contains(&addressee.split_whitespace().count());
    fits.then(|| addressee.to_owned())
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
        // "Police and Crime Commissioner for Dorset", "Mayor of Greater Ridgeford"
        if let Some(body) = strip_prefix_ignore_case(who, label).and_then(|rest| {
            strip_prefix_ignore_case(rest, " for ")
                .or_else(|| strip_prefix_ignore_case(rest, " of ").filter(|_| label == "Mayor"))
        }) {
            return (body.trim().to_owned(), Some(role));
        }
    }
    (written.to_owned(), None)
}

/// Headings and labels that mark out the structure, which no other line runs into.
pub(super) fn is_structural(text: &str) -> bool {
    item_heading(text).is_some() || response_marker(text).is_some()
}

/// A heading or an answer's label with no words of its own after it ("Recommendation 2",
/// "Areas for improvement", "Response"): the lines under it are its part's words.
pub(super) fn is_bare_label(text: &str) -> bool {
    match item_heading(text) {
        Some(Heading::Item { rest, .. }) => rest.is_none_or(|rest| rest.trim().is_empty()),
        Some(Heading::List(_)) => true,
        None => response_marker(text).is_some_and(|rest| rest.trim().is_empty()),
    }
}

/// What a dated line says a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DateLine {
    Published(time::Date),
    Responded(time::Date),
    /// A date alone on its line: at the top of a letter, the date it was written.
    Alone(time::Date),
}

/// "Date of response: 2 May 2024", "Published 14 March 2024", "27th April 2024".
pub(super) fn date_line(text: &str) -> Option<DateLine> {
    let text = text.trim().trim_end_matches('.');
    if let Some(date) = crate::dates::parse_uk(text).filter(|_| has_day(text)) {
        return Some(DateLine::Alone(date));
    }
    let (label, value) = match text.split_once(':') {
        Some((label, value)) => (label.trim(), value.trim()),
        None => text.split_at(text.find(' ')?),
    };
    let date = crate::dates::parse_uk(value.trim())?;
    let label = label.to_lowercase();
    match label.as_str() {
        "published"
        | "date published"
        | "publication date"
        | "date of publication"
        | "report published" => Some(DateLine::Published(date)),
        "date of response"
        | "response date"
        | "date"
        | "dated"
        | "date of this response"
        | "response dated" => Some(DateLine::Responded(date)),
        _ => None,
    }
}

/// Whether a written date gives its day ("14 May 2024", not "May 2024").
fn has_day(text: &str) -> bool {
    crate::dates::find_all_days(text)
        .first()
        .is_some_and(|(_, range)| range.start == 0)
}

/// The dates prose gives for the report's publication ("…which was published on the 14
/// October 2022") and for the response ("I sent the following letter … on 11 July 2019"):
/// each is the date nearest the words that say so.
pub(super) fn prose_dates(text: &str) -> (Option<time::Date>, Option<time::Date>) {
    let dates = crate::dates::find_all_days(text);
    if dates.is_empty() {
        return (None, None);
    }
    let lower = text.to_lowercase();
    let nearest = |words: &[&str]| {
        let at = words.iter().filter_map(|word| lower.find(word)).min()?;
        dates
            .iter()
            .min_by_key(|(_, range)| range.start.abs_diff(at))
            .map(|(date, _)| *date)
    };
    let published = nearest(&["published", "publication", "released"]);
    let responded = nearest(&[
        "sent the following",
        "wrote to",
        "letter dated",
        "my response dated",
        "response sent",
        "date sent",
    ]);
    // "…the report released today, 3 November 2016": said the day the report came out.
    let same_day = ["published today", "released today", "publishes today"]
        .iter()
        .any(|words| lower.contains(words));
    if same_day && published.is_some() {
        return (published, published);
    }
    (published, responded.filter(|date| Some(*date) != published))
}

/// Titles in a header line: "Commissioner's Response – HMIC Inspection – <title>",
/// "HMICFRS report: <title>", "Commissioner comments on HMICFRS <title>". The title and the
/// inspectorate.
pub(super) fn titled(text: &str) -> Option<(String, String)> {
    if text.split_whitespace().count() > 40 || text.ends_with('.') {
        return None;
    }
    let inspectorate_of = |words: &str| -> Option<String> {
        let first = words.split_whitespace().next()?;
        ["HMICFRS", "HMIC", "HMIFRS"]
            .iter()
            .find(|name| first.eq_ignore_ascii_case(name))
            .map(|name| (*name).to_owned())
    };
    // "HMICFRS report: <title>", "HMICFRS inspection – <title>"
    for separator in [": ", " – ", " - ", " — "] {
        let parts: Vec<&str> = text.split(separator).collect();
        for (index, part) in parts.iter().enumerate() {
            let lower = part.trim().to_lowercase();
            let names_report = ["report", "inspection", "inspection report"]
                .iter()
                .any(|kind| lower.ends_with(&format!(" {kind}")));
            if let (Some(inspectorate), true) = (inspectorate_of(part.trim()), names_report) {
                if lower.split_whitespace().count() <= 3 && index + 1 < parts.len() {
                    let title = parts[index + 1..].join(separator);
                    return Some((strip_quotes(title.trim()).to_owned(), inspectorate));
                }
            }
        }
    }
    // "Commissioner comments on HMICFRS <title>"
    let at = find_ignore_case(text, " comments on ")?;
    let mut rest = &text[at + " comments on ".len()..];
    rest = strip_prefix_ignore_case(rest, "the ").unwrap_or(rest);
    let inspectorate = inspectorate_of(rest)?;
    let named = rest;
    rest = rest[inspectorate.len()..].trim_start();
    for filler in ["report ", "inspection ", "report: ", "inspection: "] {
        rest = strip_prefix_ignore_case(rest, filler).unwrap_or(rest);
    }
    // "HMIC report into <subject>" names the report by its subject: the whole is the title.
    let by_subject = ["into ", "on ", "of "]
        .iter()
        .any(|preposition| strip_prefix_ignore_case(rest, preposition).is_some());
    let title = if by_subject { named } else { rest };
    (!rest.is_empty()).then(|| (strip_quotes(title).to_owned(), inspectorate))
}

/// The first quoted title in prose about a report: '…', "…", ‘…’ or “…”, of three words or
/// more.
pub(super) fn quoted_title(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    if !["report", "inspection", "published"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    for (open, close) in [('‘', '’'), ('“', '”'), ('"', '"'), ('\'', '\'')] {
        let mut search = 0;
        while let Some(at) = text[search..].find(open).map(|at| search + at) {
            let inner_start = at + open.len_utf8();
            // A quote opens a title where a word starts; an apostrophe inside a word does not.
            let opens = text[..at]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric());
            let end = text[inner_start..].find(close).map(|end| inner_start + end);
            match end {
                Some(end) if opens => {
                    let inner = text[inner_start..end].trim();
                    if inner.split_whitespace().count() >= 3 {
                        return Some(inner);
                    }
                    search = end + close.len_utf8();
                }
                _ => search = inner_start,
            }
        }
    }
    None
}

/// A sentence leading in to a list of items: "The areas for improvement identified are: –",
/// "…made the following recommendations:". The kind of the items.
pub(super) fn lead_in_kind(text: &str) -> Option<ItemKind> {
    let trimmed = text.trim_end_matches(['–', '-', '—', ' ']);
    if !trimmed.ends_with(':') {
        return None;
    }
    let lower = trimmed.to_lowercase();
    KIND_NAMES
        .iter()
        .filter(|(_, plural, _)| plural.len() > 4)
        .find(|(_, plural, _)| lower.contains(plural))
        .map(|(_, _, kind)| kind())
}

/// A sentence introducing the chief constable's comments: "His response is as follows:",
/// "The Chief Constable's response was:", "… and he has stated:".
pub(super) fn leads_in_to_comments(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    let speaks = [
        "response", "comment", "stated", "said", "follows", "views", "replied", "wrote",
    ]
    .iter()
    .any(|word| lower.contains(word));
    lower.ends_with(':')
        && text.split_whitespace().count() >= 4
        && speaks
        && (lower.contains("chief constable ")
            || lower.contains("chief constable's")
            || lower.contains("his response")
            || lower.contains("her response")
            || lower.contains("their response"))
}

/// A line signing off the chief constable's comments: "David Moss, Chief Constable of X".
pub(super) fn signs_off_comments(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.split_whitespace().count() <= 12
        && !text.ends_with('.')
        && (lower.contains(", chief constable") || lower.starts_with("chief constable "))
}

/// "Response from: Deputy Mayor for Policing and Crime", "Statement from the Police and Crime
/// Commissioner for Hillshire": who is responding.
pub(super) fn responding(text: &str) -> Option<&str> {
    if let Some(who) = labelled(text, "Response from") {
        return Some(who);
    }
    let who = ["Statement from ", "Response from ", "Comments from "]
        .iter()
        .find_map(|opening| strip_prefix_ignore_case(text, opening))?;
    let who = strip_prefix_ignore_case(who, "the ").unwrap_or(who);
    (text.split_whitespace().count() <= 12 && !text.ends_with('.')).then_some(who)
}

/// Whether a paragraph speaks as one person ("I am pleased…", "my office"), as a commissioner
/// answering does and an inspectorate's finding never does.
pub(super) fn speaks_in_the_first_person(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
        matches!(
            word,
            "I" | "I’m" | "I'm" | "I’ve" | "I've" | "I’d" | "I'd" | "my" | "My" | "me"
        )
    })
}

/// The date a headline ends with in brackets, as a news page dates its story: "'Good' HMIC
/// assessment of … West Yorkshire Police (24 Feb 2016)". The response's date.
pub(super) fn headline_date(text: &str) -> Option<time::Date> {
    let text = text.trim();
    if text.split_whitespace().count() > 30 || !text.ends_with(')') {
        return None;
    }
    let open = text.rfind('(')?;
    crate::dates::parse_uk(&text[open + 1..text.len() - 1])
        .filter(|_| has_day(&text[open + 1..text.len() - 1]))
}

/// Whether a paragraph after a finding's complete words answers it: the office speaking ("we
/// now update…", "I will…"), or saying what has been done ("All sergeants have been briefed").
/// `finding` is the finding's words so far; only a finished one ("…should…", ending its
/// sentence) is answered, so a finding written over several paragraphs stays whole.
pub(super) fn answers_the_finding(finding: &str, text: &str) -> bool {
    let finished = finding.trim_end().ends_with(['.', ';']);
    let lower_finding = finding.to_lowercase();
    let asks = ["should", "must", "needs to", "need to"]
        .iter()
        .any(|word| lower_finding.contains(word));
    if !finished || !asks || text.trim_end().ends_with(':') {
        return false;
    }
    let lower = format!(" {} ", text.to_lowercase());
    let speaks = [" we ", " we’ve ", " we've ", " our ", " us "]
        .iter()
        .any(|word| lower.contains(word));
    let done = [
        " has been ",
        " have been ",
        " was ",
        " were ",
        " is now ",
        " are now ",
        " has introduced ",
        " have introduced ",
        " completed ",
        " started ",
        " began ",
    ]
    .iter()
    .any(|word| lower.contains(word));
    speaks || done
}

/// A title's "(published 18 March 2025)" or ", published on 18 March 2025" tail: the title
/// without it, and the date.
pub(super) fn published_tail(title: &str) -> Option<(&str, time::Date)> {
    let trimmed = title.trim_end().trim_end_matches(['.', ')']);
    let lower = trimmed.to_lowercase();
    let at = [
        " (published ",
        ", published ",
        " – published ",
        " - published ",
        " published ",
    ]
    .iter()
    .filter_map(|lead| lower.rfind(lead).map(|at| (at, lead.len())))
    .max()?;
    let date_text = trimmed[at.0 + at.1..].trim_start_matches("on ").trim();
    let date = crate::dates::parse_uk(date_text).filter(|_| has_day(date_text))?;
    Some((trimmed[..at.0].trim_end(), date))
}

/// Whether a paragraph says the response itself is already published ("This response is
/// published on the OPCC website https://…"), and the address it gives (empty if none).
pub(super) fn says_published(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let says = [
        "this response is published",
        "this response was published",
        "this response has been published",
        "response is published on",
        "published on our website",
        "published on the opcc website",
        "published on the pcc website",
    ]
    .iter()
    .any(|words| lower.contains(words));
    if !says {
        return None;
    }
    let address = text
        .split_whitespace()
        .find(|word| word.starts_with("https://") || word.starts_with("http://"))
        .map(|word| word.trim_end_matches(['.', ',', ')', ';']).to_owned())
        .unwrap_or_default();
    Some(address)
}

/// "published in March 2025": a publication given as a month and year only, which is no
/// date; the month and year as written.
pub(super) fn month_only_publication(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = ["published in ", "published on ", "published "]
        .iter()
        .find_map(|lead| lower.find(lead).map(|at| at + lead.len()))?;
    let rest = &text[at..];
    let words: Vec<&str> = rest.split_whitespace().take(2).collect();
    let [month, year] = words[..] else {
        return None;
    };
    let year = year.trim_end_matches(['.', ',', ';', ')']);
    let phrase = format!("{month} {year}");
    let is_month_year = crate::dates::parse_uk(&phrase).is_some() && !has_day(&phrase);
    is_month_year.then_some(phrase)
}
