//! Reading the lines of a pasted response in order, and placing each in the part of the draft
//! it belongs to.

use super::lines::{self, Line, LineKind};
use super::marks::Mark;
use super::words::*;
use super::{describe, language, title, too_large, Imported, Paragraph, TooLarge, MAX_FIELD_CHARS};
use crate::dates::{find_uk, parse_uk};
use crate::model::{Draft, Item, ItemKind, Role as Who};
use crate::plain::REPORT_LINK_LABEL;
use crate::template;

/// Where the lines being read belong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Introduction,
    Comments,
    Reply,
    ItemText,
    ItemResponse,
}

impl Part {
    fn mark(self) -> Mark {
        match self {
            Part::Introduction => Mark::Introduction,
            Part::Comments => Mark::Comments,
            Part::Reply => Mark::Reply,
            Part::ItemText => Mark::ItemText,
            Part::ItemResponse => Mark::Response,
        }
    }
}

/// How many parts one line is read as at most: a report line, a heading, an item's heading,
/// its response label and the rest.
const PARTS_OF_A_LINE: usize = 6;

/// Builds the draft line by line.
struct Reader {
    draft: Draft,
    part: Part,
    introduction: Vec<String>,
    comments: Vec<String>,
    reply: Vec<String>,
    items: Vec<(Item, Vec<String>, Vec<String>)>,
    /// The kind named by a list heading such as "Areas for improvement".
    list_kind: Option<ItemKind>,
    /// That heading's words, kept as text unless items follow it.
    list_heading: Option<Line>,
    /// A chief constable's comments or reply heading with nothing under it yet.
    empty_heading: Option<String>,
    /// The area a comments heading named ("Valeshire" of "Valeshire Chief Constable
    /// Response"), kept with who the comments are from.
    comments_area: Option<String>,
    found_report_line: bool,
    found_heading: bool,
    /// What the line being read was taken for, at its first part.
    decision: Option<Mark>,
    /// Whether a line has said who is responding.
    who_given: bool,
    /// The chief constable's comments are being read after a sentence leading in to them,
    /// and end at their sign-off or where the commissioner speaks again.
    comments_after_lead_in: bool,
    /// The line being placed was chosen by the person as an item's text.
    text_chosen: bool,
    /// Under a heading naming a list of findings ("Areas for improvement"), bullets are
    /// findings; and how many have been.
    bullets_are_items: bool,
    bulleted: usize,
}

/// Reads the lines as the recogniser sees them.
pub fn recognise(lines: Vec<Line>) -> Imported {
    recognise_with(lines, &[])
}

/// Reads the lines, taking each line whose mark is chosen in `chosen` for what it is marked as;
/// the others are read as the recogniser sees them, after those.
pub fn recognise_with(lines: Vec<Line>, chosen: &[Option<Mark>]) -> Imported {
    // A paragraph longer than any part of a draft may be makes a draft too large, however it
    // is read: say so at once, without reading megabytes for parts that cannot be kept.
    if let Some(problem) = lines.iter().enumerate().find_map(|(index, line)| {
        (line.text.len() > MAX_FIELD_CHARS)
            .then(|| line.text.chars().count())
            .filter(|chars| *chars > MAX_FIELD_CHARS)
            .map(|chars| TooLarge::Paragraph {
                number: index + 1,
                chars,
            })
    }) {
        let mut draft = template::new_draft();
        draft.items.clear();
        return Imported {
            draft,
            found: Vec::new(),
            missing: Vec::new(),
            too_large: Some(problem),
            paragraphs: Vec::new(),
            title_candidates: Vec::new(),
            says_published: None,
        };
    }
    let mut draft = template::new_draft();
    draft.report.inspectorate.clear();
    draft.introduction.clear();
    draft.items.clear();
    // A second language's half (a Welsh response after the English) is kept apart, whole,
    // unless the person has said what its paragraphs are.
    let texts: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
    let apart = language::second_half(&texts)
        .filter(|&at| chosen.iter().skip(at).all(Option::is_none))
        .unwrap_or(lines.len());
    let (at, roles) = ending_roles(&lines[..apart]);
    let mut reader = Reader {
        draft,
        part: Part::Introduction,
        introduction: Vec::new(),
        comments: Vec::new(),
        reply: Vec::new(),
        items: Vec::new(),
        list_kind: None,
        list_heading: None,
        empty_heading: None,
        comments_area: None,
        found_report_line: false,
        found_heading: false,
        decision: None,
        who_given: false,
        comments_after_lead_in: false,
        text_chosen: false,
        bullets_are_items: false,
        bulleted: 0,
    };
    let mut ending = Ending::default();
    let mut marks = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate().take(apart) {
        let choice = chosen.get(index).cloned().flatten();
        let default_role = |index: usize| {
            roles
                .get(index.wrapping_sub(at))
                .copied()
                .filter(|_| index >= at)
        };
        let role = match &choice {
            Some(Mark::Closing) => Some(Role::Closing),
            // Of two signature lines together, the first is the name and the second the title.
            Some(Mark::Signature) => {
                let next_signs = match chosen.get(index + 1).cloned().flatten() {
                    Some(mark) => mark == Mark::Signature,
                    None => matches!(default_role(index + 1), Some(Role::Name | Role::Title)),
                };
                let a_name_alone = is_name(line) && !is_signatory_title(line);
                Some(if next_signs || a_name_alone {
                    Role::Name
                } else {
                    Role::Title
                })
            }
            Some(_) => None,
            None => default_role(index),
        };
        if let Some(role) = role {
            ending.add(role, line);
            marks.push(role.mark());
            continue;
        }
        reader.decision = None;
        let mut next = match &choice {
            Some(mark) => reader.force(line, mark),
            None => reader.read(line),
        };
        // One line may hold several parts ("Recommendation 1: … Response: …"); past a few,
        // the rest is text, so that no line is copied over and over however it is written.
        for _ in 1..PARTS_OF_A_LINE {
            match next {
                Some(rest) => next = reader.read(&rest),
                None => break,
            }
        }
        if let Some(rest) = next {
            reader.place_as_written(&rest);
        }
        marks.push(reader.decision.take().unwrap_or(Mark::Introduction));
    }
    let mut imported = reader.finish(ending, &lines[..apart]);
    if apart < lines.len() {
        let other: Vec<String> = lines[apart..].iter().map(Line::as_field_text).collect();
        let closing = &mut imported.draft.closing;
        *closing = [closing.as_str(), &other.join("\n")]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        marks.extend(std::iter::repeat_n(Mark::Closing, lines.len() - apart));
    }
    imported.paragraphs = lines
        .into_iter()
        .zip(marks)
        .enumerate()
        .map(|(index, (line, mark))| Paragraph {
            chosen: chosen.get(index).is_some_and(Option::is_some),
            line,
            mark,
        })
        .collect();
    imported
}

/// Where the closing lines and signature at the end start, found from the end backwards, and
/// what each of those lines is. The ending is the signature (a name and a title such as
/// "Police and Crime Commissioner") and the lines that read like a closing (a web address,
/// "this response is published …").
fn ending_roles(lines: &[Line]) -> (usize, Vec<Role>) {
    // The ending comes after the report line and response heading, and after something else.
    let floor = 1 + lines
        .iter()
        .rposition(|line| is_header(unwrap_emphasis(&line.text)))
        .unwrap_or(0);
    let mut at = lines.len();
    let mut roles = Vec::new();
    // From the end back: closing lines and a signature (a title, with a name above it), in
    // either order ("Yours sincerely" comes before the name, a web address after it).
    let mut signed = false;
    while at > floor {
        let line = &lines[at - 1];
        if is_closing(&line.text) {
            roles.insert(0, Role::Closing);
        } else if !signed && is_signatory_title(line) {
            signed = true;
            roles.insert(0, Role::Title);
            if at - 1 > floor && is_name(&lines[at - 2]) {
                at -= 1;
                roles.insert(0, Role::Name);
            }
        } else {
            break;
        }
        at -= 1;
    }
    // A closing-like line straight after an item's heading or "Response" with no words of
    // its own is that part's text; after "Response: <its words>" it is the ending.
    if at > 0 && at < lines.len() && super::words::is_bare_label(&lines[at - 1].text) {
        return (lines.len(), Vec::new());
    }
    (at, roles)
}

/// What a line of the ending is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Name,
    Title,
    Closing,
}

impl Role {
    fn mark(self) -> Mark {
        match self {
            Role::Name | Role::Title => Mark::Signature,
            Role::Closing => Mark::Closing,
        }
    }
}

#[derive(Default)]
struct Ending {
    signatory_name: String,
    signatory_title: String,
    closing: Vec<String>,
}

impl Ending {
    /// A line of the ending; a second name or title is kept in the closing.
    fn add(&mut self, role: Role, line: &Line) {
        let slot = match role {
            Role::Name => &mut self.signatory_name,
            Role::Title => &mut self.signatory_title,
            Role::Closing => {
                self.closing.push(line.as_field_text());
                return;
            }
        };
        if slot.is_empty() {
            *slot = line.text.clone();
        } else {
            self.closing.push(line.as_field_text());
        }
    }
}

/// Lines that end published responses: where the response or report can be read, and the
/// sentences that close a letter.
fn is_closing(text: &str) -> bool {
    const OPENINGS: [&str; 20] = [
        "this response",
        "the full report",
        "the report is available",
        "the report can be",
        "you can read",
        "read the full",
        "a copy of this",
        "further information",
        "published on",
        "i will continue to",
        "i shall continue to",
        "i will keep",
        "i would like to thank",
        "i would like to take this opportunity",
        "i am grateful",
        "thank you",
        "yours sincerely",
        "yours faithfully",
        "kind regards",
        "signed",
    ];
    let lower = text.to_lowercase();
    OPENINGS.iter().any(|opening| lower.starts_with(opening))
        || (lower.contains("http") && (lower.contains("publish") || lower.contains("website")))
}

fn is_signatory_title(line: &Line) -> bool {
    let lower = line.text.to_lowercase();
    line.kind == LineKind::Text
        && line.text.split_whitespace().count() <= 14
        && !line.text.ends_with('.')
        && ["commissioner", "mayor", "chief executive"]
            .iter()
            .any(|title| lower.contains(title))
}

/// A person's name: two to five words, each starting with a capital, nothing after.
fn is_name(line: &Line) -> bool {
    let words: Vec<&str> = line.text.split_whitespace().collect();
    line.kind == LineKind::Text
        && (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
        })
}

/// The report line or response heading at the top of a response.
fn is_header(text: &str) -> bool {
    let lower = text.to_lowercase();
    quoted_title_before_published(text).is_some()
        || lower.contains(" response dated ")
        || lower.starts_with("response dated ")
        || (lower.contains("response to ")
            && text.split_whitespace().count() <= 30
            && !text.ends_with('.'))
}

impl Reader {
    /// Takes a line for what the person marked it as; returns what is left of it when it
    /// holds more than that part (a heading's text after its number).
    fn force(&mut self, line: &Line, mark: &Mark) -> Option<Line> {
        self.decision = Some(mark.clone());
        let text = unwrap_emphasis(&line.text).to_owned();
        // As reading does: a heading of the comments with nothing under it, and a list heading
        // with no items after it, are text once something else follows them.
        let content = matches!(
            mark,
            Mark::Introduction | Mark::ItemText | Mark::Response | Mark::Comments | Mark::Reply
        );
        if content {
            self.keep_list_heading();
        }
        if !matches!(self.part, Part::Comments | Part::Reply)
            && !matches!(mark, Mark::Comments | Mark::Reply)
        {
            self.keep_empty_heading();
        }
        match mark {
            Mark::ReportLine => {
                if let Some(rest) = self.report_line(&text) {
                    return rest;
                }
                if self.fact(&text, true) {
                    return None;
                }
                match labelled(&text, REPORT_LINK_LABEL) {
                    Some(link) => self.draft.report.link = link.to_owned(),
                    None => self.set_title(&text),
                }
                self.found_report_line = true;
                None
            }
            Mark::ResponseHeading => {
                if let Some(rest) = self.response_heading(&text) {
                    return rest;
                }
                if self.fact(&text, true) {
                    return None;
                }
                // Who, and the date if one is written: "Kent PCC, 7 August 2025".
                let who = match find_uk(&text) {
                    Some((date, range)) => {
                        self.draft.responder.response_date = Some(date);
                        text[..range.start].trim_end_matches([' ', ',', '-', '–'])
                    }
                    None => &text,
                };
                let (body, role) = body_and_role(who.trim());
                self.set_who(body, role);
                self.found_heading = true;
                None
            }
            Mark::Comments | Mark::Reply => {
                let (part, is_heading): (Part, fn(&str) -> bool) = match mark {
                    Mark::Comments => (Part::Comments, is_comments_heading),
                    _ => (Part::Reply, is_reply_heading),
                };
                self.part = part;
                if is_heading(&text) {
                    self.keep_empty_heading();
                    self.empty_heading = Some(text);
                    return None;
                }
                let before_items = self.items.is_empty();
                self.place_content(line, &text, before_items)
            }
            Mark::ListHeading(kind) => {
                self.keep_list_heading();
                self.list_kind = Some(kind.clone());
                self.bullets_are_items = true;
                self.bulleted = 0;
                self.list_heading = Some(Line::new(LineKind::Text, text));
                self.part = if self.items.is_empty() {
                    Part::Introduction
                } else {
                    Part::ItemText
                };
                None
            }
            Mark::NewItem(kind) => match (&line.kind, item_heading(&text)) {
                // A bullet under a heading naming a list of findings, as reading takes it.
                (LineKind::Bullet, _) if self.bullets_are_items => {
                    self.bulleted += 1;
                    self.start_item(kind.clone(), self.bulleted.to_string());
                    Some(Line::new(LineKind::Text, line.text.clone()))
                }
                (LineKind::Numbered(number), _) => {
                    self.start_item(kind.clone(), number.clone());
                    Some(Line::new(LineKind::Text, line.text.clone()))
                }
                (_, Some(Heading::Item { number, rest, .. })) => {
                    self.bullets_are_items = false;
                    self.start_item(kind.clone(), number);
                    rest.map(|rest| Line::new(LineKind::Text, rest))
                }
                // Words that are not a heading are the new item's text.
                _ => {
                    self.start_item(kind.clone(), String::new());
                    Some(line.clone())
                }
            },
            Mark::ItemText | Mark::Response => {
                if self.items.is_empty() {
                    self.start_item(ItemKind::Recommendation, String::new());
                }
                self.part = match mark {
                    Mark::ItemText => Part::ItemText,
                    _ => Part::ItemResponse,
                };
                // Chosen as the item's text, it stays its text, whoever it sounds like.
                self.text_chosen = *mark == Mark::ItemText;
                let rest = self.place_content(line, &text, false);
                self.text_chosen = false;
                rest
            }
            Mark::LeftOut => None,
            Mark::Introduction | Mark::Signature | Mark::Closing => {
                self.part = Part::Introduction;
                let before_items = self.items.is_empty();
                self.place_content(line, &text, before_items)
            }
        }
    }

    /// Reads one line; returns what is left of it when one line held two parts.
    fn read(&mut self, line: &Line) -> Option<Line> {
        let text = unwrap_emphasis(&line.text);
        let before_items = self.items.is_empty();
        let was_list_heading = self.list_heading.is_some();
        // Headings and labels are lines of their own; a bullet or numbered line is content,
        // except a numbered finding under a list heading.
        if matches!(line.kind, LineKind::Text | LineKind::Heading) {
            if let Some(rest) = self.structure(text, before_items) {
                return rest;
            }
            if self.fact(text, before_items) {
                return None;
            }
        }
        // "1. By 30 April 2023, chief constables should …": a recommendation, numbered.
        if let (None, LineKind::Numbered(number)) = (&self.list_kind, &line.kind) {
            if due_and_addressee(&line.text).is_some() && self.part != Part::Comments {
                let number = number.clone();
                self.decide(Mark::NewItem(ItemKind::Recommendation));
                self.start_item(ItemKind::Recommendation, number);
                return Some(Line::new(LineKind::Text, line.text.clone()));
            }
        }
        // "Areas for improvement" and then bullets: each bullet a finding of that kind, unless
        // it goes on from words that lead into a list, or is part of an answer.
        if let (Some(kind), LineKind::Bullet, true) =
            (&self.list_kind, &line.kind, self.bullets_are_items)
        {
            let continues_text = self.part == Part::ItemText
                && self.items.last().is_some_and(|(_, text, _)| {
                    text.last()
                        .is_some_and(|last| last.trim_end().ends_with(':'))
                });
            let in_response = self.part == Part::ItemResponse && !line.text.contains(" should ");
            if !continues_text && !in_response {
                let kind = kind.clone();
                self.bulleted += 1;
                let number = self.bulleted.to_string();
                self.decide(Mark::NewItem(kind.clone()));
                self.start_item(kind, number);
                return Some(Line::new(LineKind::Text, line.text.clone()));
            }
        }
        if let (Some(kind), LineKind::Numbered(number)) = (&self.list_kind, &line.kind) {
            let in_response = self.part == Part::ItemResponse;
            if !in_response || line.text.contains(" should ") {
                let (kind, number) = (kind.clone(), number.clone());
                self.decide(Mark::NewItem(kind.clone()));
                self.start_item(kind, number);
                return Some(Line::new(LineKind::Text, line.text.clone()));
            }
        }
        if was_list_heading {
            self.keep_list_heading();
        }
        self.place_content(line, text, before_items)
    }

    /// Puts a line of content in its part, noting what prose says on the way.
    fn place_content(&mut self, line: &Line, text: &str, before_items: bool) -> Option<Line> {
        if line.kind == LineKind::Text {
            self.note_prose(text, before_items);
        }
        let rest = self.place(line, text);
        // "His response is as follows:": the chief constable's comments come next.
        if line.kind == LineKind::Text
            && before_items
            && self.part == Part::Introduction
            && leads_in_to_comments(text)
        {
            self.part = Part::Comments;
            self.comments_after_lead_in = true;
        }
        rest
    }

    /// A line that says one fact and nothing else: a date ("Date of response: 2 May 2024",
    /// "Published 14 March 2024", a date alone), the report's title ("HMICFRS report: …"), or
    /// who is responding ("Response from: …"). Whether the line was one.
    fn fact(&mut self, text: &str, before_items: bool) -> bool {
        match date_line(text) {
            Some(DateLine::Published(date)) if self.draft.report.published.is_none() => {
                self.decide(Mark::ReportLine);
                self.draft.report.published = Some(date);
                return true;
            }
            Some(DateLine::Responded(date)) | Some(DateLine::Alone(date))
                if self.draft.responder.response_date.is_none()
                    && (before_items || !matches!(date_line(text), Some(DateLine::Alone(_)))) =>
            {
                self.decide(Mark::ResponseHeading);
                self.draft.responder.response_date = Some(date);
                return true;
            }
            _ => {}
        }
        if !before_items {
            return false;
        }
        if self.draft.report.title.is_empty() {
            if let Some((title, inspectorate)) = titled(text) {
                self.decide(Mark::ReportLine);
                self.set_title(&title);
                self.draft.report.inspectorate = inspectorate;
                self.found_report_line = true;
                return true;
            }
        }
        if let Some(who) = responding(text).filter(|_| !self.who_given) {
            let (body, role) = body_and_role(who.trim());
            if role.is_some() {
                self.decide(Mark::ResponseHeading);
                self.set_who(body, role);
                return true;
            }
        }
        false
    }

    /// What prose before the items says besides its words: the dates of the report and the
    /// response, the report's title in quotes, a list of items to come.
    fn note_prose(&mut self, text: &str, before_items: bool) {
        if let Some(kind) = lead_in_kind(text).filter(|_| self.part != Part::ItemResponse) {
            self.list_kind = Some(kind);
        }
        if !before_items || self.part != Part::Introduction {
            return;
        }
        let (published, responded) = prose_dates(text);
        let report = &mut self.draft.report;
        if report.published.is_none() {
            report.published = published;
        }
        let responder = &mut self.draft.responder;
        if responder.response_date.is_none() {
            responder.response_date = responded;
        }
    }

    /// A list heading not followed by its items is text like any other. (It was marked when it
    /// was read: placing it now decides nothing about the line being read.)
    fn keep_list_heading(&mut self) {
        if let Some(heading) = self.list_heading.take() {
            let decision = self.decision.take();
            let text = heading.text.clone();
            let _ = self.place(&heading, &text);
            self.decision = decision;
        }
    }

    /// Marks the line being read, unless its first part was marked already.
    fn decide(&mut self, mark: Mark) {
        self.decision.get_or_insert(mark);
    }

    /// Puts a line of content in the part being read.
    fn place(&mut self, line: &Line, text: &str) -> Option<Line> {
        if matches!(self.part, Part::Comments | Part::Reply) {
            // The heading has comments under it: the area it names says whose they are.
            if let Some(heading) = self.empty_heading.take() {
                if self.part == Part::Comments {
                    self.comments_area = comments_heading_area(&heading).map(str::to_owned);
                }
            }
        }
        if self.comments_after_lead_in && self.part == Part::Comments {
            if signs_off_comments(text) {
                self.decide(Mark::Comments);
                self.draft.chief_constable.attribution = text.to_owned();
                self.part = Part::Introduction;
                self.comments_after_lead_in = false;
                return None;
            }
            // The commissioner speaking again ends the comments.
            if !self.comments.is_empty() && (text.starts_with("I ") || text.starts_with("My ")) {
                self.part = Part::Introduction;
                self.comments_after_lead_in = false;
            }
        }
        match self.part {
            Part::Comments => {
                // "From: …" signs comments off; before any, it is their words, and once signed
                // off a second is kept as it is written, never over the first.
                let signs_off = line.kind != LineKind::Bullet
                    && !self.comments.is_empty()
                    && self.draft.chief_constable.attribution.is_empty();
                match labelled(text, "From").filter(|_| signs_off) {
                    Some(from) => self.draft.chief_constable.attribution = from.to_owned(),
                    None => self.comments.push(line.as_field_text()),
                }
            }
            Part::Reply => self.reply.push(line.as_field_text()),
            Part::Introduction => self.introduction.push(line.as_field_text()),
            Part::ItemText | Part::ItemResponse => {
                let rest = self.item_line(line, text);
                // After the line: a "Response" label is a mark of the response.
                self.decide(self.part.mark());
                return rest;
            }
        }
        self.decide(self.part.mark());
        None
    }

    /// Puts a line in the part being read as it is, without looking for labels in it.
    fn place_as_written(&mut self, line: &Line) {
        let text = line.as_field_text();
        match (self.part, self.items.last_mut()) {
            (Part::Comments, _) => self.comments.push(text),
            (Part::Reply, _) => self.reply.push(text),
            (Part::ItemText, Some((_, item_text, _))) => item_text.push(text),
            (Part::ItemResponse, Some((_, _, response))) => response.push(text),
            _ => self.introduction.push(text),
        }
    }

    /// Reads a line that marks out the structure; `None` when it is not such a line.
    fn structure(&mut self, text: &str, before_items: bool) -> Option<Option<Line>> {
        let found = self.structure_of(text, before_items);
        if found.is_some() && !matches!(self.part, Part::Comments | Part::Reply) {
            self.keep_empty_heading();
        }
        found
    }

    fn structure_of(&mut self, text: &str, before_items: bool) -> Option<Option<Line>> {
        if before_items && !self.found_report_line && !self.found_heading {
            if let Some(rest) = self.report_line(text) {
                self.decide(Mark::ReportLine);
                return Some(rest);
            }
        }
        if before_items && !self.found_heading {
            if let Some(rest) = self.response_heading(text) {
                self.decide(Mark::ResponseHeading);
                return Some(rest);
            }
        }
        if let Some(link) = labelled(text, REPORT_LINK_LABEL) {
            if before_items && self.draft.report.link.is_empty() && link.starts_with("http") {
                self.decide(Mark::ReportLine);
                self.draft.report.link = link.to_owned();
                return Some(None);
            }
        }
        match item_heading(text) {
            Some(Heading::Item { kind, number, rest }) if self.repeats_heading(&kind, &number) => {
                // "Recommendation 1" then "Recommendation 1: There should be …": one item.
                self.decide(Mark::ItemText);
                return Some(rest.map(|rest| Line::new(LineKind::Text, rest)));
            }
            Some(Heading::Item { kind, number, rest }) => {
                // Findings with headings of their own: bullets after are their words.
                self.bullets_are_items = false;
                self.decide(Mark::NewItem(kind.clone()));
                self.start_item(kind, number);
                return Some(rest.map(|rest| Line::new(LineKind::Text, rest)));
            }
            Some(Heading::List(kind)) => {
                self.decide(Mark::ListHeading(kind.clone()));
                self.keep_list_heading();
                self.list_kind = Some(kind);
                self.bullets_are_items = true;
                self.bulleted = 0;
                self.list_heading = Some(Line::new(LineKind::Text, text));
                // Between items, a list heading ends the item before it.
                self.part = if before_items {
                    Part::Introduction
                } else {
                    Part::ItemText
                };
                return Some(None);
            }
            None => {}
        }
        for (is_heading, part) in [
            (is_comments_heading as fn(&str) -> bool, Part::Comments),
            (is_reply_heading, Part::Reply),
        ] {
            if before_items && is_heading(text) {
                self.decide(part.mark());
                self.keep_empty_heading();
                self.part = part;
                self.empty_heading = Some(text.to_owned());
                return Some(None);
            }
        }
        None
    }

    /// A heading with nothing under it is text of the introduction.
    fn keep_empty_heading(&mut self) {
        if let Some(heading) = self.empty_heading.take() {
            self.introduction.push(heading);
        }
    }

    fn item_line(&mut self, line: &Line, text: &str) -> Option<Line> {
        let (item, item_text, response) = self.items.last_mut().expect("in an item");
        if matches!(line.kind, LineKind::Bullet | LineKind::Numbered(_)) {
            match self.part {
                Part::ItemText => item_text.push(line.as_field_text()),
                _ => response.push(line.as_field_text()),
            }
            return None;
        }
        if let Some(rest) = response_marker(text) {
            // A second answer under its own label ("Force update: …", then "PFCC comment: …")
            // keeps its label, so the response says who said what.
            if self.part == Part::ItemResponse && !response.is_empty() && !rest.is_empty() {
                response.push(line.as_field_text());
                return None;
            }
            self.part = Part::ItemResponse;
            return (!rest.is_empty()).then(|| Line::new(LineKind::Text, rest));
        }
        {
            let status = ["Status", "Current status"]
                .iter()
                .find_map(|l| labelled(text, l));
            if let (Some(value), true) = (status, item.status.is_empty()) {
                item.status = value.to_owned();
                return None;
            }
            let lead = ["Lead agency", "Lead"]
                .iter()
                .find_map(|l| labelled(text, l));
            if let (Some(value), true) = (lead, item.lead_agency.is_empty()) {
                item.lead_agency = value.to_owned();
                return None;
            }
        }
        if self.part == Part::ItemText {
            if let Some(value) = labelled(text, "Addressed to") {
                if item.addressee.is_empty() {
                    item.addressee = value.to_owned();
                    return None;
                }
            }
            if let Some(value) = labelled(text, "Due").or_else(|| labelled(text, "Due by")) {
                if let (None, Some(date)) = (item.due, parse_uk(value)) {
                    item.due = Some(date);
                    return None;
                }
            }
            // "By 31 March 2026, the force should:" dates the finding, first or after the
            // cause of concern it answers.
            let dated =
                due_and_addressee(text).filter(|_| item_text.is_empty() || item.due.is_none());
            if let Some((due, addressee)) = &dated {
                item.due.get_or_insert(*due);
                if item.addressee.is_empty() {
                    item.addressee = addressee.clone();
                }
            } else if item.addressee.is_empty() {
                if let Some(addressee) = addressee_within(text) {
                    item.addressee = addressee;
                }
            }
            if item_text.is_empty() || dated.is_some() {
            } else if !self.text_chosen
                && (speaks_in_the_first_person(text)
                    || (matches!(
                        item.kind,
                        ItemKind::Recommendation | ItemKind::AreaForImprovement
                    ) && answers_the_finding(&item_text.join("\n"), text)))
            {
                // The inspectorate's words never say "I": the commissioner answering does.
                self.part = Part::ItemResponse;
                response.push(line.as_field_text());
                return None;
            }
            item_text.push(line.as_field_text());
        } else {
            response.push(line.as_field_text());
        }
        None
    }

    /// Whether a heading names the item just started, which has nothing in it yet.
    fn repeats_heading(&self, kind: &ItemKind, number: &str) -> bool {
        self.part == Part::ItemText
            && !number.is_empty()
            && self.items.last().is_some_and(|(item, text, response)| {
                item.kind == *kind
                    && item.number.eq_ignore_ascii_case(number)
                    && text.is_empty()
                    && response.is_empty()
            })
    }

    fn start_item(&mut self, kind: ItemKind, number: String) {
        self.list_heading = None;
        self.items
            .push((Item::new(kind, number), Vec::new(), Vec::new()));
        self.part = Part::ItemText;
    }

    /// "'Title' published by HMICFRS on 12 June 2025", or "… response to HMICFRS report: Title".
    fn report_line(&mut self, text: &str) -> Option<Option<Line>> {
        // The report line of a draft with no title yet, as the plain text writes it.
        let untitled = ["inspection report published ", "report published "]
            .iter()
            .find_map(|lead| strip_prefix_ignore_case(text, lead))
            .filter(|after| after.starts_with("by ") && text.split_whitespace().count() <= 12);
        let quoted = quoted_title_before_published(text);
        if let Some((title, after)) = quoted.or(untitled.map(|after| ("", after))) {
            let after = after.trim_start();
            let after = after.strip_prefix("by ").unwrap_or(after);
            let (inspectorate, rest) = match after
                .find(" on ")
                .or_else(|| find_uk(after).map(|(_, r)| r.start))
            {
                Some(at) => (after[..at].trim(), &after[at..]),
                None => (after.trim(), ""),
            };
            self.set_title(title);
            self.draft.report.inspectorate = inspectorate.trim_end_matches(',').to_owned();
            let mut rest = rest
                .trim_start()
                .strip_prefix("on ")
                .unwrap_or(rest)
                .trim_start();
            if let Some((date, range)) = find_uk(rest).filter(|(_, r)| r.start == 0) {
                self.draft.report.published = Some(date);
                rest = &rest[range.end..];
            }
            self.found_report_line = true;
            let rest = unwrap_emphasis(rest.trim_start_matches([',', '.', ' ']));
            return Some(lines::classify(rest));
        }
        let at = find_ignore_case(text, "response to ")?;
        if text.split_whitespace().count() > 30 {
            return None;
        }
        // Only who is responding may come before: "Kent PCC’s response to …".
        let (body, role) = body_and_role(text[..at].trim());
        if at > 0 && role.is_none() {
            return None;
        }
        if role.is_some() {
            self.set_who(body, role);
        }
        let mut title = &text[at + "response to ".len()..];
        for prefix in [
            "the ",
            "national ",
            "hmicfrs ",
            "hmic ",
            "inspection ",
            "of ",
            "report",
            ":",
            "–",
            "-",
            " ",
            "entitled ",
        ] {
            while let Some(rest) = strip_prefix_ignore_case(title, prefix) {
                if prefix.starts_with("hmic") {
                    self.draft.report.inspectorate = title[..prefix.len() - 1].to_owned();
                }
                title = rest;
            }
        }
        if title.is_empty() {
            return None;
        }
        // A date with its day ending the line is the report's; a month and year ("– October
        // 2021") is part of its title, the month of a visit.
        let title = match crate::dates::find_all_days(title).pop() {
            Some((date, range)) if range.end == title.trim_end_matches('.').len() => {
                self.draft.report.published = Some(date);
                title[..range.start]
                    .trim_end()
                    .trim_end_matches([',', '('])
                    .trim_end()
            }
            _ => title,
        };
        let title = match published_tail(title) {
            Some((title, date)) => {
                self.draft.report.published = Some(date);
                title
            }
            None => title,
        };
        let title = title.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
        let title = title
            .strip_suffix(" published on")
            .or_else(|| title.strip_suffix(" published"))
            .unwrap_or(title);
        self.set_title(strip_quotes(title));
        self.found_report_line = true;
        Some(None)
    }

    fn set_title(&mut self, title: &str) {
        // A title linked to the report: keep the words, and the address as the report's link.
        if let Some((words, address)) = markdown_link(title) {
            self.draft.report.title = words.to_owned();
            self.draft.report.link = address.to_owned();
        } else {
            self.draft.report.title = title.trim().to_owned();
        }
    }

    /// "Avon & Somerset PCC response dated 7 August 2025".
    fn response_heading(&mut self, text: &str) -> Option<Option<Line>> {
        let (who, dated) = if let Some(at) = find_ignore_case(text, " response dated ") {
            (&text[..at], Some(&text[at + " response dated ".len()..]))
        } else if let Some(rest) = strip_prefix_ignore_case(text, "response dated ") {
            ("", Some(rest))
        } else if let Some(who) = strip_suffix_ignore_case(text, " response")
            .filter(|who| who.split_whitespace().count() <= 10 && body_and_role(who).1.is_some())
        {
            (who, None)
        } else if text.eq_ignore_ascii_case("response")
            && self.items.is_empty()
            && self.introduction.is_empty()
        {
            ("", None)
        } else {
            return None;
        };
        let (body, role) = body_and_role(who.trim());
        // Someone else's response, once the responder is known, is text about it, not this
        // response's heading.
        let known = self.draft.responder.body.trim();
        if self.who_given
            && !body.is_empty()
            && !known.is_empty()
            && !body.eq_ignore_ascii_case(known)
        {
            return None;
        }
        let mut rest = None;
        if let Some(dated) = dated {
            let (date, range) = find_uk(dated).filter(|(_, r)| r.start == 0)?;
            self.draft.responder.response_date = Some(date);
            rest = lines::classify(dated[range.end..].trim_start_matches([',', '.', ' ']));
        }
        self.set_who(body, role);
        self.found_heading = true;
        Some(rest)
    }

    /// Who is responding, from the first place that says: a later, vaguer mention ("the
    /// Commissioner") does not undo an earlier one ("Kent PCC"), but may add the area.
    fn set_who(&mut self, body: String, role: Option<Who>) {
        let responder = &mut self.draft.responder;
        if !body.is_empty() && (responder.body.is_empty() || !self.who_given) {
            responder.body = body;
        }
        if let Some(role) = role {
            if !self.who_given {
                responder.role = role;
            }
            self.who_given = true;
        }
    }

    fn finish(mut self, ending: Ending, lines: &[Line]) -> Imported {
        self.keep_list_heading();
        self.keep_empty_heading();
        let join = |lines: &[String]| lines.join("\n");
        self.draft.introduction = join(&self.introduction);
        self.draft.chief_constable.comments = join(&self.comments);
        self.draft.chief_constable.reply = join(&self.reply);
        if let Some(area) = self.comments_area.take() {
            let from = &mut self.draft.chief_constable.attribution;
            if from.trim().is_empty() {
                *from = format!("{area} Chief Constable");
            } else if find_ignore_case(from, &area).is_none() {
                from.push_str(&format!(", {area}"));
            }
        }
        self.draft.items = std::mem::take(&mut self.items)
            .into_iter()
            .map(|(mut item, text, response)| {
                item.text = join(&text);
                item.response = join(&response);
                item
            })
            .collect();
        if !self.who_given {
            // "Police, Fire and Crime Commissioner for Hartshire" says who, when nothing else has.
            let (body, role) = body_and_role(ending.signatory_title.trim());
            if role.is_some() {
                self.set_who(body, role);
            }
        }
        self.draft.responder.signatory_name = ending.signatory_name;
        self.draft.responder.signatory_title = ending.signatory_title;
        self.draft.closing = join(&ending.closing);
        if self.draft.responder.response_date.is_none() {
            let headline = lines.iter().find(|line| !line.text.trim().is_empty());
            self.draft.responder.response_date =
                headline.and_then(|line| headline_date(&line.text));
        }
        let settled = title::settle(&self.draft.report.title, lines);
        self.draft.report.title = settled.title;
        if let Some(words) = settled.rejected {
            // A sentence is no title: it stays with the text it came from.
            self.draft.introduction = match self.draft.introduction.as_str() {
                "" => words,
                rest => format!("{words}\n{rest}"),
            };
        }
        let title_candidates = settled.considered;
        let (found, mut missing) = describe(&self.draft);
        if self.draft.report.published.is_none() {
            if let Some(month) = lines
                .iter()
                .find_map(|line| month_only_publication(&line.text))
            {
                missing.push(format!(
                    "The report’s publication is given as a month only ({month}): enter the day it was published."
                ));
            }
        }
        let says_published = lines.iter().find_map(|line| says_published(&line.text));
        Imported {
            too_large: too_large(&self.draft),
            draft: self.draft,
            found,
            missing,
            paragraphs: Vec::new(),
            title_candidates,
            says_published,
        }
    }
}
