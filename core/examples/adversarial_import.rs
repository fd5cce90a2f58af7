//! Prints how long importing adversarial single lines of 1 MB and 5 MB takes, and how long the
//! preview's render and the checks take for one field of growing size (which sets the import's
//! field cap). Run with `cargo run --release --example adversarial_import`.

#[path = "../tests/support/adversarial.rs"]
mod adversarial;

use drafter_core::{checks, import, render, template};
use std::time::Instant;

fn main() {
    for megabytes in [1, 5] {
        let n = megabytes * 1024 * 1024;
        let cases = adversarial::lines(n);
        for (what, line) in cases {
            let start = Instant::now();
            let imported = import::from_text(&line);
            println!(
                "{megabytes} MB, {what}: {:.0} ms{}",
                start.elapsed().as_secs_f64() * 1000.0,
                imported
                    .too_large
                    .map(|p| format!(" ({p})"))
                    .unwrap_or_default()
            );
        }
    }
    let sentence = "We have trained every officer in the new approach to victims of crime. ";
    for chars in [50_000, 100_000, 200_000, 400_000] {
        let mut draft = template::new_draft();
        draft.introduction = sentence.repeat(chars / sentence.len());
        let start = Instant::now();
        let html = render(&draft);
        let review = checks::review(&draft, None);
        println!(
            "a field of {chars} characters: render and checks {:.0} ms ({} bytes, {} findings)",
            start.elapsed().as_secs_f64() * 1000.0,
            html.len(),
            review.findings.len()
        );
    }
}
