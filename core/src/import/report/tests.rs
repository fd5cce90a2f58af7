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
