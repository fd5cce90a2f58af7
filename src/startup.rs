//! The app draws itself over a few short tasks as it starts, rather than in one long one: the
//! first time any part of the app runs, the browser compiles its code on the page's thread, so
//! drawing everything at once held the page still for 80–200 ms. The `Later` parts are drawn
//! one at a time, in the order they were made, each in a task of its own after the browser has
//! drawn the one before (so laying out the page is shared out too). Once the app has started,
//! a part is drawn at once, with the rest.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

thread_local! {
    static STARTING: Cell<bool> = const { Cell::new(true) };
    /// The parts waiting to be drawn, first made first.
    static WAITING: RefCell<VecDeque<RwSignal<bool>>> = const { RefCell::new(VecDeque::new()) };
}

/// What it holds, drawn after the parts made before it while the app starts, at once after.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let drawn = RwSignal::new(!STARTING.get());
    if !drawn.get_untracked() {
        let first = WAITING.with_borrow_mut(|waiting| {
            waiting.push_back(drawn);
            waiting.len() == 1
        });
        if first {
            draw_next_after_paint();
        }
    }
    view! { <Show when=move || drawn.get()>{children()}</Show> }
}

/// Draws the next part waiting once the browser has shown the page as it is, or at once when
/// the page is hidden (nobody waits, and a hidden page is not drawn). The start is over when
/// none is left.
fn draw_next_after_paint() {
    let draw_next = || {
        let next = WAITING.with_borrow(|waiting| waiting.front().copied());
        let Some(next) = next else {
            STARTING.set(false);
            return;
        };
        // A part closed before its turn came (another draft opened) has nothing to draw.
        let _ = next.try_set(true);
        WAITING.with_borrow_mut(|waiting| waiting.pop_front());
        draw_next_after_paint();
    };
    if document().hidden() {
        set_timeout(draw_next, Duration::ZERO);
    } else {
        request_animation_frame(move || set_timeout(draw_next, Duration::ZERO));
    }
}
