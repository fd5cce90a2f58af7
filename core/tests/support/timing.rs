//! Timing for the scaling tests: the fastest of three runs, so a pause elsewhere on the
//! machine does not count.

use std::time::{Duration, Instant};

pub fn time(run: impl Fn()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .expect("three runs")
}
