//! The drafts: the one open, as signals the page follows; the session that opens, saves and
//! guards them; and the list of every draft in this browser.

pub mod conflict;
pub mod library;
pub mod merge;
pub mod session;
pub mod state;
mod tabs;
mod transfer;
pub mod versions;
