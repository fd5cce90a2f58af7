//! What is printed on every page and is no part of the report's text: running heads and feet,
//! page numbers, and the footnotes at a page's foot. A PDF that marks these as artifacts has
//! had them taken out already; the rest are found by where they are and that they repeat.

use std::collections::HashMap;

use super::layout::Segment;

/// The share of the page's height at its top and foot where furniture is printed.
const EDGE: f32 = 0.1;

/// Each page's segments without its furniture.
pub fn remove(pages: Vec<Vec<Segment>>, heights: &[f32], body_size: f32) -> Vec<Vec<Segment>> {
    let at_edge = |segment: &Segment| {
        let height = heights[segment.page];
        segment.y > height * (1.0 - EDGE) || segment.y < height * EDGE
    };
    // Text met at a page's edge on other pages too, its figures aside ("Page 3", "PEEL 2025").
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for page in &pages {
        for (segment, outer) in page.iter().zip(outermost(page)) {
            if outer && at_edge(segment) {
                let pages = seen.entry(shape(&segment.text)).or_default();
                if pages.last() != Some(&segment.page) {
                    pages.push(segment.page);
                }
            }
        }
    }
    let repeated = |segment: &Segment| {
        seen.get(&shape(&segment.text))
            .is_some_and(|pages| pages.len() >= 2)
    };
    pages
        .into_iter()
        .map(|page| {
            let outer = outermost(&page);
            let kept: Vec<Segment> = page
                .into_iter()
                .zip(outer)
                .filter(|(segment, outer)| {
                    let furniture = *outer
                        && at_edge(segment)
                        && (is_page_number(&segment.text) || repeated(segment));
                    !furniture
                })
                .map(|(segment, _)| segment)
                .collect();
            without_footnotes(kept, body_size)
        })
        .collect()
}

/// Which of a page's segments are on its two highest and two lowest baselines.
fn outermost(page: &[Segment]) -> Vec<bool> {
    let mut baselines: Vec<f32> = page.iter().map(|s| s.y).collect();
    baselines.sort_by(|a, b| b.total_cmp(a));
    baselines.dedup_by(|a, b| (*a - *b).abs() < 1.0);
    let top: Vec<f32> = baselines.iter().take(2).copied().collect();
    let bottom: Vec<f32> = baselines.iter().rev().take(2).copied().collect();
    page.iter()
        .map(|s| top.iter().chain(&bottom).any(|y| (s.y - y).abs() < 1.0))
        .collect()
}

/// Text with its figures as one mark, so that "Page 3" and "Page 4" are the same furniture.
fn shape(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// "12", "Page 12", "12 of 40", "- 12 -", "xii".
pub fn is_page_number(text: &str) -> bool {
    let text = text
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let lower = text.to_lowercase();
    let text = lower
        .strip_prefix("page")
        .map(str::trim_start)
        .unwrap_or(&lower);
    let number = text.split(" of ").next().unwrap_or(text).trim();
    let arabic = (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    let roman = (1..=6).contains(&number.len()) && number.chars().all(|c| "ivxl".contains(c));
    (arabic || roman)
        && text
            .split_once(" of ")
            .is_none_or(|(_, total)| total.trim().bytes().all(|b| b.is_ascii_digit()))
}

/// A page's footnotes: smaller lines below all of its text in the body's size, the first of
/// them starting with its note's number or mark.
fn without_footnotes(page: Vec<Segment>, body_size: f32) -> Vec<Segment> {
    let lowest_body = page
        .iter()
        .filter(|s| s.size >= 0.9 * body_size)
        .map(|s| s.y)
        .fold(f32::INFINITY, f32::min);
    let mut notes: Vec<&Segment> = page
        .iter()
        .filter(|s| s.y < lowest_body && s.size < 0.9 * body_size)
        .collect();
    notes.sort_by(|a, b| b.y.total_cmp(&a.y));
    let starts_with_mark = notes.first().is_some_and(|first| {
        first
            .text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "*†‡§".contains(c))
    });
    if !starts_with_mark {
        return page;
    }
    let top = notes[0].y;
    page.into_iter()
        .filter(|s| !(s.y <= top + 0.5 && s.y < lowest_body && s.size < 0.9 * body_size))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_usual_forms() {
        for text in ["12", "Page 12", "page 3 of 40", "- 7 -", "xii", "12 of 40"] {
            assert!(is_page_number(text), "{text}");
        }
        for text in ["2025", "Page", "12 officers", "of 40", "Recommendation 3"] {
            assert!(!is_page_number(text), "{text}");
        }
    }
}
