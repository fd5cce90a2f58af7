//! Prints what the report reader makes of a PDF's text items (as web/pdf/extract.js dumps
//! them): each paragraph with its mark, then the findings.
//!   cargo run --example report_pdf -- core/tests/report_pdfs/items/peel-force.json

use drafter_core::import::report::{imported, read, Document};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("a JSON file of a PDF's text items");
    let text = std::fs::read_to_string(&path).expect("readable");
    let document: Document = serde_json::from_str(&text).expect("items as pdf.js gives them");
    let started = std::time::Instant::now();
    let reading = read(&document);
    let read_in = started.elapsed();
    let started = std::time::Instant::now();
    let draft_made = imported(&reading, &[]);
    eprintln!(
        "read in {read_in:?}; the draft made from the marks in {:?}",
        started.elapsed()
    );
    if let Some(problem) = reading.problem {
        println!("{}", problem.message());
        return;
    }
    println!(
        "Title: {}\nPublished: {:?}\n",
        reading.title, reading.published
    );
    for (line, mark) in reading.lines.iter().zip(&reading.marks) {
        let text: String = line.as_field_text().chars().take(110).collect();
        println!("{:<24} {text}", mark.label());
    }
    println!();
    for item in draft_made.draft.items {
        println!(
            "{} [{}] due {:?}\n  {}\n",
            item.heading(),
            item.addressee,
            item.due,
            item.text.replace('\n', "\n  ")
        );
    }
}
