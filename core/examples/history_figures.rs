//! Figures for a draft's history: the stored size of 50 versions of a 100-item draft, each
//! after an edit to one item, against 50 whole copies; and how long comparing two 100-item
//! versions, and merging two copies changed since the first, take. Run with `cargo run --release -p drafter-core --example history_figures`.

use drafter_core::compare::differences;
use drafter_core::history::{History, Reason};
use drafter_core::merge::merge;
use drafter_core::template::new_draft;
use drafter_core::{Item, ItemKind};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts the bytes held, and the most held at once, so reading a history shows its memory.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(held, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

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
    // A thousand versions, each after one edit, read back as the versions list and a merge do.
    let mut long = History::default();
    for n in 0..1_000 {
        draft.items[(n * 7) % 100]
            .response
            .push_str(&format!(" Update {n}."));
        long.keep(n as f64, Reason::Copied, "", &draft);
    }
    let text = long.to_json();
    drop(long);
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let read = History::read(&text).expect("reads back");
    let held = HELD.load(Ordering::Relaxed) - before;
    let peak = PEAK.load(Ordering::Relaxed) - before;
    println!(
        "read a history of {} versions of a 100-item draft: {:.0} KB stored, {:.1} MB held once read, {:.1} MB at the most while reading",
        read.versions.len(),
        text.len() as f64 / 1024.0,
        held as f64 / 1_048_576.0,
        peak as f64 / 1_048_576.0
    );
}
