//! Two tabs on one draft: another tab's saves are seen here, and when both changed the draft the
//! person chooses which to keep; a newer save is never written over.

use super::pending::Conflict;
use super::session::{SaveState, Session};
use super::state::DraftState;
use crate::platform::events;
use crate::platform::storage::{self, SaveError};
use drafter_core::history::Reason;
use drafter_core::store::{changes_the_list, other_tab_change, OtherTabChange};
use drafter_core::Record;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

impl Session {
    /// Keeps both versions: this tab's becomes a new draft, the other stays where it was.
    pub fn keep_both(&self) {
        let mut record = self.open.current.get_untracked().record();
        record.name = format!("{} (my changes)", record.title());
        record.revision = 0;
        self.open.conflict.set(None);
        let id = storage::new_id();
        self.open.current.set(DraftState::new(id, record));
        self.save_now();
        self.refresh();
    }

    /// Replaces the other tab's version with this one.
    pub fn keep_mine(&self) {
        let Some(Conflict {
            theirs: Some(theirs),
        }) = self.open.conflict.get_untracked()
        else {
            return;
        };
        self.open
            .current
            .get_untracked()
            .revision
            .set_value(theirs.revision);
        self.open.conflict.set(None);
        self.save_now();
    }

    /// Opens the other tab's version, letting go of this tab's unsaved changes.
    pub fn use_theirs(&self) {
        if let Some(Conflict {
            theirs: Some(theirs),
        }) = self.open.conflict.get_untracked()
        {
            self.keep_version(Reason::BeforeOtherTab, "");
            let id = self.open.current.get_untracked().id();
            self.open(id, *theirs);
        }
    }

    /// Follows other tabs' saves: the drafts list stays current, and the open draft either
    /// shows the other tab's changes or, if this tab has its own unsaved, asks which to keep.
    pub(super) fn listen_to_other_tabs(&self) {
        let session = *self;
        events::on_window("storage", move |event: web_sys::StorageEvent| {
            session.on_other_tab_saved(event.key(), event.new_value())
        });
    }

    fn on_other_tab_saved(&self, key: Option<String>, new_value: Option<String>) {
        let Some(key) = key else {
            // Everything was cleared elsewhere; the open draft is saved again as it is edited.
            self.refresh();
            return;
        };
        let state = self.open.current.get_untracked();
        let change = other_tab_change(
            &state.id(),
            state.revision.get_value(),
            self.has_unsaved_changes(),
            &key,
            new_value.as_deref(),
        );
        match change {
            OtherTabChange::OtherDraft | OtherTabChange::AlreadyHere => {}
            OtherTabChange::Deleted => self.messages.notice.set(Some(
                "This draft was deleted in another tab. It stays open here, and is saved again if you edit it."
                    .to_owned(),
            )),
            OtherTabChange::Show(theirs) => self.show_theirs(*theirs),
            OtherTabChange::Conflict(theirs) => {
                self.cancel_save();
                self.open.conflict.set(Some(Conflict { theirs }));
                self.open
                    .save_state
                    .set(SaveState::Failed(SaveError::Conflict { theirs: None }));
            }
        }
        if changes_the_list(&key) {
            self.refresh();
        }
    }

    /// Shows the other tab's saved version in place, keeping the person's place and focus.
    fn show_theirs(&self, theirs: Record) {
        let focused = document()
            .active_element()
            .map(|element| element.id())
            .filter(|id| !id.is_empty());
        let id = self.open.current.get_untracked().id();
        self.open.current.set(DraftState::new(id, theirs));
        self.open.save_state.set(SaveState::Saved);
        if let Some(focused) = focused {
            request_animation_frame(move || {
                if let Some(element) = document().get_element_by_id(&focused) {
                    let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
    }
}
