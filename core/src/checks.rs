//! The checks a response should pass before it is published: what the law asks of its
//! content, leftovers from drafting, structure, links and plain English. Each finding names
//! the field to fix, so the editor can take the person straight there.

use crate::dates::uk_long;
use crate::deadline::{days, Deadline, Standing};
use crate::field::text_fields;
use crate::field::{place, Field, ItemField};
use crate::markup::{self, LinkForm};
use crate::model::{Draft, Item, ItemKind};
use crate::prose::{self, capitalise, Counts, LONG_PARAGRAPH_SENTENCES, LONG_SENTENCE_WORDS};
use std::collections::HashMap;
use time::Date;

/// How much a finding matters; the most serious sort first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The response should not go out like this.
    Fix,
    /// Probably wrong; worth a look.
    Check,
    /// Would read better.
    Consider,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Fix => "Needs fixing",
            Severity::Check => "Worth checking",
            Severity::Consider => "Suggestion",
        }
    }
}

/// One thing to look at before publishing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub field: Field,
    pub message: String,
    /// A change the app can make for the person, so nobody has to type markup.
    pub fix: Option<Fix>,
}

/// A change the app can make to the field a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// Show words the person gives in place of the bare web address (see
    /// [`markup::name_link`]).
    NameLink { address: String },
}

/// Everything the checks found in a draft.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Review {
    /// Most serious first; in the order of the page within each severity.
    pub findings: Vec<Finding>,
    pub answered: usize,
    pub items: usize,
    /// Of the words the body writes itself (not the report's or the chief constable's).
    pub own_words: Counts,
    pub deadline: Option<Deadline>,
}

impl Review {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The findings in a few words, e.g. "2 need fixing, 1 worth checking and 3 suggestions".
    pub fn summary(&self) -> String {
        let parts: Vec<String> = [
            (Severity::Fix, "needs fixing", "need fixing"),
            (Severity::Check, "worth checking", "worth checking"),
            (Severity::Consider, "suggestion", "suggestions"),
        ]
        .into_iter()
        .filter_map(|(severity, one, many)| match self.count(severity) {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        })
        .collect();
        match parts.as_slice() {
            [] => "nothing to fix or check".to_owned(),
            [only] => only.clone(),
            [first @ .., last] => format!("{} and {last}", first.join(", ")),
        }
    }
}

/// Link words that say nothing about where the link goes.
const VAGUE_LINK_TEXT: [&str; 12] = [
    "click here",
    "here",
    "link",
    "this link",
    "click",
    "read more",
    "more",
    "more here",
    "this",
    "this page",
    "website",
    "find out more",
];

/// Words left in by drafting, matched whole and in any case.
const PLACEHOLDER_WORDS: [&str; 5] = ["tbc", "tba", "tbd", "todo", "fixme"];

/// How bracketed placeholders begin, e.g. "[insert date]".
const PLACEHOLDER_BRACKETS: [&str; 7] = ["insert", "add ", "enter", "name", "date", "tbc", "xx"];

/// Checks a draft as it stands on `today`.
pub fn review(draft: &Draft, today: Option<Date>) -> Review {
    Reviewer::default().review(draft, today)
}

/// Checks a draft again and again as it is written. Most of a review's work is reading each
/// field's text (leftovers, links, sentence lengths), so each field is read again only when
/// its text or its place in the draft has changed since the last review: a review after a
/// keystroke in a long draft reads one field, not hundreds.
#[derive(Debug, Default)]
pub struct Reviewer {
    fields: HashMap<Field, FieldReview>,
    /// How many fields the last review read again.
    #[cfg(test)]
    reread: usize,
}

/// What the checks found in one field's text, and the text and place they were found in.
#[derive(Debug)]
struct FieldReview {
    text: String,
    place: String,
    findings: Vec<Finding>,
    own_words: Counts,
}

impl Reviewer {
    /// Checks `draft` as it stands on `today`: the same as [`review`], sooner.
    pub fn review(&mut self, draft: &Draft, today: Option<Date>) -> Review {
        let deadline = draft.report.published.and_then(Deadline::for_report);
        let mut findings = Vec::new();
        required_parts(draft, &mut findings);
        dates(draft, deadline, today, &mut findings);
        chief_constable(draft, &mut findings);
        numbering(&draft.items, &mut findings);
        unanswered(&draft.items, &mut findings);
        report_link(&draft.report.link, &mut findings);
        let mut own_words = Counts::default();
        let mut last = std::mem::take(&mut self.fields);
        #[cfg(test)]
        {
            self.reread = 0;
        }
        for (field, text) in text_fields(draft) {
            let place = place(draft, field);
            let reviewed = match last.remove(&field) {
                Some(reviewed) if reviewed.text == text && reviewed.place == place => reviewed,
                _ => {
                    #[cfg(test)]
                    {
                        self.reread += 1;
                    }
                    FieldReview::of(field, text, place)
                }
            };
            findings.extend(reviewed.findings.iter().cloned());
            own_words += reviewed.own_words;
            self.fields.insert(field, reviewed);
        }
        findings.sort_by_key(|finding| finding.severity);
        Review {
            findings,
            answered: draft.items.iter().filter(|i| i.is_answered()).count(),
            items: draft.items.len(),
            own_words,
            deadline,
        }
    }
}

impl Reviewer {
    /// Reads the fields of `draft` not read yet, asking `more` after each whether there is time
    /// for another (at least one is read), so that the first review of a long draft can be done
    /// in slices that never hold the page still for long. True once every field is read: a
    /// [`review`](Self::review) then reads none of them again.
    pub fn read_ahead(&mut self, draft: &Draft, mut more: impl FnMut() -> bool) -> bool {
        let mut out_of_time = false;
        for (field, text) in text_fields(draft) {
            let place = place(draft, field);
            let current = self
                .fields
                .get(&field)
                .is_some_and(|read| read.text == text && read.place == place);
            if current {
                continue;
            }
            if out_of_time {
                return false;
            }
            self.fields
                .insert(field, FieldReview::of(field, text, place));
            out_of_time = !more();
        }
        true
    }
}

impl FieldReview {
    fn of(field: Field, text: &str, place: String) -> FieldReview {
        let mut findings = Vec::new();
        let mut own_words = Counts::default();
        let lower = text.to_ascii_lowercase();
        placeholders(field, &place, text, &lower, &mut findings);
        double_spaces(field, &place, text, &mut findings);
        if field != Field::ReportLink {
            links(field, &place, text, &mut findings);
        }
        if is_own_words(field) {
            eight_weeks(field, &place, text, &lower, &mut findings);
            own_words = plain_english(field, &place, text, &mut findings);
        }
        FieldReview {
            text: text.to_owned(),
            place,
            findings,
            own_words,
        }
    }
}

/// Every free-text field, in the order of the page.
fn is_own_words(field: Field) -> bool {
    matches!(
        field,
        Field::Introduction
            | Field::ChiefConstableReply
            | Field::Item(_, ItemField::Response)
            | Field::Closing
    )
}

fn add(findings: &mut Vec<Finding>, severity: Severity, field: Field, message: String) {
    findings.push(Finding {
        severity,
        field,
        message,
        fix: None,
    });
}

fn required_parts(draft: &Draft, findings: &mut Vec<Finding>) {
    if draft.report.title.trim().is_empty() {
        add(
            findings,
            Severity::Fix,
            Field::ReportTitle,
            "Enter the title of the report you are responding to.".to_owned(),
        );
    }
    if draft.report.published.is_none() {
        add(
            findings,
            Severity::Fix,
            Field::ReportPublished,
            "Enter the date the report was published, so the deadline can be worked out."
                .to_owned(),
        );
    }
    if draft.responder.body.trim().is_empty() {
        add(
            findings,
            Severity::Check,
            Field::Body,
            "Enter the area or body responding, for the response heading.".to_owned(),
        );
    }
    if draft.responder.response_date.is_none() {
        add(
            findings,
            Severity::Check,
            Field::ResponseDate,
            "Enter the date of this response.".to_owned(),
        );
    }
}

/// Days a response date may lie behind today, while the response is not yet published, before
/// it is likely a date set when drafting began and never brought up to date.
pub const STALE_AFTER_DAYS: i64 = 7;

fn dates(
    draft: &Draft,
    deadline: Option<Deadline>,
    today: Option<Date>,
    findings: &mut Vec<Finding>,
) {
    let published = draft.life.is_published();
    let dated = draft.responder.response_date;
    if let (Some(dated), Some(published_on)) = (dated, draft.life.published_on()) {
        if dated != published_on {
            add(
                findings,
                Severity::Check,
                Field::ResponseDate,
                format!(
                    "The response is dated {}, but was published on {}. Date it the day it was published, and record the change as a correction.",
                    uk_long(dated),
                    uk_long(published_on)
                ),
            );
        }
    }
    if let (Some(dated), Some(today), false) = (dated, today, published) {
        let behind = (today - dated).whole_days();
        if behind > STALE_AFTER_DAYS {
            add(
                findings,
                Severity::Check,
                Field::ResponseDate,
                format!(
                    "The response is dated {}, {} ago. Date it the day it will be published.",
                    uk_long(dated),
                    days(behind)
                ),
            );
        }
    }
    let Some(deadline) = deadline else {
        return;
    };
    let last = uk_long(deadline.last_day);
    let mut dated_late = false;
    if let Some(dated) = dated {
        if dated < deadline.published {
            add(
                findings,
                Severity::Fix,
                Field::ResponseDate,
                format!(
                    "The response is dated {}, before the report was published on {}.",
                    uk_long(dated),
                    uk_long(deadline.published)
                ),
            );
        } else if let Standing::Late { days_over } = deadline.standing(dated) {
            dated_late = true;
            add(
                findings,
                Severity::Fix,
                Field::ResponseDate,
                format!(
                    "The response is dated {}, {} after the last day for publishing it ({last}).",
                    uk_long(dated),
                    days(days_over)
                ),
            );
        }
    }
    // Once published, or once the response's own date already says it is late, the day today
    // adds nothing.
    if published || dated_late {
        return;
    }
    if let Some(Standing::Late { days_over }) = today.map(|today| deadline.standing(today)) {
        add(
            findings,
            Severity::Check,
            Field::ReportPublished,
            format!(
                "The last day for publishing this response was {last}: it is {} overdue.",
                days(days_over)
            ),
        );
    }
}

fn chief_constable(draft: &Draft, findings: &mut Vec<Finding>) {
    let chief = &draft.chief_constable;
    let has = |text: &str| !text.trim().is_empty();
    if has(&chief.comments) && !has(&chief.reply) {
        add(
            findings,
            Severity::Check,
            Field::ChiefConstableReply,
            "The chief constable’s comments are included but your reply to them is empty: \
             section 55 asks for your comments on them too."
                .to_owned(),
        );
    }
    if has(&chief.reply) && !has(&chief.comments) {
        add(
            findings,
            Severity::Check,
            Field::ChiefConstableComments,
            "There is a reply to the chief constable’s comments, but the comments themselves \
             are empty."
                .to_owned(),
        );
    }
    if has(&chief.comments) && !has(&chief.attribution) {
        add(
            findings,
            Severity::Consider,
            Field::ChiefConstableAttribution,
            "Say who the chief constable’s comments are from, for example “Sarah Crew, Chief \
             Constable”."
                .to_owned(),
        );
    }
}

/// Duplicate, missing and out-of-order numbers among items of the same kind.
/// Missing, repeated and out-of-order numbers within each kind, in one pass over the items
/// (comparing every pair took 44 s at 64,000 items).
fn numbering(items: &[Item], findings: &mut Vec<Finding>) {
    /// What has been seen of one kind so far.
    #[derive(Default)]
    struct Kind<'a> {
        count: usize,
        numbers: std::collections::HashSet<String>,
        /// The last item with a number that sorts, and its sort key.
        last_sorted: Option<(&'a Item, (u64, String))>,
    }
    let key = |item: &Item| item.kind.label().to_ascii_lowercase();
    let mut kinds: HashMap<String, Kind> = HashMap::new();
    for item in items {
        kinds.entry(key(item)).or_default().count += 1;
    }
    for (index, item) in items.iter().enumerate() {
        let field = Field::Item(index, ItemField::Number);
        let kind = kinds.get_mut(&key(item)).expect("every kind counted");
        let number = item.number.trim();
        if number.is_empty() {
            if kind.count > 1 {
                add(
                    findings,
                    Severity::Check,
                    field,
                    format!(
                        "Item {} has no number: enter the number of this {} as the report gives it.",
                        index + 1,
                        item.kind.label().to_ascii_lowercase()
                    ),
                );
            }
            continue;
        }
        if !kind.numbers.insert(number.to_ascii_lowercase()) {
            add(
                findings,
                Severity::Fix,
                field,
                format!(
                    "There is more than one {}: check the numbers.",
                    item.heading()
                ),
            );
            continue;
        }
        let Some(sorted) = sort_key(number) else {
            continue;
        };
        if let Some((previous, before)) = &kind.last_sorted {
            if sorted < *before {
                add(
                    findings,
                    Severity::Check,
                    field,
                    format!(
                        "{} comes after {}: reports list them in order, and so should the response.",
                        item.heading(),
                        previous.heading()
                    ),
                );
            }
        }
        kind.last_sorted = Some((item, sorted));
    }
}

/// "4" → (4, ""), "1a" → (1, "a"); numbers that do not start with digits have no order.
fn sort_key(number: &str) -> Option<(u64, String)> {
    let number = number.trim();
    let digits = number.len()
        - number
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let value = number[..digits].parse().ok()?;
    Some((value, number[digits..].to_ascii_lowercase()))
}

fn unanswered(items: &[Item], findings: &mut Vec<Finding>) {
    for (index, item) in items.iter().enumerate().filter(|(_, i)| !i.is_answered()) {
        let field = Field::Item(index, ItemField::Response);
        let name = item.display_name(index);
        if item.kind == ItemKind::Recommendation {
            add(
                findings,
                Severity::Fix,
                field,
                format!(
                    "{name} has no response. Section 55(5B) asks for the action taken or \
                     proposed, or why none will be taken."
                ),
            );
        } else {
            add(
                findings,
                Severity::Check,
                field,
                format!("{name} has no response yet."),
            );
        }
    }
}

fn report_link(link: &str, findings: &mut Vec<Finding>) {
    let link = link.trim();
    if link.is_empty() {
        return;
    }
    if !is_web_address(link) {
        add(
            findings,
            Severity::Fix,
            Field::ReportLink,
            format!("The link to the report, “{link}”, is not a full web address: start it with https://."),
        );
    } else if is_http(link) {
        add(
            findings,
            Severity::Check,
            Field::ReportLink,
            "The link to the report starts with http://: use https:// so it opens securely."
                .to_owned(),
        );
    }
}

/// Whether `address` is a whole web address: http or https, with a site's name after it.
pub fn is_web_address(address: &str) -> bool {
    markup::safe_href(address).is_some_and(|href| {
        let lower = href.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        rest.and_then(|rest| rest.split(['/', '?', '#']).next())
            .is_some_and(|host| host.contains('.') || host.starts_with("localhost"))
    })
}

fn is_http(address: &str) -> bool {
    address.to_ascii_lowercase().starts_with("http://")
}

fn links(field: Field, place: &str, text: &str, findings: &mut Vec<Finding>) {
    for link in markup::links(text) {
        let address = &link.address;
        match link.form {
            LinkForm::NoScheme => add(
                findings,
                Severity::Check,
                field,
                format!(
                    "“{address}” in {place} will not become a link: write it with https:// at the start."
                ),
            ),
            _ if markup::safe_href(address).is_none() => add(
                findings,
                Severity::Fix,
                field,
                format!(
                    "The link “{}” in {place} will not work: “{address}” is not a full web \
                     address. Start it with https://.",
                    link.text.trim()
                ),
            ),
            _ if is_http(address) => add(
                findings,
                Severity::Check,
                field,
                format!(
                    "The link to {address} in {place} starts with http://: use https:// so it opens securely."
                ),
            ),
            LinkForm::Named if is_vague(&link.text) => add(
                findings,
                Severity::Check,
                field,
                format!(
                    "The link text “{}” in {place} does not say where it goes: use the name of the \
                     page, for example “the inspection report”.",
                    link.text.trim()
                ),
            ),
            LinkForm::Bare if !address.starts_with("mailto:") => findings.push(Finding {
                severity: Severity::Consider,
                field,
                message: format!(
                    "{} shows a bare web address ({address}). A link named after the page reads \
                     better, for example “the inspection report”.",
                    capitalise(place)
                ),
                fix: Some(Fix::NameLink {
                    address: address.clone(),
                }),
            }),
            _ => {}
        }
    }
}

fn is_vague(text: &str) -> bool {
    let words = text
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    VAGUE_LINK_TEXT.contains(&words.as_str())
}

fn placeholders(field: Field, place: &str, text: &str, lower: &str, findings: &mut Vec<Finding>) {
    // `lower` is `text` in ASCII lower case, so the two share every byte offset.
    let mut found: Vec<&str> = Vec::new();
    // Placeholders are ASCII, so words can be found byte by byte; trimming every byte that is
    // not an ASCII letter or digit leaves each word starting and ending on a character boundary.
    let words = lower
        .as_bytes()
        .split(|byte| byte.is_ascii_whitespace() || *byte == b'/');
    for word in words {
        let start = word.iter().position(u8::is_ascii_alphanumeric);
        let end = word.iter().rposition(u8::is_ascii_alphanumeric);
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        let bare = &word[start..=end];
        let is_placeholder = bare.windows(3).any(|w| w == b"xxx")
            || PLACEHOLDER_WORDS.iter().any(|p| p.as_bytes() == bare);
        if is_placeholder {
            let at = bare.as_ptr() as usize - lower.as_ptr() as usize;
            found.push(&text[at..at + bare.len()]);
        }
    }
    if let Some(at) = lower.find("lorem ipsum") {
        found.push(&text[at..at + "lorem ipsum".len()]);
    }
    let brackets = lower
        .bytes()
        .enumerate()
        .filter(|(_, byte)| matches!(byte, b'[' | b'<'));
    for (at, bracket) in brackets {
        let inside = &lower[at + 1..];
        if PLACEHOLDER_BRACKETS
            .iter()
            .any(|start| inside.starts_with(start))
        {
            let close = if bracket == b'[' { ']' } else { '>' };
            let line = inside.split('\n').next().unwrap_or_default();
            let end = line.find(close).map_or(line.len(), |end| end + 1);
            found.push(&text[at..at + 1 + end]);
        }
    }
    let mut reported: Vec<&str> = Vec::new();
    for leftover in found {
        if reported.contains(&leftover) {
            continue;
        }
        reported.push(leftover);
        add(
            findings,
            Severity::Fix,
            field,
            format!("“{leftover}” is still in {place}: replace it with the final words."),
        );
    }
}

/// "Eight weeks" misstates the period, and invites counting it a day too long.
fn eight_weeks(field: Field, place: &str, text: &str, lower: &str, findings: &mut Vec<Finding>) {
    let said = ["eight weeks", "8 weeks"]
        .into_iter()
        .find_map(|words| lower.find(words).map(|at| &text[at..at + words.len()]));
    if let Some(said) = said {
        add(
            findings,
            Severity::Check,
            field,
            format!(
                "{} says “{said}”. The law gives 56 days beginning with the day the report was \
                 published, which ends a day before eight weeks are up: say “56 days”.",
                capitalise(place)
            ),
        );
    }
}

fn double_spaces(field: Field, place: &str, text: &str, findings: &mut Vec<Finding>) {
    let doubled = text.contains("  ") && text.lines().any(|line| line.trim().contains("  "));
    if doubled {
        add(
            findings,
            Severity::Consider,
            field,
            format!("There are double spaces in {place}."),
        );
    }
}

/// Flags long sentences and paragraphs, and returns the counts for the reading-ease score.
fn plain_english(field: Field, place: &str, text: &str, findings: &mut Vec<Finding>) -> Counts {
    let mut total = Counts::default();
    for block in markup::blocks(text) {
        let sentences = prose::sentences(&block.text);
        for sentence in &sentences {
            let words = prose::words(sentence).count();
            if words > LONG_SENTENCE_WORDS {
                add(
                    findings,
                    Severity::Consider,
                    field,
                    format!(
                        "A sentence of {words} words in {place} (“{}”). Sentences over \
                         {LONG_SENTENCE_WORDS} words are hard to follow: try splitting it.",
                        opening(sentence)
                    ),
                );
            }
        }
        if !block.is_list_item && sentences.len() > LONG_PARAGRAPH_SENTENCES {
            add(
                findings,
                Severity::Consider,
                field,
                format!(
                    "A paragraph of {} sentences in {place} (“{}”). Try paragraphs of up to \
                     {LONG_PARAGRAPH_SENTENCES} sentences.",
                    sentences.len(),
                    opening(&block.text)
                ),
            );
        }
        total += prose::counts_of(&sentences);
    }
    total
}

/// The first few words of a passage, to point to it.
fn opening(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(7).collect();
    let more = text.split_whitespace().nth(7).is_some();
    format!("{}{}", words.join(" "), if more { "…" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::date;
    use crate::model::{Item, ItemKind};
    use crate::template::new_draft_dated;

    /// A draft with nothing to find.
    fn clean_draft() -> Draft {
        let mut draft = new_draft_dated(Some(date(2025, 7, 30)));
        draft.report.title = "An inspection of serious and organised crime".into();
        draft.report.published = Some(date(2025, 6, 12));
        draft.report.link = "https://hmicfrs.justiceinspectorates.gov.uk/report".into();
        draft.responder.body = "Avon & Somerset".into();
        draft.introduction = "I welcome this report. We will act on it.".into();
        let mut first = Item::new(ItemKind::AreaForImprovement, "1");
        first.text = "Forces should improve how they share data.".into();
        first.response = "We have started this work. It will finish in May.".into();
        let mut second = Item::new(ItemKind::AreaForImprovement, "4");
        second.text = "Forces should train staff.".into();
        second.response = "Training starts in June.".into();
        draft.items = vec![first, second];
        draft.closing = "Read [the full report](https://example.org/report).".into();
        draft
    }

    fn findings(draft: &Draft) -> Vec<Finding> {
        review(draft, Some(date(2025, 7, 30))).findings
    }

    fn has(draft: &Draft, severity: Severity, field: Field, words: &str) -> bool {
        findings(draft)
            .iter()
            .any(|f| f.severity == severity && f.field == field && f.message.contains(words))
    }

    /// A draft with something to find in many of its fields, and places that name its items.
    fn busy_draft() -> Draft {
        let mut draft = clean_draft();
        draft.introduction = "We will reply within eight weeks. TBC: the  figures.".into();
        draft.items[0].response = "See [here](https://example.org) and http://example.org/plan. \
            This sentence goes on and on with word after word after word after word after word \
            after word after word after word after word after word after word after word."
            .into();
        draft.items[1].response = "[insert date]".into();
        draft.items.push(Item::new(ItemKind::Recommendation, "2"));
        draft
    }

    #[test]
    fn a_reviewer_finds_what_a_fresh_review_finds_after_every_edit() {
        let today = Some(date(2025, 7, 30));
        let edits: Vec<fn(&mut Draft)> = vec![
            |_| {},
            |d| d.items[1].response.push_str(" Lorem ipsum."),
            // The item's heading changes, and with it the place every finding in it names.
            |d| d.items[0].number = "3".into(),
            |d| d.items[0].kind = ItemKind::Recommendation,
            |d| {
                d.items.remove(0);
            },
            |d| d.items.insert(1, Item::new(ItemKind::CauseOfConcern, "1")),
            |d| d.items.swap(0, 2),
            |d| d.introduction.clear(),
            |d| d.report.published = None,
            |d| d.items.clear(),
        ];
        let mut draft = busy_draft();
        let mut reviewer = Reviewer::default();
        for (step, edit) in edits.into_iter().enumerate() {
            edit(&mut draft);
            assert_eq!(
                reviewer.review(&draft, today),
                review(&draft, today),
                "after edit {step}"
            );
        }
    }

    #[test]
    fn a_reviewer_reads_again_only_the_fields_that_changed() {
        let today = Some(date(2025, 7, 30));
        let mut draft = busy_draft();
        let mut reviewer = Reviewer::default();
        reviewer.review(&draft, today);
        let fields = text_fields(&draft).len();
        assert_eq!(reviewer.reread, fields);
        reviewer.review(&draft, today);
        assert_eq!(reviewer.reread, 0);
        draft.items[1].response.push_str(" Lorem ipsum");
        let review = reviewer.review(&draft, today);
        assert_eq!(reviewer.reread, 1);
        assert!(review
            .findings
            .iter()
            .any(|f| f.message.contains("Lorem ipsum")));
        // A new number renames the item in every place its fields are named.
        draft.items[1].number = "5".into();
        reviewer.review(&draft, today);
        assert_eq!(reviewer.reread, 6);
    }

    #[test]
    fn a_reviewer_reads_a_long_draft_ahead_in_slices_and_then_reviews_it_at_once() {
        let today = Some(date(2025, 7, 30));
        let draft = busy_draft();
        let fields = text_fields(&draft).len();
        let mut reviewer = Reviewer::default();
        // Two fields a slice: the slices together read each field once.
        let mut slices = 0;
        loop {
            let mut read = 0;
            slices += 1;
            let done = reviewer.read_ahead(&draft, || {
                read += 1;
                read < 2
            });
            if done {
                break;
            }
            assert!(slices <= fields, "reading ahead never ends");
        }
        assert_eq!(slices, fields.div_ceil(2));
        assert_eq!(reviewer.review(&draft, today), review(&draft, today));
        assert_eq!(
            reviewer.reread, 0,
            "the review after reading ahead reads nothing again"
        );
        // A field changed after it was read ahead is read again by the review.
        let mut changed = draft.clone();
        changed.items[0].response.push_str(" Lorem ipsum");
        assert_eq!(reviewer.review(&changed, today), review(&changed, today));
        assert_eq!(reviewer.reread, 1);
        // With no time at all, a slice still reads one field, so reading ahead always ends.
        let mut reviewer = Reviewer::default();
        let mut slices = 0;
        while !reviewer.read_ahead(&draft, || false) {
            slices += 1;
        }
        assert_eq!(slices, fields - 1);
    }

    #[test]
    fn a_finished_draft_has_nothing_to_fix() {
        assert_eq!(findings(&clean_draft()), vec![]);
    }

    #[test]
    fn review_counts_answered_items_and_works_out_the_deadline() {
        let mut draft = clean_draft();
        draft.items[1].response.clear();
        let review = review(&draft, None);
        assert_eq!((review.answered, review.items), (1, 2));
        assert_eq!(review.deadline.unwrap().last_day, date(2025, 8, 6));
    }

    #[test]
    fn an_unanswered_recommendation_must_be_fixed_other_kinds_checked() {
        let mut draft = clean_draft();
        draft.items[0].kind = ItemKind::Recommendation;
        draft.items[0].response = "  \n ".into();
        draft.items[1].response.clear();
        assert!(has(
            &draft,
            Severity::Fix,
            Field::Item(0, ItemField::Response),
            "Recommendation 1 has no response. Section 55(5B)"
        ));
        assert!(has(
            &draft,
            Severity::Check,
            Field::Item(1, ItemField::Response),
            "Area for improvement 4 has no response yet."
        ));
    }

    #[test]
    fn a_response_dated_after_the_last_day_is_late() {
        let mut draft = clean_draft();
        draft.responder.response_date = Some(date(2025, 8, 7));
        assert!(has(
            &draft,
            Severity::Fix,
            Field::ResponseDate,
            "dated 7 August 2025, 1 day after the last day for publishing it (6 August 2025)"
        ));
        draft.responder.response_date = Some(date(2025, 8, 6));
        assert!(!has(
            &draft,
            Severity::Fix,
            Field::ResponseDate,
            "after the last day"
        ));
    }

    #[test]
    fn a_response_dated_before_the_report_is_wrong() {
        let mut draft = clean_draft();
        draft.responder.response_date = Some(date(2025, 6, 11));
        assert!(has(
            &draft,
            Severity::Fix,
            Field::ResponseDate,
            "before the report was published on 12 June 2025"
        ));
    }

    #[test]
    fn today_past_the_last_day_is_flagged() {
        let draft = clean_draft();
        let late = review(&draft, Some(date(2025, 8, 9)));
        assert!(late.findings.iter().any(|f| f.field == Field::ReportPublished
            && f.message == "The last day for publishing this response was 6 August 2025: it is 3 days overdue."));
    }

    #[test]
    fn lateness_is_reported_once_even_when_the_date_and_today_both_say_so() {
        let mut draft = clean_draft();
        draft.responder.response_date = Some(date(2025, 8, 8));
        let late = review(&draft, Some(date(2025, 8, 9)));
        let lateness: Vec<_> = late
            .findings
            .iter()
            .filter(|f| f.message.contains("after the last day") || f.message.contains("overdue"))
            .collect();
        assert_eq!(lateness.len(), 1, "{lateness:?}");
        assert_eq!(lateness[0].field, Field::ResponseDate);
    }

    #[test]
    fn a_published_response_dated_otherwise_is_worth_checking() {
        let mut draft = clean_draft();
        draft
            .life
            .publish(date(2025, 8, 1), "https://opcc.example/r");
        assert!(has(
            &draft,
            Severity::Check,
            Field::ResponseDate,
            "The response is dated 30 July 2025, but was published on 1 August 2025."
        ));
        draft.responder.response_date = Some(date(2025, 8, 1));
        assert!(!has_message(&review(&draft, None), "was published on"));
    }

    #[test]
    fn a_published_response_is_never_overdue_nor_stale() {
        let mut draft = clean_draft();
        draft.responder.response_date = Some(date(2025, 8, 1));
        draft
            .life
            .publish(date(2025, 8, 1), "https://opcc.example/r");
        let long_after = review(&draft, Some(date(2026, 12, 1)));
        assert!(
            long_after
                .findings
                .iter()
                .all(|f| f.field != Field::ReportPublished && f.field != Field::ResponseDate),
            "{:?}",
            long_after.findings
        );
    }

    #[test]
    fn a_response_date_left_behind_while_drafting_is_stale() {
        let mut draft = clean_draft();
        draft.report.published = Some(date(2026, 11, 20));
        draft.responder.response_date = Some(date(2026, 12, 1));
        let week_on = review(&draft, Some(date(2026, 12, 8)));
        assert!(!has_message(&week_on, "ago"), "seven days is not yet stale");
        let fifty_days_on = review(&draft, Some(date(2027, 1, 20)));
        assert!(fifty_days_on.findings.iter().any(|f| f.severity == Severity::Check
            && f.field == Field::ResponseDate
            && f.message == "The response is dated 1 December 2026, 50 days ago. Date it the day it will be published."));
    }

    fn has_message(review: &Review, words: &str) -> bool {
        review.findings.iter().any(|f| f.message.contains(words))
    }

    #[test]
    fn missing_title_and_dates_are_flagged() {
        let mut draft = clean_draft();
        draft.report.title = " ".into();
        draft.report.published = None;
        draft.responder.response_date = None;
        assert!(has(
            &draft,
            Severity::Fix,
            Field::ReportTitle,
            "Enter the title"
        ));
        assert!(has(
            &draft,
            Severity::Fix,
            Field::ReportPublished,
            "Enter the date the report was published"
        ));
        assert!(has(
            &draft,
            Severity::Check,
            Field::ResponseDate,
            "Enter the date of this response"
        ));
        assert_eq!(review(&draft, None).deadline, None);
    }

    #[test]
    fn leftovers_from_drafting_are_found_in_any_field() {
        let mut draft = clean_draft();
        draft.introduction =
            "We will spend £xxx on it. Date TBC. [Insert name of unit] leads.".into();
        draft.items[1].status = "todo".into();
        draft.closing = "Lorem ipsum dolor.".into();
        let at = Field::Introduction;
        assert!(has(
            &draft,
            Severity::Fix,
            at,
            "“xxx” is still in the introduction"
        ));
        assert!(has(
            &draft,
            Severity::Fix,
            at,
            "“TBC” is still in the introduction"
        ));
        assert!(has(
            &draft,
            Severity::Fix,
            at,
            "“[Insert name of unit]” is still"
        ));
        assert!(has(
            &draft,
            Severity::Fix,
            Field::Item(1, ItemField::Status),
            "“todo” is still in the status of Area for improvement 4"
        ));
        assert!(has(
            &draft,
            Severity::Fix,
            Field::Closing,
            "“Lorem ipsum” is still in the closing"
        ));
    }

    #[test]
    fn ordinary_words_are_not_taken_for_leftovers() {
        let mut draft = clean_draft();
        draft.introduction = "Today the board met to discuss the tobacco data [see annex] and Section 5 <of the Act>.".into();
        assert_eq!(findings(&draft), vec![]);
    }

    #[test]
    fn eight_weeks_is_not_how_the_law_counts() {
        let mut draft = clean_draft();
        draft.introduction = "I must respond within Eight Weeks of publication.".into();
        assert!(has(
            &draft,
            Severity::Check,
            Field::Introduction,
            "The introduction says “Eight Weeks”. The law gives 56 days"
        ));
    }

    #[test]
    fn double_spaces_are_suggested_away() {
        let mut draft = clean_draft();
        draft.introduction = "We agree.  We will act.".into();
        assert!(has(
            &draft,
            Severity::Consider,
            Field::Introduction,
            "double spaces in the introduction"
        ));
    }

    #[test]
    fn duplicate_and_missing_numbers_within_a_kind() {
        let mut draft = clean_draft();
        draft.items[1].number = "1".into();
        assert!(has(
            &draft,
            Severity::Fix,
            Field::Item(1, ItemField::Number),
            "more than one Area for improvement 1"
        ));
        draft.items[1].number = "".into();
        assert!(has(
            &draft,
            Severity::Check,
            Field::Item(1, ItemField::Number),
            "Item 2 has no number"
        ));
    }

    #[test]
    fn the_same_number_in_different_kinds_is_fine() {
        let mut draft = clean_draft();
        draft.items[1].kind = ItemKind::Recommendation;
        draft.items[1].number = "1".into();
        assert_eq!(findings(&draft), vec![]);
    }

    #[test]
    fn a_lone_unnumbered_cause_of_concern_is_fine() {
        let mut draft = clean_draft();
        draft.items[0].kind = ItemKind::CauseOfConcern;
        draft.items[0].number = "".into();
        assert_eq!(findings(&draft), vec![]);
    }

    #[test]
    fn items_out_of_report_order() {
        let mut draft = clean_draft();
        draft.items.swap(0, 1);
        assert!(has(
            &draft,
            Severity::Check,
            Field::Item(1, ItemField::Number),
            "Area for improvement 1 comes after Area for improvement 4"
        ));
        draft.items.swap(0, 1);
        draft.items[0].number = "4a".into();
        draft.items[1].number = "4b".into();
        assert_eq!(findings(&draft), vec![]);
        draft.items[0].number = "10".into();
        draft.items[1].number = "9".into();
        assert!(has(
            &draft,
            Severity::Check,
            Field::Item(1, ItemField::Number),
            "comes after"
        ));
    }

    #[test]
    fn chief_constable_comments_need_a_reply_and_a_name() {
        let mut draft = clean_draft();
        draft.chief_constable.comments = "I welcome the report.".into();
        assert!(has(
            &draft,
            Severity::Check,
            Field::ChiefConstableReply,
            "your reply to them is empty"
        ));
        assert!(has(
            &draft,
            Severity::Consider,
            Field::ChiefConstableAttribution,
            "Say who"
        ));
        draft.chief_constable.comments.clear();
        draft.chief_constable.reply = "Thank you.".into();
        assert!(has(
            &draft,
            Severity::Check,
            Field::ChiefConstableComments,
            "the comments themselves are empty"
        ));
    }

    #[test]
    fn broken_insecure_and_vague_links() {
        let mut draft = clean_draft();
        draft.introduction =
            "See [our plan](opcc.example.org/plan), [the data](http://example.org/d), \
            [click here](https://example.org/x) and www.example.gov.uk."
                .into();
        let at = Field::Introduction;
        assert!(has(&draft, Severity::Fix, at, "The link “our plan” in the introduction will not work: “opcc.example.org/plan” is not a full web address"));
        assert!(has(
            &draft,
            Severity::Check,
            at,
            "http://example.org/d in the introduction starts with http://"
        ));
        assert!(has(
            &draft,
            Severity::Check,
            at,
            "The link text “click here” in the introduction does not say where it goes"
        ));
        assert!(has(
            &draft,
            Severity::Check,
            at,
            "“www.example.gov.uk” in the introduction will not become a link"
        ));
    }

    #[test]
    fn a_bare_web_address_is_a_suggestion_and_an_email_address_is_fine() {
        let mut draft = clean_draft();
        draft.closing =
            "Published at https://example.org/response. Write to info@example.org.".into();
        let found = findings(&draft);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::Consider);
        assert!(found[0]
            .message
            .starts_with("The closing shows a bare web address (https://example.org/response)"));
        // The fix is offered, never a piece of markup to type.
        assert!(!found[0].message.contains("]("));
        let Some(Fix::NameLink { address }) = &found[0].fix else {
            panic!("a fix that names the link");
        };
        let fixed = markup::name_link(&draft.closing, address, "our response").unwrap();
        draft.closing = fixed;
        assert_eq!(findings(&draft), vec![], "named, the link is fine");
    }

    #[test]
    fn no_finding_asks_for_markup_to_be_typed() {
        let mut draft = clean_draft();
        draft.introduction = "See https://example.org/a, [here](https://example.org/b), \
            www.example.org, [the plan](http://example.org/c) and [x](example.org/d)."
            .into();
        for finding in findings(&draft) {
            assert!(
                !finding.message.contains("](") && !finding.message.contains("**"),
                "{}",
                finding.message
            );
        }
    }

    #[test]
    fn the_report_link_must_be_a_full_secure_address() {
        let mut draft = clean_draft();
        draft.report.link = "hmicfrs.justiceinspectorates.gov.uk/x".into();
        assert!(has(
            &draft,
            Severity::Fix,
            Field::ReportLink,
            "is not a full web address"
        ));
        draft.report.link = "http://hmicfrs.justiceinspectorates.gov.uk/x".into();
        assert!(has(
            &draft,
            Severity::Check,
            Field::ReportLink,
            "use https://"
        ));
    }

    #[test]
    fn long_sentences_and_paragraphs_in_the_bodys_own_words() {
        let long_sentence = format!("{}end.", "word ".repeat(30));
        let mut draft = clean_draft();
        draft.items[0].response = long_sentence.clone();
        assert!(has(&draft, Severity::Consider, Field::Item(0, ItemField::Response), "A sentence of 31 words in the response to Area for improvement 1 (“word word word word word word word…”)"));
        draft.items[0].response = "One. Two. Three. Four. Five. Six.".into();
        assert!(has(
            &draft,
            Severity::Consider,
            Field::Item(0, ItemField::Response),
            "A paragraph of 6 sentences"
        ));
        draft.items[0].response = "- One. Two. Three. Four. Five. Six.".into();
        assert!(!has(
            &draft,
            Severity::Consider,
            Field::Item(0, ItemField::Response),
            "A paragraph"
        ));
    }

    #[test]
    fn the_reports_own_words_are_not_held_to_our_style() {
        let mut draft = clean_draft();
        draft.items[0].text = format!("{}end.", "word ".repeat(30));
        assert_eq!(findings(&draft), vec![]);
    }

    #[test]
    fn reading_ease_counts_only_the_bodys_own_words() {
        let draft = clean_draft();
        let counts = review(&draft, None).own_words;
        // Introduction (2 sentences), two responses (2 + 1), closing (1).
        assert_eq!(counts.sentences, 6);
        assert!(counts.reading_ease().is_some());
    }

    #[test]
    fn findings_come_most_serious_first() {
        let mut draft = clean_draft();
        draft.introduction = "We agree.  TBC.".into();
        draft.items[1].response.clear();
        let order: Vec<Severity> = findings(&draft).iter().map(|f| f.severity).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
        assert_eq!(order.len(), 3);
    }

    #[test]
    fn the_summary_counts_each_severity_in_words() {
        assert_eq!(
            review(&clean_draft(), None).summary(),
            "nothing to fix or check"
        );
        let mut draft = clean_draft();
        draft.introduction = "We agree.  TBC.".into();
        assert_eq!(
            review(&draft, None).summary(),
            "1 needs fixing and 1 suggestion"
        );
        draft.items[1].response.clear();
        draft.closing = "See https://example.org and TBC.".into();
        assert_eq!(
            review(&draft, None).summary(),
            "2 need fixing, 1 worth checking and 2 suggestions"
        );
    }

    #[test]
    fn places_name_the_item_by_its_heading() {
        let draft = clean_draft();
        assert_eq!(
            place(&draft, Field::Item(1, ItemField::Response)),
            "the response to Area for improvement 4"
        );
        assert_eq!(
            place(&draft, Field::Item(9, ItemField::Text)),
            "what the report says in item 10"
        );
    }
}
