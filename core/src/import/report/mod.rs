//! An inspection report's PDF read for its findings. pdf.js gives each page's positioned text
//! (see `document`); here it is laid out (`layout`, `furniture`), made into paragraphs
//! (`paragraphs`, `text`), and each paragraph marked as a finding's or the report's own
//! (`findings`). The draft is then made from the marks by the same reader as pasted text, so
//! a person can correct any paragraph's mark as they do for a paste.

pub mod document;
mod findings;
mod furniture;
mod layout;
mod paragraphs;
mod text;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use time::Date;

pub use document::Document;

use super::lines::Line;
use super::marks::Mark;
use super::words::due_and_addressee;
use super::{recognise_with, Imported, Paragraph};
use crate::dates::find_uk;

/// What was read from a report's PDF: its paragraphs and what each becomes, and its title and
/// date. Made in the worker, sent to the page as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub lines: Vec<Line>,
    pub marks: Vec<Mark>,
    pub title: String,
    /// Other titles the report might go by, for the person to choose from.
    pub title_candidates: Vec<String>,
    #[serde(with = "crate::dates::iso_option")]
    pub published: Option<Date>,
    pub problem: Option<Problem>,
}

/// Why a PDF gives no draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// No text at all: a scan, or pictures of pages.
    NoText,
    /// Text that is not words: fonts with no mapping to letters.
    Garbled,
}

impl Problem {
    pub fn message(self) -> &'static str {
        match self {
            Problem::NoText => "This PDF has no text to read: it looks like a scan or pictures of pages. Copy the findings from the report’s web page, or type them, and paste them with Import text. Nothing has been changed.",
            Problem::Garbled => "This PDF’s text cannot be read: its fonts do not say which letters they print, so it comes out as nonsense. Copy the findings from the report’s web page and paste them with Import text. Nothing has been changed.",
        }
    }
}

/// Reads a report.
pub fn read(document: &Document) -> Reading {
    let empty = |problem| Reading {
        lines: Vec::new(),
        marks: Vec::new(),
        title: String::new(),
        title_candidates: Vec::new(),
        published: None,
        problem: Some(problem),
    };
    if document.characters() < 20 {
        return empty(Problem::NoText);
    }
    if garbled(document) {
        return empty(Problem::Garbled);
    }
    let (paras, body) = paragraphs::read(document);
    let (lines, mut marks) = findings::mark(&paras, body);
    let candidates = titles(document, &paras, body);
    let title = candidates.first().cloned().unwrap_or_default();
    // The cover's title is the report line.
    let before_findings = marks
        .iter()
        .position(|mark| matches!(mark, Mark::NewItem(_) | Mark::ListHeading(_)))
        .unwrap_or(marks.len());
    if let Some(at) = lines[..before_findings]
        .iter()
        .position(|line| line.text == title)
    {
        if marks[at] == Mark::LeftOut {
            marks[at] = Mark::ReportLine;
        }
    }
    Reading {
        published: publication(&paras),
        lines,
        marks,
        title,
        title_candidates: candidates,
        problem: None,
    }
}

/// The draft a reading makes, with the person's own marks in `chosen` over the reader's.
pub fn imported(reading: &Reading, chosen: &[Option<Mark>]) -> Imported {
    let marks: Vec<Mark> = reading
        .marks
        .iter()
        .enumerate()
        .map(|(at, mark)| {
            chosen
                .get(at)
                .cloned()
                .flatten()
                .unwrap_or_else(|| mark.clone())
        })
        .collect();
    // The paragraphs left out add nothing to the draft: only the others are read, which for
    // a long report is a few dozen of its thousands.
    let kept: Vec<usize> = (0..marks.len())
        .filter(|&at| marks[at] != Mark::LeftOut)
        .collect();
    let lines = kept.iter().map(|&at| reading.lines[at].clone()).collect();
    let kept_marks: Vec<Option<Mark>> = kept.iter().map(|&at| Some(marks[at].clone())).collect();
    let mut imported = recognise_with(lines, &kept_marks);
    let mut read = std::mem::take(&mut imported.paragraphs).into_iter();
    imported.paragraphs = (0..marks.len())
        .map(|at| {
            let mut paragraph = match marks[at] {
                Mark::LeftOut => Paragraph {
                    line: reading.lines[at].clone(),
                    mark: Mark::LeftOut,
                    chosen: false,
                },
                _ => read.next().expect("a paragraph read for each kept"),
            };
            paragraph.chosen = chosen.get(at).is_some_and(Option::is_some);
            paragraph
        })
        .collect();
    let draft = &mut imported.draft;
    let title_chosen = chosen.contains(&Some(Mark::ReportLine));
    if !title_chosen || draft.report.title.is_empty() {
        draft.report.title = reading.title.clone();
    }
    draft.report.published = reading.published;
    let names_inspectorate = reading.lines.iter().any(|line| {
        line.text.contains("HMICFRS") || line.text.contains("Inspectorate of Constabulary")
    });
    if names_inspectorate {
        draft.report.inspectorate = "HMICFRS".to_owned();
    }
    // The report is not a response: what a response says of itself does not apply to it.
    draft.responder.response_date = None;
    draft.introduction.clear();
    draft.closing.clear();
    imported.says_published = None;
    imported.title_candidates = reading.title_candidates.clone();
    let (found, missing) = super::describe(draft);
    imported.found = found;
    imported.missing = missing
        .into_iter()
        .filter(|m| m.starts_with("No report title") || m.starts_with("No publication"))
        .collect();
    if draft.items.is_empty() {
        imported.missing.push(
            "No causes of concern, recommendations or areas for improvement were found in the report.".to_owned(),
        );
    }
    imported.too_large = super::too_large(draft);
    imported
}

/// Text made of letters that spell no words: more than a tenth of it in private-use or
/// replacement characters, or words with no vowel in them.
fn garbled(document: &Document) -> bool {
    let text: String = document
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .map(|item| item.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let characters = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    let unreadable = text
        .chars()
        .filter(|c| {
            matches!(*c as u32, 0xe000..=0xf8ff | 0xfffd) || (c.is_control() && !c.is_whitespace())
        })
        .count();
    if unreadable * 10 > characters {
        return true;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .collect();
    if words.len() < 30 {
        return false;
    }
    let common = words
        .iter()
        .filter(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "and" | "of" | "to" | "in" | "a" | "is" | "that" | "for" | "should"
            )
        })
        .count();
    common * 100 < words.len()
}

/// The report's title, best first: the PDF's own title where it is one (not a file name),
/// then the largest words on its first page.
fn titles(document: &Document, paras: &[paragraphs::Para], body: paragraphs::Body) -> Vec<String> {
    let mut titles = Vec::new();
    if let Some(title) = document
        .info
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| is_a_title(t))
    {
        titles.push(title.to_owned());
    }
    // The cover's title is set larger than the text: the largest such words on page one.
    if let Some(largest) = paras
        .iter()
        .filter(|p| p.page == 0 && p.cells.is_none() && p.size > 1.15 * body.size)
        .filter(|p| p.text.split_whitespace().count() >= 2)
        .max_by(|a, b| a.size.total_cmp(&b.size))
    {
        let text = largest.text.trim().to_owned();
        if !titles
            .iter()
            .any(|t: &String| t.eq_ignore_ascii_case(&text))
        {
            titles.push(text);
        }
    }
    titles
}

fn is_a_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    let file = [".doc", ".docx", ".pdf", ".odt", ".rtf", ".indd"]
        .iter()
        .any(|ending| lower.ends_with(ending))
        || lower.starts_with("microsoft word")
        || lower.contains('\\')
        || lower.contains('_');
    let words = title.split_whitespace().count();
    !file && words >= 3 && !["untitled", "document", "report"].contains(&lower.as_str())
}

/// The date the report was published, from its first pages: a date said to be its
/// publication's, or else the first whole date on the cover.
fn publication(paras: &[paragraphs::Para]) -> Option<Date> {
    // "By 31 March 2026, the force should …" dates a finding, not the report.
    // The cover, or the imprint just inside it, says when.
    let early: Vec<&paragraphs::Para> = paras
        .iter()
        .filter(|p| {
            p.page <= 3 && due_and_addressee(&p.text).is_none() && !p.text.contains(" should ")
        })
        .collect();
    let cover: Vec<&&paragraphs::Para> = early.iter().filter(|p| p.page == 0).collect();
    early
        .iter()
        .filter(|p| p.text.to_lowercase().contains("publish"))
        .find_map(|p| find_uk(&p.text).map(|(date, _)| date))
        .or_else(|| {
            // A first page of a few lines is a cover, and the date on it the report's.
            (cover.len() <= 15)
                .then(|| {
                    cover
                        .iter()
                        .find_map(|p| find_uk(&p.text).map(|(date, _)| date))
                })
                .flatten()
        })
}
