//! Compare, merge and Word's tracked changes on one long field, pinned: ten times the text
//! must take about ten times as long, not a hundred, however much of it changed. Measured as a
//! ratio in one run, so a busy machine slows both sides alike. (`cargo run --release --example
//! diff_figures` prints the times at 20,000 and 200,000 characters.)

use drafter_core::{compare, docx, merge, Draft};

#[path = "support/long_texts.rs"]
mod long_texts;
#[path = "support/timing.rs"]
mod timing;
use long_texts::copies;
use timing::time;

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
