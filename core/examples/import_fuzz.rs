//! A release-mode fuzz loop over the text and HTML importers, and over what is done with two
//! copies of a draft: millions of inputs made by mutating real-looking responses and HTML,
//! each imported, rendered and written as plain text; then three copies of a draft, edited
//! apart, merged (with random choices), compared, tracked as Word's changes, kept as versions
//! and read back, and written as a calendar file. Any panic stops the run. `cargo run
//! --release --example import_fuzz -- 5000000` tries 5 million of each. (With a nightly toolchain, `cargo fuzz` runs the same under
//! coverage guidance: see `core/fuzz/`.)

use drafter_core::history::{History, Reason};
use drafter_core::merge::{merge, Side};
use drafter_core::{calendar, compare, dates, docx, import, Draft};
use drafter_core::{plain, render};
use std::time::Instant;

#[path = "../tests/support/parsed_html.rs"]
mod parsed_html;
use parsed_html::Parsed;

/// xorshift64*: repeatable, and all a fuzz loop needs.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

/// Pieces of real responses and of what breaks parsers.
const PIECES: [&str; 48] = [
    "Recommendation 1",
    "Recommendation 3a: ",
    "Area for improvement 4",
    "Cause of concern",
    "Areas for improvement",
    "Response",
    "Response:",
    "Status: In progress",
    "Lead agency: SWROCU",
    "Our response",
    "Force response",
    "Kent position:",
    "Chief Constable's response",
    "'An inspection of vetting' published by HMICFRS on 12 June 2025",
    "Kent PCC response dated 7 August 2025",
    "Response to HMICFRS report: PEEL 2025",
    "By 31 March 2023, chief constables should ",
    "the 2 November 2022",
    "27th August 2015",
    "12/6/2025",
    "31/6/2025",
    "Thursday 22 September 2022",
    "November 2022",
    "1. ",
    "2) ",
    "- ",
    "• ",
    "o ",
    "",
    "* ",
    "[x](https://example.org)",
    "https://example.org/a_(b)",
    "info@example.org",
    "**bold**",
    "*",
    "_",
    "`",
    "<",
    ">",
    "&amp;",
    "\\",
    "\u{0}",
    "\u{202e}",
    "é",
    "👮",
    "Police and Crime Commissioner",
    "This response is published on the OPCC website",
    "I will continue to hold the Chief Constable to account.",
];

const TAGS: [&str; 20] = [
    "p",
    "div",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "a",
    "br",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "b",
    "span",
    "script",
    "style",
    "blockquote",
    "o:p",
];

fn text_input(random: &mut Random) -> String {
    let mut out = String::new();
    for _ in 0..random.below(24) {
        out.push_str(random.pick(&PIECES));
        out.push_str(random.pick(&[" ", "\n", "\n\n", "", " word ", "\r\n", "\t"]));
    }
    // A few bytes changed at random, cut at a character boundary.
    let mut bytes = out.into_bytes();
    for _ in 0..random.below(4) {
        if !bytes.is_empty() {
            let at = random.below(bytes.len());
            bytes[at] = random.next() as u8;
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn html_input(random: &mut Random) -> String {
    let mut out = String::new();
    let mut open: Vec<&str> = Vec::new();
    for _ in 0..random.below(40) {
        match random.below(4) {
            0 => {
                let tag = random.pick(&TAGS);
                let attributes = random.pick(&[
                    "",
                    " href=\"https://example.org/x\"",
                    " href='javascript:alert(1)'",
                    " class=MsoNormal",
                    " style='mso-list:l0 level1 lfo1'",
                    " href",
                ]);
                out.push_str(&format!("<{tag}{attributes}>"));
                open.push(tag);
            }
            1 => {
                if let Some(tag) = open.pop() {
                    out.push_str(&format!("</{tag}>"));
                }
            }
            _ => out.push_str(&text_input(random)),
        }
    }
    out
}

/// A copy of `base` edited at random: words of its free text rewritten, items removed,
/// moved or added, as two colleagues would.
fn edited(base: &Draft, random: &mut Random) -> Draft {
    let mut draft = base.clone();
    for _ in 0..random.below(4) {
        let words = text_input(random);
        match random.below(5) {
            0 => draft.introduction = words,
            1 => draft.introduction.push_str(&words),
            2 if !draft.items.is_empty() => {
                let at = random.below(draft.items.len());
                draft.items[at].response = words;
            }
            3 if !draft.items.is_empty() => {
                let at = random.below(draft.items.len());
                let item = draft.items.remove(at);
                if random.below(2) == 0 {
                    let to = random.below(draft.items.len() + 1);
                    draft.items.insert(to, item);
                }
            }
            _ => draft.closing = words,
        }
    }
    draft
}

fn two_copies(random: &mut Random) {
    let mut base = import::from_text(&text_input(random)).draft;
    base.report.published = dates::from_calendar(2025, 1 + random.below(12) as u8, 1);
    let (ours, theirs) = (edited(&base, random), edited(&base, random));
    let choices: Vec<Side> = (0..8)
        .map(|_| {
            if random.below(2) == 0 {
                Side::Ours
            } else {
                Side::Theirs
            }
        })
        .collect();
    let merged = merge(&base, &ours, &theirs, &choices);
    let mut history = History::default();
    for (at, draft) in [&base, &ours, &theirs, &merged.draft]
        .into_iter()
        .enumerate()
    {
        history.keep(at as f64, Reason::Copied, "", draft);
    }
    let read = History::read(&history.to_json()).expect("a history reads back");
    assert_eq!(read.versions.len(), history.versions.len());
    std::hint::black_box((
        compare::differences(&ours, &theirs),
        compare::item_changes(&base, &merged.draft),
        docx::document_with_changes(
            &ours,
            &base,
            "an earlier version",
            "A",
            "2025-08-07T10:00:00Z",
        ),
        calendar::deadline_event(&merged.draft, "fuzz", 1_764_581_400_000.0),
    ));
}

fn main() {
    let tries: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let start = Instant::now();
    for _ in 0..tries {
        let imported = import::from_text(&text_input(&mut random));
        std::hint::black_box((render(&imported.draft), plain::text(&imported.draft)));
    }
    println!(
        "text importer: {tries} inputs, no panic, {:.0} s",
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    for _ in 0..tries {
        let document = scraper::Html::parse_document(&html_input(&mut random));
        let imported = import::from_html(&Parsed(document.tree.root()));
        std::hint::black_box(render(&imported.draft));
    }
    println!(
        "HTML importer: {tries} inputs, no panic, {:.0} s",
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    for _ in 0..tries {
        two_copies(&mut random);
    }
    println!(
        "merge, compare, tracked changes, history and calendar: {tries} sets of three copies, no panic, {:.0} s",
        start.elapsed().as_secs_f64()
    );
}
