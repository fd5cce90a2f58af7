//! The development set: 22 responses published by commissioners' offices, copied from their web
//! pages as they are (`import_dev/`, with its key in `expected.tsv` and `answered.tsv`; see its
//! README). Written by others, never edited here: each must import fully right, its report's
//! title (or none where the text never names it), both dates (or none where the text does not
//! state them), its items in order, and a response for each item the text answers.

use drafter_core::dates;
use drafter_core::import;
use std::fs;
use std::path::{Path, PathBuf};

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_dev")
}

/// The rows of a key, each a list of its columns, without the header.
fn rows(name: &str) -> Vec<Vec<String>> {
    fs::read_to_string(folder().join(name))
        .expect("the key")
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

fn date(value: Option<time::Date>) -> String {
    value.map(dates::iso).unwrap_or_else(|| "-".into())
}

/// What differs between the key's row and what the import made of the file.
fn differences(row: &[String], answered: &[String]) -> Vec<String> {
    let [file, title, published, responded, items, count] = row else {
        panic!("a row of six columns: {row:?}");
    };
    let text = fs::read_to_string(folder().join(file)).expect("the file");
    let draft = import::from_text(&text).draft;
    let mut problems = Vec::new();
    let titles: Vec<&str> = title.split(" || ").collect();
    let found_title = if draft.report.title.is_empty() {
        "-"
    } else {
        draft.report.title.as_str()
    };
    if !titles.contains(&found_title) {
        problems.push(format!("title: expected {titles:?}, got {found_title:?}"));
    }
    for (what, expected, actual) in [
        ("published", published, date(draft.report.published)),
        ("responded", responded, date(draft.responder.response_date)),
    ] {
        if *expected != actual {
            problems.push(format!("{what}: expected {expected}, got {actual}"));
        }
    }
    let headings: Vec<String> = draft.items.iter().map(|item| item.heading()).collect();
    let expected_headings: Vec<String> = match items.as_str() {
        "-" => Vec::new(),
        items => items.split('|').map(str::to_owned).collect(),
    };
    if headings != expected_headings || headings.len().to_string() != *count {
        problems.push(format!(
            "items: expected {expected_headings:?}, got {headings:?}"
        ));
    }
    for heading in answered {
        let response = draft
            .items
            .iter()
            .find(|item| item.heading() == *heading)
            .map(|item| item.response.trim().to_owned())
            .unwrap_or_default();
        if response.is_empty() {
            problems.push(format!("{heading}: no response"));
        }
    }
    problems
}

#[test]
fn every_real_response_in_the_development_set_imports_fully_right() {
    let answered = rows("answered.tsv");
    let rows = rows("expected.tsv");
    let mut failed = Vec::new();
    for row in &rows {
        let answered_here: Vec<String> = answered
            .iter()
            .filter(|a| a[0] == row[0])
            .flat_map(|a| a[1].split('|').map(str::to_owned).collect::<Vec<_>>())
            .collect();
        let problems = differences(row, &answered_here);
        if !problems.is_empty() {
            failed.push(format!("{}:\n  {}", row[0], problems.join("\n  ")));
        }
    }
    println!(
        "development set: {} of {} real responses fully right",
        rows.len() - failed.len(),
        rows.len()
    );
    assert_eq!(rows.len(), 22);
    assert!(
        failed.is_empty(),
        "{} of {} differ:\n{}",
        failed.len(),
        rows.len(),
        failed.join("\n")
    );
}

/// Every text of both corpora: this round's real responses and the cases written for the
/// importer.
fn every_corpus_text() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for dir in [
        "tests/import_dev",
        "tests/import_corpus",
        "tests/import_round",
    ] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                texts.push((name, fs::read_to_string(&path).expect("the text")));
            }
        }
    }
    texts.sort();
    texts
}

#[test]
fn no_sentence_ever_becomes_a_title() {
    let mut tried = 0;
    for (name, text) in every_corpus_text() {
        let paragraphs: Vec<&str> = text.split('\n').filter(|p| !p.trim().is_empty()).collect();
        // Each paragraph alone, each with the one after it, and the whole text.
        let mut inputs: Vec<String> = paragraphs.iter().map(|p| (*p).to_owned()).collect();
        inputs.extend(paragraphs.windows(2).map(|pair| pair.join("\n")));
        inputs.push(text.clone());
        for input in inputs {
            let title = import::from_text(&input).draft.report.title;
            assert!(
                !import::title::is_sentence(&title),
                "{name}: the sentence {title:?} became a title, from {:?}",
                input.chars().take(200).collect::<String>()
            );
            tried += 1;
        }
    }
    println!("no sentence became a title in {tried} imports");
    assert!(tried > 500, "{tried}");
}

/// The copies here are the development set as it is: where the shared folder is beside the
/// project, each file matches it byte for byte.
#[test]
fn the_development_set_is_copied_as_it_is() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/import-dev");
    let Ok(entries) = fs::read_dir(&shared) else {
        println!("no shared folder beside the project: nothing to compare");
        return;
    };
    let mut compared = 0;
    for entry in entries {
        let path = entry.expect("an entry").path();
        let name = path.file_name().expect("a name");
        let copy =
            fs::read(folder().join(name)).unwrap_or_else(|_| panic!("{name:?} is not copied"));
        assert_eq!(
            copy,
            fs::read(&path).expect("the original"),
            "{name:?} differs"
        );
        compared += 1;
    }
    assert!(compared >= 24, "{compared} files");
}
