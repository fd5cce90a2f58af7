//! Timing: work that waits for a pause (one timer at a time, started again by each change), and
//! user-timing entries, so a benchmark (or the browser's own tools) can see what work costs.

use gloo_timers::callback::Timeout;
use leptos::prelude::window;
use std::cell::RefCell;

/// Work waiting for a pause: starting it again replaces what was waiting.
pub struct Pending(RefCell<Option<Timeout>>);

impl Pending {
    pub const fn new() -> Pending {
        Pending(RefCell::new(None))
    }

    /// Runs `work` after `ms` milliseconds, unless started again or cancelled before.
    pub fn start(&self, ms: u32, work: impl FnOnce() + 'static) {
        self.0.replace(Some(Timeout::new(ms, work)));
    }

    /// Stops what was waiting; whether anything was.
    pub fn cancel(&self) -> bool {
        self.0.borrow_mut().take().is_some()
    }

    pub fn is_waiting(&self) -> bool {
        self.0.borrow().is_some()
    }
}

/// Milliseconds since the page started, to the fraction: for work that shares its time.
pub fn now_ms() -> f64 {
    window()
        .performance()
        .map_or(0.0, |performance| performance.now())
}

/// Does `work`, recording how long it took as a user-timing measure called `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let timer = Timer::start(name);
    let result = work();
    timer.end();
    result
}

/// As `measured`, for work that waits (a question to the worker): from its start to its
/// answer, the wait included.
pub async fn measured_while<T>(name: &str, work: impl std::future::Future<Output = T>) -> T {
    let timer = Timer::start(name);
    let result = work.await;
    timer.end();
    result
}

/// A user-timing measure, from its start mark to its end.
struct Timer<'a> {
    name: &'a str,
    start: String,
}

impl<'a> Timer<'a> {
    fn start(name: &'a str) -> Timer<'a> {
        let start = format!("{name} starts");
        if let Some(performance) = window().performance() {
            let _ = performance.mark(&start);
        }
        Timer { name, start }
    }

    fn end(self) {
        let Some(performance) = window().performance() else {
            return;
        };
        let end = format!("{} ends", self.name);
        let _ = performance.mark(&end);
        let _ = performance.measure_with_start_mark_and_end_mark(self.name, &self.start, &end);
        performance.clear_marks_with_mark_name(&self.start);
        performance.clear_marks_with_mark_name(&end);
    }
}
