use super::*;

/// The old text and the new, rebuilt from a diff's runs.
fn sides(diff: &WordDiff) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for (tag, text) in &diff.runs {
        match tag {
            Tag::Equal => {
                old.push_str(text);
                new.push_str(text);
            }
            Tag::Deleted => old.push_str(text),
            Tag::Inserted => new.push_str(text),
        }
    }
    (old, new)
}

/// `count` sentences of distinct words, `salt` making the words of one text differ from another's.
fn prose(count: usize, salt: &str) -> String {
    (0..count)
        .map(|n| format!("Sentence {n} {salt} reads well{n}. "))
        .collect()
}

#[test]
fn words_and_spaces_split_and_join_back() {
    assert_eq!(
        split_words("We  agree,\nfully."),
        ["We", "  ", "agree,", "\n", "fully."]
    );
    for text in ["", " ", "a", " a b  ", "é  ü\n\n"] {
        assert_eq!(split_words(text).concat(), text);
    }
}

#[test]
fn a_short_change_is_compared_word_by_word() {
    let diff = words(
        "We welcome the report.",
        "We warmly welcome the report.",
        &Budget::default(),
    );
    assert!(!diff.replaced_whole);
    assert_eq!(
        diff.runs,
        [
            (Tag::Equal, "We"),
            (Tag::Equal, " "),
            (Tag::Inserted, "warmly"),
            (Tag::Inserted, " "),
            (Tag::Equal, "welcome"),
            (Tag::Equal, " "),
            (Tag::Equal, "the"),
            (Tag::Equal, " "),
            (Tag::Equal, "report."),
        ]
    );
}

#[test]
fn a_long_text_rewritten_throughout_is_compared_by_sentence_and_says_so_when_replaced() {
    let (old, new) = (prose(3_000, "old"), prose(3_000, "new"));
    let diff = words(&old, &new, &Budget::default());
    assert!(diff.replaced_whole);
    assert_eq!(sides(&diff), (old.clone(), new.clone()));
    // One sentence edited in a long text is still found word by word.
    let edited = old.replacen("Sentence 1500 old", "Sentence 1500 edited", 1);
    let diff = words(&old, &edited, &Budget::default());
    assert!(!diff.replaced_whole);
    let changed: Vec<_> = diff
        .runs
        .iter()
        .filter(|(tag, _)| *tag != Tag::Equal)
        .collect();
    assert_eq!(
        changed,
        [&(Tag::Deleted, "old"), &(Tag::Inserted, "edited")]
    );
}

/// The long text with every `nth` sentence's "old" made "new".
fn edited_every(old: &str, nth: usize) -> String {
    old.split_inclusive(". ")
        .enumerate()
        .map(|(n, s)| {
            if n % nth == 0 {
                s.replace("old", "new")
            } else {
                s.to_owned()
            }
        })
        .collect()
}

fn deleted<'a>(diff: &WordDiff<'a>) -> Vec<&'a str> {
    diff.runs
        .iter()
        .filter(|(tag, _)| *tag == Tag::Deleted)
        .map(|(_, text)| *text)
        .collect()
}

#[test]
fn separate_edits_through_a_long_text_are_found_word_by_word() {
    let old = prose(3_000, "old");
    let new = edited_every(&old, 100);
    let diff = words(&old, &new, &Budget::default());
    assert!(!diff.replaced_whole);
    assert_eq!(sides(&diff), (old.clone(), new.clone()));
    assert_eq!(deleted(&diff), vec!["old"; 30]);
}

#[test]
fn with_little_budget_left_a_text_is_compared_by_sentence_then_by_word_within_each() {
    let old = prose(3_000, "old");
    let new = edited_every(&old, 100);
    let diff = words(&old, &new, &Budget::new(3_000_000));
    assert_eq!(sides(&diff), (old.clone(), new.clone()));
    assert_eq!(deleted(&diff), vec!["old"; 30]);
    // Spent, the budget leaves each differing run replaced whole, but nothing is lost.
    let spent = Budget::new(0);
    let diff = words(&old, &new, &spent);
    assert!(diff.replaced_whole);
    assert_eq!(sides(&diff), (old, new));
}

#[test]
fn the_edit_distance_is_found_only_within_the_limit() {
    let (a, b): (Vec<u8>, Vec<u8>) = (b"abcabba".to_vec(), b"cbabac".to_vec());
    assert_eq!(edit_distance_within(&a, &b, 10), Some(5));
    assert_eq!(edit_distance_within(&a, &b, 5), Some(5));
    assert_eq!(edit_distance_within(&a, &b, 4), None);
    assert_eq!(edit_distance_within::<u8>(&[], &[], 0), Some(0));
    assert_eq!(edit_distance_within(&a, &[], 7), Some(7));
}

#[test]
fn slices_over_the_budget_keep_their_common_ends_and_replace_the_middle() {
    let old: Vec<u32> = (0..10_000).collect();
    let mut new: Vec<u32> = (0..10_000).map(|n| n + 20_000).collect();
    new[0] = 0;
    let (ops, whole) = slices_or_replaced(&old, &new, &Budget::default());
    assert!(whole);
    assert_eq!(
        ops,
        [
            DiffOp::Equal {
                old_index: 0,
                new_index: 0,
                len: 1
            },
            DiffOp::Replace {
                old_index: 1,
                old_len: 9_999,
                new_index: 1,
                new_len: 9_999
            },
        ]
    );
    assert!(slices(&old[..10], &new[..10], &Budget::default()).is_some());
}

#[test]
fn sentences_join_back_to_the_text() {
    for text in [
        "",
        "One.",
        "One. Two!  Three?\n\nFour (“quoted.”) Five",
        "e.g. 1.5 per cent. Next",
        "Line one\nLine two\n",
    ] {
        assert_eq!(sentences(text).concat(), text);
    }
    assert_eq!(
        sentences("One. Two.\n\nThree"),
        ["One. ", "Two.\n\n", "Three"]
    );
    assert_eq!(sentences("It rose 1.5 times."), ["It rose 1.5 times."]);
}
