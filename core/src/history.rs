//! Each draft's earlier versions: kept at moments that matter and by hand with a name, stored
//! compactly (the first whole, each later one as what changed since the one before), thinned
//! by age, and never at the draft's expense: when the store is full, the oldest versions kept
//! automatically go first.

use crate::model::{ChiefConstableComments, Draft, Item, Life, Report, Responder};
use crate::store::{KeyValue, WriteError};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

const HISTORY_PREFIX: &str = "response-drafter:history:";
/// How many versions were dropped to make room, until the person has been told.
const DROPPED_KEY: &str = "response-drafter:versions-dropped";
const HOUR_MS: f64 = 3_600_000.0;
const DAY_MS: f64 = 24.0 * HOUR_MS;
/// Versions from the last day are all kept; then one a day for this many days; then one a week.
const DAILY_FOR_DAYS: f64 = 30.0;

/// Why a version was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Kept by hand, with a name.
    Named,
    /// The first change after a while away from the draft.
    AfterABreak,
    BeforeImport,
    BeforeOtherTab,
    BeforeRestore,
    Copied,
    Exported,
    StageChanged,
    /// Read from a drafts file: the copy as it came.
    Imported,
    BeforeMerge,
    /// A colleague's copy, as it came, before it was merged.
    TheirCopy,
    /// The draft as a merge left it.
    Merged,
}

impl Reason {
    pub fn label(self) -> &'static str {
        match self {
            Reason::Named => "Named by you",
            Reason::AfterABreak => "Before the first change after a break",
            Reason::BeforeImport => "Before items were imported",
            Reason::BeforeOtherTab => "Before taking another tab’s version",
            Reason::BeforeRestore => "Before restoring an earlier version",
            Reason::Copied => "When the HTML was copied",
            Reason::Exported => "When it was exported",
            Reason::StageChanged => "When the stage changed",
            Reason::Imported => "As imported from a file",
            Reason::BeforeMerge => "Before merging a copy from a file",
            Reason::TheirCopy => "The copy from the file, before merging",
            Reason::Merged => "After merging a copy from a file",
        }
    }
}

/// One kept version: when, why, its name if given, and the draft as it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// Milliseconds since 1970.
    pub at: f64,
    pub reason: Reason,
    /// The person's name for it; empty for one kept automatically.
    pub name: String,
    parts: Parts,
    /// The draft's fingerprint, taken when it was kept, so that finding the version a copy
    /// shares need not make each draft whole; `None` for one kept before prints were.
    print: Option<String>,
}

/// A version's draft in parts, each shared with the version before wherever it is the same,
/// so a history of a thousand versions holds each paragraph and item once, not once a version.
#[derive(Debug, Clone, PartialEq)]
struct Parts {
    report: Arc<Report>,
    responder: Arc<Responder>,
    introduction: Arc<String>,
    chief_constable: Arc<ChiefConstableComments>,
    items: Vec<Arc<Item>>,
    closing: Arc<String>,
    life: Arc<Life>,
}

/// The part as `before` has it when it is the same, else a new one.
fn shared<T: PartialEq + Clone>(before: Option<&Arc<T>>, now: &T) -> Arc<T> {
    match before {
        Some(part) if **part == *now => Arc::clone(part),
        _ => Arc::new(now.clone()),
    }
}

impl Parts {
    /// `draft` in parts, sharing those `before` has the same.
    fn of(draft: &Draft, before: Option<&Parts>) -> Parts {
        let items = draft
            .items
            .iter()
            .map(|item| {
                let same = before.and_then(|b| b.items.iter().find(|old| ***old == *item));
                shared(same, item)
            })
            .collect();
        Parts {
            report: shared(before.map(|b| &b.report), &draft.report),
            responder: shared(before.map(|b| &b.responder), &draft.responder),
            introduction: shared(before.map(|b| &b.introduction), &draft.introduction),
            chief_constable: shared(before.map(|b| &b.chief_constable), &draft.chief_constable),
            items,
            closing: shared(before.map(|b| &b.closing), &draft.closing),
            life: shared(before.map(|b| &b.life), &draft.life),
        }
    }

    fn draft(&self) -> Draft {
        Draft {
            report: (*self.report).clone(),
            responder: (*self.responder).clone(),
            introduction: (*self.introduction).clone(),
            chief_constable: (*self.chief_constable).clone(),
            items: self.items.iter().map(|item| (**item).clone()).collect(),
            closing: (*self.closing).clone(),
            life: (*self.life).clone(),
        }
    }

    fn is(&self, draft: &Draft) -> bool {
        *self.report == draft.report
            && *self.responder == draft.responder
            && *self.introduction == draft.introduction
            && *self.chief_constable == draft.chief_constable
            && self.items.len() == draft.items.len()
            && self.items.iter().zip(&draft.items).all(|(a, b)| **a == *b)
            && *self.closing == draft.closing
            && *self.life == draft.life
    }
}

impl Version {
    /// The draft as it was: made whole when asked for, as the version holds it in shared parts.
    pub fn draft(&self) -> Draft {
        self.parts.draft()
    }

    /// The draft's fingerprint (see `identity::fingerprint`).
    pub fn fingerprint(&self) -> String {
        self.print
            .clone()
            .unwrap_or_else(|| crate::identity::fingerprint(&self.draft()))
    }

    pub fn is_named(&self) -> bool {
        self.reason == Reason::Named
    }

    /// Whether thinning leaves it: named versions, and those a copy sent or received may
    /// share with this draft, which a later merge needs to find.
    fn outlasts_thinning(&self) -> bool {
        matches!(
            self.reason,
            Reason::Named
                | Reason::Exported
                | Reason::Imported
                | Reason::TheirCopy
                | Reason::Merged
        )
    }

    /// What the version is called in the list: its name, else why it was kept.
    pub fn title(&self) -> String {
        match self.name.trim() {
            "" => self.reason.label().to_owned(),
            name => name.to_owned(),
        }
    }
}

/// A draft's versions, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub versions: Vec<Version>,
}

/// How one version is stored: what changed since the version before (all of it for the first).
#[derive(Serialize, Deserialize)]
struct Stored {
    at: f64,
    reason: Reason,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    change: Change,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    print: Option<String>,
}

/// The parts of the draft that changed; a part left out is as it was.
#[derive(Serialize, Deserialize, Default)]
struct Change {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    report: Option<Report>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    responder: Option<Responder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    introduction: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    chief_constable: Option<ChiefConstableComments>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    items: Option<Vec<ItemChange>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    closing: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    life: Option<Life>,
}

/// An item of a version: the same as an item of the version before (by its place there), or
/// written out.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ItemChange {
    Same(usize),
    // Boxed, so the many items that are the same take a word each while a history is read.
    New(Box<Item>),
}

/// Why stored history could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

fn changed<T: PartialEq + Clone>(before: Option<&Arc<T>>, now: &Arc<T>) -> Option<T> {
    let same = before.is_some_and(|before| Arc::ptr_eq(before, now) || before == now);
    (!same).then(|| (**now).clone())
}

fn change(before: Option<&Parts>, now: &Parts) -> Change {
    let items = match before {
        Some(before) if before.items == now.items => None,
        _ => Some(
            now.items
                .iter()
                .map(|item| {
                    before
                        .and_then(|b| {
                            b.items
                                .iter()
                                .position(|old| Arc::ptr_eq(old, item) || old == item)
                        })
                        .map_or_else(
                            || ItemChange::New(Box::new((**item).clone())),
                            ItemChange::Same,
                        )
                })
                .collect(),
        ),
    };
    Change {
        report: changed(before.map(|b| &b.report), &now.report),
        responder: changed(before.map(|b| &b.responder), &now.responder),
        introduction: changed(before.map(|b| &b.introduction), &now.introduction),
        chief_constable: changed(before.map(|b| &b.chief_constable), &now.chief_constable),
        items,
        closing: changed(before.map(|b| &b.closing), &now.closing),
        life: changed(before.map(|b| &b.life), &now.life),
    }
}

fn apply(before: Option<&Parts>, change: Change) -> Result<Parts, Unreadable> {
    fn part<T>(new: Option<T>, old: Option<&Arc<T>>, name: &str) -> Result<Arc<T>, Unreadable> {
        match (new, old) {
            (Some(new), _) => Ok(Arc::new(new)),
            (None, Some(old)) => Ok(Arc::clone(old)),
            (None, None) => Err(Unreadable(format!("the first version has no {name}"))),
        }
    }
    let items = match change.items {
        None => before
            .map(|b| b.items.clone())
            .ok_or_else(|| Unreadable("the first version has no items".to_owned()))?,
        Some(changes) => {
            // Built afresh rather than collected in place: collecting would keep the stored
            // changes' far larger buffer for every version.
            let mut items = Vec::with_capacity(changes.len());
            for item in changes {
                items.push(match item {
                    ItemChange::New(item) => Arc::new(*item),
                    ItemChange::Same(at) => before
                        .and_then(|b| b.items.get(at))
                        .cloned()
                        .ok_or_else(|| Unreadable(format!("no item {at} in the version before")))?,
                });
            }
            items
        }
    };
    Ok(Parts {
        report: part(change.report, before.map(|b| &b.report), "report")?,
        responder: part(change.responder, before.map(|b| &b.responder), "responder")?,
        introduction: part(
            change.introduction,
            before.map(|b| &b.introduction),
            "introduction",
        )?,
        chief_constable: part(
            change.chief_constable,
            before.map(|b| &b.chief_constable),
            "chief constable's comments",
        )?,
        items,
        closing: part(change.closing, before.map(|b| &b.closing), "closing")?,
        life: part(change.life, before.map(|b| &b.life), "life")?,
    })
}

impl History {
    pub fn read(text: &str) -> Result<History, Unreadable> {
        let stored: Vec<Stored> =
            serde_json::from_str(text).map_err(|error| Unreadable(error.to_string()))?;
        let mut versions: Vec<Version> = Vec::with_capacity(stored.len());
        for Stored {
            at,
            reason,
            name,
            change,
            mut print,
        } in stored
        {
            let before = versions.last().map(|v| &v.parts);
            let mut parts = apply(before, change)?;
            // Ids made unique as a draft's are when read; rarely needed, so only then made whole.
            let mut ids = std::collections::HashSet::with_capacity(parts.items.len());
            if !parts
                .items
                .iter()
                .all(|item| !item.id.trim().is_empty() && ids.insert(item.id.as_str()))
            {
                let mut draft = parts.draft();
                crate::identity::make_item_ids_unique(&mut draft);
                parts = Parts::of(&draft, before);
                print = None; // no longer the draft's
            }
            versions.push(Version {
                at,
                reason,
                name,
                parts,
                print,
            });
        }
        Ok(History { versions })
    }

    pub fn to_json(&self) -> String {
        let mut before: Option<&Parts> = None;
        let stored: Vec<Stored> = self
            .versions
            .iter()
            .map(|version| {
                let stored = Stored {
                    at: version.at,
                    reason: version.reason,
                    name: version.name.clone(),
                    change: change(before, &version.parts),
                    print: version.print.clone(),
                };
                before = Some(&version.parts);
                stored
            })
            .collect();
        serde_json::to_string(&stored).expect("a history always serialises")
    }

    /// Keeps `draft` as a version. One kept automatically that would say nothing new (the
    /// draft as the last version has it) is not kept; false then.
    pub fn keep(&mut self, at: f64, reason: Reason, name: &str, draft: &Draft) -> bool {
        let last = self.versions.last().map(|last| &last.parts);
        let unchanged = last.is_some_and(|last| last.is(draft));
        if unchanged && reason != Reason::Named {
            return false;
        }
        let parts = Parts::of(draft, last);
        self.versions.push(Version {
            at,
            reason,
            name: name.trim().to_owned(),
            parts,
            print: Some(crate::identity::fingerprint(draft)),
        });
        true
    }

    /// Thins the versions as of `now`: every one from the last day; of older ones kept
    /// automatically, the last of each day for 30 days, then the last of each week. Named
    /// versions, and those kept when a copy was exported, imported or merged, are left.
    pub fn thin(&mut self, now: f64) {
        let period = |at: f64| {
            let age = (now - at) / DAY_MS;
            if age < 1.0 {
                None
            } else if age < DAILY_FOR_DAYS {
                Some((0, (at / DAY_MS).floor() as i64))
            } else {
                Some((1, (at / (7.0 * DAY_MS)).floor() as i64))
            }
        };
        let mut kept: Vec<Version> = Vec::with_capacity(self.versions.len());
        for version in self.versions.drain(..) {
            // A later automatic version of the same day (or week) stands for the earlier.
            if let Some(last) = kept.last() {
                let same_period =
                    period(last.at).is_some() && period(last.at) == period(version.at);
                if same_period && !last.outlasts_thinning() && !version.outlasts_thinning() {
                    kept.pop();
                }
            }
            kept.push(version);
        }
        self.versions = kept;
    }

    /// Drops the oldest version kept automatically; false when there is none.
    pub fn drop_oldest_automatic(&mut self) -> bool {
        self.drop_oldest_automatic_among(self.versions.len())
    }

    /// Drops the oldest version kept automatically among the first `among`.
    fn drop_oldest_automatic_among(&mut self, among: usize) -> bool {
        match self.versions[..among].iter().position(|v| !v.is_named()) {
            Some(at) => {
                self.versions.remove(at);
                true
            }
            None => false,
        }
    }
}

fn key(id: &str) -> String {
    format!("{HISTORY_PREFIX}{id}")
}

/// The draft's history; empty when there is none, or it cannot be read (a history is a
/// convenience, never a reason to refuse the draft).
pub fn load(store: &impl KeyValue, id: &str) -> History {
    store
        .get(&key(id))
        .and_then(|text| History::read(&text).ok())
        .unwrap_or_default()
}

/// The draft's history as it is stored, unread (empty when there is none): to send to the
/// worker, which reads it there.
pub fn stored(store: &impl KeyValue, id: &str) -> String {
    store.get(&key(id)).unwrap_or_default()
}

/// What keeping a version came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept {
    /// Whether the version was kept (one that says nothing new is not).
    pub kept: bool,
    /// Versions kept automatically that were dropped to make room.
    pub dropped: usize,
}

/// Keeps `draft` as a version of draft `id` and thins the history. When the store is full, the
/// oldest automatic versions are dropped until it fits; if it still does not, nothing changes
/// and the store is full (the draft itself is saved apart and is not touched).
pub fn keep(
    store: &mut impl KeyValue,
    id: &str,
    at: f64,
    reason: Reason,
    name: &str,
    draft: &Draft,
) -> Result<Kept, WriteError> {
    let mut history = load(store, id);
    if !history.keep(at, reason, name, draft) {
        return Ok(Kept {
            kept: false,
            dropped: 0,
        });
    }
    history.thin(at);
    let mut dropped = 0;
    loop {
        match store.set(&key(id), &history.to_json()) {
            Ok(()) => {
                return Ok(Kept {
                    kept: true,
                    dropped,
                })
            }
            // The version just kept is the newest: the oldest go before it, never it.
            Err(WriteError::Full)
                if history.drop_oldest_automatic_among(history.versions.len() - 1) =>
            {
                dropped += 1
            }
            Err(error) => return Err(error),
        }
    }
}

/// Makes room for a draft by dropping the oldest version kept automatically of any draft;
/// false when there is none left to drop.
pub fn make_room(store: &mut impl KeyValue) -> bool {
    let mut oldest: Option<(f64, String, History)> = None;
    for stored_key in store.keys() {
        let Some(id) = stored_key.strip_prefix(HISTORY_PREFIX) else {
            continue;
        };
        let history = load(store, id);
        if let Some(version) = history.versions.iter().find(|v| !v.is_named()) {
            if oldest.as_ref().is_none_or(|(at, _, _)| version.at < *at) {
                oldest = Some((version.at, id.to_owned(), history));
            }
        }
    }
    let Some((_, id, mut history)) = oldest else {
        return false;
    };
    history.drop_oldest_automatic();
    if history.versions.is_empty() {
        store.remove(&key(&id));
        return true;
    }
    // Smaller than before, so it fits where the larger did.
    store.set(&key(&id), &history.to_json()).is_ok()
}

/// Counts versions dropped to make room for a draft, for the person to be told.
pub fn note_dropped(store: &mut impl KeyValue, count: usize) {
    let before: usize = store
        .get(DROPPED_KEY)
        .and_then(|text| text.parse().ok())
        .unwrap_or(0);
    let _ = store.set(DROPPED_KEY, &(before + count).to_string());
}

/// How many versions were dropped to make room since last asked; 0 when none.
pub fn take_dropped(store: &mut impl KeyValue) -> usize {
    let count = store
        .get(DROPPED_KEY)
        .and_then(|text| text.parse().ok())
        .unwrap_or(0);
    store.remove(DROPPED_KEY);
    count
}

/// Removes a draft's history, with the draft.
pub fn delete(store: &mut impl KeyValue, id: &str) {
    store.remove(&key(id));
}

/// Whether `key` holds a draft's history.
pub fn is_history_key(key: &str) -> bool {
    key.starts_with(HISTORY_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Memory;
    use crate::template::new_draft;
    use crate::ItemKind;

    fn draft(intro: &str) -> Draft {
        let mut draft = new_draft();
        draft.introduction = intro.into();
        for n in 1..=20 {
            let mut item = Item::new(ItemKind::Recommendation, n.to_string());
            item.text =
                format!("Recommendation {n}: the force should act on a long sentence of words.");
            item.response = format!("Response {n}, at some length, with words that take room.");
            draft.items.push(item);
        }
        draft
    }

    #[test]
    fn versions_read_back_hold_each_part_and_item_they_share_once() {
        let mut history = History::default();
        let mut now = draft("One.");
        for n in 0..30 {
            now.items[n % 20].response.push_str(" More.");
            history.keep(n as f64, Reason::Copied, "", &now);
        }
        let read = History::read(&history.to_json()).unwrap();
        assert_eq!(read, history);
        let unique = |history: &History| {
            let items: std::collections::HashSet<*const Item> = history
                .versions
                .iter()
                .flat_map(|v| v.parts.items.iter().map(Arc::as_ptr))
                .collect();
            let introductions: std::collections::HashSet<*const String> = history
                .versions
                .iter()
                .map(|v| Arc::as_ptr(&v.parts.introduction))
                .collect();
            (items.len(), introductions.len())
        };
        // 21 items of the first version, then one new item a version; one introduction.
        assert_eq!(unique(&read), (21 + 29, 1));
        assert_eq!(unique(&history), (21 + 29, 1));
        assert!(read.versions.iter().all(|v| v.parts.items.capacity() == 21));
    }

    #[test]
    fn a_history_reads_back_exactly_through_its_changes() {
        let mut history = History::default();
        let first = draft("One.");
        let mut second = first.clone();
        second.items[3].response = "Changed.".into();
        second.items.swap(1, 2);
        second.items.remove(10);
        let mut third = second.clone();
        third.introduction = "Three.".into();
        third
            .items
            .push(Item::new(ItemKind::AreaForImprovement, "9"));
        third
            .life
            .record_correction(crate::dates::from_calendar(2025, 9, 1).unwrap());
        assert!(history.keep(1.0, Reason::Copied, "", &first));
        assert!(history.keep(2.0, Reason::Named, " Sent to the chief constable ", &second));
        assert!(history.keep(3.0, Reason::Exported, "", &third));
        let text = history.to_json();
        assert_eq!(History::read(&text), Ok(history.clone()));
        assert_eq!(history.versions[1].title(), "Sent to the chief constable");
        assert_eq!(history.versions[2].title(), "When it was exported");
    }

    #[test]
    fn later_versions_store_only_what_changed() {
        let mut history = History::default();
        let first = draft("One.");
        history.keep(1.0, Reason::Copied, "", &first);
        let one = history.to_json().len();
        let mut second = first.clone();
        second.items[5].response = "A small change.".into();
        history.keep(2.0, Reason::Copied, "", &second);
        let two = history.to_json().len();
        assert!(
            two - one < 400,
            "the second version adds {} bytes to {one}",
            two - one
        );
    }

    #[test]
    fn a_version_that_says_nothing_new_is_not_kept_unless_named() {
        let mut history = History::default();
        let one = draft("One.");
        assert!(history.keep(1.0, Reason::Copied, "", &one));
        assert!(!history.keep(2.0, Reason::Exported, "", &one));
        assert!(history.keep(3.0, Reason::Named, "Signed off", &one));
        assert_eq!(history.versions.len(), 2);
    }

    #[test]
    fn thinning_keeps_the_last_day_whole_then_one_a_day_then_one_a_week_and_every_named() {
        let now = 400.0 * DAY_MS;
        let mut history = History::default();
        let mut n = 0;
        let mut at = |days_ago: f64, reason: Reason, history: &mut History| {
            n += 1;
            history.keep(
                now - days_ago * DAY_MS,
                reason,
                "",
                &draft(&format!("Version {n}.")),
            );
        };
        // Three on a day 100 days ago (one named), two more in the same week; two on a day
        // 10 days ago; three in the last day.
        for days_ago in [100.4, 100.3] {
            at(days_ago, Reason::Copied, &mut history);
        }
        at(100.2, Reason::Named, &mut history);
        for days_ago in [99.9, 99.5] {
            at(days_ago, Reason::Copied, &mut history);
        }
        for days_ago in [10.5, 10.4] {
            at(days_ago, Reason::StageChanged, &mut history);
        }
        for days_ago in [0.9, 0.5, 0.1] {
            at(days_ago, Reason::Copied, &mut history);
        }
        // Kept when a copy was exported 50 days ago, between two kept for another reason.
        at(50.3, Reason::AfterABreak, &mut history);
        at(50.2, Reason::Exported, &mut history);
        at(50.1, Reason::AfterABreak, &mut history);
        history.versions.sort_by(|a, b| a.at.total_cmp(&b.at));
        history.thin(now);
        let intros: Vec<String> = history
            .versions
            .iter()
            .map(|v| v.draft().introduction)
            .collect();
        // 100 days ago falls in one week: of its automatic versions, the last before the named
        // one and the last after it stand; 50 days ago, likewise around the exported one;
        // 10 days ago, the last of the day; the last day whole.
        assert_eq!(
            intros,
            [
                "Version 2.",
                "Version 3.",
                "Version 5.",
                "Version 11.",
                "Version 12.",
                "Version 13.",
                "Version 7.",
                "Version 8.",
                "Version 9.",
                "Version 10."
            ]
        );
    }

    #[test]
    fn a_full_store_drops_the_oldest_automatic_versions_first_and_never_a_named_one() {
        let mut store = Memory::with_quota(14_000);
        let mut named_kept = false;
        let mut dropped = 0;
        for n in 0..40 {
            let mut version = draft(&format!("Version {n}."));
            version.items[n % 20].response = format!("Edited in version {n} {}", "x".repeat(300));
            let reason = if n == 3 {
                Reason::Named
            } else {
                Reason::Copied
            };
            match keep(&mut store, "a", n as f64, reason, "Signed off", &version) {
                Ok(kept) => {
                    dropped += kept.dropped;
                    named_kept |= reason == Reason::Named;
                }
                Err(error) => panic!("version {n}: {error:?}"),
            }
        }
        let history = load(&store, "a");
        assert!(named_kept && dropped > 0, "dropped {dropped}");
        assert!(history.versions.iter().any(|v| v.name == "Signed off"));
        assert_eq!(
            history.versions.last().unwrap().draft().introduction,
            "Version 39."
        );
        let ats: Vec<f64> = history.versions.iter().map(|v| v.at).collect();
        assert!(ats.windows(2).all(|w| w[0] < w[1]));
        assert!(ats[1] > 4.0, "the oldest went first: {ats:?}");
    }

    #[test]
    fn making_room_for_a_draft_takes_the_oldest_automatic_version_of_any_draft() {
        let mut store = Memory::default();
        keep(&mut store, "a", 5.0, Reason::Copied, "", &draft("A5")).unwrap();
        keep(&mut store, "b", 2.0, Reason::Copied, "", &draft("B2")).unwrap();
        keep(&mut store, "b", 7.0, Reason::Named, "Kept", &draft("B7")).unwrap();
        assert!(make_room(&mut store));
        assert_eq!(
            load(&store, "b").versions.len(),
            1,
            "b's version from 2 went"
        );
        assert!(make_room(&mut store));
        assert!(load(&store, "a").versions.is_empty());
        assert!(!make_room(&mut store), "only a named version is left");
        assert_eq!(load(&store, "b").versions[0].name, "Kept");
    }

    #[test]
    fn the_stored_history_is_the_text_that_reads_as_the_draft_history() {
        let mut store = Memory::default();
        assert_eq!(stored(&store, "a"), "");
        keep(&mut store, "a", 5.0, Reason::Copied, "", &draft("A5")).unwrap();
        assert_eq!(
            History::read(&stored(&store, "a")).unwrap(),
            load(&store, "a")
        );
        assert_eq!(
            stored(&store, "b"),
            "",
            "another draft's history is not this one's"
        );
    }

    #[test]
    fn an_unreadable_history_is_an_empty_one() {
        let mut store = Memory::default();
        store
            .set("response-drafter:history:a", "{not json")
            .unwrap();
        assert_eq!(load(&store, "a"), History::default());
        assert!(History::read("[{\"at\":1,\"reason\":\"copied\",\"change\":{}}]").is_err());
    }

    #[test]
    fn each_version_keeps_its_fingerprint_and_reads_it_back() {
        use crate::identity::fingerprint;
        let mut history = History::default();
        let first = draft("One.");
        let second = draft("Two.");
        history.keep(1.0, Reason::Named, "a", &first);
        history.keep(2.0, Reason::Exported, "", &second);
        let stored = history.to_json();
        assert!(stored.contains(&fingerprint(&first)) && stored.contains(&fingerprint(&second)));
        let read = History::read(&stored).unwrap();
        assert_eq!(read.versions[0].fingerprint(), fingerprint(&first));
        assert_eq!(read.versions[1].fingerprint(), fingerprint(&second));
        // A history stored before versions kept their fingerprints: made from the draft.
        let older = stored
            .replace(&format!(",\"print\":\"{}\"", fingerprint(&first)), "")
            .replace(&format!(",\"print\":\"{}\"", fingerprint(&second)), "");
        assert!(!older.contains("print"), "{older}");
        let read = History::read(&older).unwrap();
        assert_eq!(read.versions[1].fingerprint(), fingerprint(&second));
    }
}
