//! Plain-English measures of running text: sentences, words, syllables and the Flesch
//! reading-ease score that public-sector style guides use.

/// Longest sentence, in words, that style guides advise.
pub const LONG_SENTENCE_WORDS: usize = 25;
/// Most sentences a paragraph should hold.
pub const LONG_PARAGRAPH_SENTENCES: usize = 5;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: [&str; 14] = [
    "e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "no.", "nos.", "st.", "cf.", "vs.",
    "approx.", "para.",
];

/// Counts of a stretch of text, added up over many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
    }
}

impl Counts {
    /// Flesch reading ease: about 60 to 70 is plain English, below 50 is hard going. `None`
    /// when there is nothing to measure.
    pub fn reading_ease(&self) -> Option<f64> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let words_per_sentence = self.words as f64 / self.sentences as f64;
        let syllables_per_word = self.syllables as f64 / self.words as f64;
        Some(206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word)
    }
}

/// How a reading-ease score is usually described.
pub fn describe_reading_ease(score: f64) -> &'static str {
    match score {
        s if s >= 80.0 => "easy",
        s if s >= 60.0 => "plain English",
        s if s >= 50.0 => "fairly hard",
        s if s >= 30.0 => "hard",
        _ => "very hard",
    }
}

/// The sentences of a paragraph or list item, as slices of it.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = None;
    let mut words = text.split_whitespace().peekable();
    let base = text.as_ptr() as usize;
    while let Some(word) = words.next() {
        let word_start = word.as_ptr() as usize - base;
        let begin = *start.get_or_insert(word_start);
        let next_starts_lower = words
            .peek()
            .and_then(|next| next.chars().find(|c| c.is_alphanumeric()))
            .is_some_and(char::is_lowercase);
        if ends_sentence(word) && !next_starts_lower || words.peek().is_none() {
            found.push(&text[begin..word_start + word.len()]);
            start = None;
        }
    }
    found
}

fn ends_sentence(word: &str) -> bool {
    let bare = word.trim_end_matches(['"', '\'', '’', '”', ')', ']']);
    if !bare.ends_with(['.', '!', '?']) {
        return false;
    }
    let lower = bare.to_ascii_lowercase();
    let initial = bare.chars().filter(|c| c.is_alphabetic()).count() == 1;
    !ABBREVIATIONS.contains(&lower.as_str()) && !initial
}

/// The words of a text: runs of non-space characters holding at least one letter or digit.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
}

/// `text` with a capital first letter. For the app's own phrases ("the response to …"), which
/// begin with an ASCII letter (see `clippy.toml` on why not Unicode's case).
pub fn capitalise(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// An estimate of the syllables in an English word, from its groups of vowels.
pub fn syllables(word: &str) -> usize {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut letters = 0;
    // The last two letters, to spot a silent final "e".
    let (mut before_last, mut last) = (' ', ' ');
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        let c = c.to_ascii_lowercase();
        if vowel(c) && (letters == 0 || !vowel(last)) {
            groups += 1;
        }
        letters += 1;
        (before_last, last) = (last, c);
    }
    // A final silent "e" ("service"), but not "-le" ("able") or a word like "the".
    if letters > 2 && last == 'e' && !vowel(before_last) && before_last != 'l' {
        groups -= 1;
    }
    groups.max(1)
}

/// The counts of one block of text (a paragraph or list item).
pub fn counts(text: &str) -> Counts {
    counts_of(&sentences(text))
}

/// The counts of a block already split into sentences.
pub fn counts_of(sentences: &[&str]) -> Counts {
    let mut counts = Counts {
        sentences: sentences.len(),
        ..Counts::default()
    };
    for word in sentences.iter().flat_map(|sentence| words(sentence)) {
        counts.words += 1;
        counts.syllables += syllables(word);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_full_stops_question_and_exclamation_marks() {
        assert_eq!(
            sentences("We agree. Work has started! Is it enough? Yes."),
            vec!["We agree.", "Work has started!", "Is it enough?", "Yes."]
        );
    }

    #[test]
    fn capitalise_capitalises_the_first_letter_of_the_apps_own_phrases() {
        assert_eq!(
            capitalise("the response to Recommendation 3"),
            "The response to Recommendation 3"
        );
        assert_eq!(capitalise("Already"), "Already");
        assert_eq!(capitalise(""), "");
        // Not the app's own: left as it is, never broken.
        assert_eq!(capitalise("élan"), "élan");
    }

    #[test]
    fn abbreviations_in_capitals_do_not_end_sentences_either() {
        assert_eq!(
            sentences("See E.G. the plan. Then act."),
            vec!["See E.G. the plan.", "Then act."]
        );
    }

    #[test]
    fn abbreviations_initials_and_numbers_do_not_end_sentences() {
        assert_eq!(
            sentences("Units, e.g. the ROCU, act. J. Smith met Dr. Jones at 3.5 pm. Done"),
            vec![
                "Units, e.g. the ROCU, act.",
                "J. Smith met Dr. Jones at 3.5 pm.",
                "Done"
            ]
        );
    }

    #[test]
    fn a_full_stop_before_a_lower_case_word_is_not_an_end() {
        assert_eq!(
            sentences("See para. four and app. two."),
            vec!["See para. four and app. two."]
        );
    }

    #[test]
    fn text_without_a_full_stop_is_one_sentence() {
        assert_eq!(sentences("a bullet point"), vec!["a bullet point"]);
        assert!(sentences("   ").is_empty());
    }

    #[test]
    fn words_skip_lone_punctuation() {
        assert_eq!(words("We – the board – agree.").count(), 4);
    }

    #[test]
    fn syllables_follow_vowel_groups() {
        assert_eq!(syllables("the"), 1);
        assert_eq!(syllables("police"), 2);
        assert_eq!(syllables("service"), 2);
        assert_eq!(syllables("able"), 2);
        assert_eq!(syllables("recommendation"), 5);
        assert_eq!(syllables("crime"), 1);
        assert_eq!(syllables("2025"), 1);
    }

    #[test]
    fn reading_ease_is_higher_for_short_words_and_sentences() {
        let plain = counts("We will do this. It is our job. We start now.");
        let dense = counts(
            "Implementation of organisational recommendations necessitates comprehensive \
             consideration of interdependencies across collaborative partnership arrangements.",
        );
        let plain_score = plain.reading_ease().unwrap();
        let dense_score = dense.reading_ease().unwrap();
        assert!(plain_score > 80.0, "{plain_score}");
        assert!(dense_score < 0.0, "{dense_score}");
        assert_eq!(describe_reading_ease(plain_score), "easy");
        assert_eq!(describe_reading_ease(dense_score), "very hard");
    }

    #[test]
    fn nothing_to_measure_gives_no_score() {
        assert_eq!(counts("").reading_ease(), None);
    }

    #[test]
    fn counts_add_up() {
        let mut total = counts("One two.");
        total += counts("Three four five.");
        assert_eq!(total.sentences, 2);
        assert_eq!(total.words, 5);
    }
}
