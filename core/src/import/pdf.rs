//! Text copied out of a report's PDF: sentences broken at the end of each printed line, words
//! hyphenated across lines, and page numbers and running heads between the pages. Put back
//! into paragraphs before the text is read.

use super::lines::{Line, LineKind};
use super::words::is_structural;

/// The lines with the page's furniture taken out and broken sentences joined again.
pub fn tidy(lines: Vec<Line>) -> Vec<Line> {
    join_broken_sentences(without_page_furniture(lines))
}

/// A page number alone on a line ("12", "Page 12 of 40").
fn is_page_number(line: &Line) -> bool {
    let text = line.text.trim();
    let text = text
        .strip_prefix("Page ")
        .or_else(|| text.strip_prefix("page "))
        .unwrap_or(text);
    let number = text.split(" of ").next().unwrap_or(text);
    line.kind == LineKind::Text
        && (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// Page numbers, and the running heads and feet printed beside them on every page: a short
/// line met more than once next to a page number.
fn without_page_furniture(lines: Vec<Line>) -> Vec<Line> {
    let pages: Vec<bool> = lines.iter().map(is_page_number).collect();
    if pages.iter().filter(|p| **p).count() < 2 {
        return lines;
    }
    let beside_page = |index: usize| {
        (index > 0 && pages[index - 1]) || pages.get(index + 1).copied().unwrap_or(false)
    };
    let mut running: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (index, line) in lines.iter().enumerate() {
        if beside_page(index) && !pages[index] {
            *running.entry(line.text.as_str()).or_default() += 1;
        }
    }
    let running: std::collections::HashSet<String> = running
        .into_iter()
        .filter(|(text, count)| *count >= 2 && text.split_whitespace().count() <= 12)
        .map(|(text, _)| text.to_owned())
        .collect();
    lines
        .into_iter()
        .enumerate()
        .filter(|(index, line)| {
            let running_head = beside_page(*index) && running.contains(&line.text);
            !pages[*index] && !running_head
        })
        .map(|(_, line)| line)
        .collect()
}

/// A line that stops mid-sentence, followed by one carrying on in lower case, is one line; a
/// word hyphenated across them is one word.
fn join_broken_sentences(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // The length of the line last added, which may have been joined to the one before.
    let mut last_printed = 0;
    for line in lines {
        let printed = line.text.len();
        if let Some(last) = out.last_mut() {
            // A printed line runs most of the page's width; a short one is a heading or label,
            // and one longer than any page is wide is a paragraph of its own.
            let carries_on = line.kind == LineKind::Text
                && (40..=LONGEST_PRINTED_LINE).contains(&last_printed)
                && printed <= LONGEST_PRINTED_LINE
                && line.text.starts_with(|c: char| c.is_lowercase())
                && !last.text.ends_with(['.', ':', ';', '?', '!'])
                && last.kind != LineKind::Heading
                && !is_structural(&last.text)
                && !is_structural(&line.text);
            if carries_on {
                let hyphenated = last.text.ends_with('-')
                    && last.text[..last.text.len() - 1].ends_with(|c: char| c.is_alphabetic());
                if hyphenated {
                    last.text.pop();
                } else {
                    last.text.push(' ');
                }
                last.text.push_str(&line.text);
                last_printed = printed;
                continue;
            }
        }
        last_printed = printed;
        out.push(line);
    }
    out
}

/// Longer than a line of any printed page, even in landscape with small type.
const LONGEST_PRINTED_LINE: usize = 400;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::of_text;

    fn tidied(text: &str) -> Vec<String> {
        tidy(of_text(text))
            .iter()
            .map(Line::as_field_text)
            .collect()
    }

    #[test]
    fn broken_sentences_and_hyphenated_words_are_joined() {
        assert_eq!(
            tidied("The force should make sure that all of its officers are\ntrained and that their training is refreshed regu-\nlarly.\nNext."),
            ["The force should make sure that all of its officers are trained and that their training is refreshed regularly.", "Next."]
        );
    }

    #[test]
    fn headings_labels_and_finished_sentences_are_not_joined() {
        assert_eq!(
            tidied("Response\nwe have acted.\nDone.\nthen more\n- a bullet that runs on for a long way across the page\ncarrying on"),
            ["Response", "we have acted.", "Done.", "then more", "- a bullet that runs on for a long way across the page carrying on"]
        );
    }

    #[test]
    fn page_numbers_and_running_heads_go() {
        assert_eq!(
            tidied("One.\n12\nVetting inspection 2023\nTwo.\n13\nVetting inspection 2023\nThree.\nPage 14 of 20\nVetting inspection 2023"),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn a_number_alone_once_is_kept() {
        assert_eq!(
            tidied("We recruited\n12\nofficers."),
            ["We recruited", "12", "officers."]
        );
    }
}
