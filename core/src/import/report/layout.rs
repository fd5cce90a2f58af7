//! Positioned text as the page is read: items into lines by their baselines, lines into
//! columns, tables and boxes by where they sit, and the columns in reading order. The order
//! a PDF stores its text in is not the order it is read in (a sidebar may come first, two
//! columns may be stored across), so only positions are trusted.

use super::document::{Item, Page};

/// Text on one baseline, without a wide gap in it: a line of a column, or one cell's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub text: String,
    pub x0: f32,
    pub x1: f32,
    pub y: f32,
    pub size: f32,
    pub font: u32,
    pub page: usize,
    /// It starts with a bullet or a number set apart from its words, as lists are.
    pub marker: bool,
}

/// A run of segments read one after the other: a column of a page, or a frame beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub segments: Vec<Segment>,
    /// A narrow frame beside the main text, read after it.
    pub aside: bool,
}

/// What a page holds, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Region {
    Flow(Flow),
    /// A table's rows, each its cells' text, and where its columns start.
    Table {
        rows: Vec<Vec<String>>,
        starts: Vec<f32>,
        page: usize,
    },
}

/// Characters a word processor sets as one glyph, written out.
fn without_ligatures(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{a0}' | '\u{2007}' | '\u{202f}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A hyphen a line may end with, by whichever character the producer chose.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{ad}')
}

/// The items of a page as segments, top to bottom and left to right along each line; items
/// marked as furniture, set at an angle, or raised as footnote markers are left out.
pub fn segments(page: &Page, page_index: usize) -> Vec<Segment> {
    let mut items: Vec<&Item> = page
        .items
        .iter()
        .filter(|item| !item.artifact && !item.rotated && item.size > 0.5)
        // A damaged PDF may place text nowhere: only what is on the page is read.
        .filter(|item| {
            [item.x, item.y, item.size, item.width]
                .iter()
                .all(|n| n.is_finite() && n.abs() < 100_000.0)
                && item.width >= 0.0
        })
        .filter(|item| !item.text.is_empty())
        .collect();
    items.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Item>> = Vec::new();
    for item in items {
        let joins = rows.last().is_some_and(|row| {
            let (y, size) = (row[0].y, row[0].size);
            (y - item.y).abs() <= 0.3 * size.min(item.size)
        });
        match rows.last_mut() {
            Some(row) if joins => row.push(item),
            _ => rows.push(vec![item]),
        }
    }
    let rows = without_raised_markers(rows);
    let mut out = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        out.extend(split_row(&row, page_index));
    }
    out
}

/// Small text raised above a line is a footnote's marker ("¹", "*"), which is no part of the
/// words; other raised text ("1st") is kept in its line.
fn without_raised_markers(rows: Vec<Vec<&Item>>) -> Vec<Vec<&Item>> {
    let mut out: Vec<Vec<&Item>> = Vec::with_capacity(rows.len());
    let mut pending: Vec<&Item> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let below = rows.get(index + 1);
        let raised = below.is_some_and(|below| {
            let size = below.iter().map(|i| i.size).fold(0.0, f32::max);
            let lift = row[0].y - below[0].y;
            row.iter().all(|i| i.size <= 0.8 * size) && lift > 0.0 && lift < 0.7 * size
        });
        if raised {
            pending.extend(
                row.iter()
                    .filter(|item| !is_note_marker(item.text.trim()))
                    .copied(),
            );
            continue;
        }
        let mut row = row.clone();
        row.append(&mut pending);
        out.push(row);
    }
    out
}

fn is_note_marker(text: &str) -> bool {
    !text.is_empty()
        && text.chars().count() <= 4
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || "*†‡§¶,".contains(c) || c.is_whitespace())
}

/// A bullet, or a list's number or letter ("1.", "4a)", "(b)", "ii."), alone.
pub fn is_list_marker(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() == 1 {
        return text
            .chars()
            .all(|c| "•●▪■◦○‣⁃–—-*·§o\u{f0b7}\u{f0a7}\u{f0d8}\u{2043}".contains(c));
    }
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| text.strip_suffix(['.', ')']))
        .unwrap_or("");
    let digits = inner.chars().take_while(char::is_ascii_digit).count();
    let rest = &inner[digits..];
    let numbered = (1..=3).contains(&digits) && rest.chars().count() <= 1;
    let lettered =
        digits == 0 && rest.chars().count() == 1 && rest.chars().all(|c| c.is_ascii_lowercase());
    let roman = digits == 0
        && (1..=4).contains(&rest.len())
        && rest.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    numbered || lettered || roman
}

/// One baseline's items as segments: a gap wider than about a word space's few times apart is
/// the edge of a column or a cell. A bullet or number set apart from its words joins them.
fn split_row(row: &[&Item], page: usize) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut last_end = f32::NEG_INFINITY;
    let content: Vec<&Item> = row
        .iter()
        .filter(|item| !item.text.trim().is_empty())
        .copied()
        .collect();
    for (index, item) in content.iter().enumerate() {
        let text = without_ligatures(&item.text);
        let gap = item.x - last_end;
        let size = item.size;
        let last = index + 1 == content.len();
        let apart = gap > 0.8 * size.max(out.last().map_or(0.0, |s| s.size));
        match out.last_mut() {
            Some(segment) if !apart => {
                // A hyphen ending the line follows its word with no space, whatever gap the
                // justification left.
                let hyphen_at_end = last && text.trim().chars().all(is_hyphen);
                let space = if hyphen_at_end || segment.text.ends_with(' ') || text.starts_with(' ')
                {
                    ""
                } else if gap > 0.5 * size {
                    "  "
                } else if gap > 0.15 * size {
                    " "
                } else {
                    ""
                };
                segment.text.push_str(space);
                segment.text.push_str(&text);
                segment.x1 = segment.x1.max(item.x + item.width);
                // The line's font is the one most of its words are in.
                if text.trim().chars().count() > 3 {
                    segment.font = item.font;
                }
                segment.size = segment.size.max(size);
            }
            Some(segment)
                if segment.text.trim().chars().count() <= 4
                    && is_list_marker(&segment.text)
                    && !segment.marker
                    && gap < 4.0 * size =>
            {
                segment.text = format!("{} {}", segment.text.trim(), text.trim_start());
                segment.x1 = item.x + item.width;
                segment.font = item.font;
                segment.size = segment.size.max(size);
                segment.marker = true;
            }
            _ => out.push(Segment {
                text,
                x0: item.x,
                x1: item.x + item.width,
                y: item.y,
                size,
                font: item.font,
                page,
                marker: false,
            }),
        }
        last_end = item.x + item.width;
    }
    for segment in &mut out {
        segment.text = segment.text.trim().to_owned();
        if !segment.marker {
            let first = segment.text.split(' ').next().unwrap_or("");
            segment.marker = first.chars().count() == 1
                && is_list_marker(first)
                && !first.chars().all(|c| c == '-' || c == '–' || c == '—');
        }
    }
    out.retain(|segment| !segment.text.is_empty());
    out
}

/// Where columns start on the page: an x at which several segments start with other text
/// beside them, to their left, at the same height. A page has a few columns, or a table a
/// dozen: past that, the starts are not columns.
fn gutters(rows: &[Vec<Segment>]) -> Vec<f32> {
    let leftmost_end = |row: &Vec<Segment>| row.iter().map(|s| s.x1).fold(f32::INFINITY, f32::min);
    let ends: Vec<f32> = rows.iter().map(leftmost_end).collect();
    let mut starts: Vec<f32> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        for segment in row {
            let beside = (index.saturating_sub(1)..(index + 2).min(rows.len())).any(|near| {
                (rows[near][0].y - segment.y).abs() < 0.6 * rows[near][0].size.max(segment.size)
                    && ends[near] < segment.x0 - 0.3 * segment.size
            });
            if beside {
                starts.push(segment.x0);
            }
        }
    }
    starts.sort_by(f32::total_cmp);
    let mut gutters: Vec<(f32, usize)> = Vec::new();
    let mut at = 0;
    while at < starts.len() {
        let mut end = at;
        while end + 1 < starts.len() && starts[end + 1] - starts[at] <= 2.5 {
            end += 1;
        }
        if end > at {
            gutters.push((starts[at], end - at + 1));
        }
        at = end + 1;
    }
    if gutters.len() > MOST_COLUMNS {
        gutters.sort_by_key(|g| std::cmp::Reverse(g.1));
        gutters.truncate(MOST_COLUMNS);
        gutters.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    gutters.into_iter().map(|(x, _)| x).collect()
}

const MOST_COLUMNS: usize = 12;

/// The page's segments in reading order: bands between lines that run across a gutter, each
/// band's columns left to right, a table's rows as rows, frames beside the text after it.
pub fn regions(segments: Vec<Segment>) -> Vec<Region> {
    // Rows: segments on one baseline, top to bottom.
    let mut rows: Vec<Vec<Segment>> = Vec::new();
    for segment in segments {
        match rows.last_mut() {
            Some(row) if (row[0].y - segment.y).abs() <= 0.3 * row[0].size.min(segment.size) => {
                row.push(segment)
            }
            _ => rows.push(vec![segment]),
        }
    }
    let gutters = gutters(&rows);
    let crosses =
        |segment: &Segment, gutter: f32| segment.x0 < gutter - 1.5 && segment.x1 > gutter + 1.5;
    let starts_at = |segment: &Segment, gutter: f32| (segment.x0 - gutter).abs() <= 2.5;
    let used_in = |band: &[Vec<Segment>]| -> Vec<usize> {
        (0..gutters.len())
            .filter(|&g| {
                band.iter()
                    .flatten()
                    .any(|segment| starts_at(segment, gutters[g]))
            })
            .collect()
    };
    let mut bands: Vec<Vec<Vec<Segment>>> = Vec::new();
    let mut band: Vec<Vec<Segment>> = Vec::new();
    for row in rows {
        let used = used_in(&band);
        if used
            .iter()
            .any(|&g| row.iter().any(|segment| crosses(segment, gutters[g])))
        {
            bands.push(std::mem::take(&mut band));
        }
        // A column that starts here ends the band above at the last line running across it.
        for (g, &gutter) in gutters.iter().enumerate() {
            if used.contains(&g) || !row.iter().any(|segment| starts_at(segment, gutter)) {
                continue;
            }
            if let Some(last) = band
                .iter()
                .rposition(|r| r.iter().any(|s| crosses(s, gutter)))
            {
                let rest = band.split_off(last + 1);
                bands.push(std::mem::replace(&mut band, rest));
            }
        }
        band.push(row);
    }
    bands.push(band);
    let bands: Vec<(Vec<usize>, Vec<Vec<Segment>>)> = bands
        .into_iter()
        .map(|band| (used_in(&band), band))
        .collect();
    let mut out = Vec::new();
    let mut asides = Vec::new();
    for (mut used, rows) in bands {
        if rows.is_empty() {
            continue;
        }
        used.sort_unstable();
        let edges: Vec<f32> = used.iter().map(|&g| gutters[g]).collect();
        let column_of = |segment: &Segment| {
            edges
                .iter()
                .filter(|&&edge| segment.x0 >= edge - 2.5)
                .count()
        };
        let mut columns: Vec<Vec<Segment>> = vec![Vec::new(); edges.len() + 1];
        for row in &rows {
            for segment in row {
                columns[column_of(segment)].push(segment.clone());
            }
        }
        columns.retain(|column| !column.is_empty());
        if columns.len() >= 3 {
            let starts = columns
                .iter()
                .map(|c| c.iter().map(|s| s.x0).fold(f32::INFINITY, f32::min))
                .collect();
            let page = columns[0][0].page;
            out.push(Region::Table {
                rows: table_rows(&columns),
                starts,
                page,
            });
            continue;
        }
        let width = |column: &Vec<Segment>| {
            let left = column.iter().map(|s| s.x0).fold(f32::INFINITY, f32::min);
            let right = column.iter().map(|s| s.x1).fold(0.0, f32::max);
            right - left
        };
        match columns.as_slice() {
            [left, right] if width(right) < 0.6 * width(left) => {
                out.push(Region::Flow(Flow {
                    segments: left.clone(),
                    aside: false,
                }));
                asides.push(Region::Flow(Flow {
                    segments: right.clone(),
                    aside: true,
                }));
            }
            [left, right] if width(left) < 0.6 * width(right) => {
                asides.push(Region::Flow(Flow {
                    segments: left.clone(),
                    aside: true,
                }));
                out.push(Region::Flow(Flow {
                    segments: right.clone(),
                    aside: false,
                }));
            }
            _ => out.extend(columns.into_iter().map(|segments| {
                Region::Flow(Flow {
                    segments,
                    aside: false,
                })
            })),
        }
    }
    out.extend(asides);
    out
}

/// A table's columns as rows of cells. A row starts where several columns start a cell at
/// the same height: the first line of a cell after a gap wider than a line's spacing.
fn table_rows(columns: &[Vec<Segment>]) -> Vec<Vec<String>> {
    let mut starts: Vec<f32> = Vec::new();
    for column in columns {
        for (index, segment) in column.iter().enumerate() {
            let first = index == 0 || column[index - 1].y - segment.y > 1.45 * segment.size;
            if first {
                starts.push(segment.y);
            }
        }
    }
    starts.sort_by(|a, b| b.total_cmp(a));
    let mut rows: Vec<f32> = Vec::new();
    let mut at = 0;
    while at < starts.len() {
        let mut end = at;
        while end + 1 < starts.len() && starts[at] - starts[end + 1] <= 2.0 {
            end += 1;
        }
        if end > at || columns.len() == 1 {
            rows.push(starts[at]);
        }
        at = end + 1;
    }
    if rows.is_empty() {
        return Vec::new();
    }
    let mut cells = vec![vec![String::new(); columns.len()]; rows.len()];
    for (c, column) in columns.iter().enumerate() {
        for segment in column {
            let row = rows
                .iter()
                .rposition(|&top| top >= segment.y - 2.0)
                .unwrap_or(0);
            let cell = &mut cells[row][c];
            super::text::join_line(cell, &segment.text);
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_as_word_processors_set_them() {
        // Word's bullets in Symbol and Wingdings fonts come out as private-use characters, or
        // as the letters those fonts put in their place.
        for marker in [
            "•", "\u{f0b7}", "\u{f0a7}", "§", "o", "–", "1.", "12)", "4a.", "(b)", "ii.", "a)",
        ] {
            assert!(is_list_marker(marker), "{marker}");
        }
        for text in ["2025.", "In", "1.5", "The", "(see", "1234."] {
            assert!(!is_list_marker(text), "{text}");
        }
    }
}
