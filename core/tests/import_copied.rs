//! The same words, copied another way: text copied on Windows (CRLF), from an old Mac (CR),
//! saved by Notepad (a byte-order mark), from Word (no-break spaces, lines ending in spaces or a
//! tab, paragraphs indented with one), from Google Docs (its own bullets) looks the same to a
//! person and must import the same. Each real and written case of the
//! import's corpora is imported as it is and with each of these differences, and the drafts made
//! must be the same.

use drafter_core::import;
use drafter_core::model::Draft;
use std::fs;
use std::path::Path;

/// Every text case: the development set of real responses, the corpus and the round's cases.
fn texts() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for folder in [
        "tests/import_dev",
        "tests/import_corpus",
        "tests/import_round",
    ] {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let mut paths: Vec<_> = fs::read_dir(&folder)
            .expect("the corpus folder")
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            found.push((name, fs::read_to_string(&path).expect("the case")));
        }
    }
    assert!(found.len() > 70, "the corpora are read: {}", found.len());
    found
}

/// The draft without the items' identities, which are new each time.
fn imported(text: &str) -> Draft {
    let mut draft = import::from_text(text).draft;
    for item in &mut draft.items {
        item.id.clear();
    }
    draft
}

/// A way of copying: its name, and what it makes of the text.
type Copying = (&'static str, fn(&str) -> String);

fn each_line(text: &str, change: impl Fn(&str) -> String) -> String {
    text.lines().map(change).collect::<Vec<_>>().join("\n")
}

#[test]
fn text_copied_another_way_imports_the_same() {
    let ways: [Copying; 8] = [
        ("Windows line ends", |t| t.replace('\n', "\r\n")),
        ("old Mac line ends", |t| t.replace('\n', "\r")),
        ("a byte-order mark", |t| format!("\u{feff}{t}")),
        ("lines ending in spaces", |t| {
            each_line(t, |l| format!("{l}  "))
        }),
        ("lines ending in a tab", |t| {
            each_line(t, |l| format!("{l}\t"))
        }),
        ("paragraphs indented with a tab", |t| {
            each_line(t, |l| match l.trim().is_empty() {
                true => l.to_owned(),
                false => format!("\t{l}"),
            })
        }),
        ("no-break spaces", |t| t.replace(' ', "\u{a0}")),
        ("Google Docs' bullets", |t| t.replace("• ", "● ")),
    ];
    let mut differ = Vec::new();
    for (name, text) in texts() {
        let expected = imported(&text);
        for (way, copy) in ways {
            if imported(&copy(&text)) != expected {
                differ.push(format!("{name} with {way}"));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} imports differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
