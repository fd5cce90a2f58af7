//! Compare, merge and Word's tracked changes on one long field, pinned: ten times the text
//! must take about ten times as long, not a hundred, however much of it changed. Measured as a
//! ratio in one run, so a busy machine slows both sides alike. (`cargo run --release --example
//! diff_figures` prints the times at 20,000 and 200,000 characters.)

use drafter_core::{compare, docx, merge, template, Draft};
use std::time::{Duration, Instant};

fn time(run: impl Fn()) -> Duration {
    // The fastest of three, so a pause elsewhere on the machine does not count.
    (0..3)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .expect("three runs")
}

/// About `chars` characters of sentences, their words marked with `salt`.
fn prose(chars: usize, salt: &str) -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < chars {
        text.push_str(&format!("Sentence {n} says {salt}{n} and more {salt}. "));
        n += 1;
    }
    text
}

fn with_introduction(text: String) -> Draft {
    let mut draft = template::new_draft();
    draft.introduction = text;
    draft
}

/// The three copies of a draft whose introduction of `chars` characters was rewritten on
/// each side, or edited once on each side.
fn copies(chars: usize, rewritten: bool) -> (Draft, Draft, Draft) {
    let base = prose(chars, "base");
    let (ours, theirs) = if rewritten {
        (prose(chars, "ours"), prose(chars, "theirs"))
    } else {
        (
            base.replacen("Sentence 3 ", "Sentence three ", 1),
            format!("{base}One more. "),
        )
    };
    (
        with_introduction(base),
        with_introduction(ours),
        with_introduction(theirs),
    )
}

fn growth(run: impl Fn(&(Draft, Draft, Draft)), rewritten: bool) -> f64 {
    let (small, large) = (copies(20_000, rewritten), copies(200_000, rewritten));
    time(|| run(&large)).as_secs_f64() / time(|| run(&small)).as_secs_f64().max(1e-6)
}

fn assert_linear(what: &str, run: impl Fn(&(Draft, Draft, Draft))) {
    for rewritten in [true, false] {
        let ratio = growth(&run, rewritten);
        assert!(
            ratio < 30.0,
            "{what} ({}): ten times the text took {ratio:.0} times as long",
            if rewritten { "rewritten" } else { "one edit" }
        );
    }
}

#[test]
fn comparing_two_versions_takes_time_in_proportion_to_their_length() {
    assert_linear("compare", |(base, ours, _)| {
        std::hint::black_box(compare::differences(ours, base));
    });
}

#[test]
fn merging_two_copies_takes_time_in_proportion_to_their_length() {
    assert_linear("merge", |(base, ours, theirs)| {
        std::hint::black_box(merge::merge(base, ours, theirs, &[]));
    });
}

#[test]
fn tracking_changes_in_word_takes_time_in_proportion_to_the_length() {
    assert_linear("tracked changes", |(base, ours, _)| {
        std::hint::black_box(docx::document_with_changes(
            ours,
            base,
            "an earlier version",
            "A",
            "2025-08-07T10:00:00Z",
        ));
    });
}

#[test]
fn a_long_field_rewritten_is_said_to_be_compared_whole_and_loses_nothing() {
    let (base, ours, _) = copies(200_000, true);
    let found = compare::differences(&ours, &base);
    let introduction = found
        .iter()
        .find(|d| d.label == "The introduction")
        .expect("the introduction differs");
    assert!(introduction.replaced_whole);
    let text =
        |pieces: &[compare::Piece]| pieces.iter().map(|p| p.text.as_str()).collect::<String>();
    assert_eq!(text(&introduction.ours), ours.introduction);
    assert_eq!(text(&introduction.theirs), base.introduction);
    let (_, whole) = docx::document_with_changes(
        &ours,
        &base,
        "an earlier version",
        "A",
        "2025-08-07T10:00:00Z",
    );
    assert!(whole);
    // One edit in the same long field is still found word by word.
    let (base, ours, _) = copies(200_000, false);
    let found = compare::differences(&ours, &base);
    assert!(found.iter().all(|d| !d.replaced_whole));
    let (_, whole) = docx::document_with_changes(
        &ours,
        &base,
        "an earlier version",
        "A",
        "2025-08-07T10:00:00Z",
    );
    assert!(!whole);
}
