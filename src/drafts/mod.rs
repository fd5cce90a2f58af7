//! The drafts, with no views of their own: the one open, as signals the page follows; the
//! session that opens, saves and guards them; its flows for versions, other tabs, files and
//! merging a copy. The views are in `library` (the drafts list) and `versions`.

pub mod history;
pub mod merge;
mod pending;
pub mod session;
pub mod state;
mod tabs;
mod transfer;
