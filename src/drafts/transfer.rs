//! Draft files: exporting drafts, and importing a file, asking first about drafts already here.

use super::session::{describe_save_error, Session};
use crate::platform::clock::today;
use crate::platform::files;
use crate::platform::storage;
use drafter_core::draft_file::{self, Entry};
use drafter_core::history::Reason;
use drafter_core::lineage::lineage;
use drafter_core::Record;
use leptos::prelude::*;

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

impl Session {
    /// Downloads the given drafts (every draft when `None`) as a drafts file.
    pub fn export(&self, only: Option<&str>) {
        let open = self.open.current.get_untracked().id();
        if only.is_none_or(|id| id == open) {
            self.keep_version(Reason::Exported, "");
        }
        let ids: Vec<String> = match only {
            Some(id) => vec![id.to_owned()],
            None => {
                let mut ids: Vec<String> = self
                    .store
                    .drafts
                    .with_untracked(|d| d.iter().map(|d| d.id.clone()).collect());
                let open = self.open.current.get_untracked().id();
                if !ids.contains(&open) {
                    // Where nothing can be stored, the open draft is the only one there is.
                    ids.insert(0, open);
                }
                ids
            }
        };
        let records: Vec<(String, Record)> = ids
            .into_iter()
            .filter_map(|id| self.record_of(&id).map(|record| (id, record)))
            .collect();
        let title = match (only, records.first()) {
            (Some(_), Some((_, record))) => record.title(),
            _ => "response-drafter-drafts".to_owned(),
        };
        // Each draft with the versions it passed through, so a copy edited elsewhere and
        // imported back can be merged with it.
        let lineages: Vec<Vec<String>> = records
            .iter()
            .map(|(id, record)| lineage(&record.draft, &storage::history(id)))
            .collect();
        let text = draft_file::export_with_versions(
            records
                .iter()
                .zip(&lineages)
                .map(|((id, record), versions)| (id.as_str(), record, &versions[..])),
        );
        let name = draft_file::file_name(&title, today());
        if let Err(problem) = files::download(&name, "application/json", &text) {
            self.messages.notice.set(Some(problem.to_string()));
        }
    }

    /// Reads a drafts file and imports it, asking first about drafts already here.
    pub fn import_file(&self, file: web_sys::File) {
        let session = *self;
        leptos::task::spawn_local(async move {
            let checked = match files::read_drafts_file(&file).await {
                Ok(text) => draft_file::import(&text).map_err(|e| e.to_string()),
                Err(problem) => Err(problem.to_string()),
            };
            let entries = match checked {
                Ok(entries) => entries,
                Err(problem) => {
                    session
                        .messages
                        .library
                        .set(Some(Err(format!("{problem} Nothing has been imported."))));
                    return;
                }
            };
            let here: Vec<String> = session
                .store
                .drafts
                .with_untracked(|drafts| drafts.iter().map(|d| d.id.clone()).collect());
            if let [entry] = entries.as_slice() {
                if entry.id.as_ref().is_some_and(|id| here.contains(id))
                    && session.offer_merge(entry)
                {
                    return;
                }
            }
            let clashes: Vec<String> = entries
                .iter()
                .filter(|e| e.id.as_ref().is_some_and(|id| here.contains(id)))
                .map(|e| e.record.title())
                .collect();
            let pending = PendingImport { entries, clashes };
            if pending.clashes.is_empty() {
                session.finish_import(pending, ImportChoice::KeepBoth);
            } else {
                session.store.pending_import.set(Some(pending));
            }
        });
    }

    pub fn finish_import(&self, pending: PendingImport, choice: ImportChoice) {
        self.store.pending_import.set(None);
        self.flush();
        let open = self.open.current.get_untracked().id();
        let here: Vec<String> = self
            .store
            .drafts
            .with_untracked(|drafts| drafts.iter().map(|d| d.id.clone()).collect());
        let set_aside: Vec<String> = self
            .store
            .set_aside
            .with_untracked(|s| s.iter().map(|s| s.id.clone()).collect());
        let total = pending.entries.len();
        let mut imported = 0;
        let mut reopen = None;
        for Entry { id, mut record, .. } in pending.entries {
            let keep_both = choice == ImportChoice::KeepBoth;
            let (id, beside) = drafter_core::store::import_id(
                id.as_deref(),
                &here,
                &set_aside,
                keep_both,
                &mut storage::new_id,
            );
            if beside {
                record.name = format!("{} (imported)", record.title());
            }
            match storage::put(&id, &mut record) {
                Ok(()) => {
                    imported += 1;
                    // The copy as it came, so that this browser and the one that sent it share
                    // a version, and a later copy can be merged. A history is a convenience: a
                    // draft is imported even where its first version cannot be kept.
                    let _ = storage::keep_version(&id, Reason::Imported, "", &record.draft);
                    if id == open {
                        reopen = Some((id, record));
                    }
                }
                Err(problem) => {
                    self.messages.library.set(Some(Err(format!(
                        "Imported {imported} of {total} drafts, then stopped: {}",
                        describe_save_error(&problem)
                    ))));
                    self.refresh();
                    return;
                }
            }
        }
        if let Some((id, record)) = reopen {
            self.open(id, record);
        }
        self.refresh();
        let drafts = if imported == 1 { "draft" } else { "drafts" };
        self.messages
            .library
            .set(Some(Ok(format!("Imported {imported} {drafts}."))));
    }
}
