//! The same report, made another way: printed on another page size or with wider margins,
//! its fonts numbered otherwise, its text given a word at a time (as some PDF writers do) or
//! without pdf.js's line ends, a running head and page numbers not marked as such. A person sees the same report, and the reader must find the
//! same findings. Each report of the PDF corpus (`report_pdfs/items`) is read as it is and each
//! of these ways.

use drafter_core::import::report::{
    self,
    document::{Document, Item},
};
use std::fs;
use std::path::Path;

fn reports() -> Vec<(String, Document)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/report_pdfs/items");
    let mut paths: Vec<_> = fs::read_dir(&folder)
        .expect("the corpus")
        .flatten()
        .map(|entry| entry.path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 15, "the corpus is read: {}", paths.len());
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).expect("a report's items");
            (
                name,
                serde_json::from_str(&text).expect("items as pdf.js gives them"),
            )
        })
        .collect()
}

/// What the reading found: the report's title and date, and each finding in words.
fn found(document: &Document) -> String {
    let reading = report::read(document);
    let draft = report::imported(&reading, &[]).draft;
    let mut found = format!(
        "{} | {:?} | {:?}\n",
        draft.report.title, draft.report.published, reading.problem
    );
    for item in &draft.items {
        let words: Vec<&str> = item.text.split_whitespace().collect();
        found += &format!(
            "{} | {} | {}\n",
            item.heading(),
            item.addressee,
            words.join(" ")
        );
    }
    found
}

fn each_item(document: &Document, change: impl Fn(&Item) -> Vec<Item>) -> Document {
    let mut document = document.clone();
    for page in &mut document.pages {
        page.items = page.items.iter().flat_map(&change).collect();
    }
    document
}

/// Every page and item scaled, across by `across` and up by `up`.
fn scaled(document: &Document, across: impl Fn(f32) -> f32, up: impl Fn(f32) -> f32) -> Document {
    let mut document = document.clone();
    for page in &mut document.pages {
        let (x, y) = (
            across(page.width) / page.width,
            up(page.height) / page.height,
        );
        page.width *= x;
        page.height *= y;
        for item in &mut page.items {
            item.x *= x;
            item.y *= y;
            item.width *= x;
            item.size *= y;
        }
    }
    document
}

/// A running head at the top of every page and its number at the foot, in a font of their own,
/// not marked as page furniture (as a PDF writer that marks nothing gives them).
fn with_head_and_page_numbers(document: &Document) -> Document {
    let mut document = document.clone();
    for (at, page) in document.pages.iter_mut().enumerate() {
        let furniture = |text: String, x: f32, y: f32, width: f32| Item {
            text,
            x,
            y,
            width,
            size: 8.0,
            font: 99,
            end_of_line: true,
            ..Item::default()
        };
        let head = "PEEL 2023–25: An inspection of Southshire Police".to_owned();
        page.items
            .insert(0, furniture(head, 60.0, page.height - 28.0, 220.0));
        page.items
            .push(furniture((at + 1).to_string(), page.width / 2.0, 24.0, 8.0));
    }
    document
}

/// One item a word, each placed by its share of the item's characters.
fn a_word_an_item(item: &Item) -> Vec<Item> {
    let total = item.text.chars().count().max(1) as f32;
    let words: Vec<&str> = item.text.split_inclusive(' ').collect();
    let mut before = 0;
    let mut parts = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let length = word.chars().count();
        parts.push(Item {
            text: (*word).to_owned(),
            x: item.x + item.width * before as f32 / total,
            width: item.width * length as f32 / total,
            end_of_line: item.end_of_line && at + 1 == words.len(),
            ..item.clone()
        });
        before += length;
    }
    parts
}

#[test]
fn a_report_made_another_way_reads_the_same() {
    type Making = (&'static str, fn(&Document) -> Document);
    let ways: [Making; 7] = [
        ("on a page a fifth larger", |d| {
            scaled(d, |w| w * 1.2, |h| h * 1.2)
        }),
        ("on US Letter paper", |d| scaled(d, |_| 612.0, |_| 792.0)),
        ("with a wider left margin", |d| {
            let mut d = each_item(d, |item| {
                vec![Item {
                    x: item.x + 30.0,
                    ..item.clone()
                }]
            });
            d.pages.iter_mut().for_each(|page| page.width += 30.0);
            d
        }),
        ("with its fonts numbered otherwise", |d| {
            each_item(d, |item| {
                vec![Item {
                    font: item.font + 7,
                    ..item.clone()
                }]
            })
        }),
        ("a word an item", |d| each_item(d, a_word_an_item)),
        (
            "with a running head and page numbers",
            with_head_and_page_numbers,
        ),
        ("without line ends", |d| {
            each_item(d, |item| {
                vec![Item {
                    end_of_line: false,
                    ..item.clone()
                }]
            })
        }),
    ];
    let mut differ = Vec::new();
    for (name, document) in reports() {
        let expected = found(&document);
        for (way, make) in ways {
            let got = found(&make(&document));
            if got != expected {
                differ.push(format!("{name} {way}:\n{expected}---\n{got}"));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} readings differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
