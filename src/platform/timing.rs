//! User-timing entries, so a benchmark (or the browser's own tools) can see what work costs.

use leptos::prelude::window;

/// Does `work`, recording how long it took as a user-timing measure called `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = window().performance();
    let start = format!("{name} starts");
    let end = format!("{name} ends");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.mark(&end);
        let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
        performance.clear_marks_with_mark_name(&start);
        performance.clear_marks_with_mark_name(&end);
    }
    result
}
