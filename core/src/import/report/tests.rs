//! The corpus of report PDFs (core/tests/report_pdfs): each PDF's text as pdf.js read it,
//! and the findings written into it, which the reading must give back whole.

use super::*;
use crate::model::ItemKind;
use serde_json::Value;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/report_pdfs")
}

pub(super) fn document(name: &str) -> Document {
    let text = std::fs::read_to_string(corpus().join("items").join(format!("{name}.json")))
        .expect("the corpus's items");
    serde_json::from_str(&text).expect("items as pdf.js gives them")
}

fn kind_name(kind: &ItemKind) -> &'static str {
    match kind {
        ItemKind::CauseOfConcern => "cause_of_concern",
        ItemKind::Recommendation => "recommendation",
        ItemKind::AreaForImprovement => "area_for_improvement",
        ItemKind::Custom(_) => "custom",
    }
}

/// What a reading gave that the key does not say, one line each; empty when all is right.
fn differences(name: &str) -> Vec<String> {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(
            corpus()
                .join("expected")
                .join(format!("{name}.expected.json")),
        )
        .unwrap(),
    )
    .unwrap();
    let reading = read(&document(name));
    let imported = imported(&reading, &[]);
    let draft = &imported.draft;
    let mut out = Vec::new();
    if draft.report.title != expected["title"].as_str().unwrap() {
        out.push(format!("title: {:?}", draft.report.title));
    }
    let published = draft.report.published.map(|d| d.to_string());
    if published.as_deref() != expected["published"].as_str() {
        out.push(format!("published: {published:?}"));
    }
    let findings = expected["findings"].as_array().unwrap();
    if findings.len() != draft.items.len() {
        out.push(format!(
            "{} findings, not {}: {:?}",
            draft.items.len(),
            findings.len(),
            draft.items.iter().map(|i| i.heading()).collect::<Vec<_>>()
        ));
    }
    for (index, (want, item)) in findings.iter().zip(&draft.items).enumerate() {
        let due = item.due.map(|d| d.to_string());
        let got = [
            ("kind", kind_name(&item.kind).to_owned()),
            ("number", item.number.clone()),
            ("addressee", item.addressee.clone()),
            ("due", due.unwrap_or_default()),
            ("text", item.text.clone()),
        ];
        for (field, value) in got {
            let wanted = want[field].as_str().unwrap_or("");
            if value != wanted {
                out.push(format!(
                    "finding {}: {field}\n   got {value:?}\n  want {wanted:?}",
                    index + 1
                ));
            }
        }
        if !item.response.is_empty() {
            out.push(format!(
                "finding {}: a response {:?}",
                index + 1,
                item.response
            ));
        }
    }
    out
}

fn corpus_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus().join("expected"))
        .unwrap()
        .map(|entry| {
            entry
                .unwrap()
                .file_name()
                .to_string_lossy()
                .replace(".expected.json", "")
        })
        .collect();
    names.sort();
    names
}

#[test]
fn every_corpus_pdf_gives_every_finding_its_title_and_date() {
    let names = corpus_names();
    assert!(names.len() >= 12, "the corpus has {} reports", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let differences = differences(name);
        if !differences.is_empty() {
            failures.push(format!("{name}:\n  {}", differences.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

fn bad(name: &str) -> Document {
    let text = std::fs::read_to_string(corpus().join("bad").join(format!("{name}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_scan_with_no_text_says_so() {
    let reading = read(&bad("scanned"));
    assert_eq!(reading.problem, Some(Problem::NoText));
    assert!(reading.lines.is_empty());
    assert!(Problem::NoText.message().contains("paste"));
}

#[test]
fn fonts_with_no_letters_are_not_read_as_words() {
    let reading = read(&bad("garbled"));
    assert_eq!(reading.problem, Some(Problem::Garbled));
    // The same report with its fonts' maps is read.
    assert_eq!(read(&document("vetting-revisit")).problem, None);
}

#[test]
fn a_report_with_no_findings_says_none_were_found() {
    let reading = read(&document("no-findings"));
    assert_eq!(reading.problem, None);
    let imported = imported(&reading, &[]);
    assert!(imported.draft.items.is_empty());
    assert_eq!(
        imported.missing,
        ["No causes of concern, recommendations or areas for improvement were found in the report."]
    );
}

#[test]
fn a_persons_mark_is_read_over_the_readers() {
    let reading = read(&document("peel-force"));
    let before = imported(&reading, &[]);
    let first = reading
        .marks
        .iter()
        .position(|m| matches!(m, Mark::NewItem(_)))
        .unwrap();
    assert_eq!(before.draft.items[0].kind, ItemKind::CauseOfConcern);
    // The first finding called a recommendation, and a paragraph of the report's own prose
    // made an area for improvement of its own.
    let prose = reading
        .marks
        .iter()
        .rposition(|m| *m == Mark::LeftOut)
        .unwrap();
    let mut chosen = vec![None; prose + 1];
    chosen[first] = Some(Mark::NewItem(ItemKind::Recommendation));
    chosen[prose] = Some(Mark::NewItem(ItemKind::AreaForImprovement));
    let after = imported(&reading, &chosen);
    assert_eq!(after.draft.items.len(), before.draft.items.len() + 1);
    assert_eq!(after.draft.items[0].kind, ItemKind::Recommendation);
    assert_eq!(after.draft.items[0].text, before.draft.items[0].text);
    let last = after.draft.items.last().unwrap();
    assert_eq!(
        (&last.kind, last.text.as_str()),
        (
            &ItemKind::AreaForImprovement,
            reading.lines[prose].text.as_str()
        )
    );
    assert!(after.paragraphs[first].chosen && after.paragraphs[prose].chosen);
    assert!(!after.paragraphs[first + 1].chosen);
    assert_eq!(after.draft.report.title, before.draft.report.title);
}

mod hostile {
    use super::super::document::{Item, Page};
    use super::*;
    use proptest::prelude::*;

    fn item() -> impl Strategy<Value = Item> {
        (
            prop_oneof![
                Just(String::new()),
                Just(" ".to_owned()),
                Just("-".to_owned()),
                Just("•".to_owned()),
                Just("Recommendation 1".to_owned()),
                Just("By 31 March 2026, the force should:".to_owned()),
                "[a-zA-Z ,.:-]{0,40}",
                "\\PC{0,12}"
            ],
            prop_oneof![
                Just(f32::NAN),
                Just(f32::INFINITY),
                Just(-1.0f32),
                0.0f32..900.0
            ],
            prop_oneof![Just(f32::NAN), 0.0f32..900.0],
            prop_oneof![Just(0.0f32), Just(f32::NAN), 0.0f32..600.0],
            prop_oneof![Just(0.0f32), Just(f32::INFINITY), 1.0f32..40.0],
            0u32..4,
            any::<bool>(),
        )
            .prop_map(|(text, x, y, width, size, font, artifact)| Item {
                text,
                x,
                y,
                width,
                size,
                font,
                artifact,
                rotated: false,
                end_of_line: false,
            })
    }

    proptest! {
        /// Whatever a PDF holds, reading it ends, and every line it gives has a mark.
        #[test]
        fn any_text_items_are_read_without_a_panic(pages in prop::collection::vec(prop::collection::vec(item(), 0..60), 0..5)) {
            let document = Document {
                info: Default::default(),
                pages: pages.into_iter().map(|items| Page { width: 595.0, height: 842.0, items }).collect(),
            };
            let reading = read(&document);
            prop_assert_eq!(reading.lines.len(), reading.marks.len());
            let _ = imported(&reading, &[]);
        }
    }
}
