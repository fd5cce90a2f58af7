//! The same words, copied another way: text copied on Windows (CRLF), from an old Mac (CR),
//! saved by Notepad (a byte-order mark), from Word (no-break spaces, lines ending in spaces or a
//! tab, paragraphs indented with one), from Google Docs (its own bullets) looks the same to a
//! person and must import the same. Each real and written case of the import's corpora is
//! imported as it is and with each of these differences, and the drafts made must be the same;
//! and each, pasted as the HTML Google Docs, Word or a web page puts on the clipboard, imports as
//! its text does.

#[path = "support/parsed_html.rs"]
mod parsed_html;

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
fn without_ids(mut draft: Draft) -> Draft {
    for item in &mut draft.items {
        item.id.clear();
    }
    draft
}

fn imported(text: &str) -> Draft {
    without_ids(import::from_text(text).draft)
}

fn escaped(line: &str) -> String {
    line.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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

/// Cases whose shape only text has: a table as tab-separated or one-cell-a-line text, an email's
/// quoted lines, and text copied out of a PDF (lines broken mid-sentence, page furniture).
const ONLY_AS_TEXT: [&str; 7] = [
    "r07-", "r09-", "r17-", "28-pdf", "29-pdf", "31-pdf", "32-pdf",
];

#[test]
fn a_response_copied_from_google_docs_or_word_imports_as_its_text_does() {
    let ways: [Copying; 3] = [
        ("Google Docs", |text| {
            let paragraphs: String = text
                .lines()
                .map(|line| match line.trim().is_empty() {
                    true => "<br>".to_owned(),
                    false => format!(
                        "<p dir=\"ltr\" style=\"margin-top:0pt\"><span style=\"font-size:11pt;font-weight:400\">{}</span></p>",
                        escaped(line)
                    ),
                })
                .collect();
            format!("<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">{paragraphs}</b>")
        }),
        ("Word", |text| {
            let paragraphs: String = text
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| {
                    format!(
                        "<p class=MsoNormal><span style='font-family:\"Arial\"'>{}<o:p></o:p></span></p>",
                        escaped(line)
                    )
                })
                .collect();
            format!("<html><body lang=EN-GB><!--StartFragment-->{paragraphs}<!--EndFragment--></body></html>")
        }),
        ("a web page's no-break spaces", |text| {
            text.lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| format!("<p>{}</p>", escaped(line).replace(' ', "&nbsp;")))
                .collect()
        }),
    ];
    let mut differ = Vec::new();
    for (name, text) in texts() {
        if ONLY_AS_TEXT.iter().any(|start| name.starts_with(start)) {
            continue;
        }
        let expected = imported(&text);
        for (way, html) in ways {
            if without_ids(parsed_html::import_html(&html(&text)).draft) != expected {
                differ.push(format!("{name} from {way}"));
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
