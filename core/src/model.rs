//! The draft: everything a published response says, and nothing about how it looks.

use serde::{Deserialize, Serialize};
use time::Date;

pub use crate::life::Life;

/// A response to one inspection report, as it is being drafted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub report: Report,
    pub responder: Responder,
    pub introduction: String,
    pub chief_constable: ChiefConstableComments,
    pub items: Vec<Item>,
    pub closing: String,
    /// Its stage, the record of what the law asks besides the text, and its corrections.
    #[serde(default)]
    pub life: Life,
}

/// How the published HTML is written for a website, remembered with each draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PublishOptions {
    /// The level of the response heading (2 = `<h2>`); the rest follow beneath it. A website's
    /// page usually has its own `<h1>`.
    pub first_heading: u8,
    /// Whether the fragment opens with "'Title' published by … on …".
    pub report_line: bool,
    /// Whether it opens with "… response dated …".
    pub response_heading: bool,
    /// Whether parts carry `rd-…` class names for the site's stylesheet.
    pub class_hooks: bool,
}

impl Default for PublishOptions {
    fn default() -> PublishOptions {
        PublishOptions {
            first_heading: 2,
            report_line: true,
            response_heading: true,
            class_hooks: false,
        }
    }
}

/// The inspection report being responded to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub title: String,
    pub inspectorate: String,
    #[serde(with = "crate::dates::iso_option")]
    pub published: Option<Date>,
    /// Address of the report on the inspectorate's website; empty when not given.
    pub link: String,
}

/// Who is responding, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Responder {
    /// The area or body, e.g. "Avon & Somerset".
    pub body: String,
    pub role: Role,
    pub signatory_name: String,
    pub signatory_title: String,
    #[serde(with = "crate::dates::iso_option")]
    pub response_date: Option<Date>,
}

/// The local policing body's role, as it appears in the response heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Pcc,
    Pfcc,
    Mayor,
    DeputyMayor,
    Other(String),
}

/// Section 55(4)-(5): the chief constable's comments, when submitted, are published with
/// the body's own reply to them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChiefConstableComments {
    pub comments: String,
    /// Who the comments are from, e.g. "Sarah Crew, Chief Constable".
    pub attribution: String,
    pub reply: String,
}

/// One cause of concern, recommendation or area for improvement, and the response to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Stays with the item however it is edited or moved, and in copies of the draft; an item
    /// stored before items had ids is given one by its place when read
    /// (`identity::make_item_ids_unique`).
    #[serde(default)]
    pub id: String,
    pub kind: ItemKind,
    /// The report's own number, kept as text: reports skip numbers and use forms like "1a".
    pub number: String,
    /// Who the inspectorate addressed it to, e.g. "chief constables"; empty when not given.
    pub addressee: String,
    /// The inspectorate's wording.
    pub text: String,
    pub response: String,
    /// e.g. "In progress"; empty when not given.
    pub status: String,
    /// e.g. "South West Regional Organised Crime Unit"; empty when not given.
    pub lead_agency: String,
    /// When the inspectorate wants it done by ("By 31 March 2023, chief constables should …");
    /// kept for the office's own tracking, since the report's text already says it.
    #[serde(default, with = "crate::dates::iso_option")]
    pub due: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    CauseOfConcern,
    Recommendation,
    AreaForImprovement,
    Custom(String),
}

impl Responder {
    /// Who is responding as the heading names them: "Kent PCC response", or "Response".
    pub fn response_name(&self) -> String {
        match self.who() {
            who if who.is_empty() => "Response".to_owned(),
            who => format!("{who} response"),
        }
    }

    /// The body and its role, "Kent PCC"; empty when neither is given.
    pub fn who(&self) -> String {
        [self.body.trim(), self.role.label()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The response heading as text: "Kent PCC response dated 7 August 2025".
    pub fn heading(&self) -> String {
        match self.response_date {
            Some(date) => format!(
                "{} dated {}",
                self.response_name(),
                crate::dates::uk_long(date)
            ),
            None => self.response_name(),
        }
    }
}

impl Role {
    /// The standard roles, in the order a person picks from.
    pub const STANDARD: [Role; 4] = [Role::Pcc, Role::Pfcc, Role::Mayor, Role::DeputyMayor];

    /// How the role reads in the response heading.
    pub fn label(&self) -> &str {
        match self {
            Role::Pcc => "PCC",
            Role::Pfcc => "PFCC",
            Role::Mayor => "Mayor",
            Role::DeputyMayor => "Deputy Mayor for Policing and Crime",
            Role::Other(label) => label.trim(),
        }
    }
}

/// A choice among standard values or, failing those, the person's own words: how a chooser
/// shows it and keeps the own words while the person tries the standard values.
pub trait OpenChoice: Sized {
    /// The chooser's code for "in my own words".
    const OWN_WORDS: &'static str;
    fn standard() -> Vec<Self>;
    /// A short stable name for the choice.
    fn code(&self) -> &'static str;
    fn label(&self) -> &str;
    fn own_words(&self) -> Option<&str>;
    fn in_own_words(text: String) -> Self;

    /// The value for a chooser's code; the own-words code keeps the words already given.
    fn from_code(code: &str, own_words: &str) -> Self {
        Self::standard()
            .into_iter()
            .find(|choice| choice.code() == code)
            .unwrap_or_else(|| Self::in_own_words(own_words.to_owned()))
    }
}

impl OpenChoice for Role {
    const OWN_WORDS: &'static str = "other";

    fn standard() -> Vec<Role> {
        Role::STANDARD.to_vec()
    }

    fn code(&self) -> &'static str {
        match self {
            Role::Pcc => "pcc",
            Role::Pfcc => "pfcc",
            Role::Mayor => "mayor",
            Role::DeputyMayor => "deputy_mayor",
            Role::Other(_) => Self::OWN_WORDS,
        }
    }

    fn label(&self) -> &str {
        Role::label(self)
    }

    fn own_words(&self) -> Option<&str> {
        match self {
            Role::Other(text) => Some(text),
            _ => None,
        }
    }

    fn in_own_words(text: String) -> Role {
        Role::Other(text)
    }
}

impl ItemKind {
    pub const STANDARD: [ItemKind; 3] = [
        ItemKind::CauseOfConcern,
        ItemKind::Recommendation,
        ItemKind::AreaForImprovement,
    ];

    /// How the kind reads in an item's heading.
    pub fn label(&self) -> &str {
        match self {
            ItemKind::CauseOfConcern => "Cause of concern",
            ItemKind::Recommendation => "Recommendation",
            ItemKind::AreaForImprovement => "Area for improvement",
            ItemKind::Custom(label) => label.trim(),
        }
    }
}

impl OpenChoice for ItemKind {
    const OWN_WORDS: &'static str = "custom";

    fn standard() -> Vec<ItemKind> {
        ItemKind::STANDARD.to_vec()
    }

    fn code(&self) -> &'static str {
        match self {
            ItemKind::CauseOfConcern => "cause_of_concern",
            ItemKind::Recommendation => "recommendation",
            ItemKind::AreaForImprovement => "area_for_improvement",
            ItemKind::Custom(_) => Self::OWN_WORDS,
        }
    }

    fn label(&self) -> &str {
        ItemKind::label(self)
    }

    fn own_words(&self) -> Option<&str> {
        match self {
            ItemKind::Custom(text) => Some(text),
            _ => None,
        }
    }

    fn in_own_words(text: String) -> ItemKind {
        ItemKind::Custom(text)
    }
}

impl Item {
    /// A blank item of the given kind and number.
    pub fn new(kind: ItemKind, number: impl Into<String>) -> Item {
        Item {
            id: crate::identity::new_item_id(),
            kind,
            number: number.into(),
            addressee: String::new(),
            text: String::new(),
            response: String::new(),
            status: String::new(),
            lead_agency: String::new(),
            due: None,
        }
    }

    /// The item's heading, e.g. "Area for improvement 4".
    pub fn heading(&self) -> String {
        let label = self.kind.label();
        let number = self.number.trim();
        match (label.is_empty(), number.is_empty()) {
            (_, true) => label.to_owned(),
            (true, false) => number.to_owned(),
            (false, false) => format!("{label} {number}"),
        }
    }

    /// The item's heading, or "Item 3" for the third item when it has none yet.
    pub fn display_name(&self, index: usize) -> String {
        match self.heading() {
            heading if heading.is_empty() => format!("Item {}", index + 1),
            heading => heading,
        }
    }

    /// The item a person most likely adds after `last`: the same kind, and the next number
    /// where the last number is a plain integer.
    pub fn following(last: Option<&Item>) -> Item {
        match last {
            Some(last) => Item::new(last.kind.clone(), next_number(&last.number)),
            None => Item::new(ItemKind::Recommendation, "1"),
        }
    }

    /// Whether someone has written a response to it yet.
    pub fn is_answered(&self) -> bool {
        !self.response.trim().is_empty()
    }
}

impl Draft {
    /// The next item to add after the last one.
    pub fn next_item(&self) -> Item {
        Item::following(self.items.last())
    }

    /// A short name for lists of drafts.
    pub fn display_title(&self) -> String {
        display_title(&self.report.title)
    }
}

/// The name a draft goes by, from its report title.
pub fn display_title(report_title: &str) -> String {
    let title = report_title.trim();
    if title.is_empty() {
        "Untitled response".to_owned()
    } else {
        title.to_owned()
    }
}

fn next_number(number: &str) -> String {
    number
        .trim()
        .parse::<u32>()
        .map(|n| (n + 1).to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_joins_kind_and_number() {
        let item = Item::new(ItemKind::AreaForImprovement, "4");
        assert_eq!(item.heading(), "Area for improvement 4");
    }

    #[test]
    fn heading_without_number_is_the_kind_alone() {
        let item = Item::new(ItemKind::CauseOfConcern, "  ");
        assert_eq!(item.heading(), "Cause of concern");
    }

    #[test]
    fn custom_kind_uses_its_label() {
        let item = Item::new(ItemKind::Custom(" Innovative practice ".into()), "1a");
        assert_eq!(item.heading(), "Innovative practice 1a");
    }

    #[test]
    fn next_item_follows_the_last_kind_and_number() {
        let mut draft = crate::template::new_draft();
        draft.items = vec![Item::new(ItemKind::AreaForImprovement, "4")];
        let next = draft.next_item();
        assert_eq!(next.kind, ItemKind::AreaForImprovement);
        assert_eq!(next.number, "5");
    }

    #[test]
    fn next_item_after_an_unusual_number_leaves_the_number_blank() {
        let mut draft = crate::template::new_draft();
        draft.items = vec![Item::new(ItemKind::Recommendation, "1a")];
        assert_eq!(draft.next_item().number, "");
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::STANDARD {
            assert_eq!(Role::from_code(role.code(), ""), role);
        }
        assert_eq!(
            Role::from_code("other", "Mayor of London"),
            Role::Other("Mayor of London".into())
        );
    }

    #[test]
    fn kind_codes_round_trip() {
        for kind in ItemKind::STANDARD {
            assert_eq!(ItemKind::from_code(kind.code(), ""), kind);
        }
        assert_eq!(
            ItemKind::from_code("custom", "Finding"),
            ItemKind::Custom("Finding".into())
        );
    }
}
