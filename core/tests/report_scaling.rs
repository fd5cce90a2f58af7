//! A report PDF's reading, pinned as linear: ten times the text must take about ten times as
//! long, however the text is laid out (one long line of items, many pages, a paragraph of
//! many hyphenated lines). Measured as a ratio in one run.

use drafter_core::import::report::document::{Item, Page};
use drafter_core::import::report::{read, Document};

#[path = "support/timing.rs"]
mod timing;
use timing::time;

fn item(text: &str, x: f32, y: f32) -> Item {
    Item {
        text: text.to_owned(),
        x,
        y,
        width: 20.0,
        size: 11.0,
        ..Item::default()
    }
}

fn page(items: Vec<Item>) -> Page {
    Page {
        width: 595.0,
        height: 842.0,
        items,
    }
}

/// Each layout of `n` items.
fn layouts(n: usize) -> Vec<(&'static str, Document)> {
    let document = |pages| Document {
        info: Default::default(),
        pages,
    };
    // Each item apart from the next by more than a word space: a segment of its own.
    let one_line = page(
        (0..n)
            .map(|i| item("word", 60.0 + i as f32 * 35.0, 400.0))
            .collect(),
    );
    let pages = (0..n / 50)
        .map(|p| {
            page(
                (0..50)
                    .map(|i| {
                        item(
                            &format!("words on line {i} of page {p} and more words-"),
                            60.0,
                            780.0 - i as f32 * 15.0,
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    // One paragraph down a tall page, every line ending in a broken word.
    let hyphenated = Page {
        width: 595.0,
        height: 90_000.0,
        items: (0..n)
            .map(|i| Item {
                size: 3.0,
                ..item("a hyphen-", 60.0, 89_000.0 - i as f32 * 4.0)
            })
            .collect(),
    };
    let grid = page(
        (0..n)
            .map(|i| {
                item(
                    "cell",
                    60.0 + (i % 40) as f32 * 40.0,
                    780.0 - (i / 40) as f32 * 0.5,
                )
            })
            .collect(),
    );
    vec![
        ("one line of many segments", document(vec![one_line])),
        ("many pages", document(pages)),
        (
            "a paragraph of hyphenated lines",
            document(vec![hyphenated]),
        ),
        ("a grid of short items", document(vec![grid])),
    ]
}

#[test]
fn reading_takes_time_in_proportion_to_the_text() {
    for index in 0..layouts(100).len() {
        let small = layouts(2_000).swap_remove(index);
        let large = layouts(20_000).swap_remove(index);
        let ratio = time(|| {
            std::hint::black_box(read(&large.1));
        })
        .as_secs_f64()
            / time(|| {
                std::hint::black_box(read(&small.1));
            })
            .as_secs_f64()
            .max(1e-6);
        assert!(
            ratio < 30.0,
            "{}: ten times the items took {ratio:.1} times as long",
            small.0
        );
    }
}
