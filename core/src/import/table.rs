//! Tables pasted as text: from a spreadsheet or a web page, each row a line with its cells
//! apart by tabs. A header row says what each column holds ("Recommendation", "Force
//! response", "PCC comment"); each row below becomes the item and its answers as labelled
//! lines, which the reader then reads as it reads any response. No cell is ever dropped: a
//! column that is not the item's number or words is part of the answer, under its header.

use super::words::KIND_NAMES;

/// What a column of the table holds, from its header.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    Number,
    /// The item's words; the header names its kind.
    Item(String),
    /// An answer, under its header.
    Answer(String),
}

fn column(header: &str) -> Column {
    let lower = header.trim().trim_end_matches(['.', ':']).to_lowercase();
    if matches!(
        lower.as_str(),
        "no" | "number" | "#" | "ref" | "reference" | "item"
    ) {
        return Column::Number;
    }
    for (singular, plural, _) in KIND_NAMES {
        if lower == singular || lower == plural {
            let mut chars = singular.chars();
            let kind = chars
                .next()
                .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
                .unwrap_or_default();
            return Column::Item(kind);
        }
    }
    Column::Answer(header.trim().trim_end_matches(':').to_owned())
}

/// A header row: short cells, one of them naming an item's kind.
fn header(cells: &[&str]) -> Option<Vec<Column>> {
    let short = cells
        .iter()
        .all(|cell| cell.split_whitespace().count() <= 5);
    let columns: Vec<Column> = cells.iter().map(|cell| column(cell)).collect();
    let names_items = columns.iter().any(|c| matches!(c, Column::Item(_)));
    (short && names_items && cells.len() >= 2).then_some(columns)
}

/// The text with each table under a header row written as labelled lines; every other line
/// as it was.
pub fn unfold(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut at = 0;
    while at < lines.len() {
        let cells: Vec<&str> = lines[at].split('\t').collect();
        let Some(columns) = header(&cells) else {
            out.push(lines[at].to_owned());
            at += 1;
            continue;
        };
        at += 1;
        let mut count = 0;
        while at < lines.len() && lines[at].contains('\t') {
            count += 1;
            out.extend(row(
                &columns,
                &lines[at].split('\t').collect::<Vec<_>>(),
                count,
            ));
            out.push(String::new());
            at += 1;
        }
        if count == 0 {
            // A header with no rows under it is only a line of text.
            out.push(lines[at - 1].replace('\t', " "));
        }
    }
    out.join("\n")
}

/// One row of the table as the lines of an item: its heading and words, then its answers.
fn row(columns: &[Column], cells: &[&str], count: usize) -> Vec<String> {
    let mut number = String::new();
    let mut kind = String::from("Recommendation");
    let mut words = String::new();
    let mut answers: Vec<String> = Vec::new();
    for (index, cell) in cells.iter().enumerate() {
        let cell = cell.trim();
        match columns.get(index) {
            Some(Column::Number) => number = cell.trim_end_matches(['.', ')']).to_owned(),
            Some(Column::Item(named)) => {
                kind = named.clone();
                words = cell.to_owned();
            }
            Some(Column::Answer(header)) if !cell.is_empty() => {
                let label = if answers.is_empty() {
                    "Response"
                } else {
                    header
                };
                answers.push(format!("{label}: {cell}"));
            }
            Some(Column::Answer(_)) => {}
            // A cell beyond the header's columns is kept with the answers.
            None if !cell.is_empty() => answers.push(cell.to_owned()),
            None => {}
        }
    }
    // "1. The force should…": the number written in the item's own cell.
    if number.is_empty() {
        let digits: String = words.chars().take_while(char::is_ascii_digit).collect();
        let rest = words[digits.len()..].trim_start_matches(['.', ')', ':']);
        if !digits.is_empty() && rest.starts_with(' ') {
            number = digits;
            words = rest.trim_start().to_owned();
        }
    }
    if number.is_empty() {
        number = count.to_string();
    }
    let mut lines = vec![format!("{kind} {number}"), words];
    lines.extend(answers);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_with_a_header_becomes_items_with_every_cell_kept() {
        let text = "Intro\nNo.\tRecommendation\tForce response\tPCC comment\n1\tDo it.\tDone.\tGood.\n2\tDo more.\t\tWatching.\nEnd";
        assert_eq!(
            unfold(text),
            "Intro\nRecommendation 1\nDo it.\nResponse: Done.\nPCC comment: Good.\n\nRecommendation 2\nDo more.\nResponse: Watching.\n\nEnd"
        );
    }

    #[test]
    fn tabs_without_a_header_naming_items_are_left_as_they_are() {
        let text = "Recommendation (1):\tThe force should act.\nResponse:\tIt has.";
        assert_eq!(unfold(text), text);
    }
}
