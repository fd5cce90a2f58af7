//! Which paragraphs of a report are its findings. A finding starts at its heading ("Cause of
//! concern", "Recommendation 4a", "Area for improvement 2") or as an item of a list under a
//! heading that names its kind; it holds what is in its box, or, where it has no box, its
//! words and the list they lead into. Everything else is the report's own prose, left out of
//! the response. A finding listed twice (in the summary and again in full) is taken once.

use super::paragraphs::{Body, Para};
use crate::import::lines::{self, Line, LineKind};
use crate::import::marks::Mark;
use crate::import::words::{
    addressee_within, due_and_addressee, item_heading, Heading, KIND_NAMES,
};
use crate::model::ItemKind;

/// The report's paragraphs as lines, each with what it becomes.
pub fn mark(paras: &[Para], body: Body) -> (Vec<Line>, Vec<Mark>) {
    let margins = page_margins(paras);
    let mut reader = Finder {
        lines: Vec::with_capacity(paras.len()),
        marks: Vec::with_capacity(paras.len()),
        state: State::Outside,
    };
    let mut at = 0;
    while at < paras.len() {
        if paras[at].cells.is_some() {
            let end = paras[at..]
                .iter()
                .position(|p| p.cells.is_none())
                .map_or(paras.len(), |n| at + n);
            reader.table(&paras[at..end]);
            reader.state = State::Outside;
            at = end;
            continue;
        }
        let para = &paras[at];
        // A box is set in from the text around it: the nearest prose on its page in the
        // same column, before it or else after it, or the page's commonest edge.
        let prose = |p: &&Para| {
            p.page == para.page
                && p.cells.is_none()
                && !p.aside
                && !p.marker
                && p.size < 1.12 * body.size
                && p.lines.len() > 1
                && p.x0 - 2.0 <= para.x0
                && para.x0 < p.right
                && finding_heading(&p.text).is_none()
        };
        let same_page = |p: &&Para| p.page == para.page;
        let before = paras[..at]
            .iter()
            .rev()
            .take_while(same_page)
            .position(|p| prose(&p))
            .map(|n| (n, &paras[at - 1 - n]));
        let after = paras[at + 1..]
            .iter()
            .take_while(same_page)
            .position(|p| prose(&p))
            .map(|n| (n, &paras[at + 1 + n]));
        let nearest = match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 < b.0 { a.1 } else { b.1 }),
            (b, a) => b.or(a).map(|(_, p)| p),
        };
        let margin = nearest
            .map(|p| p.x0)
            .or_else(|| margins.get(para.page).copied())
            .unwrap_or(para.x0);
        reader.paragraph(para, body, margin);
        at += 1;
    }
    let Finder {
        lines, mut marks, ..
    } = reader;
    take_each_once(&lines, &mut marks);
    (lines, marks)
}

#[derive(Debug, Clone, PartialEq)]
enum State {
    Outside,
    /// In a finding: its kind, where its box's text starts (if it is boxed), and the
    /// paragraph before (its start, and whether it leads into a list).
    Finding {
        kind: ItemKind,
        boxed: Option<f32>,
        texts: usize,
        lead_in: Option<f32>,
    },
    /// Under a heading naming a list of findings.
    List(ItemKind),
}

struct Finder {
    lines: Vec<Line>,
    marks: Vec<Mark>,
    state: State,
}

/// Where each page's text starts: the commonest left edge of its paragraphs.
fn page_margins(paras: &[Para]) -> Vec<f32> {
    let pages = paras.iter().map(|p| p.page + 1).max().unwrap_or(0);
    (0..pages)
        .map(|page| {
            let mut counts: Vec<(i32, usize)> = Vec::new();
            for para in paras
                .iter()
                .filter(|p| p.page == page && p.cells.is_none() && !p.aside)
            {
                let x = para.x0.round() as i32;
                match counts.iter_mut().find(|(at, _)| (*at - x).abs() <= 2) {
                    Some((_, n)) => *n += para.lines.len(),
                    None => counts.push((x, para.lines.len())),
                }
            }
            counts
                .into_iter()
                .max_by_key(|(x, n)| (*n, std::cmp::Reverse(*x)))
                .map_or(0.0, |(x, _)| x as f32)
        })
        .collect()
}

/// Whether a paragraph is set as a heading: larger than the body, or a short line in another
/// font that is not a sentence.
fn is_heading(para: &Para, body: Body) -> bool {
    let larger = para.size >= 1.12 * body.size;
    let words = para.text.split_whitespace().count();
    let short = para.lines.len() <= 2
        && words <= 14
        && !para.text.trim_end().ends_with(['.', ';', ','])
        && !para.marker;
    (larger && words <= 30) || (para.font != body.font && short)
}

/// A heading naming findings, with words before it that name the list ("Our
/// recommendations", "Summary of areas for improvement").
fn finding_heading(text: &str) -> Option<Heading> {
    let text = text.trim().trim_end_matches(':');
    let lower = text.to_lowercase();
    for lead in ["our ", "summary of ", "list of ", "the ", "national "] {
        if lower.starts_with(lead) {
            if let Some(Heading::List(kind)) = item_heading(&text[lead.len()..]) {
                return Some(Heading::List(kind));
            }
        }
    }
    item_heading(text)
}

/// A heading without the section's number it is printed with ("4.2 Areas for improvement").
fn without_section_number(text: &str) -> &str {
    let number = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let rest = &text[number..];
    let section = &text[..number];
    // "4.2" or "3." or "12", not a year.
    let a_section = section.starts_with(|c: char| c.is_ascii_digit())
        && (section.contains('.') || section.len() <= 2);
    if a_section && rest.starts_with(' ') {
        rest.trim_start()
    } else {
        text
    }
}

impl Finder {
    fn push(&mut self, line: Line, mark: Mark) {
        self.lines.push(line);
        self.marks.push(mark);
    }

    fn paragraph(&mut self, para: &Para, body: Body, margin: f32) {
        let mut line = lines::classify(&para.text)
            .unwrap_or_else(|| Line::new(LineKind::Text, para.text.clone()));
        let heading = is_heading(para, body);
        if heading && line.kind == LineKind::Text {
            line.kind = LineKind::Heading;
        }
        let alone = heading || para.lines.len() == 1;
        let named_text = if heading {
            without_section_number(&para.text)
        } else {
            &para.text
        };
        let named = finding_heading(named_text).filter(|h| match h {
            // A numbered finding's name, a separator and its words open a paragraph of
            // running text ("Area for improvement 2: Units should …").
            Heading::Item {
                rest: Some(_),
                number,
                ..
            } => alone || !number.is_empty(),
            Heading::Item { rest: None, .. } => alone,
            Heading::List(_) => heading,
        });
        // Inside a cause of concern, the heading of its recommendations is part of it.
        if let (
            State::Finding {
                kind: ItemKind::CauseOfConcern,
                ..
            },
            Some(h),
        ) = (&self.state, &named)
        {
            let sub_heading = match h {
                Heading::List(ItemKind::Recommendation) => true,
                Heading::Item {
                    kind: ItemKind::Recommendation,
                    number,
                    ..
                } => number.is_empty(),
                _ => false,
            };
            if sub_heading {
                self.push(line, Mark::ItemText);
                if let State::Finding { texts, lead_in, .. } = &mut self.state {
                    *texts += 1;
                    *lead_in = None;
                }
                return;
            }
        }
        let opens_with_words = matches!(&named, Some(Heading::Item { rest: Some(_), .. }));
        match named {
            Some(Heading::Item { kind, .. }) => {
                // The same heading twice running (a section's, then its box's): the first
                // is the section's.
                if let (Some(Mark::NewItem(last)), State::Finding { texts: 0, .. }) =
                    (self.marks.last(), &self.state)
                {
                    if *last == kind {
                        *self.marks.last_mut().expect("a mark") = Mark::LeftOut;
                    }
                }
                let boxed = (para.x0 > margin + 0.5 * body.size).then_some(para.x0);
                // Words after the heading on its line are the finding's first paragraph.
                let texts = usize::from(opens_with_words);
                self.state = State::Finding {
                    kind: kind.clone(),
                    boxed,
                    texts,
                    lead_in: None,
                };
                self.push(line, Mark::NewItem(kind));
                return;
            }
            Some(Heading::List(kind)) => {
                self.state = State::List(kind.clone());
                self.push(line, Mark::ListHeading(kind));
                return;
            }
            None => {}
        }
        if let State::Finding {
            boxed,
            texts,
            lead_in,
            ..
        } = &mut self.state
        {
            let list_item =
                para.marker || matches!(line.kind, LineKind::Bullet | LineKind::Numbered(_));
            let indented_under = lead_in.is_some_and(|x0| para.x0 > x0 + 0.8 * body.size);
            let goes_on = if heading {
                false
            } else if let Some(x0) = *boxed {
                // In a box, whatever is in it; where the heading is outside the box, its
                // first paragraph says where the box's text starts.
                let x0 = if *texts == 0 && para.x0 > margin + 0.5 * body.size {
                    para.x0.min(x0)
                } else {
                    x0
                };
                *boxed = Some(x0);
                para.x0 >= x0 - 1.5 && !para.aside
            } else {
                *texts == 0
                    || (lead_in.is_some() && (list_item || indented_under))
                    || due_and_addressee(&para.text).is_some()
                    || addressee_within(&para.text).is_some()
            };
            if goes_on {
                if indented_under && line.kind == LineKind::Text {
                    line.kind = LineKind::Bullet;
                }
                if *texts == 0 && boxed.is_none() && para.x0 > margin + 0.5 * body.size {
                    *boxed = Some(para.x0);
                }
                *texts += 1;
                if para.text.trim_end().ends_with(':') {
                    *lead_in = Some(para.x0);
                } else if !(list_item || indented_under) {
                    *lead_in = None;
                }
                self.push(line, Mark::ItemText);
                return;
            }
            self.state = State::Outside;
        }
        if let State::List(kind) = &self.state {
            if para.marker || matches!(line.kind, LineKind::Bullet | LineKind::Numbered(_)) {
                let kind = kind.clone();
                if line.kind == LineKind::Text {
                    line.kind = LineKind::Bullet;
                }
                self.push(line, Mark::NewItem(kind));
                return;
            }
            self.state = State::Outside;
        }
        // "1. By 30 April 2026, chief constables should …" is a recommendation wherever it is.
        if matches!(line.kind, LineKind::Numbered(_)) && due_and_addressee(&line.text).is_some() {
            self.push(line, Mark::NewItem(ItemKind::Recommendation));
            return;
        }
        self.push(line, Mark::LeftOut);
    }

    /// A table: with a column of findings, each row a finding with its number, who it is for
    /// and when by; any other table is the report's own.
    fn table(&mut self, rows: &[Para]) {
        let cells = |row: &Para| row.cells.clone().unwrap_or_default();
        let header = cells(&rows[0]);
        let columns: Vec<TableColumn> = header.iter().map(|h| TableColumn::of(h)).collect();
        let kind = columns.iter().find_map(|c| match c {
            TableColumn::Finding(kind) => Some(kind.clone()),
            _ => None,
        });
        let Some(kind) = kind else {
            for row in rows {
                self.push(
                    Line::new(LineKind::Text, cells(row).join(" | ")),
                    Mark::LeftOut,
                );
            }
            return;
        };
        self.push(Line::new(LineKind::Text, header.join(" | ")), Mark::LeftOut);
        for (index, row) in rows[1..].iter().enumerate() {
            let row = cells(row);
            let cell = |wanted: fn(&TableColumn) -> bool| {
                columns
                    .iter()
                    .zip(&row)
                    .find(|(c, _)| wanted(c))
                    .map(|(_, text)| text.trim().to_owned())
                    .unwrap_or_default()
            };
            let words = cell(|c| matches!(c, TableColumn::Finding(_)));
            if words.is_empty() {
                continue;
            }
            let number = match cell(|c| matches!(c, TableColumn::Number)) {
                n if n.is_empty() => (index + 1).to_string(),
                n => n.trim_end_matches(['.', ')']).to_owned(),
            };
            let label = KIND_NAMES
                .iter()
                .find(|(_, _, k)| k() == kind)
                .map(|(singular, _, _)| capitalised(singular))
                .unwrap_or_else(|| "Recommendation".to_owned());
            self.push(
                Line::new(LineKind::Text, format!("{label} {number}")),
                Mark::NewItem(kind.clone()),
            );
            let said = due_and_addressee(&words);
            self.push(Line::new(LineKind::Text, words), Mark::ItemText);
            let addressee = cell(|c| *c == TableColumn::Addressee);
            if !addressee.is_empty()
                && said
                    .as_ref()
                    .is_none_or(|(_, a)| !a.eq_ignore_ascii_case(&addressee))
            {
                self.push(
                    Line::new(LineKind::Text, format!("Addressed to: {addressee}")),
                    Mark::ItemText,
                );
            }
            let due = cell(|c| *c == TableColumn::Due);
            let due_date = crate::dates::parse_uk(&due);
            if !due.is_empty() && (said.is_none() || due_date != said.as_ref().map(|(d, _)| *d)) {
                self.push(
                    Line::new(LineKind::Text, format!("Due: {due}")),
                    Mark::ItemText,
                );
            }
            for ((column, text), name) in columns.iter().zip(&row).zip(&header) {
                if let TableColumn::Other = column {
                    if !text.trim().is_empty() {
                        self.push(
                            Line::new(LineKind::Text, format!("{name}: {}", text.trim())),
                            Mark::ItemText,
                        );
                    }
                }
            }
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// What a column of a table of findings holds, from its header.
#[derive(Debug, Clone, PartialEq)]
enum TableColumn {
    Number,
    Finding(ItemKind),
    Addressee,
    Due,
    Other,
}

impl TableColumn {
    fn of(header: &str) -> TableColumn {
        let lower = header.trim().trim_end_matches([':', '.']).to_lowercase();
        if ["no", "number", "#", "ref", "reference"].contains(&lower.as_str()) {
            return TableColumn::Number;
        }
        if let Some(Heading::Item {
            kind,
            number,
            rest: None,
        }) = item_heading(header.trim())
        {
            if number.is_empty() {
                return TableColumn::Finding(kind);
            }
        }
        if let Some(Heading::List(kind)) = item_heading(header.trim()) {
            return TableColumn::Finding(kind);
        }
        if [
            "addressed to",
            "to",
            "who",
            "owner",
            "for",
            "responsible",
            "lead",
            "addressee",
        ]
        .contains(&lower.as_str())
        {
            return TableColumn::Addressee;
        }
        if [
            "by",
            "due",
            "date",
            "deadline",
            "by when",
            "timescale",
            "due date",
            "target date",
            "when",
        ]
        .contains(&lower.as_str())
        {
            return TableColumn::Due;
        }
        TableColumn::Other
    }
}

/// Each finding once: of findings with the same kind and number (or, unnumbered, the same
/// words), the one with most words is kept and the others left out.
fn take_each_once(lines: &[Line], marks: &mut [Mark]) {
    let mut spans: Vec<(usize, usize, ItemKind, String, String)> = Vec::new();
    let mut at = 0;
    while at < marks.len() {
        let Mark::NewItem(kind) = &marks[at] else {
            at += 1;
            continue;
        };
        let mut end = at + 1;
        while end < marks.len() && marks[end] == Mark::ItemText {
            end += 1;
        }
        let number = match &lines[at].kind {
            LineKind::Numbered(n) => n.clone(),
            _ => match item_heading(&lines[at].text) {
                Some(Heading::Item { number, .. }) => number,
                _ => String::new(),
            },
        };
        let words: String = lines[at..end]
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let words = words
            .split_whitespace()
            .filter(|w| item_heading(w).is_none())
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        spans.push((at, end, kind.clone(), number.to_lowercase(), words));
        at = end;
    }
    let mut dropped = vec![false; spans.len()];
    for i in 0..spans.len() {
        for j in i + 1..spans.len() {
            let (a, b) = (&spans[i], &spans[j]);
            let same = a.2 == b.2
                && if a.3.is_empty() || b.3.is_empty() {
                    a.4 == b.4
                } else {
                    a.3 == b.3
                        && (a.4.contains(&b.4) || b.4.contains(&a.4) || similar_start(&a.4, &b.4))
                };
            if same && !dropped[i] && !dropped[j] {
                let drop = if b.4.len() > a.4.len() { i } else { j };
                dropped[drop] = true;
            }
        }
    }
    for (span, _) in spans.iter().zip(&dropped).filter(|(_, d)| **d) {
        for mark in &mut marks[span.0..span.1] {
            *mark = Mark::LeftOut;
        }
    }
}

/// Two findings starting with the same words (a summary may shorten the full text).
fn similar_start(a: &str, b: &str) -> bool {
    let words = |t: &str| t.split_whitespace().take(12).collect::<Vec<_>>().join(" ");
    words(a) == words(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headings_section_number_is_not_part_of_its_name() {
        assert_eq!(
            without_section_number("4.2 Areas for improvement"),
            "Areas for improvement"
        );
        assert_eq!(
            without_section_number("3. Recommendations"),
            "Recommendations"
        );
        assert_eq!(without_section_number("2025 in numbers"), "2025 in numbers");
        assert_eq!(
            without_section_number("Recommendation 1"),
            "Recommendation 1"
        );
        assert_eq!(without_section_number("4a By 30 June"), "4a By 30 June");
        assert!(matches!(
            finding_heading(without_section_number("4.2 Areas for improvement")),
            Some(Heading::List(ItemKind::AreaForImprovement))
        ));
        assert!(matches!(
            finding_heading("Our recommendations:"),
            Some(Heading::List(ItemKind::Recommendation))
        ));
    }
}
