//! The app draws itself over a few short tasks as it starts, rather than in one long one: the
//! first time any part of the app runs, the browser compiles its code on the page's thread, so
//! drawing everything at once held the page still for 80–200 ms. The `Later` parts are drawn
//! one at a time, in the order they were made, each in a task of its own; what can wait for
//! the whole page (the rest of a long draft's items) waits with `after_start`. Once the app has
//! started, a part is drawn at once, with the rest.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

type Work = Box<dyn FnOnce()>;

thread_local! {
    static STARTING: Cell<bool> = const { Cell::new(true) };
    /// The parts waiting to be drawn, first made first.
    static WAITING: RefCell<VecDeque<RwSignal<bool>>> = const { RefCell::new(VecDeque::new()) };
    /// What waits for every part to be drawn.
    static AFTER_START: RefCell<Vec<Work>> = const { RefCell::new(Vec::new()) };
}

/// What it holds, drawn after the parts made before it while the app starts (or, `at_the_end`,
/// after every part), at once after.
#[component]
pub fn Later(#[prop(optional)] at_the_end: bool, children: ChildrenFn) -> impl IntoView {
    let drawn = RwSignal::new(!STARTING.get());
    if !drawn.get_untracked() && at_the_end {
        after_start(move || {
            let _ = drawn.try_set(true);
        });
    } else if !drawn.get_untracked() {
        let first = WAITING.with_borrow_mut(|waiting| {
            waiting.push_back(drawn);
            waiting.len() == 1
        });
        if first {
            set_timeout(draw_next, Duration::ZERO);
        }
    }
    view! { <Show when=move || drawn.get()>{children()}</Show> }
}

/// Runs `work` in a task of its own once every part of the starting app is drawn, or in the
/// next task when the app has started.
pub fn after_start(work: impl FnOnce() + 'static) {
    if STARTING.get() {
        AFTER_START.with_borrow_mut(|after| after.push(Box::new(work)));
    } else {
        set_timeout(work, Duration::ZERO);
    }
}

/// Draws the next part waiting, then, in the next task, the one after (all of them at once in
/// a hidden page: nobody waits, and a hidden page's timers are slowed). The start is over when
/// none is left.
fn draw_next() {
    if document().hidden() {
        while let Some(next) = WAITING.with_borrow_mut(VecDeque::pop_front) {
            let _ = next.try_set(true);
        }
    }
    let next = WAITING.with_borrow(|waiting| waiting.front().copied());
    let Some(next) = next else {
        STARTING.set(false);
        for work in AFTER_START.take() {
            set_timeout(work, Duration::ZERO);
        }
        return;
    };
    // A part closed before its turn came (another draft opened) has nothing to draw.
    let _ = next.try_set(true);
    WAITING.with_borrow_mut(|waiting| waiting.pop_front());
    set_timeout(draw_next, Duration::ZERO);
}
