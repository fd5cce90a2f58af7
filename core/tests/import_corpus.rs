//! Responses and reports as offices really paste them, each with the structure it must give.
//! Each case is `import_corpus/NAME.txt` (plain text) or `.html` (rich text), and
//! `NAME.expect`: `key = value` lines for the draft, and for each item an `item = <heading>`
//! line followed by indented lines for its fields. A value `start … end` matches text that
//! starts and ends so; `none` is an empty field or no date.

#[path = "support/parsed_html.rs"]
mod parsed_html;

use drafter_core::import::{self, Imported};
use drafter_core::{dates, Draft, Item};
use std::fs;
use std::path::Path;

fn matches(expected: &str, actual: &str) -> bool {
    if expected == "none" {
        return actual.is_empty() || actual == "none";
    }
    match expected.split_once(" … ") {
        Some((start, end)) => actual.starts_with(start) && actual.ends_with(end),
        None => match expected.strip_suffix(" …") {
            Some(start) => actual.starts_with(start),
            None => actual == expected,
        },
    }
}

fn date(value: Option<time::Date>) -> String {
    value.map(dates::iso).unwrap_or_else(|| "none".into())
}

/// The differences between what `expect` says and what was imported, one a line.
fn differences(expect: &str, imported: &Imported) -> Vec<String> {
    let draft: &Draft = &imported.draft;
    let mut problems = Vec::new();
    let mut check = |what: &str, expected: &str, actual: &str| {
        if !matches(expected, actual) {
            problems.push(format!("{what}: expected {expected:?}, got {actual:?}"));
        }
    };
    let mut items = draft.items.iter();
    let mut item: Option<&Item> = None;
    let mut item_count = 0;
    for line in expect
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (key, value) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("bad line {line:?}"));
        let indented = key.starts_with("  ");
        let key = key.trim();
        if indented {
            let Some(item) = item else { continue };
            let name = item.heading();
            let actual = match key {
                "text" => item.text.clone(),
                "response" => item.response.clone(),
                "addressee" => item.addressee.clone(),
                "due" => date(item.due),
                "status" => item.status.clone(),
                "lead" => item.lead_agency.clone(),
                other => panic!("no item field {other}"),
            };
            check(&format!("{name} {key}"), value, &actual);
            continue;
        }
        let actual = match key {
            "item" => {
                item_count += 1;
                item = items.next();
                let heading = item
                    .map(Item::heading)
                    .unwrap_or_else(|| "(no item)".into());
                check(&format!("item {item_count}"), value, &heading);
                continue;
            }
            "title" => draft.report.title.clone(),
            "inspectorate" => draft.report.inspectorate.clone(),
            "link" => draft.report.link.clone(),
            "published" => date(draft.report.published),
            "responded" => date(draft.responder.response_date),
            "body" => draft.responder.body.clone(),
            "role" => draft.responder.role.label().to_owned(),
            "introduction" => draft.introduction.clone(),
            "comments" => draft.chief_constable.comments.clone(),
            "from" => draft.chief_constable.attribution.clone(),
            "reply" => draft.chief_constable.reply.clone(),
            "signatory" => draft.responder.signatory_name.clone(),
            "signatory title" => draft.responder.signatory_title.clone(),
            "closing" => draft.closing.clone(),
            other => panic!("no field {other}"),
        };
        check(key, value, &actual);
    }
    if draft.items.len() != item_count {
        problems.push(format!(
            "{} items, expected {item_count}: {}",
            draft.items.len(),
            draft
                .items
                .iter()
                .map(Item::heading)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    problems
}

/// Each case of a folder that does not import to its expected structure, with what differs;
/// and how many cases there are.
fn run(folder: &str) -> (usize, Vec<String>) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut cases: Vec<_> = fs::read_dir(&folder)
        .expect("the corpus folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt" || e == "html"))
        .collect();
    cases.sort();
    let mut failed = Vec::new();
    for case in &cases {
        let source = fs::read_to_string(case).expect("the case");
        let expect = fs::read_to_string(case.with_extension("expect"))
            .unwrap_or_else(|_| panic!("{} has no .expect", case.display()));
        let imported = if case.extension().is_some_and(|e| e == "html") {
            parsed_html::import_html(&source)
        } else {
            import::from_text(&source)
        };
        let problems = differences(&expect, &imported);
        if !problems.is_empty() {
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            failed.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    (cases.len(), failed)
}

fn assert_all_right(what: &str, folder: &str, at_least: usize) {
    let (count, failed) = run(folder);
    println!(
        "{what}: {} of {count} cases fully right",
        count - failed.len()
    );
    assert!(count >= at_least, "{count} cases");
    assert!(
        failed.is_empty(),
        "{} cases differ:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn every_case_in_the_corpus_imports_to_its_expected_structure() {
    assert_all_right("the corpus written earlier", "tests/import_corpus", 30);
}

/// The cases written this round, each before the rule that reads it (see its README for which
/// failed when written).
#[test]
fn every_case_written_this_round_imports_to_its_expected_structure() {
    assert_all_right("the cases written this round", "tests/import_round", 15);
}
