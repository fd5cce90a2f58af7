//! Thin wrappers round what the browser provides, with no components: storage, the clipboard,
//! files, the clock, timings, where the focus goes, and the rescue after a crash.

pub mod clipboard;
pub mod clock;
pub mod events;
pub mod files;
pub mod focus;
pub mod rescue;
pub mod storage;
pub mod timing;
pub mod worker;
