//! A document's lines as paragraphs: a paragraph ends where the spacing opens, the type
//! changes, a list's next bullet starts, or a line stops short of the column's edge with room
//! for the next line's first word. A paragraph carried over a column's or a page's foot goes on
//! with the next column's first line.

use std::collections::HashMap;

use super::document::Document;
use super::furniture;
use super::layout::{self, Region, Segment};
use super::text::{self, Vocabulary};

#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: String,
    pub lines: Vec<String>,
    pub page: usize,
    /// Where its first line starts, and where its lines reach at most.
    pub x0: f32,
    pub right: f32,
    pub size: f32,
    pub font: u32,
    /// It starts with a bullet or a number set apart from its words.
    pub marker: bool,
    /// Printed in a frame beside the main text.
    pub aside: bool,
    /// A row of a table: its cells.
    pub cells: Option<Vec<String>>,
    last: Option<Segment>,
}

/// The type most of the document is set in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Body {
    pub size: f32,
    pub font: u32,
}

pub fn read(document: &Document) -> (Vec<Para>, Body) {
    let pages: Vec<Vec<Segment>> = document
        .pages
        .iter()
        .enumerate()
        .map(|(index, page)| layout::segments(page, index))
        .collect();
    let body = body_type(&pages);
    let heights: Vec<f32> = document.pages.iter().map(|p| p.height).collect();
    let pages = furniture::remove(pages, &heights, body.size);
    let regions: Vec<Region> = pages.into_iter().flat_map(layout::regions).collect();
    let leading = leading(&regions);
    let mut paras: Vec<Para> = Vec::new();
    // The paragraph the next column may carry on.
    let mut open: Option<usize> = None;
    // The table the next page may carry on: its last row, where its columns start, its page.
    let mut open_table: Option<(usize, Vec<f32>, usize)> = None;
    for region in regions {
        let mut flow = match region {
            Region::Table { rows, starts, page } => {
                open = None;
                for cells in rows {
                    paras.push(Para {
                        text: cells.join(" "),
                        lines: Vec::new(),
                        page,
                        x0: 0.0,
                        right: 0.0,
                        size: body.size,
                        font: body.font,
                        marker: false,
                        aside: false,
                        cells: Some(cells),
                        last: None,
                    });
                }
                open_table = Some((paras.len() - 1, starts, page));
                continue;
            }
            Region::Flow(flow) => flow,
        };
        // A row broken by the page's foot goes on at the top of the next page, in its columns.
        if let Some((row, starts, page)) = open_table.take() {
            let carried = flow
                .segments
                .iter()
                .take_while(|s| {
                    s.page > page && starts.iter().skip(1).any(|x| (s.x0 - x).abs() <= 2.5)
                })
                .count();
            for segment in flow.segments.drain(..carried) {
                let column = starts
                    .iter()
                    .rposition(|x| segment.x0 >= x - 2.5)
                    .unwrap_or(0);
                if let Some(cell) = paras[row]
                    .cells
                    .as_mut()
                    .and_then(|cells| cells.get_mut(column))
                {
                    text::join_line(cell, &segment.text);
                }
            }
            if let Some(cells) = &paras[row].cells {
                paras[row].text = cells.join(" ");
            }
        }
        let mut current: Option<usize> = None;
        for segment in flow.segments {
            let joins = match current {
                Some(at) => continues(&paras[at], &segment, leading),
                None => open
                    .filter(|_| !flow.aside)
                    .is_some_and(|at| carries_over(&paras[at], &segment)),
            };
            let at = match (joins, current.or(if flow.aside { None } else { open })) {
                (true, Some(at)) => {
                    let para = &mut paras[at];
                    let last = para.last.as_ref().expect("a paragraph has a line");
                    if (last.y - segment.y).abs() <= 0.3 * segment.size {
                        // The same baseline, apart: words set wide, as a spaced heading is.
                        let line = para.lines.last_mut().expect("a line");
                        line.push_str("  ");
                        line.push_str(&segment.text);
                    } else {
                        para.lines.push(segment.text.clone());
                    }
                    // Carried into another column, the paragraph's lines reach that column's edge.
                    para.right = match current {
                        Some(_) => para.right.max(segment.x1),
                        None => segment.x1,
                    };
                    para.last = Some(segment);
                    at
                }
                _ => {
                    paras.push(Para {
                        text: String::new(),
                        lines: vec![segment.text.clone()],
                        page: segment.page,
                        x0: segment.x0,
                        right: segment.x1,
                        size: segment.size,
                        font: segment.font,
                        marker: segment.marker,
                        aside: flow.aside,
                        cells: None,
                        last: Some(segment),
                    });
                    paras.len() - 1
                }
            };
            current = Some(at);
        }
        if !flow.aside {
            open = current.or(open);
        }
    }
    let vocabulary = Vocabulary::of(
        paras
            .iter()
            .flat_map(|p| p.lines.iter().map(String::as_str)),
    );
    for para in &mut paras {
        if para.cells.is_none() {
            let lines: Vec<String> = para.lines.iter().map(|line| text::unspaced(line)).collect();
            para.text = text::join(&lines, &vocabulary);
        }
    }
    paras.retain(|para| !para.text.trim().is_empty());
    (paras, body)
}

/// The size and font most characters are set in.
fn body_type(pages: &[Vec<Segment>]) -> Body {
    let mut counts: HashMap<(i32, u32), usize> = HashMap::new();
    for segment in pages.iter().flatten() {
        *counts
            .entry(((segment.size * 2.0).round() as i32, segment.font))
            .or_default() += segment.text.chars().count();
    }
    let ((size, font), _) = counts
        .into_iter()
        .max_by_key(|(key, count)| (*count, std::cmp::Reverse(*key)))
        .unwrap_or(((22, 0), 0));
    Body {
        size: size as f32 / 2.0,
        font,
    }
}

/// How far apart a paragraph's lines are, for their size: the commonest spacing in the flows.
fn leading(regions: &[Region]) -> f32 {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for region in regions {
        let Region::Flow(flow) = region else { continue };
        for pair in flow.segments.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let pitch = a.y - b.y;
            if (a.size - b.size).abs() < 0.5 && pitch > 0.9 * a.size && pitch < 3.0 * a.size {
                *counts
                    .entry((pitch / a.size * 20.0).round() as i32)
                    .or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(ratio, count)| (*count, std::cmp::Reverse(*ratio)))
        .map_or(1.3, |(ratio, _)| ratio as f32 / 20.0)
}

/// Whether the next segment of the same column goes on with the paragraph.
fn continues(para: &Para, next: &Segment, leading: f32) -> bool {
    let Some(last) = &para.last else { return false };
    let pitch = last.y - next.y;
    if pitch.abs() <= 0.3 * next.size {
        return true;
    }
    if pitch < 0.0 || pitch > leading * next.size * 1.3 + 1.0 {
        return false;
    }
    if next.marker || !same_type(last, next) {
        return false;
    }
    let indent = next.x0 - last.x0;
    if indent > 0.8 * next.size && !para.marker {
        return false;
    }
    if indent < -0.8 * next.size && para.lines.len() > 1 {
        return false;
    }
    !stops_short(para, last, next)
}

fn same_type(a: &Segment, b: &Segment) -> bool {
    a.font == b.font && (a.size - b.size).abs() <= 0.08 * a.size.max(b.size)
}

/// The line ends with room left for the next line's first word: the writer ended it there.
fn stops_short(para: &Para, last: &Segment, next: &Segment) -> bool {
    let right = para.right.max(next.x1);
    let chars = next.text.chars().count().max(1) as f32;
    let per_char = (next.x1 - next.x0) / chars;
    let first_word = next.text.split(' ').next().unwrap_or("").chars().count() as f32;
    last.x1 + per_char * (first_word + 1.0) < right - 1.0
}

/// Whether the first line of a column or page carries on the paragraph the last one ended.
fn carries_over(para: &Para, next: &Segment) -> bool {
    let Some(last) = &para.last else { return false };
    if next.marker || para.cells.is_some() || !same_type(last, next) {
        return false;
    }
    let ended = last
        .text
        .trim_end_matches(['"', '”', '’', ')', ' '])
        .ends_with(['.', ':', '!', '?']);
    // A line that reaches the column's edge, and is a line of prose rather than a heading.
    let long = para.lines.len() > 1 || last.x1 - last.x0 > 15.0 * last.size;
    let full = last.x1 >= para.right - 2.0 * last.size && long;
    !ended && (full || last.text.ends_with(layout::is_hyphen))
}
