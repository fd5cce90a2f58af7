//! The drafts this browser holds and the one being edited: opening, saving, switching,
//! renaming, duplicating and deleting with undo. Draft files are in `transfer`, other tabs'
//! saves in `tabs`.

pub use super::pending::{Conflict, ImportChoice, PendingImport, PendingMerge};
use crate::drafts::state::DraftState;
use crate::platform::storage::{self, Place, SaveError, SetAside};
use crate::platform::timing::{measured, Pending};

use drafter_core::overview::same_at_a_glance;
use drafter_core::record::Summary;
use drafter_core::{template, Record};
use leptos::prelude::*;
use std::time::Duration;

/// How long after the last keystroke a draft is saved.
const SAVE_DELAY_MS: u32 = 500;
/// How long a deleted draft can be put back.
pub const UNDO_SECONDS: u64 = 30;

thread_local! {
    static PENDING_SAVE: Pending = const { Pending::new() };
}

#[derive(Clone, PartialEq)]
pub enum SaveState {
    Saved,
    Saving,
    Failed(SaveError),
}

/// A draft just deleted, kept in memory so it can be put back.
#[derive(Clone, PartialEq)]
pub struct Deleted {
    pub id: String,
    pub record: Record,
}

/// The draft being edited and how its saving goes.
#[derive(Clone, Copy)]
pub struct OpenDraft {
    pub current: RwSignal<DraftState>,
    pub save_state: RwSignal<SaveState>,
    pub conflict: RwSignal<Option<Conflict>>,
}

/// The drafts this browser holds, and what is happening to them.
#[derive(Clone, Copy)]
pub struct DraftsStore {
    pub drafts: RwSignal<Vec<Summary>>,
    pub set_aside: RwSignal<Vec<SetAside>>,
    pub deleted: RwSignal<Option<Deleted>>,
    /// A drafts file waiting for the person to say what to do about drafts already here.
    pub pending_import: RwSignal<Option<PendingImport>>,
    /// A copy from a file that shares a version with a draft here, waiting to be merged.
    pub pending_merge: RwSignal<Option<PendingMerge>>,
    /// The merges a drafts file of several drafts asks for after the one shown.
    pub merges_waiting: RwSignal<Vec<PendingMerge>>,
    /// How the drafts list was last sorted and filtered, for the next time it opens.
    pub list_order: RwSignal<drafter_core::overview::Order>,
    pub unpublished_only: RwSignal<bool>,
    /// Whether the browser agreed to keep the drafts when space runs low, once it has said.
    pub persisted: RwSignal<Option<bool>>,
}

/// What the person must be told.
#[derive(Clone, Copy)]
pub struct Messages {
    /// Something the person must know, shown as an alert.
    pub notice: RwSignal<Option<String>>,
    /// What the drafts list last did or could not do.
    pub library: RwSignal<Option<Result<String, String>>>,
}

/// The open draft, the drafts store and the messages, with what the toolbar, drafts bar and
/// drafts list do across them (opening a draft saves the one open first, and so on).
#[derive(Clone, Copy)]
pub struct Session {
    pub open: OpenDraft,
    pub store: DraftsStore,
    pub messages: Messages,
    /// Where the person had scrolled to in the draft opened at the start, to go back there
    /// once the whole page is drawn.
    pub return_to_scroll: Option<f64>,
}

thread_local! {
    /// What the browser holds that opening the app needs, read before the page is drawn.
    static READ_AHEAD: std::cell::RefCell<Option<storage::Opening>> = const { std::cell::RefCell::new(None) };
}

/// Reads what the browser holds in a task before the one that draws the page, which is then
/// the shorter (reading a long draft and its list takes 10–15 ms).
pub fn read_ahead() {
    let stored = storage::opening();
    READ_AHEAD.with(|ahead| ahead.replace(Some(stored)));
}

impl Session {
    /// Opens the draft last open, else the latest, else a new one.
    pub fn start() -> Session {
        let storage::Opening {
            drafts,
            set_aside,
            place,
            opened,
            problem,
        } = READ_AHEAD
            .with(|ahead| ahead.take())
            .unwrap_or_else(storage::opening);
        let mut notice = problem.map(|problem| problem.to_string());
        if !set_aside.is_empty() && notice.is_none() {
            notice = Some(match set_aside.len() {
                1 => "A stored draft could not be opened. It has been set aside untouched: open “All drafts” to download its text.".to_owned(),
                n => format!("{n} stored drafts could not be opened. They have been set aside untouched: open “All drafts” to download their text."),
            });
        }
        let fresh = opened.is_none();
        let opened_id = opened.as_ref().map(|(id, _)| id.clone());
        // Back to where the person was; a page opened at the top is there already.
        let return_to_scroll = (opened_id.as_deref() == Some(place.id.as_str()))
            .then_some(place.scroll_y)
            .filter(|&scroll_y| scroll_y > 0.0);
        let (id, record) = opened.unwrap_or_else(new_record);
        let current = RwSignal::new(DraftState::new(id, record));
        let session = Session {
            open: OpenDraft {
                current,
                save_state: RwSignal::new(SaveState::Saved),
                conflict: RwSignal::new(None),
            },
            store: DraftsStore {
                drafts: RwSignal::new(drafts),
                set_aside: RwSignal::new(set_aside),
                deleted: RwSignal::new(None),
                pending_import: RwSignal::new(None),
                pending_merge: RwSignal::new(None),
                merges_waiting: RwSignal::new(Vec::new()),
                list_order: RwSignal::new(drafter_core::overview::Order::LastEdited),
                unpublished_only: RwSignal::new(false),
                persisted: RwSignal::new(None),
            },
            messages: Messages {
                notice: RwSignal::new(notice),
                library: RwSignal::new(None),
            },
            return_to_scroll,
        };
        if fresh && storage::available() {
            // Kept straight after the page is drawn rather than before, so a first visit
            // shows the page sooner.
            set_timeout(move || session.save_now(), std::time::Duration::ZERO);
        }
        if storage::available() {
            // Asked once the page has settled: the browser takes a while to answer the call.
            set_timeout(
                move || {
                    leptos::task::spawn_local(async move {
                        session
                            .store
                            .persisted
                            .set(Some(storage::ask_to_persist().await));
                    })
                },
                std::time::Duration::from_millis(500),
            );
        }
        session.listen_to_other_tabs();
        session
    }

    pub fn save_now(&self) {
        PENDING_SAVE.with(Pending::cancel);
        if self.open.conflict.with_untracked(Option::is_some) {
            // Waiting for the person to choose between this tab's version and the other.
            return;
        }
        let state = self.open.current.get_untracked();
        let id = state.id();
        let (record, saved) = measured("response-drafter save", || {
            let mut record = state.record();
            let saved = storage::save(&id, &mut record);
            (record, saved)
        });
        match saved {
            Ok(dropped) => {
                if dropped > 0 {
                    self.messages.notice.set(Some(dropped_message(dropped)));
                }
                crate::platform::rescue::remember(&id, &record);
                state.revision.set_value(record.revision);
                self.open.save_state.set(SaveState::Saved);
                self.note_saved(Summary::of(&id, &record));
            }
            Err(SaveError::Conflict { theirs }) => {
                self.open.conflict.set(Some(Conflict { theirs }));
                self.open
                    .save_state
                    .set(SaveState::Failed(SaveError::Conflict { theirs: None }));
            }
            Err(problem) => self.open.save_state.set(SaveState::Failed(problem)),
        }
    }

    /// Puts a draft's fresh line at the top of the drafts list, if it changed.
    pub(super) fn note_saved(&self, summary: Summary) {
        let unchanged = self.store.drafts.with_untracked(|drafts| {
            drafts
                .first()
                .is_some_and(|first| same_at_a_glance(first, &summary))
        });
        if unchanged {
            // The times and revisions differ, but nothing the list shows at a glance does.
            self.store
                .drafts
                .update_untracked(|drafts| drafts[0] = summary);
        } else {
            self.store.drafts.update(|drafts| {
                drafts.retain(|d| d.id != summary.id);
                drafts.insert(0, summary);
            });
        }
    }

    /// Stops a save that was waiting for a pause in typing.
    pub(super) fn cancel_save(&self) {
        PENDING_SAVE.with(Pending::cancel);
    }

    pub fn save_soon(&self) {
        self.open.save_state.set(SaveState::Saving);
        let session = *self;
        PENDING_SAVE.with(|pending| pending.start(SAVE_DELAY_MS, move || session.save_now()));
    }

    pub(super) fn has_unsaved_changes(&self) -> bool {
        PENDING_SAVE.with(Pending::is_waiting)
            || !matches!(self.open.save_state.get_untracked(), SaveState::Saved)
    }

    /// Saves at once anything still waiting, and remembers where the person is.
    pub fn flush(&self) {
        if PENDING_SAVE.with(Pending::is_waiting) {
            self.save_now();
        }
        storage::set_place(&Place {
            id: self.open.current.get_untracked().id(),
            scroll_y: window().scroll_y().unwrap_or(0.0),
        });
    }

    pub(super) fn open(&self, id: String, record: Record) {
        // A new draft left with nothing written in it goes when another opens, so no empty
        // "Untitled response" is left about.
        let leaving = self.open.current.get_untracked();
        if leaving.id() != id && template::is_untouched(&leaving.snapshot()) {
            PENDING_SAVE.with(Pending::cancel);
            storage::delete(&leaving.id());
            self.refresh();
        }
        crate::platform::rescue::remember(&id, &record);
        PENDING_SAVE.with(Pending::cancel);
        self.open.conflict.set(None);
        self.open.save_state.set(SaveState::Saved);
        self.open.current.set(DraftState::new(id.clone(), record));
        storage::set_place(&Place { id, scroll_y: 0.0 });
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Reads the drafts list again from storage.
    pub fn refresh(&self) {
        let (drafts, set_aside) = storage::library();
        self.store.drafts.set(drafts);
        self.store.set_aside.set(set_aside);
    }

    pub fn switch_to(&self, id: &str) {
        self.flush();
        match storage::load(id) {
            Ok(record) => {
                self.messages.notice.set(None);
                self.open(id.to_owned(), record);
            }
            Err(problem) => {
                self.messages.notice.set(Some(problem.to_string()));
                self.refresh();
            }
        }
    }

    pub fn new_draft(&self) {
        self.flush();
        let (id, record) = new_record();
        self.open(id, record);
        self.save_now();
    }

    /// Opens an imported draft as a new one; what the text did not say keeps the usual
    /// defaults.
    pub fn create_from_import(&self, mut draft: drafter_core::Draft) {
        self.flush();
        if draft.report.inspectorate.is_empty() {
            draft.report.inspectorate = template::new_draft().report.inspectorate;
        }
        self.open(storage::new_id(), Record::new(draft));
        self.save_now();
    }

    /// Adds imported items to the end of the open draft.
    pub fn add_imported_items(&self, items: Vec<drafter_core::Item>) {
        self.keep_version(drafter_core::history::Reason::BeforeImport, "");
        self.open.current.get_untracked().append_items(items);
    }

    /// The draft's record as it stands: the open draft from memory, so unsaved words are in
    /// it, any other from storage.
    pub(super) fn record_of(&self, id: &str) -> Option<Record> {
        let state = self.open.current.get_untracked();
        if state.id() == id {
            Some(state.record())
        } else {
            storage::load(id).ok()
        }
    }

    /// Deletes a draft, keeping it in memory for a while so it can be put back.
    pub fn delete(&self, id: &str) {
        let Some(record) = self.record_of(id) else {
            return;
        };
        let was_open = self.open.current.get_untracked().id() == id;
        if was_open {
            PENDING_SAVE.with(Pending::cancel);
        }
        storage::delete(id);
        self.refresh();
        self.store.deleted.set(Some(Deleted {
            id: id.to_owned(),
            record,
        }));
        let session = *self;
        let id = id.to_owned();
        set_timeout(
            move || {
                if session
                    .store
                    .deleted
                    .with_untracked(|d| d.as_ref().is_some_and(|d| d.id == id))
                {
                    session.store.deleted.set(None);
                }
            },
            Duration::from_secs(UNDO_SECONDS),
        );
        if was_open {
            let next = self.store.drafts.with_untracked(|drafts| {
                drafts
                    .iter()
                    .find_map(|d| storage::load(&d.id).ok().map(|r| (d.id.clone(), r)))
            });
            match next {
                Some((id, record)) => self.open(id, record),
                None => self.new_draft(),
            }
        }
    }

    pub fn undo_delete(&self) {
        let Some(Deleted { id, mut record }) = self.store.deleted.get_untracked() else {
            return;
        };
        self.store.deleted.set(None);
        match storage::put(&id, &mut record) {
            Ok(()) => {
                self.flush();
                self.open(id, record);
                self.refresh();
            }
            Err(problem) => self.messages.notice.set(Some(format!(
                "The draft could not be put back: {}",
                describe_save_error(&problem)
            ))),
        }
    }

    pub fn rename(&self, id: &str, name: String) {
        let state = self.open.current.get_untracked();
        if state.id() == id {
            state.name.set(name);
            self.save_now();
            return;
        }
        let Ok(mut record) = storage::load(id) else {
            return;
        };
        record.name = name;
        match storage::save(id, &mut record) {
            Ok(_) => self.refresh(),
            Err(problem) => self
                .messages
                .library
                .set(Some(Err(describe_save_error(&problem)))),
        }
    }

    pub fn duplicate(&self, id: &str) {
        let Some(mut record) = self.record_of(id) else {
            return;
        };
        record.name = format!("{} (copy)", record.title());
        record.revision = 0;
        let copy_id = storage::new_id();
        match storage::put(&copy_id, &mut record) {
            Ok(()) => {
                self.refresh();
                self.messages
                    .library
                    .set(Some(Ok(format!("Made a copy: “{}”.", record.name))));
            }
            Err(problem) => self
                .messages
                .library
                .set(Some(Err(describe_save_error(&problem)))),
        }
    }
}

fn new_record() -> (String, Record) {
    (storage::new_id(), Record::new(template::new_draft()))
}

/// What a failed save means for the person, and what to do.
pub fn describe_save_error(error: &SaveError) -> String {
    error.to_string()
}

/// Says that versions kept automatically gave way to a save or a version.
pub fn dropped_message(count: usize) -> String {
    match count {
        1 => "To make room, the oldest version kept automatically was removed. Your drafts and named versions are safe.".to_owned(),
        n => format!("To make room, the {n} oldest versions kept automatically were removed. Your drafts and named versions are safe."),
    }
}
