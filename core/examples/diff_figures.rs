//! Times compare, merge and Word's tracked changes on a draft whose introduction is 20,000 or
//! 200,000 characters, rewritten on each side or edited once: `cargo run --release --example
//! diff_figures`.

use drafter_core::{compare, docx, merge};
use std::time::Instant;

#[path = "../tests/support/long_texts.rs"]
mod long_texts;
use long_texts::copies;

fn millis(run: impl Fn()) -> f64 {
    let start = Instant::now();
    run();
    start.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    println!(
        "{:<10} {:<10} {:>10} {:>10} {:>10}",
        "chars", "change", "compare", "merge", "tracked"
    );
    for chars in [20_000, 200_000] {
        for rewritten in [false, true] {
            let (base, ours, theirs) = copies(chars, rewritten);
            let compared = millis(|| drop(compare::differences(&ours, &base)));
            let merged = millis(|| drop(merge::merge(&base, &ours, &theirs, &[])));
            let tracked = millis(|| {
                drop(docx::document_with_changes(
                    &ours,
                    &base,
                    "an earlier version",
                    "A",
                    "2025-08-07T10:00:00Z",
                ))
            });
            let change = if rewritten { "rewritten" } else { "one edit" };
            println!("{chars:<10} {change:<10} {compared:>8.1}ms {merged:>8.1}ms {tracked:>8.1}ms");
        }
    }
}
