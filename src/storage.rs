//! Drafts in the browser's local storage: one key per draft, a small index for the drafts
//! list, and which draft was open. Every failure comes back as words a person can act on.

use drafter_core::Draft;
use gloo_storage::{errors::StorageError, LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const PREFIX: &str = "response-drafter:";
const INDEX_KEY: &str = "response-drafter:index";
const CURRENT_KEY: &str = "response-drafter:current";
const UNAVAILABLE: &str = "Not saved: this browser is not letting Response Drafter store \
anything. Your text is still on screen: copy the HTML before you close the page.";

/// What the drafts list shows of a draft without reading the whole of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub id: String,
    pub title: String,
    /// Milliseconds since 1970, from the browser's clock.
    pub updated: f64,
}

/// Which draft was open and where the person was in it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub scroll_y: f64,
}

fn draft_key(id: &str) -> String {
    format!("{PREFIX}draft:{id}")
}

/// Whether this browser lets the page use local storage at all.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn index() -> Vec<DraftSummary> {
    if !available() {
        return Vec::new();
    }
    let mut drafts: Vec<DraftSummary> = LocalStorage::get(INDEX_KEY).unwrap_or_default();
    drafts.sort_by(|a, b| b.updated.total_cmp(&a.updated));
    drafts
}

pub fn load(id: &str) -> Result<Draft, String> {
    if !available() {
        return Err(UNAVAILABLE.to_owned());
    }
    LocalStorage::get(draft_key(id)).map_err(|error| match error {
        StorageError::KeyNotFound(_) => "This draft is no longer in this browser.".to_owned(),
        StorageError::SerdeError(e) => format!("This draft could not be read ({e})."),
        StorageError::JsError(e) => format!("The browser would not read the draft ({e})."),
    })
}

/// Stores the draft and its line in the index. On failure nothing already stored is lost:
/// the draft key is written whole or not at all.
pub fn save(id: &str, draft: &Draft) -> Result<(), String> {
    if !available() {
        return Err(UNAVAILABLE.to_owned());
    }
    LocalStorage::set(draft_key(id), draft).map_err(describe_save_error)?;
    let mut drafts = index();
    let summary = DraftSummary {
        id: id.to_owned(),
        title: draft.display_title(),
        updated: js_sys::Date::now(),
    };
    match drafts.iter_mut().find(|d| d.id == id) {
        Some(existing) => *existing = summary,
        None => drafts.push(summary),
    }
    LocalStorage::set(INDEX_KEY, &drafts).map_err(describe_save_error)
}

pub fn delete(id: &str) {
    if !available() {
        return;
    }
    LocalStorage::delete(draft_key(id));
    let drafts: Vec<DraftSummary> = index().into_iter().filter(|d| d.id != id).collect();
    // Removing entries only shrinks storage, so this cannot run out of room.
    let _ = LocalStorage::set(INDEX_KEY, &drafts);
}

pub fn place() -> Option<Place> {
    available()
        .then(|| LocalStorage::get(CURRENT_KEY).ok())
        .flatten()
}

pub fn set_place(place: &Place) {
    if !available() {
        return;
    }
    // Losing the remembered place costs a scroll, never text, so a failure is not reported.
    let _ = LocalStorage::set(CURRENT_KEY, place);
}

/// A new draft id, unique enough for one person's browser.
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("{now:x}-{random:x}")
}

fn describe_save_error(error: StorageError) -> String {
    let full = matches!(&error, StorageError::JsError(e) if e.name.contains("Quota"));
    if full {
        "Not saved: this browser's storage is full. Your text is still on screen. Delete drafts \
         you no longer need, or copy the HTML somewhere safe, and it will save again as you type."
            .to_owned()
    } else {
        format!(
            "Not saved: the browser refused to store the draft ({error}). Your text is still on \
             screen: copy the HTML somewhere safe."
        )
    }
}
