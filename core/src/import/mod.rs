//! Import: text a person pastes (last year's response, a Word draft, a report's list of
//! recommendations) turned into a structured draft. Every line lands somewhere: what is not
//! recognised goes into the introduction or the closing, and the result says what was found.

// Reading what people wrote (the worker's work) matches words in any case, so these modules
// may use Unicode's case (see `clippy.toml`); `lines`, `marks` and `tree`, used on the page too,
// may not.
#[allow(clippy::disallowed_methods)]
pub mod html;
#[allow(clippy::disallowed_methods)]
mod language;
pub mod lines;
pub mod marks;
mod pdf;
#[allow(clippy::disallowed_methods)]
mod reader;
#[allow(clippy::disallowed_methods)]
pub mod report;
#[allow(clippy::disallowed_methods)]
mod table;
#[allow(clippy::disallowed_methods)]
pub mod title;
pub mod tree;
#[allow(clippy::disallowed_methods)]
mod words;

pub use marks::Mark;
pub use reader::{recognise, recognise_with};

use serde::{Deserialize, Serialize};

use crate::dates::uk_long;
use crate::model::{Draft, Item};
use crate::size;

/// A draft made from pasted text, and what was and was not recognised in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Imported {
    pub draft: Draft,
    pub found: Vec<String>,
    pub missing: Vec<String>,
    /// Set when the draft would be larger than a draft may be: it is then not to be made.
    pub too_large: Option<TooLarge>,
    /// Each paragraph of the pasted text, and what it became.
    pub paragraphs: Vec<Paragraph>,
    /// The titles the text could be naming its report by, best first, for the person to
    /// choose from when the one taken is wrong or none was.
    pub title_candidates: Vec<String>,
    /// Set when the text says the response itself is already published, with the address it
    /// gives (empty when it names none): the person is asked whether to record it so.
    pub says_published: Option<String>,
}

/// A paragraph of the pasted text and what it became.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub line: lines::Line,
    pub mark: Mark,
    /// Whether the person chose the mark, rather than the recogniser.
    pub chosen: bool,
}

impl Paragraph {
    /// The paragraph as the person pasted it, with its bullet or number.
    pub fn text(&self) -> String {
        self.line.as_field_text()
    }
}

/// The same paragraphs read again, those with a mark in `chosen` taken for what they are
/// marked as.
pub fn with_marks(imported: &Imported, chosen: &[Option<Mark>]) -> Imported {
    let lines = imported.paragraphs.iter().map(|p| p.line.clone()).collect();
    recognise_with(lines, chosen)
}

pub use crate::size::MAX_FIELD_CHARS;

/// Why pasted text cannot be made into a draft as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TooLarge {
    /// One paragraph of the pasted text is longer than a part of a draft may be.
    Paragraph { number: usize, chars: usize },
    /// The draft it makes would break the size rule for drafts.
    Draft(size::TooLarge),
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::draft_file::thousands;
        match self {
            TooLarge::Paragraph { number, chars } => write!(
                f,
                "Paragraph {} of the text is {} characters long, and one part of a draft holds at most {}.",
                thousands(*number),
                thousands(*chars),
                thousands(MAX_FIELD_CHARS)
            ),
            TooLarge::Draft(problem) => write!(f, "{}.", size::sentence(problem)),
        }?;
        f.write_str(" Import it in parts; nothing has been changed.")
    }
}

/// The first way `draft` is larger than a draft may be.
fn too_large(draft: &Draft) -> Option<TooLarge> {
    size::too_large(draft).map(TooLarge::Draft)
}

/// Imports plain text.
pub fn from_text(text: &str) -> Imported {
    let text = lines::as_seen(text);
    recognise(pdf::tidy(lines::of_text(&table::unfold(&text))))
}

/// Imports parsed HTML, such as a web page or Word document on the clipboard.
pub fn from_html<N: html::Markup>(root: &N) -> Imported {
    recognise(html::lines(root))
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

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests;
