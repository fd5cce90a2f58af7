//! What waits for the person to choose: another tab's version of the open draft, a drafts
//! file with drafts already here, a copy to merge. Plain data the session holds; the flows
//! that fill and settle them are in `tabs`, `transfer` and `merge`.

use drafter_core::draft_file::Entry;
use drafter_core::merge::question::Question;
use drafter_core::{Draft, Record};

/// Another tab saved the open draft after this one read it.
#[derive(Clone, PartialEq)]
pub struct Conflict {
    /// What the other tab saved, or `None` when this version cannot read it.
    pub theirs: Option<Box<Record>>,
}

/// A drafts file read and checked, waiting for the person to say what to do about drafts
/// that are already in this browser.
#[derive(Clone, PartialEq)]
pub struct PendingImport {
    pub entries: Vec<Entry>,
    /// Titles of the drafts in the file that are already here.
    pub clashes: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
pub enum ImportChoice {
    KeepBoth,
    Replace,
}

/// A copy from a file that shares a version with a draft here, and the question merging it
/// asks (worked out by the worker).
#[derive(Clone, PartialEq)]
pub struct PendingMerge {
    /// The file's entry, to keep both instead.
    pub entry: Entry,
    pub id: String,
    pub base: Draft,
    pub ours: Record,
    pub theirs: Draft,
    pub question: Question,
}
