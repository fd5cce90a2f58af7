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

/// A header row: at least two short cells with names, one of them an item's kind. Empty
/// cells at the end (a line ending in a tab, as Word leaves them) name no column; an empty
/// cell before the names is a column (of numbers, say) only in a row that names two, so a
/// heading indented with a tab is no header.
fn header(cells: &[&str]) -> Option<Vec<Column>> {
    let named = cells
        .iter()
        .rposition(|cell| !cell.trim().is_empty())
        .map_or(0, |last| last + 1);
    let cells = &cells[..named];
    let short = cells
        .iter()
        .all(|cell| cell.split_whitespace().count() <= 5);
    let mut columns: Vec<Column> = cells.iter().map(|cell| column(cell)).collect();
    // A first column without a name is the items' numbers, as a "No." left blank.
    if cells.first().is_some_and(|cell| cell.trim().is_empty()) {
        columns[0] = Column::Number;
    }
    let names_items = columns.iter().any(|c| matches!(c, Column::Item(_)));
    let names = cells.iter().filter(|cell| !cell.trim().is_empty()).count();
    (short && names_items && names >= 2).then_some(columns)
}

/// Words that name a column of answers in a header.
const ANSWER_WORDS: [&str; 7] = [
    "response", "comment", "update", "position", "action", "progress", "reply",
];

/// A header written one cell a line, as a table copied from a word processor often pastes:
/// two to six short lines in a row, naming an item's kind and at least one kind of answer.
fn header_lines(lines: &[&str]) -> Option<Vec<Column>> {
    let mut columns = Vec::new();
    for line in lines.iter().take(6) {
        let line = line.trim();
        let words = line.split_whitespace().count();
        if line.is_empty() || words > 4 || (line.ends_with('.') && words > 1) {
            break;
        }
        // A column's name is words: letters, not figures or marks alone.
        let a_name =
            line.chars().any(char::is_alphabetic) && !line.chars().any(|c| c.is_ascii_digit());
        let a_number = line.trim_end_matches(['.', ')']).parse::<u32>().is_ok();
        if !a_name && !a_number {
            break;
        }
        let column = column(line);
        let answer = matches!(&column, Column::Answer(name)
            if ANSWER_WORDS.iter().any(|word| name.to_lowercase().contains(word)));
        // Past the findings' column and an answer's, any short name is a column ("Notes",
        // "Owner"); a number starts the first row.
        let named = columns.iter().any(|c| matches!(c, Column::Item(_)))
            && columns.iter().any(|c| matches!(c, Column::Answer(_)));
        let known = answer || matches!(column, Column::Item(_) | Column::Number);
        if a_number || !(known || named) {
            break;
        }
        columns.push(column);
    }
    let items = columns
        .iter()
        .filter(|c| matches!(c, Column::Item(_)))
        .count();
    let answers = columns
        .iter()
        .filter(|c| matches!(c, Column::Answer(_)))
        .count();
    (columns.len() >= 2 && items == 1 && answers >= 1).then_some(columns)
}

/// Rows written one cell a line under `columns`: as many whole rows as follow, each row's
/// item cell a finding (words, not another label).
fn rows_one_cell_a_line<'a>(columns: &[Column], lines: &[&'a str]) -> Vec<Vec<&'a str>> {
    let width = columns.len();
    let mut rows = Vec::new();
    for group in lines.chunks(width) {
        if group.len() < width || group.iter().any(|cell| cell.trim().is_empty()) {
            break;
        }
        let fits = columns
            .iter()
            .zip(group)
            .all(|(column, cell)| match column {
                Column::Number => cell
                    .trim()
                    .trim_end_matches(['.', ')'])
                    .parse::<u32>()
                    .is_ok(),
                Column::Item(_) => cell.split_whitespace().count() >= 4,
                Column::Answer(_) => true,
            });
        if !fits {
            break;
        }
        rows.push(group.to_vec());
    }
    rows
}

/// The text with each table under a header row written as labelled lines; every other line
/// as it was.
pub fn unfold(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut at = 0;
    while at < lines.len() {
        if let Some(columns) = header_lines(&lines[at..]) {
            let rows = rows_one_cell_a_line(&columns, &lines[at + columns.len()..]);
            if !rows.is_empty() {
                at += columns.len() * (rows.len() + 1);
                for (index, cells) in rows.iter().enumerate() {
                    out.extend(row(&columns, cells, index + 1));
                    out.push(String::new());
                }
                continue;
            }
        }
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

/// A cell that holds an item's number: short, with a figure in it.
fn is_number(cell: &str) -> bool {
    cell.chars().count() <= 6 && cell.chars().any(|c| c.is_ascii_digit()) && !cell.contains(' ')
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
            // A number as written ("3", "3a", "R3."); anything longer is kept with the answers.
            Some(Column::Number) if is_number(cell) => {
                number = cell.trim_end_matches(['.', ')']).to_owned()
            }
            // "AFI 3", "Recommendation 3": its number (the kind is the column's).
            Some(Column::Number) => match super::words::item_heading(cell) {
                Some(super::words::Heading::Item {
                    number: written,
                    rest: None,
                    ..
                }) if !written.is_empty() => number = written,
                _ if !cell.is_empty() => answers.push(cell.to_owned()),
                _ => {}
            },
            Some(Column::Item(named)) => {
                kind = named.clone();
                words = cell.to_owned();
            }
            // Under no header, the words are kept as they are.
            Some(Column::Answer(header)) if header.is_empty() && !cell.is_empty() => {
                answers.push(cell.to_owned())
            }
            Some(Column::Answer(header)) if !cell.is_empty() => {
                // The answer starts under a label the reader knows; each column keeps its
                // header, so no word of the table is lost.
                let labelled = format!("{header}: {cell}");
                if answers.is_empty() && super::words::response_marker(&labelled).is_none() {
                    answers.push("Response".to_owned());
                }
                answers.push(labelled);
            }
            Some(Column::Answer(_)) => {}
            // A cell beyond the header's columns is kept with the answers.
            None if !cell.is_empty() => answers.push(cell.to_owned()),
            None => {}
        }
    }
    // "Recommendation 1: The force should…": the item's own heading in its cell.
    if let Some(super::words::Heading::Item {
        kind: named,
        number: written,
        rest,
    }) = super::words::item_heading(&words)
    {
        kind = named.label().to_owned();
        if !written.is_empty() {
            number = written;
        }
        words = rest.unwrap_or_default();
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
            "Intro\nRecommendation 1\nDo it.\nForce response: Done.\nPCC comment: Good.\n\nRecommendation 2\nDo more.\nPCC comment: Watching.\n\nEnd"
        );
    }

    #[test]
    fn a_heading_that_ends_or_starts_with_a_tab_is_no_tables_header() {
        // Word leaves a tab at the end of a line: the cell after it is empty, not a column.
        let text = "Areas for improvement\t\n\u{2022} The force should act.\t\nResponse: Done.\t";
        assert_eq!(unfold(text), text);
        // Nor is a heading indented with one.
        let text = "\tRecommendations\n\tThe force should act.\n\tResponse: Done.";
        assert_eq!(unfold(text), text);
        // A real header may still start or end with an empty cell: a first column without a
        // name holds the items' numbers, as they are written.
        let text = "\tRecommendation\tResponse\n1\tDo it.\tDone.\nAFI 2\tDo more.\tStarted.\nSee\tAnd this.\t";
        assert_eq!(
            unfold(text),
            "Recommendation 1\nDo it.\nResponse: Done.\n\nRecommendation 2\nDo more.\nResponse: Started.\n\nRecommendation 3\nAnd this.\nSee\n"
        );
        let text = "Recommendation\tResponse\t\nDo it.\tDone.\t";
        assert_eq!(unfold(text), "Recommendation 1\nDo it.\nResponse: Done.\n");
    }

    #[test]
    fn a_table_one_cell_a_line_is_read_row_by_row_until_a_row_does_not_fit() {
        let text = "No.\nRecommendation\nResponse\n1\nThe force should act now.\nDone.\n2\nThe force should do more.\nStarted.\nThanks to all.";
        assert_eq!(
            unfold(text),
            "Recommendation 1\nThe force should act now.\nResponse: Done.\n\nRecommendation 2\nThe force should do more.\nResponse: Started.\n\nThanks to all."
        );
        // A heading and a response label with words under them are no table.
        let text = "Recommendation\nResponse\nDone.";
        assert_eq!(unfold(text), text);
    }

    #[test]
    fn tabs_without_a_header_naming_items_are_left_as_they_are() {
        let text = "Recommendation (1):\tThe force should act.\nResponse:\tIt has.";
        assert_eq!(unfold(text), text);
    }
}
