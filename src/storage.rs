//! Drafts in the browser's local storage: one key per draft holding its record, an index of
//! summaries for the drafts list, and which draft was open. A key that cannot be read is set
//! aside and never written over; a save never replaces a newer revision from another tab.

use drafter_core::record::{self, ReadError, Summary};
use drafter_core::Record;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

const DRAFT_PREFIX: &str = "response-drafter:draft:";
const INDEX_KEY: &str = "response-drafter:index";
const CURRENT_KEY: &str = "response-drafter:current";
const SITE_CSS_KEY: &str = "response-drafter:site-css";

/// Which draft was open and where the person was in it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
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
    Unavailable,
    Full,
    Refused(String),
    /// Another tab saved this draft since this one read it; `theirs` is what it saved, or
    /// `None` when this version cannot read it.
    Conflict {
        theirs: Option<Box<Record>>,
    },
}

/// Why a draft did not open.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Unavailable,
    Missing,
    Unreadable(SetAside),
}

impl LoadError {
    pub fn describe(&self) -> String {
        match self {
            LoadError::Unavailable => UNAVAILABLE.to_owned(),
            LoadError::Missing => "That draft is no longer in this browser: it may have been deleted in another tab.".to_owned(),
            LoadError::Unreadable(set_aside) => format!(
                "A draft could not be opened: {}. It has been set aside untouched; you can download it from the drafts list.",
                set_aside.problem
            ),
        }
    }
}

pub const UNAVAILABLE: &str = "Not saved: this browser is not letting Response Drafter store \
anything. Your text is still on screen: export the draft or copy the HTML before you close the page.";

/// The revision stored under `key`: `None` when nothing is stored there, `Some(None)` when
/// what is there cannot be read. Only the start of a large draft crosses into Rust.
fn stored_revision(store: &web_sys::Storage, key: &str) -> Option<Option<u64>> {
    // `getItem` called from here leaves the text in JavaScript, so only its start is copied.
    let get_item: js_sys::Function = js_sys::Reflect::get(store, &"getItem".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let value = get_item
        .call1(store, &key.into())
        .ok()
        .filter(|v| !v.is_null() && !v.is_undefined())?;
    let text: js_sys::JsString = value.unchecked_into();
    let start = String::from(text.substring(0, 64));
    Some(record::revision_from_start(&start).or_else(|| {
        let whole = String::from(text);
        record::revision_of(&whole)
    }))
}

/// The browser's local storage, or `None` where it is switched off or throws on access.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn available() -> bool {
    local().is_some()
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

pub fn load(id: &str) -> Result<Record, LoadError> {
    let store = local().ok_or(LoadError::Unavailable)?;
    let raw = store
        .get_item(&draft_key(id))
        .ok()
        .flatten()
        .ok_or(LoadError::Missing)?;
    read(id, raw).map_err(LoadError::Unreadable)
}

/// Reads stored text of the draft `id`, or says why it is set aside.
pub fn read(id: &str, raw: String) -> Result<Record, SetAside> {
    record::read(&raw).map_err(|problem: ReadError| SetAside {
        id: id.to_owned(),
        raw,
        problem: problem.to_string(),
    })
}

fn stored_index(store: &web_sys::Storage) -> Option<Vec<Summary>> {
    let raw = store.get_item(INDEX_KEY).ok().flatten()?;
    serde_json::from_str(&raw).ok()
}

fn write_index(store: &web_sys::Storage, summaries: &[Summary]) -> Result<(), SaveError> {
    let text = serde_json::to_string(summaries).expect("summaries always serialise");
    store.set_item(INDEX_KEY, &text).map_err(save_error)
}

/// Every draft in storage, newest first, and those that cannot be opened. The index is
/// checked against the drafts' own keys, so a draft whose index line was never written still
/// shows, and the index is mended when it has drifted.
pub fn library() -> (Vec<Summary>, Vec<SetAside>) {
    let Some(store) = local() else {
        return (Vec::new(), Vec::new());
    };
    let indexed = stored_index(&store).unwrap_or_default();
    let mut drafts = Vec::new();
    let mut set_aside = Vec::new();
    for id in draft_ids(&store) {
        let key = draft_key(&id);
        // A summary is trusted while its draft has not been saved since it was written; only
        // the start of each draft is read to tell, as opening the app reads every draft.
        let Some(revision) = stored_revision(&store, &key) else {
            continue;
        };
        let known = indexed.iter().find(|s| s.id == id);
        match (known, revision) {
            (Some(summary), Some(revision)) if summary.revision == revision => {
                drafts.push(summary.clone())
            }
            _ => {
                let Some(raw) = store.get_item(&key).ok().flatten() else {
                    continue;
                };
                match read(&id, raw) {
                    Ok(record) => drafts.push(Summary::of(&id, &record)),
                    Err(unreadable) => set_aside.push(unreadable),
                }
            }
        }
    }
    drafts.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    if drafts != indexed {
        // Mending the index is a nicety: the drafts' own keys are what count.
        let _ = write_index(&store, &drafts);
    }
    (drafts, set_aside)
}

fn draft_ids(store: &web_sys::Storage) -> Vec<String> {
    let count = store.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| store.key(index).ok().flatten())
        .filter_map(|key| id_of_key(&key).map(str::to_owned))
        .collect()
}

/// Stores `record` as draft `id` if nobody has saved it since `record.revision` was read; on
/// success the record carries its new revision and time. On any failure what was stored
/// before is untouched: a key is written whole or not at all.
pub fn save(id: &str, record: &mut Record) -> Result<(), SaveError> {
    let store = local().ok_or(SaveError::Unavailable)?;
    let key = draft_key(id);
    if let Some(stored) = stored_revision(&store, &key) {
        if stored != Some(record.revision) {
            let raw = store.get_item(&key).ok().flatten().unwrap_or_default();
            return Err(SaveError::Conflict {
                theirs: record::read(&raw).ok().map(Box::new),
            });
        }
    }
    let previous = (record.revision, record.saved_at);
    record.revision += 1;
    record.saved_at = js_sys::Date::now();
    if let Err(error) = store.set_item(&key, &record.to_json()) {
        (record.revision, record.saved_at) = previous;
        return Err(save_error(error));
    }
    let mut summaries = stored_index(&store).unwrap_or_default();
    summaries.retain(|s| s.id != id);
    summaries.insert(0, Summary::of(id, record));
    // The draft itself is saved; an index that could not be written is mended by `library`.
    let _ = write_index(&store, &summaries);
    Ok(())
}

/// Writes a record as draft `id` whatever is stored there: for new drafts, imports the person
/// chose to replace with, and putting back a deleted draft.
pub fn put(id: &str, record: &mut Record) -> Result<(), SaveError> {
    let store = local().ok_or(SaveError::Unavailable)?;
    if let Some(raw) = store.get_item(&draft_key(id)).ok().flatten() {
        match record::revision_of(&raw) {
            Some(revision) => record.revision = revision,
            // Text this version cannot read is never written over.
            None => return Err(SaveError::Conflict { theirs: None }),
        }
    }
    save(id, record)
}

/// Removes a draft (or a set-aside entry) and its index line.
pub fn delete(id: &str) {
    let Some(store) = local() else {
        return;
    };
    let _ = store.remove_item(&draft_key(id));
    if let Some(mut summaries) = stored_index(&store) {
        summaries.retain(|s| s.id != id);
        // Removing entries only shrinks storage, so this cannot run out of room.
        let _ = write_index(&store, &summaries);
    }
}

pub fn place() -> Option<Place> {
    let raw = local()?.get_item(CURRENT_KEY).ok().flatten()?;
    serde_json::from_str(&raw).ok()
}

pub fn set_place(place: &Place) {
    if let Some(store) = local() {
        // Losing the remembered place costs a scroll, never text, so a failure is not reported.
        let text = serde_json::to_string(place).expect("a place always serialises");
        let _ = store.set_item(CURRENT_KEY, &text);
    }
}

/// The website's stylesheet the person pasted for the preview; empty when none.
pub fn site_css() -> String {
    local()
        .and_then(|store| store.get_item(SITE_CSS_KEY).ok().flatten())
        .unwrap_or_default()
}

pub fn set_site_css(css: &str) {
    if let Some(store) = local() {
        // Only the preview's looks depend on it, so a failure costs no words.
        let _ = store.set_item(SITE_CSS_KEY, css);
    }
}

/// A new draft id, unique enough for one person's browser.
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("{now:x}-{random:x}")
}

/// Asks the browser not to clear the drafts when space runs low; resolves to whether it agreed.
pub async fn ask_to_persist() -> bool {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    let already = match manager.persisted() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await,
        Err(error) => Err(error),
    };
    if already.is_ok_and(|granted| granted.is_truthy()) {
        return true;
    }
    match manager.persist() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .is_ok_and(|granted| granted.is_truthy()),
        Err(_) => false,
    }
}

fn save_error(error: wasm_bindgen::JsValue) -> SaveError {
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    if name.contains("Quota") {
        SaveError::Full
    } else {
        let message = js_sys::Reflect::get(&error, &"message".into())
            .ok()
            .and_then(|message| message.as_string())
            .unwrap_or(name);
        SaveError::Refused(message)
    }
}
