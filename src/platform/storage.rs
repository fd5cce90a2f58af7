//! The browser's local storage behind the core's key-value store: where drafts are kept. The
//! decisions (revisions, setting aside, mending the index) are the core's (`drafter_core::store`);
//! this is the browser's side of the seam, and says so when storage is switched off.

use drafter_core::history::{self, History, Kept, Reason};
use drafter_core::record::Summary;
use drafter_core::store::{self, KeyValue, WriteError};
use drafter_core::Draft;
use drafter_core::Record;
use wasm_bindgen::JsCast;

pub use drafter_core::store::{LoadError, Opening, Place, SaveError, SetAside};

/// Local storage, through gloo-storage's handle on it: the one way to the browser's storage,
/// for the app and for the rescue after a crash alike. Entries are read and written as the
/// text they are (gloo-storage's own `get` and `set` would read and write them as JSON).
pub(super) struct Browser(web_sys::Storage);

impl KeyValue for Browser {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    /// `getItem` called through JavaScript leaves the text there, so only its start crosses
    /// into the app: opening reads the start of every draft.
    fn start_of(&self, key: &str, chars: u32) -> Option<String> {
        let get_item: js_sys::Function = js_sys::Reflect::get(&self.0, &"getItem".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let value = get_item
            .call1(&self.0, &key.into())
            .ok()
            .filter(|v| !v.is_null() && !v.is_undefined())?;
        let text: js_sys::JsString = value.unchecked_into();
        Some(String::from(text.substring(0, chars)))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        self.0.set_item(key, value).map_err(write_error)
    }

    fn remove(&mut self, key: &str) {
        <gloo_storage::LocalStorage as gloo_storage::Storage>::delete(key);
    }

    fn keys(&self) -> Vec<String> {
        let count = self.0.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| self.0.key(index).ok().flatten())
            .collect()
    }
}

/// Local storage, or `None` where it is switched off: asked of the browser first, since
/// gloo-storage's handle throws where there is none.
pub(super) fn local() -> Option<Browser> {
    web_sys::window()?.local_storage().ok().flatten()?;
    Some(Browser(
        <gloo_storage::LocalStorage as gloo_storage::Storage>::raw(),
    ))
}

pub fn available() -> bool {
    local().is_some()
}

pub fn load(id: &str) -> Result<Record, LoadError> {
    store::load(&local().ok_or(LoadError::Unavailable)?, id)
}

/// Every draft in storage, newest first, and those that cannot be opened.
pub fn library() -> (Vec<Summary>, Vec<SetAside>) {
    local().map_or_else(Default::default, |mut browser| store::library(&mut browser))
}

/// Saves a draft; on success, how many versions kept automatically (of any draft) gave way
/// to make room for it, for the person to be told.
pub fn save(id: &str, record: &mut Record) -> Result<usize, SaveError> {
    let mut browser = local().ok_or(SaveError::Unavailable)?;
    store::save(&mut browser, id, record, js_sys::Date::now())?;
    Ok(history::take_dropped(&mut browser))
}

pub fn put(id: &str, record: &mut Record) -> Result<(), SaveError> {
    let mut browser = local().ok_or(SaveError::Unavailable)?;
    store::put(&mut browser, id, record, js_sys::Date::now())
}

pub fn delete(id: &str) {
    if let Some(mut browser) = local() {
        store::delete(&mut browser, id);
    }
}

/// What the app opens with: the drafts list, the place left, the draft to open and what went
/// wrong with the one open last.
pub fn opening() -> Opening {
    match local() {
        Some(mut browser) => store::opening(&mut browser),
        None => Opening {
            drafts: Vec::new(),
            set_aside: Vec::new(),
            place: Place::default(),
            opened: None,
            problem: None,
        },
    }
}

pub fn set_place(place: &Place) {
    if let Some(mut browser) = local() {
        store::set_place(&mut browser, place);
    }
}

pub fn site_css() -> String {
    local()
        .map(|browser| store::site_css(&browser))
        .unwrap_or_default()
}

pub fn set_site_css(css: &str) {
    if let Some(mut browser) = local() {
        store::set_site_css(&mut browser, css);
    }
}

/// Whether the welcome has been put away: where nothing can be stored, it has not.
pub fn welcome_dismissed() -> bool {
    local().is_some_and(|browser| store::welcome_dismissed(&browser))
}

pub fn dismiss_welcome() {
    if let Some(mut browser) = local() {
        store::dismiss_welcome(&mut browser);
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

/// What the browser's refusal to store means: full, or refused for the reason it gives.
fn write_error(error: wasm_bindgen::JsValue) -> WriteError {
    let field = |name: &str| {
        js_sys::Reflect::get(&error, &name.into())
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    let name = field("name");
    if name.contains("Quota") {
        WriteError::Full
    } else {
        let message = field("message");
        WriteError::Refused(if message.is_empty() { name } else { message })
    }
}

/// The open draft's earlier versions; none where storage is off.
pub fn history(id: &str) -> History {
    local().map_or_else(History::default, |browser| history::load(&browser, id))
}

/// The history of draft `id` as it is stored, unread, for the worker (empty when there is none).
pub fn stored_history(id: &str) -> String {
    local().map_or_else(String::new, |browser| history::stored(&browser, id))
}

/// Keeps a version of draft `id`, making room from the oldest automatic versions if need be.
pub fn keep_version(
    id: &str,
    reason: Reason,
    name: &str,
    draft: &Draft,
) -> Result<Kept, SaveError> {
    let mut browser = local().ok_or(SaveError::Unavailable)?;
    history::keep(&mut browser, id, js_sys::Date::now(), reason, name, draft)
        .map_err(SaveError::from)
}

/// How many versions were dropped to make room for drafts since last asked.
pub fn take_dropped_versions() -> usize {
    local().map_or(0, |mut browser| history::take_dropped(&mut browser))
}
