//! One size rule for a draft, wherever it comes from: pasted text or a web page, a drafts
//! file, a merge of two copies, a version restored. The same caps everywhere, and the same
//! message naming the part as the person sees it and its size.

use crate::draft_file::thousands;
use crate::model::Draft;
use std::fmt;

/// The most one part of a draft may hold: the preview and the checks of a field this long take
/// about 30 ms together (`cargo run --release --example adversarial_import`).
pub const MAX_FIELD_CHARS: usize = 200_000;

/// The most items a draft may have: far more than any report has findings; more means the
/// text or file is not what it seems.
pub const MAX_ITEMS: usize = 1_000;

/// How a draft is larger than a draft may be.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TooLarge {
    Items(usize),
    Field { name: String, chars: usize },
}

/// Reads as a clause ("the introduction would be …"), so each place can say what it does next.
impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TooLarge::Items(count) => write!(
                f,
                "the draft would have {} items, and a draft holds at most {}",
                thousands(*count),
                thousands(MAX_ITEMS)
            ),
            TooLarge::Field { name, chars } => write!(
                f,
                "the {name} would be {} characters long, and one part of a draft holds at most {}",
                thousands(*chars),
                thousands(MAX_FIELD_CHARS)
            ),
        }
    }
}

/// The first way `draft` is larger than a draft may be, in the order of the page.
pub fn too_large(draft: &Draft) -> Option<TooLarge> {
    if draft.items.len() > MAX_ITEMS {
        return Some(TooLarge::Items(draft.items.len()));
    }
    let report = &draft.report;
    let responder = &draft.responder;
    let comments = &draft.chief_constable;
    let mut fields: Vec<(String, &str)> = vec![
        ("report title".into(), &report.title),
        ("inspectorate".into(), &report.inspectorate),
        ("report’s address".into(), &report.link),
        ("area".into(), &responder.body),
        ("signatory’s name".into(), &responder.signatory_name),
        ("signatory’s title".into(), &responder.signatory_title),
        ("introduction".into(), &draft.introduction),
        ("chief constable’s comments".into(), &comments.comments),
        ("attribution of the comments".into(), &comments.attribution),
        ("reply to the comments".into(), &comments.reply),
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

/// Capitalises the first letter of a clause to start a sentence with it.
pub fn sentence(clause: &impl fmt::Display) -> String {
    crate::checks::capitalise(&clause.to_string())
}
