//! Merging a colleague's copy of a draft, imported from a file: every change that does not
//! collide is taken; each collision is shown side by side for the person to choose. Nothing is
//! written until they confirm, and the draft before, their copy and the result are all kept as
//! versions.

use super::pending::PendingMerge;
use super::session::Session;
use crate::platform::storage;
use crate::platform::worker::{self, Unavailable};
use drafter_core::draft_file::Entry;
use drafter_core::history::Reason;
use drafter_core::merge::Side;
use drafter_core::protocol::Offer;
use drafter_core::{size, Record};
use leptos::prelude::*;

/// What a copy from a file is to the draft here with its id.
pub(super) enum MergeOffer {
    /// The two are the same: nothing to import.
    Same,
    /// Both changed since a version they share, or only the copy did.
    Merge(Box<PendingMerge>),
    /// Not here, an earlier version of the draft here, or no version in common: keep both, or
    /// replace, as the person says.
    Import,
}

impl Session {
    /// How a copy from a file stands to the draft here with its id (the worker finds the
    /// version they share, and works out the merge question).
    pub(super) async fn merge_offer(&self, entry: &Entry) -> Result<MergeOffer, Unavailable> {
        let Some(id) = entry.id.clone() else {
            return Ok(MergeOffer::Import);
        };
        let Some(ours) = self.record_of(&id) else {
            return Ok(MergeOffer::Import);
        };
        let theirs = entry.record.draft.clone();
        let history = storage::stored_history(&id);
        Ok(
            match worker::offer(&ours.draft, &history, &theirs, &entry.versions).await? {
                Offer::Same => MergeOffer::Same,
                Offer::Merge { base, question } => MergeOffer::Merge(Box::new(PendingMerge {
                    entry: entry.clone(),
                    id,
                    base: *base,
                    ours,
                    theirs,
                    question,
                })),
                Offer::Import => MergeOffer::Import,
            },
        )
    }

    /// Asks the merge questions in turn, the first now.
    pub(super) fn ask_merges(&self, mut merges: Vec<PendingMerge>) {
        if merges.is_empty() {
            return;
        }
        let first = merges.remove(0);
        self.store.merges_waiting.set(merges);
        self.store.pending_merge.set(Some(first));
    }

    /// The merge question answered (merged, kept both, or cancelled): the next one, if any.
    pub fn next_merge(&self) {
        let mut waiting = self.store.merges_waiting.get_untracked();
        if waiting.is_empty() {
            self.store.pending_merge.set(None);
            return;
        }
        let next = waiting.remove(0);
        self.store.merges_waiting.set(waiting);
        self.store.pending_merge.set(Some(next));
    }

    /// Writes the merge as chosen (worked out by the worker): the draft before and the file's
    /// copy are kept as versions first, then the result, which is opened. Nothing is written
    /// when the question was cancelled or answered otherwise meanwhile.
    pub async fn finish_merge(&self, pending: PendingMerge, choices: Vec<Side>) {
        let merged = worker::merge(
            &pending.base,
            &pending.ours.draft,
            &pending.theirs,
            &choices,
        )
        .await;
        let still_asked = self
            .store
            .pending_merge
            .with_untracked(|asked| asked.as_ref() == Some(&pending));
        if !still_asked {
            return;
        }
        // Words written here while the question was open are never merged away: the question
        // is asked again with the draft as it is now.
        self.flush();
        match self.record_of(&pending.id) {
            Some(now) if now.draft != pending.ours.draft => {
                self.ask_again(pending, now).await;
                return;
            }
            Some(_) => {}
            None => {
                self.next_merge();
                self.messages.library.set(Some(Err("The draft to merge into is no longer in this browser. Nothing has been merged; import the file again to keep it.".to_owned())));
                return;
            }
        }
        let Ok(merged) = merged else {
            self.messages.library.set(Some(Err(UNAVAILABLE.to_owned())));
            return;
        };
        if let Some(problem) = size::too_large(&merged.draft) {
            self.messages.library.set(Some(Err(format!(
                "The merged draft cannot be kept: {problem}. Nothing has been merged; shorten that part in one copy and merge again."
            ))));
            return;
        }
        let PendingMerge {
            id, ours, theirs, ..
        } = &pending;
        let _ = storage::keep_version(id, Reason::BeforeMerge, "", &ours.draft);
        let _ = storage::keep_version(id, Reason::TheirCopy, "", theirs);
        let mut record = ours.clone();
        record.draft = merged.draft;
        self.open(id.clone(), record);
        self.save_now();
        self.keep_version(Reason::Merged, "");
        self.next_merge();
        self.refresh();
        let settled = match merged.collisions {
            0 => String::new(),
            1 => " and 1 collision settled as you chose".to_owned(),
            n => format!(" and {n} collisions settled as you chose"),
        };
        self.messages.library.set(Some(Ok(format!(
            "Merged the file’s copy into “{}”: {}{settled}. It is open, and the draft as it was before is kept as a version.",
            ours.title(),
            changes_taken(merged.taken),
        ))));
    }

    /// The merge question again, with the draft as it is now.
    async fn ask_again(&self, pending: PendingMerge, now: Record) {
        match worker::question(&pending.base, &now.draft, &pending.theirs).await {
            Ok(question) => {
                self.store.pending_merge.set(Some(PendingMerge {
                    ours: now,
                    question,
                    ..pending
                }));
                self.messages.library.set(Some(Ok("The draft changed while the merge was waiting, so here is the merge again with the draft as it is now. Choose again where the two collide.".to_owned())));
            }
            Err(Unavailable) => self.messages.library.set(Some(Err(UNAVAILABLE.to_owned()))),
        }
    }
}

/// The worker did not answer: nothing was written, and the question stays to try again.
pub(super) const UNAVAILABLE: &str = "The merge could not be worked out in this browser just now. Nothing has been merged: press Merge again, or reload the page and import the file again.";

fn changes_taken(count: usize) -> String {
    match count {
        1 => "1 change taken from the file".to_owned(),
        n => format!("{n} changes taken from the file"),
    }
}
