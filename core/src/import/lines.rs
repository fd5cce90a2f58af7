//! Pasted text as lines: each paragraph, heading or list item on its own, with bullets and
//! numbers as people type them (`•`, `-`, `*`, `o`, `–`, Word's `·` and ``; `1.`, `01:`).

use serde::{Deserialize, Serialize};

/// The text as a person sees it: the line ends of every system (`\r\n`, `\r`) as one, the
/// marks nobody sees (a byte-order mark, a zero-width space) gone, and the spaces that look like
/// a space (no-break, figure, narrow no-break) as one. Copied from Windows, an old Mac, Notepad
/// or Word, the same words then read the same.
pub fn as_seen(text: &str) -> String {
    let mut seen = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                seen.push('\n');
            }
            '\u{feff}' | '\u{200b}' => {}
            '\u{a0}' | '\u{2007}' | '\u{202f}' => seen.push(' '),
            c => seen.push(c),
        }
    }
    seen
}

/// What a line is, as far as its shape shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineKind {
    Text,
    /// Marked as a heading by the pasted HTML.
    Heading,
    Bullet,
    /// A numbered line, with its number as written but without leading zeros.
    Numbered(String),
}

/// One paragraph, heading or list item, its bullet or number taken off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub kind: LineKind,
    pub text: String,
}

impl Line {
    pub fn new(kind: LineKind, text: impl Into<String>) -> Line {
        Line {
            kind,
            text: text.into(),
        }
    }

    /// The line as it goes into a text field: bullets and numbers in the editor's markup.
    pub fn as_field_text(&self) -> String {
        match &self.kind {
            LineKind::Bullet => format!("- {}", self.text),
            LineKind::Numbered(number) => format!("{number}. {}", self.text),
            LineKind::Text | LineKind::Heading => self.text.clone(),
        }
    }
}

/// Characters that start a bulleted line, from keyboards, web pages, Word and Google Docs
/// (`●`, `○`, `■` at its three levels).
const BULLETS: [char; 17] = [
    '•', '-', '*', 'o', '–', '—', '◦', '▪', '■', '·', '§', '●', '○', '‣', '⁃', '\u{f0b7}',
    '\u{f0a7}',
];

/// Plain text as lines; blank lines are dropped.
pub fn of_text(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    // In an email reply the findings are quoted and the answers are not: the first words
    // written after a quoted finding answer it.
    let mut quoted_finding = false;
    for raw in text.lines() {
        let line = unquoted(raw);
        let quoted = line.len() != raw.len();
        let Some(line) = classify(line) else {
            continue;
        };
        if quoted {
            quoted_finding |= super::words::item_heading(&line.text).is_some();
        } else if std::mem::take(&mut quoted_finding) {
            lines.push(Line::new(LineKind::Text, "Response"));
        }
        lines.push(line);
    }
    lines
}

/// A line of an email reply without the marks that quote it ("> Recommendation 1").
fn unquoted(line: &str) -> &str {
    let mut line = line;
    while let Some(rest) = line.trim_start().strip_prefix('>') {
        if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('>')) {
            break;
        }
        line = rest.strip_prefix(' ').unwrap_or(rest);
    }
    line
}

/// What shape a line of text has; `None` for a blank line.
pub fn classify(line: &str) -> Option<Line> {
    let line = collapse_spaces(line);
    if line.is_empty() {
        return None;
    }
    if let Some(rest) = bullet(&line) {
        return Some(Line::new(LineKind::Bullet, rest));
    }
    if let Some((number, rest)) = numbered(&line) {
        return Some(Line::new(LineKind::Numbered(number), rest));
    }
    Some(Line::new(LineKind::Text, line))
}

/// The text after a bullet, when the line starts with one.
fn bullet(line: &str) -> Option<String> {
    let first = line.chars().next()?;
    // Symbol fonts' bullets arrive as characters of the private use area, or as arrows.
    let private_use = ('\u{e000}'..='\u{f8ff}').contains(&first);
    if !BULLETS.contains(&first) && !private_use && !['➢', '►', '➤', '✓', '✔', '→'].contains(&first)
    {
        return None;
    }
    let rest = &line[first.len_utf8()..];
    // Letters and hyphens used as bullets need a space after them, or they are words
    // ("often", "-3") or emphasis ("**bold**").
    let needs_space = first.is_alphabetic() || matches!(first, '-' | '*' | '–' | '—');
    let spaced = rest.starts_with(char::is_whitespace);
    if needs_space && !spaced {
        return None;
    }
    let rest = rest.trim_start();
    (!rest.is_empty()).then(|| rest.to_owned())
}

/// "1. Text", "01: Text", "2) Text": the number without leading zeros, and the text.
fn numbered(line: &str) -> Option<(String, String)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &line[digits..];
    let rest = rest
        .strip_prefix(['.', ':', ')'])
        .filter(|rest| rest.starts_with(char::is_whitespace))?
        .trim_start();
    if rest.is_empty() {
        return None;
    }
    let number = line[..digits].trim_start_matches('0');
    let number = if number.is_empty() { "0" } else { number };
    Some((number.to_owned(), rest.to_owned()))
}

/// Runs of spaces, tabs and no-break spaces as one space, and none at either end.
pub fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(LineKind, String)> {
        of_text(text)
            .into_iter()
            .map(|l| (l.kind, l.text))
            .collect()
    }

    #[test]
    fn text_is_read_as_seen_whatever_system_it_was_copied_from() {
        assert_eq!(
            as_seen("\u{feff}One\r\nTwo\rThree\n\rFour\u{200b}"),
            "One\nTwo\nThree\n\nFour"
        );
        assert_eq!(
            as_seen("Recommendation\u{a0}1\u{202f}\u{2007}x"),
            "Recommendation 1  x"
        );
    }

    #[test]
    fn every_kind_of_bullet_people_paste_is_a_bullet() {
        for line in [
            "• one",
            "•one",
            "- one",
            "* one",
            "o one",
            "– one",
            "◦ one",
            "· one",
            "\u{f0b7}\tone",
            "§ one",
            "▪ one",
            "\u{f0d8} one",
            "➢ one",
        ] {
            assert_eq!(
                kinds(line),
                vec![(LineKind::Bullet, "one".to_owned())],
                "{line:?}"
            );
        }
    }

    #[test]
    fn words_and_emphasis_are_not_bullets() {
        for line in ["often", "-3 degrees", "**bold** start", "one - two", "o"] {
            assert_eq!(kinds(line)[0].0, LineKind::Text, "{line:?}");
        }
    }

    #[test]
    fn numbered_lines_keep_their_number_without_leading_zeros() {
        assert_eq!(
            kinds("1. First"),
            vec![(LineKind::Numbered("1".into()), "First".into())]
        );
        assert_eq!(
            kinds("01: First"),
            vec![(LineKind::Numbered("1".into()), "First".into())]
        );
        assert_eq!(
            kinds("12) Twelfth"),
            vec![(LineKind::Numbered("12".into()), "Twelfth".into())]
        );
        for line in ["2025 was a year", "1.5 million", "12 June 2025", "1."] {
            assert_eq!(kinds(line)[0].0, LineKind::Text, "{line:?}");
        }
    }

    #[test]
    fn blank_lines_go_and_spaces_collapse() {
        assert_eq!(
            kinds("  a \u{a0} b  \n\n \t\nc"),
            vec![(LineKind::Text, "a b".into()), (LineKind::Text, "c".into())]
        );
    }

    #[test]
    fn lines_go_back_into_fields_in_the_editor_markup() {
        assert_eq!(Line::new(LineKind::Bullet, "x").as_field_text(), "- x");
        assert_eq!(
            Line::new(LineKind::Numbered("3".into()), "x").as_field_text(),
            "3. x"
        );
    }
}
