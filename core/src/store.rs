//! Drafts kept in a key-value store (the browser's local storage, or memory in tests): one key
//! per draft holding its record, an index of summaries for the drafts list, which draft was
//! open, and the website's stylesheet. The decisions that protect drafts are made here: a save
//! never replaces a newer revision from another tab, an entry that cannot be read is set aside
//! and never written over, and the index is mended from the drafts' own keys.

use crate::history;
use crate::record::{self, ReadError, Summary};
use crate::Record;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

const DRAFT_PREFIX: &str = "response-drafter:draft:";
const INDEX_KEY: &str = "response-drafter:index";
const CURRENT_KEY: &str = "response-drafter:current";
const SITE_CSS_KEY: &str = "response-drafter:site-css";
const WELCOME_KEY: &str = "response-drafter:welcome-dismissed";

/// How much of a stored draft is read to find its revision.
const START_CHARS: u32 = 64;

/// A store of text under keys, as local storage is.
pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    /// The first `chars` characters stored under `key`, without reading the rest where the
    /// store can avoid it.
    fn start_of(&self, key: &str, chars: u32) -> Option<String> {
        self.get(key)
            .map(|text| text.chars().take(chars as usize).collect())
    }
    /// Stores `value` whole, or leaves what was there untouched.
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

/// Why the store did not take a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    Full,
    Refused(String),
}

/// A store in memory, with an optional limit on the characters it holds, as a browser's.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    entries: BTreeMap<String, String>,
    quota: Option<usize>,
}

impl Memory {
    pub fn with_quota(quota: usize) -> Memory {
        Memory {
            quota: Some(quota),
            ..Memory::default()
        }
    }

    fn used(&self) -> usize {
        self.entries.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KeyValue for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        if let Some(quota) = self.quota {
            let freed = self.entries.get(key).map_or(0, |old| key.len() + old.len());
            if self.used() - freed + key.len() + value.len() > quota {
                return Err(WriteError::Full);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        self.entries.remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }
}

/// Which draft was open and where the person was in it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub scroll_y: f64,
}

/// A stored draft that cannot be opened, kept exactly as found.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    pub id: String,
    pub raw: String,
    pub problem: String,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// The browser is not letting the app store anything.
    Unavailable,
    Full,
    Refused(String),
    /// Another tab saved this draft since this one read it; `theirs` is what it saved, or
    /// `None` when this version cannot read it.
    Conflict {
        theirs: Option<Box<Record>>,
    },
}

impl From<WriteError> for SaveError {
    fn from(error: WriteError) -> SaveError {
        match error {
            WriteError::Full => SaveError::Full,
            WriteError::Refused(detail) => SaveError::Refused(detail),
        }
    }
}

pub const UNAVAILABLE: &str = "Not saved: this browser is not letting Response Drafter store \
anything. Your text is still on screen: export the draft or copy the HTML before you close the page.";

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Unavailable => f.write_str(UNAVAILABLE),
            SaveError::Full => f.write_str("Not saved: this browser’s storage for Response Drafter is full. Your text is still on screen and the last saved copy is safe. Export your drafts to a file, then delete drafts you no longer need: saving starts again as you type."),
            SaveError::Refused(detail) => write!(f, "Not saved: the browser refused to store the draft ({detail}). Your text is still on screen: export the draft to a file."),
            SaveError::Conflict { .. } => f.write_str("Not saved: this draft was changed in another tab or window. Choose which version to keep."),
        }
    }
}

/// Why a draft did not open.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Unavailable,
    Missing,
    Unreadable(SetAside),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unavailable => f.write_str(UNAVAILABLE),
            LoadError::Missing => f.write_str("That draft is no longer in this browser: it may have been deleted in another tab."),
            LoadError::Unreadable(set_aside) => write!(
                f,
                "A draft could not be opened: {}. It has been set aside untouched; you can download it from the drafts list.",
                set_aside.problem
            ),
        }
    }
}

fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// The draft id a storage key belongs to, if it is a draft's key.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT_PREFIX)
}

pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

/// Reads stored text of the draft `id`, or says why it is set aside.
pub fn read(id: &str, raw: String) -> Result<Record, SetAside> {
    record::read(&raw).map_err(|problem: ReadError| SetAside {
        id: id.to_owned(),
        raw,
        problem: problem.to_string(),
    })
}

pub fn load(store: &impl KeyValue, id: &str) -> Result<Record, LoadError> {
    let raw = store.get(&draft_key(id)).ok_or(LoadError::Missing)?;
    read(id, raw).map_err(LoadError::Unreadable)
}

/// The revision stored under `key`: `None` when nothing is stored there, `Some(None)` when
/// what is there cannot be read. Only the start of a large draft is read when it will do.
fn stored_revision(store: &impl KeyValue, key: &str) -> Option<Option<u64>> {
    let start = store.start_of(key, START_CHARS)?;
    Some(
        record::revision_from_start(&start)
            .or_else(|| store.get(key).and_then(|whole| record::revision_of(&whole))),
    )
}

fn stored_index(store: &impl KeyValue) -> Option<Vec<Summary>> {
    serde_json::from_str(&store.get(INDEX_KEY)?).ok()
}

fn write_index(store: &mut impl KeyValue, summaries: &[Summary]) -> Result<(), WriteError> {
    let text = serde_json::to_string(summaries).expect("summaries always serialise");
    store.set(INDEX_KEY, &text)
}

/// Every draft in the store, newest first, and those that cannot be opened. The index is
/// checked against the drafts' own keys, so a draft whose index line was never written still
/// shows, and the index is mended when it has drifted.
pub fn library(store: &mut impl KeyValue) -> (Vec<Summary>, Vec<SetAside>) {
    let (drafts, set_aside, _) = survey(store);
    (drafts, set_aside)
}

/// `library`'s list, and the drafts it had to read whole (their index lines stale or lost),
/// so that opening one of them does not read it again.
fn survey(store: &mut impl KeyValue) -> (Vec<Summary>, Vec<SetAside>, Vec<(String, Record)>) {
    let indexed = stored_index(store).unwrap_or_default();
    let mut read_whole = Vec::new();
    let mut drafts = Vec::new();
    let mut set_aside = Vec::new();
    for id in store.keys().iter().filter_map(|key| id_of_key(key)) {
        let key = draft_key(id);
        // A summary is trusted while its draft has not been saved since it was written; only
        // the start of each draft is read to tell.
        let Some(revision) = stored_revision(store, &key) else {
            continue;
        };
        let known = indexed.iter().find(|s| s.id == id);
        match (known, revision) {
            (Some(summary), Some(revision)) if summary.revision == revision => {
                drafts.push(summary.clone())
            }
            _ => {
                let Some(raw) = store.get(&key) else {
                    continue;
                };
                match read(id, raw) {
                    Ok(record) => {
                        drafts.push(Summary::of(id, &record));
                        read_whole.push((id.to_owned(), record));
                    }
                    Err(unreadable) => set_aside.push(unreadable),
                }
            }
        }
    }
    drafts.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    if drafts != indexed {
        // Mending the index is a nicety: the drafts' own keys are what count.
        let _ = write_index(store, &drafts);
    }
    (drafts, set_aside, read_whole)
}

/// Stores `record` as draft `id` if nobody has saved it since `record.revision` was read; on
/// success the record carries its new revision and `now` as its time. On any failure what was
/// stored before is untouched.
pub fn save(
    store: &mut impl KeyValue,
    id: &str,
    record: &mut Record,
    now: f64,
) -> Result<(), SaveError> {
    let key = draft_key(id);
    if let Some(stored) = stored_revision(store, &key) {
        if stored != Some(record.revision) {
            let raw = store.get(&key).unwrap_or_default();
            return Err(SaveError::Conflict {
                theirs: record::read(&raw).ok().map(Box::new),
            });
        }
    }
    let previous = (record.revision, record.saved_at);
    record.revision += 1;
    record.saved_at = now;
    let json = record.to_json();
    let mut written = store.set(&key, &json);
    // The draft comes before its history: the oldest versions kept automatically make room.
    let mut dropped = 0;
    while written == Err(WriteError::Full) && history::make_room(store) {
        dropped += 1;
        written = store.set(&key, &json);
    }
    if dropped > 0 {
        history::note_dropped(store, dropped);
    }
    if let Err(error) = written {
        (record.revision, record.saved_at) = previous;
        return Err(error.into());
    }
    let mut summaries = stored_index(store).unwrap_or_default();
    summaries.retain(|s| s.id != id);
    summaries.insert(0, Summary::of(id, record));
    // The draft itself is saved; an index that could not be written is mended by `library`.
    let _ = write_index(store, &summaries);
    Ok(())
}

/// Writes a record as draft `id` whatever revision is stored there: for new drafts, imports
/// the person chose to replace with, and putting back a deleted draft. Text this version
/// cannot read is never written over.
pub fn put(
    store: &mut impl KeyValue,
    id: &str,
    record: &mut Record,
    now: f64,
) -> Result<(), SaveError> {
    if let Some(raw) = store.get(&draft_key(id)) {
        match record::revision_of(&raw) {
            Some(revision) => record.revision = revision,
            None => return Err(SaveError::Conflict { theirs: None }),
        }
    }
    save(store, id, record, now)
}

/// Removes a draft (or a set-aside entry), its history and its index line.
pub fn delete(store: &mut impl KeyValue, id: &str) {
    store.remove(&draft_key(id));
    history::delete(store, id);
    if let Some(mut summaries) = stored_index(store) {
        summaries.retain(|s| s.id != id);
        // Removing entries only shrinks the store, so this cannot run out of room.
        let _ = write_index(store, &summaries);
    }
}

pub fn place(store: &impl KeyValue) -> Option<Place> {
    serde_json::from_str(&store.get(CURRENT_KEY)?).ok()
}

pub fn set_place(store: &mut impl KeyValue, place: &Place) {
    // Losing the remembered place costs a scroll, never text, so a failure is not reported.
    let text = serde_json::to_string(place).expect("a place always serialises");
    let _ = store.set(CURRENT_KEY, &text);
}

/// The website's stylesheet the person pasted for the preview; empty when none.
pub fn site_css(store: &impl KeyValue) -> String {
    store.get(SITE_CSS_KEY).unwrap_or_default()
}

pub fn set_site_css(store: &mut impl KeyValue, css: &str) {
    // Only the preview's looks depend on it, so a failure costs no words.
    let _ = store.set(SITE_CSS_KEY, css);
}

/// Whether the person has put the welcome away; until then it is offered on every visit.
pub fn welcome_dismissed(store: &impl KeyValue) -> bool {
    store.get(WELCOME_KEY).is_some()
}

pub fn dismiss_welcome(store: &mut impl KeyValue) {
    // Failing to remember this costs one more welcome, never text.
    let _ = store.set(WELCOME_KEY, "yes");
}

/// What opening the app needs from the store: the drafts list, the place the person left,
/// the draft to open and what went wrong with the one open last.
#[derive(Debug)]
pub struct Opening {
    pub drafts: Vec<Summary>,
    pub set_aside: Vec<SetAside>,
    pub place: Place,
    pub opened: Option<(String, Record)>,
    pub problem: Option<LoadError>,
}

pub fn opening(store: &mut impl KeyValue) -> Opening {
    let (drafts, set_aside, read_whole) = survey(store);
    let place = place(store).unwrap_or_default();
    let (opened, problem) = draft_to_open(store, &place, &drafts, read_whole);
    Opening {
        drafts,
        set_aside,
        place,
        opened,
        problem,
    }
}

/// The draft to open: the one open last if it still opens, else the latest that opens; and
/// what went wrong with the one open last, unless it was simply deleted. A draft in
/// `read_whole` is taken from there rather than read again.
fn draft_to_open(
    store: &impl KeyValue,
    place: &Place,
    drafts: &[Summary],
    mut read_whole: Vec<(String, Record)>,
) -> (Option<(String, Record)>, Option<LoadError>) {
    let mut load = |id: &str| match read_whole.iter().position(|(read, _)| read == id) {
        Some(at) => Ok(read_whole.swap_remove(at).1),
        None => load(store, id),
    };
    let mut problem = None;
    if !place.id.is_empty() {
        match load(&place.id) {
            Ok(record) => return (Some((place.id.clone(), record)), None),
            Err(LoadError::Missing) => {}
            Err(error) => problem = Some(error),
        }
    }
    let latest = drafts
        .iter()
        .find_map(|d| load(&d.id).ok().map(|record| (d.id.clone(), record)));
    (latest, problem)
}

/// The id an imported draft is stored under: its own, unless that would write over an entry
/// set aside (never) or over a draft here that the person chose to keep beside it (a new id,
/// and the imported copy is renamed). `Some(new)` names the copy's new name.
pub fn import_id(
    own: Option<&str>,
    here: &[String],
    set_aside: &[String],
    keep_both: bool,
    new_id: &mut impl FnMut() -> String,
) -> (String, bool) {
    match own {
        Some(id) if set_aside.iter().any(|s| s == id) => (new_id(), false),
        Some(id) if keep_both && here.iter().any(|h| h == id) => (new_id(), true),
        Some(id) => (id.to_owned(), false),
        None => (new_id(), false),
    }
}

/// What another tab's change to the browser's storage means for the draft open here.
#[derive(Debug, PartialEq)]
pub enum OtherTabChange {
    /// Not the open draft's entry.
    OtherDraft,
    /// The open draft was deleted there.
    Deleted,
    /// The save this tab made itself, seen again.
    AlreadyHere,
    /// Saved there while nothing here waits to be saved: the open draft shows it.
    Show(Box<Record>),
    /// Saved there while this tab has changes of its own (or in a format this version cannot
    /// read, `None`): nothing is saved until the person chooses.
    Conflict(Option<Box<Record>>),
}

/// What another tab's change of `key` to `new_value` (`None`: removed) means for draft
/// `open_id`, read here at `open_revision`, with or without changes `unsaved_here`.
pub fn other_tab_change(
    open_id: &str,
    open_revision: u64,
    unsaved_here: bool,
    key: &str,
    new_value: Option<&str>,
) -> OtherTabChange {
    if id_of_key(key) != Some(open_id) {
        return OtherTabChange::OtherDraft;
    }
    let Some(raw) = new_value else {
        return OtherTabChange::Deleted;
    };
    if crate::record::revision_of(raw) == Some(open_revision) {
        return OtherTabChange::AlreadyHere;
    }
    match crate::record::read(raw).ok().map(Box::new) {
        Some(theirs) if !unsaved_here => OtherTabChange::Show(theirs),
        theirs => OtherTabChange::Conflict(theirs),
    }
}

/// Whether another tab's change of `key` changes the list of drafts.
pub fn changes_the_list(key: &str) -> bool {
    id_of_key(key).is_some() || is_index_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template;

    fn record(title: &str) -> Record {
        let mut draft = template::new_draft();
        draft.report.title = title.into();
        Record::new(draft)
    }

    #[test]
    fn a_saved_draft_loads_back_with_its_revision_and_time() {
        let mut store = Memory::default();
        let mut saved = record("PEEL");
        save(&mut store, "a", &mut saved, 10.0).unwrap();
        assert_eq!((saved.revision, saved.saved_at), (1, 10.0));
        assert_eq!(load(&store, "a").unwrap(), saved);
        save(&mut store, "a", &mut saved, 20.0).unwrap();
        assert_eq!(load(&store, "a").unwrap().revision, 2);
        assert_eq!(load(&store, "b"), Err(LoadError::Missing));
    }

    #[test]
    fn a_save_never_replaces_a_newer_revision_from_another_tab() {
        let mut store = Memory::default();
        let mut mine = record("Mine");
        save(&mut store, "a", &mut mine, 1.0).unwrap();
        let mut theirs = load(&store, "a").unwrap();
        theirs.draft.introduction = "Theirs.".into();
        save(&mut store, "a", &mut theirs, 2.0).unwrap();
        mine.draft.introduction = "Mine.".into();
        match save(&mut store, "a", &mut mine, 3.0) {
            Err(SaveError::Conflict {
                theirs: Some(found),
            }) => {
                assert_eq!(found.draft.introduction, "Theirs.")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            mine.revision, 1,
            "the failed save leaves my revision as it was"
        );
        assert_eq!(load(&store, "a").unwrap().draft.introduction, "Theirs.");
    }

    #[test]
    fn entries_that_cannot_be_read_are_set_aside_byte_for_byte_and_never_written_over() {
        let mut store = Memory::default();
        let damaged = "{\"schema_version\":2,\"revision\":3,\"saved_at\":1,\"name\":\"x\",\"dra";
        let newer = "{\"schema_version\":99,\"revision\":1,\"future\":true}";
        store.set(&draft_key("damaged"), damaged).unwrap();
        store.set(&draft_key("newer"), newer).unwrap();
        save(&mut store, "fine", &mut record("Fine"), 1.0).unwrap();
        let (drafts, set_aside) = library(&mut store);
        assert_eq!(
            drafts.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["fine"]
        );
        let kept: Vec<(&str, &str)> = set_aside
            .iter()
            .map(|s| (s.id.as_str(), s.raw.as_str()))
            .collect();
        assert_eq!(kept, [("damaged", damaged), ("newer", newer)]);
        for id in ["damaged", "newer"] {
            assert_eq!(
                put(&mut store, id, &mut record("Over"), 2.0),
                Err(SaveError::Conflict { theirs: None })
            );
            assert!(matches!(
                save(&mut store, id, &mut record("Over"), 2.0),
                Err(SaveError::Conflict { theirs: None })
            ));
        }
        assert_eq!(store.get(&draft_key("damaged")).unwrap(), damaged);
        assert_eq!(store.get(&draft_key("newer")).unwrap(), newer);
    }

    #[test]
    fn the_index_is_mended_from_the_drafts_own_keys() {
        let mut store = Memory::default();
        save(&mut store, "a", &mut record("A"), 1.0).unwrap();
        save(&mut store, "b", &mut record("B"), 2.0).unwrap();
        // A draft whose index line was lost, an index line whose draft is gone, and a summary
        // gone stale because its draft was saved elsewhere without it.
        store.set(INDEX_KEY, "[]").unwrap();
        let mut c = record("C");
        save(&mut store, "c", &mut c, 3.0).unwrap();
        store.remove(&draft_key("b"));
        let mut stale = load(&store, "a").unwrap();
        stale.draft.report.title = "A, renamed".into();
        stale.revision += 1;
        store.set(&draft_key("a"), &stale.to_json()).unwrap();
        let (drafts, _) = library(&mut store);
        let titles: Vec<(&str, &str)> = drafts
            .iter()
            .map(|d| (d.id.as_str(), d.title.as_str()))
            .collect();
        assert_eq!(titles, [("c", "C"), ("a", "A, renamed")]);
        assert_eq!(
            stored_index(&store).unwrap(),
            drafts,
            "the index is written mended"
        );
    }

    #[test]
    fn an_index_written_before_the_stage_was_kept_is_built_again() {
        let mut store = Memory::default();
        let mut published = record("Published one");
        published.draft.life.publish(
            crate::dates::from_calendar(2025, 8, 1).unwrap(),
            "https://opcc.example/r",
        );
        save(&mut store, "a", &mut published, 1.0).unwrap();
        // The index as an older version wrote it: the same revision, without the new columns.
        let mut old: serde_json::Value =
            serde_json::from_str(&store.get(INDEX_KEY).unwrap()).unwrap();
        for line in old.as_array_mut().unwrap() {
            let line = line.as_object_mut().unwrap();
            for newer in ["stage", "published_on", "record_done"] {
                line.remove(newer);
            }
        }
        store.set(INDEX_KEY, &old.to_string()).unwrap();
        let (drafts, _) = library(&mut store);
        assert_eq!(drafts[0].stage, crate::life::Stage::Published);
        assert_eq!(drafts[0].record_done, 1);
        assert_eq!(stored_index(&store).unwrap(), drafts);
    }

    #[test]
    fn a_full_store_makes_room_for_the_draft_from_its_oldest_automatic_versions() {
        let mut store = Memory::with_quota(9_000);
        let mut draft = record("Short");
        save(&mut store, "a", &mut draft, 1.0).unwrap();
        for n in 0..6 {
            let mut version = draft.draft.clone();
            version.introduction = format!("Version {n} {}", "y".repeat(600));
            history::keep(
                &mut store,
                "a",
                n as f64,
                history::Reason::Copied,
                "",
                &version,
            )
            .unwrap();
        }
        history::keep(
            &mut store,
            "a",
            9.0,
            history::Reason::Named,
            "Kept",
            &draft.draft,
        )
        .unwrap();
        let before = history::load(&store, "a").versions.len();
        draft.draft.introduction = "word ".repeat(700);
        save(&mut store, "a", &mut draft, 10.0).unwrap();
        assert_eq!(
            load(&store, "a").unwrap().draft.introduction,
            "word ".repeat(700)
        );
        let after = history::load(&store, "a");
        assert!(
            after.versions.len() < before,
            "{} of {before} versions left",
            after.versions.len()
        );
        assert!(
            after.versions.iter().any(|v| v.name == "Kept"),
            "a named version stays"
        );
        assert_eq!(
            history::take_dropped(&mut store),
            before - after.versions.len()
        );
        assert_eq!(history::take_dropped(&mut store), 0, "told once");
    }

    #[test]
    fn deleting_a_draft_deletes_its_history() {
        let mut store = Memory::default();
        let mut draft = record("A");
        save(&mut store, "a", &mut draft, 1.0).unwrap();
        history::keep(
            &mut store,
            "a",
            1.0,
            history::Reason::Named,
            "One",
            &draft.draft,
        )
        .unwrap();
        delete(&mut store, "a");
        assert_eq!(store.keys(), [INDEX_KEY], "only the (empty) index is left");
    }

    #[test]
    fn a_full_store_refuses_the_save_and_keeps_the_last_saved_copy() {
        let mut store = Memory::with_quota(4_000);
        let mut draft = record("Short");
        save(&mut store, "a", &mut draft, 1.0).unwrap();
        let saved = load(&store, "a").unwrap();
        draft.draft.introduction = "word ".repeat(2_000);
        assert_eq!(save(&mut store, "a", &mut draft, 2.0), Err(SaveError::Full));
        assert_eq!(draft.revision, 1);
        assert_eq!(load(&store, "a").unwrap(), saved);
        assert!(SaveError::Full
            .to_string()
            .contains("the last saved copy is safe"));
    }

    #[test]
    fn the_draft_open_last_opens_else_the_latest() {
        let mut store = Memory::default();
        save(&mut store, "old", &mut record("Old"), 1.0).unwrap();
        save(&mut store, "new", &mut record("New"), 2.0).unwrap();
        let (drafts, _) = library(&mut store);
        let place = |id: &str| Place {
            id: id.into(),
            scroll_y: 0.0,
        };
        let opened = |p: &Place| draft_to_open(&store, p, &drafts, Vec::new());
        assert_eq!(opened(&place("old")).0.unwrap().0, "old");
        assert_eq!(opened(&place("")).0.unwrap().0, "new");
        let (deleted, problem) = opened(&place("deleted"));
        assert_eq!((deleted.unwrap().0.as_str(), problem), ("new", None));
        let mut broken = store.clone();
        broken.set(&draft_key("broken"), "not json").unwrap();
        let (fallback, problem) = draft_to_open(&broken, &place("broken"), &drafts, Vec::new());
        assert_eq!(fallback.unwrap().0, "new");
        assert!(matches!(problem, Some(LoadError::Unreadable(_))));
        assert_eq!(
            draft_to_open(&Memory::default(), &place(""), &[], Vec::new()).0,
            None
        );
    }

    /// A store that counts whole reads of each key (a long draft's is the slow part of opening).
    struct CountingReads {
        inner: Memory,
        reads: std::cell::RefCell<BTreeMap<String, usize>>,
    }

    impl KeyValue for CountingReads {
        fn get(&self, key: &str) -> Option<String> {
            *self.reads.borrow_mut().entry(key.to_owned()).or_default() += 1;
            self.inner.get(key)
        }
        fn start_of(&self, key: &str, chars: u32) -> Option<String> {
            self.inner.start_of(key, chars)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
            self.inner.set(key, value)
        }
        fn remove(&mut self, key: &str) {
            self.inner.remove(key)
        }
        fn keys(&self) -> Vec<String> {
            self.inner.keys()
        }
    }

    #[test]
    fn opening_reads_a_draft_missing_from_the_index_once() {
        for open_last in ["b", ""] {
            let mut inner = Memory::default();
            save(&mut inner, "a", &mut record("Older"), 1.0).unwrap();
            save(&mut inner, "b", &mut record("Newer"), 2.0).unwrap();
            // The index lost (or written by a version that kept none): each draft is read to
            // list it, and the one opened is not read again.
            inner.remove(INDEX_KEY);
            set_place(
                &mut inner,
                &Place {
                    id: open_last.into(),
                    scroll_y: 0.0,
                },
            );
            let mut store = CountingReads {
                inner,
                reads: Default::default(),
            };
            let opening = opening(&mut store);
            assert_eq!(opening.opened.unwrap().1.draft.report.title, "Newer");
            assert_eq!((opening.drafts.len(), opening.problem), (2, None));
            assert_eq!(
                store.reads.borrow()[&draft_key("b")],
                1,
                "opened last: {open_last:?}"
            );
        }
    }

    #[test]
    fn imported_drafts_get_ids_that_never_write_over_what_must_be_kept() {
        let here = vec!["a".to_owned(), "b".to_owned()];
        let set_aside = vec!["x".to_owned()];
        let mut n = 0;
        let mut new_id = || {
            n += 1;
            format!("new{n}")
        };
        assert_eq!(
            import_id(Some("x"), &here, &set_aside, false, &mut new_id),
            ("new1".into(), false)
        );
        assert_eq!(
            import_id(Some("a"), &here, &set_aside, true, &mut new_id),
            ("new2".into(), true)
        );
        assert_eq!(
            import_id(Some("a"), &here, &set_aside, false, &mut new_id),
            ("a".into(), false)
        );
        assert_eq!(
            import_id(Some("z"), &here, &set_aside, true, &mut new_id),
            ("z".into(), false)
        );
        assert_eq!(
            import_id(None, &here, &set_aside, true, &mut new_id),
            ("new3".into(), false)
        );
    }

    #[test]
    fn the_place_and_the_site_stylesheet_are_kept() {
        let mut store = Memory::default();
        assert_eq!(place(&store), None);
        let here = Place {
            id: "a".into(),
            scroll_y: 120.0,
        };
        set_place(&mut store, &here);
        assert_eq!(place(&store), Some(here));
        assert!(!welcome_dismissed(&store));
        dismiss_welcome(&mut store);
        assert!(welcome_dismissed(&store));
        set_site_css(&mut store, "h2 { color: red }");
        assert_eq!(site_css(&store), "h2 { color: red }");
        assert!(id_of_key(&draft_key("q")) == Some("q") && is_index_key(INDEX_KEY));
    }

    #[test]
    fn another_tabs_change_to_the_open_draft_is_shown_or_asked_about() {
        let mut store = Memory::default();
        let mut ours = record("Ours");
        save(&mut store, "a", &mut ours, 1.0).unwrap();
        let mut theirs = ours.clone();
        theirs.draft.report.title = "Theirs".into();
        save(&mut store, "a", &mut theirs, 2.0).unwrap();
        let key = draft_key("a");
        let raw = store.get(&key).unwrap();
        let change = |unsaved, key: &str, value: Option<&str>| {
            other_tab_change("a", ours.revision, unsaved, key, value)
        };
        match change(false, &key, Some(&raw)) {
            OtherTabChange::Show(record) => assert_eq!(record.draft.report.title, "Theirs"),
            other => panic!("{other:?}"),
        }
        match change(true, &key, Some(&raw)) {
            OtherTabChange::Conflict(Some(record)) => assert_eq!(record.revision, theirs.revision),
            other => panic!("{other:?}"),
        }
        // A version this one cannot read: the person keeps theirs as a new draft.
        let newer = raw.replace("\"schema_version\":3", "\"schema_version\":99");
        assert_eq!(
            change(false, &key, Some(&newer)),
            OtherTabChange::Conflict(None)
        );
        // This tab's own save, seen again, is nothing new.
        let own = other_tab_change("a", theirs.revision, true, &key, Some(&raw));
        assert_eq!(own, OtherTabChange::AlreadyHere);
        assert_eq!(change(true, &key, None), OtherTabChange::Deleted);
        assert_eq!(
            change(true, &draft_key("b"), Some(&raw)),
            OtherTabChange::OtherDraft
        );
        assert_eq!(
            change(true, INDEX_KEY, Some("[]")),
            OtherTabChange::OtherDraft
        );
        // The list follows any draft's change, and the index's; not the welcome's.
        assert!(changes_the_list(&key) && changes_the_list(INDEX_KEY));
        assert!(!changes_the_list(WELCOME_KEY));
    }
}
