//! The open draft's versions: keeping one (by name, on a break, before a restore or another
//! tab's version), and restoring one.

use super::session::{dropped_message, Session};
use crate::platform::storage::{self, SaveError};
use drafter_core::history::{Reason, Version};
use leptos::prelude::*;

/// How long without a change before the next change keeps the draft as it was.
const BREAK_MS: f64 = 30.0 * 60.0 * 1000.0;

thread_local! {
    /// When the open draft last changed, to tell a break from a pause.
    static LAST_CHANGE: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

impl Session {
    /// Keeps the open draft, as it stands, as a version; says so where one was dropped to make
    /// room. Failing to keep one never stops the work: the draft itself is saved apart.
    pub fn keep_version(&self, reason: Reason, name: &str) -> Option<bool> {
        let state = self.open.current.get_untracked();
        match storage::keep_version(&state.id(), reason, name, &state.snapshot()) {
            Ok(kept) => {
                if kept.dropped > 0 {
                    self.messages
                        .notice
                        .set(Some(dropped_message(kept.dropped)));
                }
                Some(kept.kept)
            }
            Err(SaveError::Unavailable) => None,
            Err(_) => {
                self.messages.notice.set(Some(
                    "A version of this draft could not be kept: storage is full. The draft itself is saved as before; delete or export drafts you no longer need.".to_owned(),
                ));
                None
            }
        }
    }

    /// Called on every change to the open draft: the first after a break keeps the draft as
    /// it was saved before it.
    pub fn note_change(&self) {
        let now = js_sys::Date::now();
        let last = LAST_CHANGE.with(|last| last.replace(now));
        if last > 0.0 && now - last >= BREAK_MS {
            let id = self.open.current.get_untracked().id();
            if let Ok(saved) = storage::load(&id) {
                let _ = storage::keep_version(&id, Reason::AfterABreak, "", &saved.draft);
            }
        }
    }

    /// Makes `version` the open draft, keeping the draft as it was as a version first; or
    /// says why it cannot, under the size rule every draft keeps.
    pub fn restore(&self, version: &Version) -> Result<(), String> {
        let draft = version.draft();
        if let Some(problem) = drafter_core::size::too_large(&draft) {
            return Err(format!(
                "“{}” cannot be restored: {problem}. Nothing has changed.",
                version.title()
            ));
        }
        self.keep_version(Reason::BeforeRestore, "");
        let state = self.open.current.get_untracked();
        let mut record = state.record();
        record.draft = draft;
        self.open(state.id(), record);
        self.save_now();
        Ok(())
    }
}
