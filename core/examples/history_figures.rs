//! Figures for a draft's history: the stored size of 50 versions of a 100-item draft, each
//! after an edit to one item, against 50 whole copies; and how long comparing two 100-item
//! versions, and merging two copies changed since the first, take. Run with `cargo run --release -p drafter-core --example history_figures`.

use drafter_core::compare::differences;
use drafter_core::history::{History, Reason};
use drafter_core::merge::merge;
use drafter_core::template::new_draft;
use drafter_core::{Item, ItemKind};
use std::time::Instant;

fn main() {
    let mut draft = new_draft();
    draft.items = (1..=100)
        .map(|n| {
            let mut item = Item::new(ItemKind::Recommendation, n.to_string());
            item.text = format!("By 31 March 2026, the force should improve how it handles case {n}, with data shared across the partnership and reviewed each quarter.");
            item.response = "The force has made good progress and we will monitor this plan with officers, victims and partners each quarter. ".repeat(4);
            item
        })
        .collect();
    let mut history = History::default();
    let mut whole = 0;
    let first = draft.clone();
    for n in 0..50 {
        draft.items[(n * 7) % 100]
            .response
            .push_str(&format!(" Update {n}: the review found more to do."));
        history.keep(n as f64, Reason::Copied, "", &draft);
        whole += serde_json::to_string(&draft).unwrap().len();
    }
    let stored = history.to_json().len();
    println!("history of a 100-item draft after 50 versions: {:.1} KB stored, against {:.1} KB as whole copies ({:.1}×)", stored as f64 / 1024.0, whole as f64 / 1024.0, whole as f64 / stored as f64);
    let runs = 20;
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..runs {
        found = differences(&draft, &first).len();
    }
    println!("compare two 100-item versions ({found} parts differ): {:.2} ms (native, release, mean of {runs})", start.elapsed().as_secs_f64() * 1000.0 / runs as f64);
    // A colleague's copy of the first version, with 10 items edited, one of them also edited here.
    let mut theirs = first.clone();
    for n in (0..100).step_by(10) {
        theirs.items[n].response.push_str(" Edited by a colleague.");
    }
    let start = Instant::now();
    let mut merged = merge(&first, &draft, &theirs, &[]);
    for _ in 1..runs {
        merged = merge(&first, &draft, &theirs, &[]);
    }
    println!("merge two 100-item copies ({} changes taken, {} collisions): {:.2} ms (native, release, mean of {runs})", merged.taken, merged.collisions.len(), start.elapsed().as_secs_f64() * 1000.0 / runs as f64);
}
