//! Import: text a person pastes (last year's response, a Word draft, a report's list of
//! recommendations) turned into a structured draft. Every line lands somewhere: what is not
//! recognised goes into the introduction or the closing, and the result says what was found.

pub mod html;
pub mod lines;

use crate::dates::{find_uk, parse_uk, uk_long};
use crate::model::{Draft, Item, ItemKind, Role};
use crate::plain::REPORT_LINK_LABEL;
use crate::template;
use lines::{Line, LineKind};

/// A draft made from pasted text, and what was and was not recognised in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub draft: Draft,
    pub found: Vec<String>,
    pub missing: Vec<String>,
    /// Set when the draft would be larger than a draft may be: it is then not to be made.
    pub too_large: Option<TooLarge>,
}

/// The most a part of a draft may hold from an import: the preview and the checks of a field
/// this long take about 30 ms together (`cargo run --release --example adversarial_import`).
pub const MAX_FIELD_CHARS: usize = 200_000;

/// Why pasted text cannot be made into a draft as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TooLarge {
    /// One paragraph of the pasted text is longer than a part of a draft may be.
    Paragraph {
        number: usize,
        chars: usize,
    },
    Items(usize),
    Field {
        name: String,
        chars: usize,
    },
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::draft_file::{thousands, MAX_ITEMS};
        match self {
            TooLarge::Paragraph { number, chars } => write!(
                f,
                "Paragraph {} of the text is {} characters long, and one part of a draft holds at most {}. Import it in parts; nothing has been changed.",
                thousands(*number),
                thousands(*chars),
                thousands(MAX_FIELD_CHARS)
            ),
            TooLarge::Items(count) => write!(
                f,
                "This text makes {} items, and a draft holds at most {}. Import it in parts; nothing has been changed.",
                thousands(*count),
                thousands(MAX_ITEMS)
            ),
            TooLarge::Field { name, chars } => write!(
                f,
                "The {name} would be {} characters long, and one part of a draft holds at most {}. Import it in parts; nothing has been changed.",
                thousands(*chars),
                thousands(MAX_FIELD_CHARS)
            ),
        }
    }
}

/// The first way `draft` is larger than a draft may be.
fn too_large(draft: &Draft) -> Option<TooLarge> {
    if draft.items.len() > crate::draft_file::MAX_ITEMS {
        return Some(TooLarge::Items(draft.items.len()));
    }
    let mut fields: Vec<(String, &str)> = vec![
        ("report title".into(), &draft.report.title),
        ("inspectorate".into(), &draft.report.inspectorate),
        ("report’s address".into(), &draft.report.link),
        ("area".into(), &draft.responder.body),
        ("signatory’s name".into(), &draft.responder.signatory_name),
        ("signatory’s title".into(), &draft.responder.signatory_title),
        ("introduction".into(), &draft.introduction),
        (
            "chief constable’s comments".into(),
            &draft.chief_constable.comments,
        ),
        (
            "attribution of the comments".into(),
            &draft.chief_constable.attribution,
        ),
        ("reply to the comments".into(), &draft.chief_constable.reply),
        ("closing".into(), &draft.closing),
    ];
    for (index, item) in draft.items.iter().enumerate() {
        let name = item.display_name(index);
        for (part, text) in [
            ("number", &item.number),
            ("addressee", &item.addressee),
            ("text", &item.text),
            ("response", &item.response),
            ("status", &item.status),
            ("lead agency", &item.lead_agency),
        ] {
            fields.push((format!("{part} of {name}"), text));
        }
    }
    fields.into_iter().find_map(|(name, text)| {
        // Bytes are never fewer than characters: count characters only when it may matter.
        (text.len() > MAX_FIELD_CHARS)
            .then(|| text.chars().count())
            .filter(|chars| *chars > MAX_FIELD_CHARS)
            .map(|chars| TooLarge::Field { name, chars })
    })
}

/// Imports plain text.
pub fn from_text(text: &str) -> Imported {
    recognise(lines::of_text(text))
}

/// Imports parsed HTML, such as a web page or Word document on the clipboard.
pub fn from_html<N: html::Markup>(root: &N) -> Imported {
    recognise(html::lines(root))
}

/// Where the lines being read belong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Introduction,
    Comments,
    Reply,
    ItemText,
    ItemResponse,
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
    found_report_line: bool,
    found_heading: bool,
}

pub fn recognise(lines: Vec<Line>) -> Imported {
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
        let mut draft = template::new_draft(None);
        draft.items.clear();
        return Imported {
            draft,
            found: Vec::new(),
            missing: Vec::new(),
            too_large: Some(problem),
        };
    }
    let mut draft = template::new_draft(None);
    draft.report.inspectorate.clear();
    draft.introduction.clear();
    draft.items.clear();
    let (body, ending) = split_ending(&lines);
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
        found_report_line: false,
        found_heading: false,
    };
    for line in body {
        let mut next = reader.read(line);
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
    }
    reader.finish(ending)
}

/// The closing lines and signature at the end, found from the end backwards: `(lines before,
/// ending)`. The ending is the signature (a name and a title such as "Police and Crime
/// Commissioner") and the lines that read like a closing (a web address, "this response is
/// published …").
fn split_ending(lines: &[Line]) -> (&[Line], Ending) {
    // The ending comes after the report line and response heading, and after something else.
    let floor = 1 + lines
        .iter()
        .rposition(|line| is_header(unwrap_emphasis(&line.text)))
        .unwrap_or(0);
    let mut at = lines.len();
    while at > floor && is_closing(&lines[at - 1].text) {
        at -= 1;
    }
    // A closing-like line straight after an item's heading or "Response" is that part's text.
    if at > 0 && at < lines.len() && is_structural(&lines[at - 1].text) {
        at = lines.len();
    }
    let mut ending = Ending {
        closing: lines[at..].iter().map(Line::as_field_text).collect(),
        ..Ending::default()
    };
    if at > floor && is_signatory_title(&lines[at - 1]) {
        ending.signatory_title = lines[at - 1].text.clone();
        at -= 1;
        if at > floor && is_name(&lines[at - 1]) {
            ending.signatory_name = lines[at - 1].text.clone();
            at -= 1;
        }
    }
    (&lines[..at], ending)
}

#[derive(Default)]
struct Ending {
    signatory_name: String,
    signatory_title: String,
    closing: Vec<String>,
}

/// Lines that end published responses: where the response or report can be read.
fn is_closing(text: &str) -> bool {
    const OPENINGS: [&str; 9] = [
        "this response",
        "the full report",
        "the report is available",
        "the report can be",
        "you can read",
        "read the full",
        "a copy of this",
        "further information",
        "published on",
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
        || (lower.contains("response to ") && text.split_whitespace().count() <= 30)
}

/// Headings and labels that a closing cannot follow as its own part.
fn is_structural(text: &str) -> bool {
    item_heading(text).is_some() || response_marker(text).is_some()
}

impl Reader {
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
        }
        if let (Some(kind), LineKind::Numbered(number)) = (&self.list_kind, &line.kind) {
            let in_response = self.part == Part::ItemResponse;
            if !in_response || line.text.contains(" should ") {
                let (kind, number) = (kind.clone(), number.clone());
                self.start_item(kind, number);
                return Some(Line::new(LineKind::Text, line.text.clone()));
            }
        }
        if was_list_heading {
            self.keep_list_heading();
        }
        self.place(line, text)
    }

    /// A list heading not followed by its items is text like any other.
    fn keep_list_heading(&mut self) {
        if let Some(heading) = self.list_heading.take() {
            let text = heading.text.clone();
            let _ = self.place(&heading, &text);
        }
    }

    /// Puts a line of content in the part being read.
    fn place(&mut self, line: &Line, text: &str) -> Option<Line> {
        if matches!(self.part, Part::Comments | Part::Reply) {
            self.empty_heading = None;
        }
        match self.part {
            Part::Comments => {
                match labelled(text, "From").filter(|_| line.kind != LineKind::Bullet) {
                    Some(from) => self.draft.chief_constable.attribution = from.to_owned(),
                    None => self.comments.push(line.as_field_text()),
                }
            }
            Part::Reply => self.reply.push(line.as_field_text()),
            Part::Introduction => self.introduction.push(line.as_field_text()),
            Part::ItemText | Part::ItemResponse => return self.item_line(line, text),
        }
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
                return Some(rest);
            }
        }
        if before_items && !self.found_heading {
            if let Some(rest) = self.response_heading(text) {
                return Some(rest);
            }
        }
        if let Some(link) = labelled(text, REPORT_LINK_LABEL) {
            if before_items && self.draft.report.link.is_empty() && link.starts_with("http") {
                self.draft.report.link = link.to_owned();
                return Some(None);
            }
        }
        match item_heading(text) {
            Some(Heading::Item { kind, number, rest }) => {
                self.start_item(kind, number);
                return Some(rest.map(|rest| Line::new(LineKind::Text, rest)));
            }
            Some(Heading::List(kind)) => {
                self.keep_list_heading();
                self.list_kind = Some(kind);
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
            if item_text.is_empty() {
                if let Some((due, addressee)) = due_and_addressee(text) {
                    item.due.get_or_insert(due);
                    if item.addressee.is_empty() {
                        item.addressee = addressee;
                    }
                }
            }
            item_text.push(line.as_field_text());
        } else {
            response.push(line.as_field_text());
        }
        None
    }

    fn start_item(&mut self, kind: ItemKind, number: String) {
        self.list_heading = None;
        self.items
            .push((Item::new(kind, number), Vec::new(), Vec::new()));
        self.part = Part::ItemText;
    }

    /// "'Title' published by HMICFRS on 12 June 2025", or "… response to HMICFRS report: Title".
    fn report_line(&mut self, text: &str) -> Option<Option<Line>> {
        if let Some((title, after)) = quoted_title_before_published(text) {
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
        if let Some(role) = role {
            self.draft.responder.role = role;
            self.draft.responder.body = body;
        }
        let mut title = &text[at + "response to ".len()..];
        for prefix in [
            "the ",
            "hmicfrs ",
            "hmic ",
            "inspection ",
            "report",
            ":",
            "–",
            "-",
            " ",
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
        let title = match find_uk(title) {
            Some((date, range)) if range.end == title.trim_end_matches('.').len() => {
                self.draft.report.published = Some(date);
                title[..range.start]
                    .trim_end()
                    .trim_end_matches([',', '('])
                    .trim_end()
            }
            _ => title,
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
        let mut rest = None;
        if let Some(dated) = dated {
            let (date, range) = find_uk(dated).filter(|(_, r)| r.start == 0)?;
            self.draft.responder.response_date = Some(date);
            rest = lines::classify(dated[range.end..].trim_start_matches([',', '.', ' ']));
        }
        let (body, role) = body_and_role(who.trim());
        self.draft.responder.body = body;
        if let Some(role) = role {
            self.draft.responder.role = role;
        }
        self.found_heading = true;
        Some(rest)
    }

    fn finish(mut self, ending: Ending) -> Imported {
        self.keep_list_heading();
        self.keep_empty_heading();
        let join = |lines: &[String]| lines.join("\n");
        self.draft.introduction = join(&self.introduction);
        self.draft.chief_constable.comments = join(&self.comments);
        self.draft.chief_constable.reply = join(&self.reply);
        self.draft.items = self
            .items
            .into_iter()
            .map(|(mut item, text, response)| {
                item.text = join(&text);
                item.response = join(&response);
                item
            })
            .collect();
        self.draft.responder.signatory_name = ending.signatory_name;
        self.draft.responder.signatory_title = ending.signatory_title;
        self.draft.closing = join(&ending.closing);
        let (found, missing) = describe(&self.draft);
        Imported {
            too_large: too_large(&self.draft),
            draft: self.draft,
            found,
            missing,
        }
    }
}

/// What a person sees of the import: the parts found, and those not.
fn describe(draft: &Draft) -> (Vec<String>, Vec<String>) {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    let report = &draft.report;
    let responder = &draft.responder;
    let who = [responder.body.as_str(), responder.role.label()].join(" ");
    for (present, yes, no) in [
        (
            !report.title.is_empty(),
            format!("Report title: {}", report.title),
            "No report title was found.",
        ),
        (
            !report.inspectorate.is_empty(),
            format!("Inspectorate: {}", report.inspectorate),
            "No inspectorate was named.",
        ),
        (
            report.published.is_some(),
            format!(
                "Published: {}",
                report.published.map(uk_long).unwrap_or_default()
            ),
            "No publication date was found.",
        ),
        (
            !responder.body.is_empty(),
            format!("Responding: {}", who.trim()),
            "No area or body was found in a response heading.",
        ),
        (
            responder.response_date.is_some(),
            format!(
                "Response dated: {}",
                responder.response_date.map(uk_long).unwrap_or_default()
            ),
            "No response date was found.",
        ),
    ] {
        if present {
            found.push(yes);
        } else {
            missing.push(no.to_owned());
        }
    }
    if !draft.introduction.is_empty() {
        found.push(format!("Introduction: {}", paragraphs(&draft.introduction)));
    }
    if !draft.chief_constable.comments.is_empty() {
        found.push("Chief constable’s comments".to_owned());
    }
    if !draft.chief_constable.reply.is_empty() {
        found.push("Reply to the chief constable’s comments".to_owned());
    }
    let answered = draft.items.iter().filter(|i| i.is_answered()).count();
    if draft.items.is_empty() {
        missing.push("No causes of concern, recommendations or areas for improvement were found: the text is in the introduction.".to_owned());
    } else {
        found.push(format!(
            "{} {} ({answered} with a response): {}",
            draft.items.len(),
            if draft.items.len() == 1 {
                "item"
            } else {
                "items"
            },
            draft
                .items
                .iter()
                .map(Item::heading)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !responder.signatory_title.is_empty() {
        found.push(format!(
            "Signed: {}",
            [
                responder.signatory_name.as_str(),
                &responder.signatory_title
            ]
            .join(" ")
            .trim()
        ));
    }
    if !draft.closing.is_empty() {
        found.push(format!("Closing: {}", paragraphs(&draft.closing)));
    }
    (found, missing)
}

fn paragraphs(text: &str) -> String {
    match text.lines().count() {
        1 => "1 paragraph".to_owned(),
        n => format!("{n} paragraphs"),
    }
}

enum Heading {
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

const KIND_NAMES: [KindName; 5] = [
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
fn item_heading(text: &str) -> Option<Heading> {
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

/// "Response", "Response: We have …", "Action we have taken" and the like; what follows.
fn response_marker(text: &str) -> Option<String> {
    const MARKERS: [&str; 16] = [
        "response",
        "our response",
        "pcc response",
        "pfcc response",
        "commissioner's response",
        "commissioner’s response",
        "force response",
        "the force’s response",
        "the force's response",
        "action we have taken",
        "actions we have taken",
        "action taken",
        "actions taken",
        "progress update",
        "update",
        "response and actions",
    ];
    for marker in MARKERS {
        if let Some(rest) = strip_prefix_ignore_case(text, marker) {
            let rest = rest.trim_start();
            if rest.is_empty() {
                return Some(String::new());
            }
            if let Some(rest) = rest.strip_prefix(':') {
                return Some(rest.trim_start().to_owned());
            }
        }
    }
    None
}

fn is_comments_heading(text: &str) -> bool {
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

fn is_reply_heading(text: &str) -> bool {
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
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// `text` without `suffix` at its end, matched regardless of (ASCII) case.
fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..at])
}

/// Where `needle` first occurs in `text`, regardless of (ASCII) case.
fn find_ignore_case(text: &str, needle: &str) -> Option<usize> {
    text.char_indices().map(|(at, _)| at).find(|&at| {
        text.get(at..at + needle.len())
            .is_some_and(|part| part.eq_ignore_ascii_case(needle))
    })
}

/// "Label: value", with the label in any case; the value.
fn labelled<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    let value = strip_prefix_ignore_case(text, label)?
        .strip_prefix(':')?
        .trim();
    (!value.is_empty()).then_some(value)
}

/// "By 31 March 2023, chief constables should …": the date and who is addressed.
fn due_and_addressee(text: &str) -> Option<(time::Date, String)> {
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
fn quoted_title_before_published(text: &str) -> Option<(&str, &str)> {
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

fn strip_quotes(text: &str) -> &str {
    text.trim()
        .trim_start_matches(['\'', '‘', '"', '“'])
        .trim_end_matches(['\'', '’', '"', '”'])
}

/// `[words](address)` making up the whole text.
fn markdown_link(text: &str) -> Option<(&str, &str)> {
    let inner = text.trim().strip_prefix('[')?.strip_suffix(')')?;
    let (words, address) = inner.split_once("](")?;
    Some((words, address))
}

/// Text without the `**` or `__` wrapped round it.
fn unwrap_emphasis(text: &str) -> &str {
    let text = text.trim();
    for mark in ["**", "__"] {
        if let Some(inner) = text.strip_prefix(mark).and_then(|t| t.strip_suffix(mark)) {
            return inner.trim();
        }
    }
    text
}

/// "Avon & Somerset PCC" → the body and the role; long forms of roles are understood too.
fn body_and_role(written: &str) -> (String, Option<Role>) {
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

#[cfg(test)]
mod tests;
