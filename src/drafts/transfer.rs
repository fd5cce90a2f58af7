//! Draft files: exporting drafts, and importing a file, asking first about drafts already here.

use super::merge::MergeOffer;
use super::pending::{ImportChoice, PendingImport};
use super::session::{describe_save_error, Session};
use crate::platform::clock::today;
use crate::platform::files;
use crate::platform::storage;
use drafter_core::draft_file::{self, Entry};
use drafter_core::history::Reason;
use drafter_core::lineage::lineage;
use drafter_core::Record;
use leptos::prelude::*;

const COMPARING: &str = "Comparing the file’s drafts with those in this browser…";

/// The worker did not answer while the file's drafts were compared with those here.
const NOT_COMPARED: &str = "The file’s drafts could not be compared with those in this browser just now. Nothing has been imported: reload the page and import the file again.";

impl Session {
    /// Downloads the given drafts (every draft when `None`) as a drafts file.
    pub fn export(&self, only: Option<&str>) {
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
        // Each draft as it leaves is kept as a version, so that when a colleague's copy comes
        // back the two share it and can be merged, whichever drafts were open.
        let open = self.open.current.get_untracked().id();
        for (id, record) in &records {
            if *id == open {
                self.keep_version(Reason::Exported, "");
            } else {
                let _ = storage::keep_version(id, Reason::Exported, "", &record.draft);
            }
        }
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
            session.flush();
            let here: Vec<String> = session
                .store
                .drafts
                .with_untracked(|drafts| drafts.iter().map(|d| d.id.clone()).collect());
            let open = session.open.current.with_untracked(|state| state.id());
            // The worker compares a copy with the draft here: the first time, it is fetched and
            // started, which a slow computer takes a moment over.
            let here_already = entries.iter().any(|entry| {
                entry
                    .id
                    .as_ref()
                    .is_some_and(|id| *id == open || here.contains(id))
            });
            if here_already {
                session.messages.library.set(Some(Ok(COMPARING.to_owned())));
            }
            // Each draft here that the file's copy shares a version with is merged, one
            // question after another; the rest are imported as before.
            let (mut merges, mut same, mut rest) = (Vec::new(), Vec::new(), Vec::new());
            for entry in entries {
                match session.merge_offer(&entry).await {
                    Ok(MergeOffer::Merge(pending)) => merges.push(*pending),
                    Ok(MergeOffer::Same) => same.push(entry.record.title()),
                    Ok(MergeOffer::Import) => rest.push(entry),
                    // Imported without knowing what it shares, a copy could replace the draft
                    // here: nothing is imported, and nothing is lost.
                    Err(_) => {
                        session
                            .messages
                            .library
                            .set(Some(Err(NOT_COMPARED.to_owned())));
                        return;
                    }
                }
            }
            if here_already {
                session.messages.library.set(None);
            }
            let clashes: Vec<String> = rest
                .iter()
                .filter(|e| e.id.as_ref().is_some_and(|id| here.contains(id)))
                .map(|e| e.record.title())
                .collect();
            let imported_now = !rest.is_empty() && clashes.is_empty();
            if imported_now {
                session.finish_import(
                    PendingImport {
                        entries: rest,
                        clashes,
                    },
                    ImportChoice::KeepBoth,
                );
            } else if !rest.is_empty() {
                session.store.pending_import.set(Some(PendingImport {
                    entries: rest,
                    clashes,
                }));
            }
            let said = session
                .messages
                .library
                .get_untracked()
                .filter(|_| imported_now)
                .and_then(Result::ok);
            let told = merge_round_message(said, &same, merges.len());
            if !told.is_empty() {
                session.messages.library.set(Some(Ok(told)));
            }
            session.ask_merges(merges);
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
        let mut last_imported: Option<String> = None;
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
                    last_imported = Some(id.clone());
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
        // The draft imported opens; of several, the list says so and each has its Open.
        let single = (imported == 1).then(|| last_imported.clone()).flatten();
        match (reopen, single) {
            (Some((id, record)), _) => self.open(id, record),
            (None, Some(id)) => self.switch_to(&id),
            (None, None) => {}
        }
        self.refresh();
        let said = match imported {
            1 => "Imported 1 draft. It is open.".to_owned(),
            n => format!("Imported {n} drafts: open each from the list."),
        };
        self.messages.library.set(Some(Ok(said)));
    }
}

/// What importing a drafts file came to before any merge question is answered: what was
/// imported (`said`), the drafts already the same here, and how many merges are to be asked.
fn merge_round_message(said: Option<String>, same: &[String], merges: usize) -> String {
    let mut told: Vec<String> = said.into_iter().collect();
    match same {
        [] => {}
        [title] => told.push(format!(
            "“{title}” in the file is the same as the draft here."
        )),
        titles => told.push(format!(
            "{} drafts in the file are the same as the drafts here.",
            titles.len()
        )),
    }
    match merges {
        0 if told.len() == 1 && !same.is_empty() => {
            told.push("Nothing has been imported.".to_owned())
        }
        0 => {}
        1 => told.push(
            "A draft in the file shares a version with the one here: merge it below.".to_owned(),
        ),
        n => told.push(format!(
            "{n} drafts in the file share a version with drafts here: merge each below, one after another."
        )),
    }
    told.join(" ")
}
