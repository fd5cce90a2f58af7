//! Each path that once took time in the square of its input's length, pinned: ten times the
//! input must take about ten times as long, not a hundred. Measured as a ratio in one run, so a
//! busy machine slows both sides alike. (`cargo run --release --example adversarial_import`
//! prints the times for 1 MB and 5 MB.)

use drafter_core::{checks, import, template, Item, ItemKind};

#[path = "support/adversarial.rs"]
mod adversarial;
#[path = "support/timing.rs"]
mod timing;
use adversarial::lines;
use timing::time;

/// How many times longer ten times the input takes; linear work gives about 10. Both sizes
/// are within what one part of a draft may hold, so the whole recogniser reads them.
fn growth(run: impl Fn(usize)) -> f64 {
    let small = time(|| run(15_000));
    let large = time(|| run(150_000));
    large.as_secs_f64() / small.as_secs_f64().max(1e-6)
}

#[test]
fn importing_a_long_line_takes_time_in_proportion_to_its_length() {
    for (index, (what, _)) in lines(10).into_iter().enumerate() {
        let ratio = growth(|n| {
            let (_, line) = lines(n).swap_remove(index);
            std::hint::black_box(import::from_text(&line));
        });
        assert!(
            ratio < 30.0,
            "{what}: ten times the text took {ratio:.0} times as long"
        );
    }
}

#[test]
fn checking_many_item_numbers_takes_time_in_proportion_to_their_count() {
    let draft_of = |n: usize| {
        let mut draft = template::new_draft();
        draft.items = (0..n)
            .map(|i| Item::new(ItemKind::Recommendation, (n - i).to_string()))
            .collect();
        draft
    };
    let (small, large) = (draft_of(1_000), draft_of(10_000));
    let ratio = time(|| drop(checks::review(&large, None))).as_secs_f64()
        / time(|| drop(checks::review(&small, None)))
            .as_secs_f64()
            .max(1e-6);
    assert!(
        ratio < 30.0,
        "ten times the items took {ratio:.0} times as long to check"
    );
}
