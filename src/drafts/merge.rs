//! Merging a colleague's copy of a draft, imported from a file: every change that does not
//! collide is taken; each collision is shown side by side for the person to choose. Nothing is
//! written until they confirm, and the draft before, their copy and the result are all kept as
//! versions.

use super::conflict::pieces;
use super::session::{ImportChoice, PendingImport, Session};
use crate::platform::storage;
use crate::platform::timing::measured;
use drafter_core::compare::{differences, item_changes, marked, ItemChange};
use drafter_core::draft_file::Entry;
use drafter_core::history::Reason;
use drafter_core::lineage::{relate, Relation};
use drafter_core::merge::{merge, Side};
use drafter_core::{size, Draft, Record};
use leptos::prelude::*;

/// A copy from a file that shares a version with a draft here.
#[derive(Clone, PartialEq)]
pub struct PendingMerge {
    /// The file's entry, to keep both instead.
    pub entry: Entry,
    pub id: String,
    pub base: Draft,
    pub ours: Record,
    pub theirs: Draft,
}

impl PendingMerge {
    fn merged(&self, choices: &[Side]) -> drafter_core::merge::Merged {
        merge(&self.base, &self.ours.draft, &self.theirs, choices)
    }
}

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
    /// How a copy from a file stands to the draft here with its id.
    pub(super) fn merge_offer(&self, entry: &Entry) -> MergeOffer {
        let Some(id) = entry.id.clone() else {
            return MergeOffer::Import;
        };
        let Some(ours) = self.record_of(&id) else {
            return MergeOffer::Import;
        };
        let theirs = entry.record.draft.clone();
        let history = storage::history(&id);
        let relation = measured("response-drafter relate", || {
            relate(&ours.draft, &history, &theirs, &entry.versions)
        });
        match relation {
            Relation::Same => MergeOffer::Same,
            Relation::Ahead { base } | Relation::Diverged { base } => {
                MergeOffer::Merge(Box::new(PendingMerge {
                    entry: entry.clone(),
                    id,
                    base,
                    ours,
                    theirs,
                }))
            }
            Relation::Behind | Relation::Unrelated => MergeOffer::Import,
        }
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
    fn next_merge(&self) {
        let mut waiting = self.store.merges_waiting.get_untracked();
        if waiting.is_empty() {
            self.store.pending_merge.set(None);
            return;
        }
        let next = waiting.remove(0);
        self.store.merges_waiting.set(waiting);
        self.store.pending_merge.set(Some(next));
    }

    /// Writes the merge as chosen: the draft before and the file's copy are kept as versions
    /// first, then the result, which is opened.
    fn finish_merge(&self, pending: &PendingMerge, choices: &[Side]) {
        // Words written here while the question was open are never merged away: the question
        // is asked again with the draft as it is now.
        self.flush();
        match self.record_of(&pending.id) {
            Some(now) if now.draft != pending.ours.draft => {
                self.store.pending_merge.set(Some(PendingMerge {
                    ours: now,
                    ..pending.clone()
                }));
                self.messages.library.set(Some(Ok("The draft changed while the merge was waiting, so here is the merge again with the draft as it is now. Choose again where the two collide.".to_owned())));
                return;
            }
            Some(_) => {}
            None => {
                self.next_merge();
                self.messages.library.set(Some(Err("The draft to merge into is no longer in this browser. Nothing has been merged; import the file again to keep it.".to_owned())));
                return;
            }
        }
        let merged = pending.merged(choices);
        if let Some(problem) = size::too_large(&merged.draft) {
            self.messages.library.set(Some(Err(format!(
                "The merged draft cannot be kept: {problem}. Nothing has been merged; shorten that part in one copy and merge again."
            ))));
            return;
        }
        let PendingMerge {
            id, ours, theirs, ..
        } = pending;
        let _ = storage::keep_version(id, Reason::BeforeMerge, "", &ours.draft);
        let _ = storage::keep_version(id, Reason::TheirCopy, "", theirs);
        let mut record = ours.clone();
        record.draft = merged.draft;
        self.open(id.clone(), record);
        self.save_now();
        self.keep_version(Reason::Merged, "");
        self.next_merge();
        self.refresh();
        let settled = match merged.collisions.len() {
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
}

fn changes_taken(count: usize) -> String {
    match count {
        1 => "1 change taken from the file".to_owned(),
        n => format!("{n} changes taken from the file"),
    }
}

/// The merge before it is written: what comes in from the file, and each collision to choose.
#[component]
pub fn MergeQuestion(session: Session) -> impl IntoView {
    move || {
        session.store.pending_merge.get().map(|pending| {
            let first = measured("response-drafter merge", || pending.merged(&[]));
            // No side is chosen in advance: a Merge pressed too soon drops nothing.
            let choices = RwSignal::new(vec![None::<Side>; first.collisions.len()]);
            let unchosen = RwSignal::new(None::<String>);
            let title = pending.ours.title();
            let title_for_cancel = title.clone();
            // Each change taken straight away, with its words.
            let mut incoming: Vec<String> = differences(&first.draft, &pending.ours.draft)
                .into_iter()
                .map(|difference| match difference.in_words() {
                    words if words.is_empty() => difference.label,
                    words => format!("{}: {words}", difference.label),
                })
                .collect();
            incoming.extend(item_changes(&pending.ours.draft, &first.draft).iter().map(ItemChange::describe));
            let from_file = match (first.taken, first.collisions.len()) {
                (0, collisions) if collisions > 0 => "Nothing in the file can be taken straight away: every change in it collides with one made here.".to_owned(),
                (1, _) => "1 change from the file can be taken straight away.".to_owned(),
                (n, _) => format!("{n} changes from the file can be taken straight away."),
            };
            let summary = match first.collisions.len() {
                0 => format!("The file’s copy of “{title}” and this draft share a version. {from_file} Nothing collides."),
                n => format!(
                    "The file’s copy of “{title}” and this draft both changed since a version they share. {from_file} {} changed differently in each: choose which to keep.",
                    if n == 1 { "1 part was".to_owned() } else { format!("{n} parts were") },
                ),
            };
            let pending = StoredValue::new(pending);
            let confirm = move |_| {
                let chosen: Option<Vec<Side>> = choices.get_untracked().into_iter().collect();
                match chosen {
                    Some(chosen) => {
                        unchosen.set(None);
                        pending.with_value(|pending| session.finish_merge(pending, &chosen));
                    }
                    None => {
                        let first_open = choices.with_untracked(|c| c.iter().position(Option::is_none).unwrap_or(0));
                        unchosen.set(Some(format!("Choose which to keep in collision {} (and in every collision) first: nothing has been merged.", first_open + 1)));
                    }
                }
            };
            let keep_both = move |_| {
                let entry = pending.with_value(|pending| pending.entry.clone());
                session.next_merge();
                session.finish_import(
                    PendingImport { entries: vec![entry], clashes: Vec::new() },
                    ImportChoice::KeepBoth,
                );
            };
            let cancel = move |_| {
                session.next_merge();
                session.messages.library.set(Some(Ok(format!("Merge of “{title_for_cancel}” cancelled: nothing has changed."))));
            };
            let waiting = match session.store.merges_waiting.get_untracked().len() {
                0 => String::new(),
                1 => " (1 more draft to merge after this one)".to_owned(),
                n => format!(" ({n} more drafts to merge after this one)"),
            };
            view! {
                <section class="merge" aria-labelledby="merge-heading">
                    <h3 id="merge-heading">{format!("Merge the file’s copy of “{title}”{waiting}")}</h3>
                    <p>{summary}</p>
                    <details class="merge-incoming">
                        <summary>{format!("What changes here ({})", incoming.len())}</summary>
                        <ul>{incoming.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}</ul>
                    </details>
                    {first.collisions.into_iter().enumerate().map(|(index, collision)| {
                        let (ours, theirs) = marked(&collision.ours, &collision.theirs);
                        let name = format!("merge-choice-{index}");
                        let is = move |side| choices.with(|c| c.get(index) == Some(&Some(side)));
                        let choose = move |side| choices.update(|c| c[index] = Some(side));
                        view! {
                            <fieldset class="collision">
                                <legend>{format!("Collision {}: {}", index + 1, collision.label)}</legend>
                                <div class="version-pair">
                                    <div class="version">
                                        <p class="version-name">"In this browser"</p>
                                        <p class="version-text">{pieces(ours)}</p>
                                    </div>
                                    <div class="version">
                                        <p class="version-name">"In the file"</p>
                                        <p class="version-text">{pieces(theirs)}</p>
                                    </div>
                                </div>
                                <label class="choice">
                                    <input type="radio" name=name.clone() prop:checked=move || is(Side::Ours) on:change=move |_| choose(Side::Ours) />
                                    "Keep this browser’s"
                                </label>
                                <label class="choice">
                                    <input type="radio" name=name prop:checked=move || is(Side::Theirs) on:change=move |_| choose(Side::Theirs) />
                                    "Take the file’s"
                                </label>
                            </fieldset>
                        }
                    }).collect_view()}
                    <p class="merge-unchosen" role="alert">{move || unchosen.get()}</p>
                    <div class="merge-actions">
                        <button type="button" class="primary" on:click=confirm>"Merge"</button>
                        <button type="button" on:click=keep_both>"Keep both instead"</button>
                        <button type="button" on:click=cancel>"Cancel merge"</button>
                    </div>
                </section>
            }
        })
    }
}
