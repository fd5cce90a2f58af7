//! Rendering a draft that holds a real published response gives back that response: every
//! part of it, in order, nothing missing, nothing added and nothing escaped twice.

use drafter_core::checks::{self, Severity};
use drafter_core::dates::from_calendar;
use drafter_core::{render, template, Draft, Item, ItemKind, Record, Role};
use std::path::PathBuf;

const FIXTURE: &str = "avon-somerset-soc-2025.txt";

fn fixture_text() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/fixtures")
        .join(FIXTURE);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn is_item_heading(line: &str) -> bool {
    line.starts_with("Area for improvement ")
}

/// The draft a person would type to recreate the fixture, its texts taken from the fixture.
fn fixture_draft(text: &str) -> Draft {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
    draft.report.title = lines[0].split('\'').nth(1).unwrap().to_owned();
    draft.report.published = from_calendar(2025, 6, 12);
    draft.responder.body = "Avon & Somerset".to_owned();
    draft.responder.role = Role::Pcc;
    let first_item = lines.iter().position(|l| is_item_heading(l)).unwrap();
    draft.introduction = lines[1..first_item].join("\n\n");
    draft.items.clear();
    let closing = lines.len() - 1;
    let mut at = first_item;
    while at < closing {
        let number = lines[at].rsplit(' ').next().unwrap();
        let response_at = at + lines[at..].iter().position(|l| *l == "Response").unwrap();
        let next = (response_at..closing)
            .find(|i| is_item_heading(lines[*i]))
            .unwrap_or(closing);
        let mut item = Item::new(ItemKind::AreaForImprovement, number);
        item.text = lines[at + 1..response_at].join("\n");
        item.response = lines[response_at + 1..next].join("\n");
        draft.items.push(item);
        at = next;
    }
    draft.closing = lines[closing].to_owned();
    draft
}

/// The words a reader sees, with markup, bullets and spacing differences set aside.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let decoded = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    collapse(&decoded)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fixture_words(text: &str) -> String {
    let unmarked: String = text
        .lines()
        .map(|l| l.trim().strip_prefix("- ").unwrap_or(l.trim()))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("**", "");
    collapse(&unmarked)
}

#[test]
fn rendering_the_fixture_draft_gives_back_every_word_in_order() {
    let text = fixture_text();
    let html = render(&fixture_draft(&text));
    assert_eq!(visible_text(&html), fixture_words(&text));
}

#[test]
fn rendering_the_fixture_draft_gives_its_structure() {
    let text = fixture_text();
    let html = render(&fixture_draft(&text));
    let headings: Vec<&str> = html.lines().filter(|l| l.starts_with("<h3>")).collect();
    assert_eq!(
        headings,
        [
            "<h3>Area for improvement 1</h3>",
            "<h3>Area for improvement 2</h3>",
            "<h3>Area for improvement 4</h3>",
            "<h3>Area for improvement 5</h3>"
        ]
    );
    assert_eq!(html.matches("<h4>Response</h4>").count(), 4);
    assert_eq!(html.matches("<h2>").count(), 1);
    assert!(html.contains(
        "<h2>Avon &amp; Somerset PCC response dated <time datetime=\"2025-08-07\">7 August 2025</time></h2>"
    ));
    assert!(html.contains("on <time datetime=\"2025-06-12\">12 June 2025</time></p>"));
    let list = &html[html.find("<ul>").unwrap()..html.find("</ul>").unwrap()];
    assert_eq!(list.matches("<li>").count(), 5);
    assert!(list.contains("<li>increasing the SOC resource in the Intelligence department</li>"));
    assert!(html.ends_with(
        "<p>This response is published on the OPCC website <a href=\"https://www.avonandsomerset-pcc.gov.uk/reports-publications/hmicfrs-reports/\">https://www.avonandsomerset-pcc.gov.uk/reports-publications/hmicfrs-reports/</a></p>\n"
    ));
    assert!(!html.contains("&amp;amp;"));
    assert!(!html.contains("style="));
    assert!(!html.contains("class="));
    for empty in [
        "<p></p>",
        "<li></li>",
        "<ul></ul>",
        "<h3></h3>",
        "<h4></h4>",
    ] {
        assert!(!html.contains(empty), "found {empty}");
    }
}

#[test]
fn the_draft_round_trips_through_json_exactly() {
    let mut draft = fixture_draft(&fixture_text());
    draft.responder.role = Role::Other("Mayor's Office for Policing and Crime".into());
    draft.items[0].kind = ItemKind::Custom("Innovative practice".into());
    draft.items[1].status = "In progress".into();
    draft.chief_constable.comments = "Comments ✓ “quoted” <b>".into();
    draft.report.published = None;
    let json = serde_json::to_string(&draft).unwrap();
    let back: Draft = serde_json::from_str(&json).unwrap();
    assert_eq!(back, draft);
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

#[test]
fn stored_json_names_its_schema_version_and_iso_dates() {
    let record = Record::new(fixture_draft(&fixture_text()));
    let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    assert_eq!(json["schema_version"], drafter_core::SCHEMA_VERSION);
    assert_eq!(json["draft"]["responder"]["response_date"], "2025-08-07");
    assert_eq!(json["draft"]["report"]["published"], "2025-06-12");
}

#[test]
fn an_impossible_stored_date_is_refused_not_guessed() {
    let draft = fixture_draft(&fixture_text());
    let json = serde_json::to_string(&draft)
        .unwrap()
        .replace("2025-06-12", "2025-02-30");
    assert!(serde_json::from_str::<Draft>(&json).is_err());
}

#[test]
fn the_published_fixture_was_one_day_late_and_answers_every_item() {
    let draft = fixture_draft(&fixture_text());
    let review = checks::review(&draft, None);
    let deadline = review
        .deadline
        .expect("the publication date gives a deadline");
    assert_eq!(deadline.last_day, from_calendar(2025, 8, 6).unwrap());
    assert_eq!((review.answered, review.items), (4, 4));
    let to_fix: Vec<&str> = review
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Fix)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        to_fix,
        vec!["The response is dated 7 August 2025, 1 day after the last day for publishing it (6 August 2025)."]
    );
    assert!(review.findings.iter().any(|f| f.severity == Severity::Check
        && f.message.starts_with("The introduction says “eight weeks”")));
}
