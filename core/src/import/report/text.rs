//! Words put back together: lines of a paragraph joined, words hyphenated at a line's end made
//! whole again (unless the hyphen is the word's own), and headings set with spaces between
//! their letters read as words.

use std::collections::HashSet;

use super::layout::is_hyphen;

/// The words of a document, for telling a hyphen the line's end added from one a word has.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: HashSet<String>,
}

impl Vocabulary {
    /// Every word of the lines, as written inside them (not at their ends, where a hyphen
    /// may be the line's).
    pub fn of<'a>(lines: impl Iterator<Item = &'a str>) -> Vocabulary {
        let mut words = HashSet::new();
        for line in lines {
            let mut tokens = line.split_whitespace().peekable();
            while let Some(token) = tokens.next() {
                if tokens.peek().is_none() && token.ends_with(is_hyphen) {
                    continue;
                }
                words.insert(bare(token).to_lowercase());
            }
        }
        Vocabulary { words }
    }

    fn has(&self, word: &str) -> bool {
        self.words.contains(&word.to_lowercase())
    }
}

/// A word without the punctuation around it.
fn bare(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric() && !is_hyphen(c))
}

/// Appends a line to text, joining a word hyphenated across them.
pub fn join_line(text: &mut String, line: &str) {
    join_with(text, line, &Vocabulary::default());
}

fn join_with(text: &mut String, line: &str, vocabulary: &Vocabulary) {
    let line = line.trim();
    if text.is_empty() {
        text.push_str(line);
        return;
    }
    let Some(hyphen) = text.chars().last().filter(|c| is_hyphen(*c)) else {
        text.push(' ');
        text.push_str(line);
        return;
    };
    let before_len = text.len() - hyphen.len_utf8();
    let left = text[..before_len]
        .rsplit(|c: char| c.is_whitespace() || c == '/' || c == '(')
        .next()
        .unwrap_or("")
        .to_owned();
    let right = line.split_whitespace().next().unwrap_or("");
    let left_word = bare(&left);
    let right_word = bare(right);
    let carries_on = left_word.chars().last().is_some_and(char::is_alphabetic)
        && right.starts_with(|c: char| c.is_lowercase());
    if !carries_on {
        // "pre- and post-inspection", or a dash: the hyphen stays, and so does the space.
        if right.starts_with(|c: char| c.is_alphabetic())
            && left_word.chars().last().is_some_and(char::is_alphabetic)
        {
            text.push_str(line);
        } else {
            text.push(' ');
            text.push_str(line);
        }
        return;
    }
    // The word's own hyphen ("problem-solving") stays; the line's is taken out.
    let whole = format!("{left_word}{right_word}");
    let hyphenated = format!("{left_word}-{right_word}");
    let own = hyphen != '\u{ad}'
        && !vocabulary.has(&whole)
        && (vocabulary.has(&hyphenated)
            || (left_word.chars().count() >= 3
                && right_word.chars().count() >= 3
                && vocabulary.has(left_word)
                && vocabulary.has(right_word.trim_end_matches(|c: char| !c.is_alphanumeric()))));
    text.truncate(before_len);
    if own {
        text.push('-');
    }
    text.push_str(line);
}

/// A paragraph's lines as one text.
pub fn join(lines: &[String], vocabulary: &Vocabulary) -> String {
    let mut text = String::new();
    for line in lines {
        join_with(&mut text, line, vocabulary);
    }
    text
}

/// "R E C O M M E N D A T I O N S" as "RECOMMENDATIONS": a line of single letters, with
/// words apart by wider gaps (two spaces here).
pub fn unspaced(line: &str) -> String {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let single = tokens.iter().filter(|t| t.chars().count() == 1).count();
    if tokens.len() < 4 || single * 10 < tokens.len() * 8 {
        return collapse_spaces(line);
    }
    line.split("  ")
        .map(|word| word.split_whitespace().collect::<String>())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn collapse_spaces(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(lines: &[&str], context: &[&str]) -> String {
        let vocabulary = Vocabulary::of(context.iter().copied());
        join(
            &lines.iter().map(|l| l.to_string()).collect::<Vec<_>>(),
            &vocabulary,
        )
    }

    #[test]
    fn a_word_hyphenated_at_the_line_end_is_whole_again() {
        assert_eq!(
            joined(&["the investig-", "ation was"], &[]),
            "the investigation was"
        );
        assert_eq!(
            joined(&["the investig\u{ad}", "ation was"], &[]),
            "the investigation was"
        );
        assert_eq!(
            joined(&["the investig\u{2010}", "ation was"], &[]),
            "the investigation was"
        );
    }

    #[test]
    fn a_words_own_hyphen_stays() {
        // Met whole elsewhere in the document.
        assert_eq!(
            joined(
                &["which limits their problem-", "solving work."],
                &["Their problem-solving work"]
            ),
            "which limits their problem-solving work."
        );
        // Both halves words of the document.
        assert_eq!(
            joined(
                &["a sample of body-", "worn video"],
                &["the body of", "we have worn"]
            ),
            "a sample of body-worn video"
        );
        // The whole word met elsewhere wins over its halves.
        assert_eq!(
            joined(
                &["the safe-", "guarding team"],
                &["safeguarding", "safe", "guarding"]
            ),
            "the safeguarding team"
        );
    }

    #[test]
    fn a_dash_or_a_hyphen_before_a_capital_is_not_a_broken_word() {
        assert_eq!(
            joined(&["Recommendations –", "the force"], &[]),
            "Recommendations – the force"
        );
        assert_eq!(joined(&["anti-", "Semitism"], &[]), "anti-Semitism");
    }

    #[test]
    fn letter_spaced_headings_read_as_words() {
        assert_eq!(unspaced("R E C O M M E N D A T I O N S"), "RECOMMENDATIONS");
        assert_eq!(
            unspaced("A R E A S  F O R  I M P R O V E M E N T"),
            "AREAS FOR IMPROVEMENT"
        );
        assert_eq!(unspaced("We found  that a B C"), "We found that a B C");
    }
}
