//! What each pasted paragraph becomes. The reader marks every paragraph as it places it; the
//! person may change any mark before anything is made, and the draft is read again with the
//! marks they chose.

use serde::{Deserialize, Serialize};

use crate::model::ItemKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// "'Title' published by HMICFRS on 12 June 2025", or the report's address.
    ReportLine,
    /// "Kent PCC response dated 7 August 2025".
    ResponseHeading,
    Introduction,
    /// The chief constable's comments (or their heading).
    Comments,
    /// The reply to the chief constable's comments.
    Reply,
    /// A heading over a numbered list of items of this kind ("Areas for improvement").
    ListHeading(ItemKind),
    /// Starts an item of this kind: its heading, or its first words.
    NewItem(ItemKind),
    /// The inspectorate's words of the item above.
    ItemText,
    /// The response to the item above.
    Response,
    /// The name or title that signs the response.
    Signature,
    Closing,
    /// Not part of the response: a report's own prose, or words the person leaves out.
    LeftOut,
}

/// The kinds a person can start an item of, in the order reports list them.
const KINDS: [ItemKind; 3] = [
    ItemKind::CauseOfConcern,
    ItemKind::Recommendation,
    ItemKind::AreaForImprovement,
];

impl Mark {
    /// Every mark a person can choose, in the order of a response.
    pub fn choices() -> Vec<Mark> {
        let mut choices = vec![
            Mark::ReportLine,
            Mark::ResponseHeading,
            Mark::Introduction,
            Mark::Comments,
            Mark::Reply,
        ];
        choices.extend(KINDS.map(Mark::NewItem));
        choices.extend([Mark::ItemText, Mark::Response]);
        choices.extend(KINDS.map(Mark::ListHeading));
        choices.extend([Mark::Signature, Mark::Closing, Mark::LeftOut]);
        choices
    }

    /// How the mark reads in the import panel.
    pub fn label(&self) -> String {
        match self {
            Mark::ReportLine => "Report line".into(),
            Mark::ResponseHeading => "Response heading".into(),
            Mark::Introduction => "Introduction".into(),
            Mark::Comments => "Chief constable’s comments".into(),
            Mark::Reply => "Reply to the comments".into(),
            Mark::ListHeading(kind) => {
                format!("Heading of a list: {}", kind.label().to_ascii_lowercase())
            }
            Mark::NewItem(kind) => format!("New {}", kind.label().to_ascii_lowercase()),
            Mark::ItemText => "The item’s text".into(),
            Mark::Response => "The item’s response".into(),
            Mark::Signature => "Signature".into(),
            Mark::Closing => "Closing".into(),
            Mark::LeftOut => "Left out".into(),
        }
    }

    /// A short code for the mark, unique among the choices, for a form's values.
    pub fn code(&self) -> String {
        let kind = |kind: &ItemKind| match kind {
            ItemKind::CauseOfConcern => "cause-of-concern".to_owned(),
            ItemKind::Recommendation => "recommendation".to_owned(),
            ItemKind::AreaForImprovement => "area-for-improvement".to_owned(),
            ItemKind::Custom(words) => format!("own:{words}"),
        };
        match self {
            Mark::ReportLine => "report-line".into(),
            Mark::ResponseHeading => "response-heading".into(),
            Mark::Introduction => "introduction".into(),
            Mark::Comments => "comments".into(),
            Mark::Reply => "reply".into(),
            Mark::ListHeading(k) => format!("list:{}", kind(k)),
            Mark::NewItem(k) => format!("item:{}", kind(k)),
            Mark::ItemText => "item-text".into(),
            Mark::Response => "response".into(),
            Mark::Signature => "signature".into(),
            Mark::Closing => "closing".into(),
            Mark::LeftOut => "left-out".into(),
        }
    }

    /// The mark a code stands for, among `choices` (which may hold a paragraph's own kind).
    pub fn from_code(code: &str, choices: &[Mark]) -> Option<Mark> {
        choices.iter().find(|mark| mark.code() == code).cloned()
    }

    /// The choices for a paragraph: every standard mark, and its own if that is not one.
    pub fn choices_with(own: &Mark) -> Vec<Mark> {
        let mut choices = Mark::choices();
        if !choices.contains(own) {
            choices.push(own.clone());
        }
        choices
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_its_own_code_and_reads_back() {
        let choices = Mark::choices_with(&Mark::NewItem(ItemKind::Custom("Finding".into())));
        for mark in &choices {
            assert_eq!(Mark::from_code(&mark.code(), &choices).as_ref(), Some(mark));
        }
        let mut codes: Vec<String> = choices.iter().map(Mark::code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), choices.len());
        assert_eq!(
            Mark::NewItem(ItemKind::AreaForImprovement).label(),
            "New area for improvement"
        );
    }
}
