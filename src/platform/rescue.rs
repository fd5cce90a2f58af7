//! A crash loses nothing. The release build stops the app at any panic; before it stops, this
//! writes the open draft to storage with every word on screen (the last save, with the text of
//! the form's fields over it), or offers it as a file where storage refuses, and leaves a plain
//! message with a way to reload. It reads the page itself, never the app's state, which a panic
//! may have left half-changed.

use drafter_core::field::{Field, ItemField};
use drafter_core::store;
use drafter_core::{Item, ItemKind, Record};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The draft as last opened or saved, and its id.
    static LAST: RefCell<Option<(String, Record)>> = const { RefCell::new(None) };
}

/// Keeps the draft as it was just opened or saved, for a crash to start from.
pub fn remember(id: &str, record: &Record) {
    LAST.with(|last| *last.borrow_mut() = Some((id.to_owned(), record.clone())));
}

/// Installs the rescue, for every build.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        #[cfg(debug_assertions)]
        console_error_panic_hook::hook(info);
        let _ = info;
        rescue();
    }));
}

fn rescue() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some((id, mut record)) = LAST.with(|last| last.try_borrow().ok().and_then(|l| l.clone()))
    else {
        show(
            &document,
            "Response Drafter stopped after an error. Reload the page to carry on.",
            None,
        );
        return;
    };
    overlay_form(&document, &mut record);
    let outcome = save(&id, &mut record);
    let (message, download) = match outcome {
        Ok(()) => (
            format!("Response Drafter stopped after an error. Everything you typed in “{}” is saved. Reload the page to carry on.", record.title()),
            None,
        ),
        Err(_) => (
            "Response Drafter stopped after an error, and this browser would not save your draft. Download it now, then reload the page and import the file from “All drafts”.".to_owned(),
            Some(drafter_core::draft_file::export([(id.as_str(), &record)])),
        ),
    };
    show(&document, &message, download);
}

/// Saves the rescued draft: over its own key when nobody else has saved since, else as a copy
/// beside it, so that another tab's newer save is never written over.
fn save(id: &str, record: &mut Record) -> Result<(), ()> {
    let mut store = super::storage::local().ok_or(())?;
    let now = js_sys::Date::now();
    if store::save(&mut store, id, record, now).is_ok() {
        return Ok(());
    }
    record.name = format!("{} (recovered)", record.title());
    let copy = format!("{id}-recovered-{:x}", now as u64);
    store::put(&mut store, &copy, record, now).map_err(|_| ())
}

/// The text of a form field, by id.
fn value_of(document: &web_sys::Document, id: &str) -> Option<String> {
    let element = document.get_element_by_id(id)?;
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    element
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|area| area.value())
}

/// The words on screen over the draft as last saved: typed since, not yet saved.
fn overlay_form(document: &web_sys::Document, record: &mut Record) {
    let draft = &mut record.draft;
    for field in Field::WHOLE_DRAFT {
        let typed = field.id().and_then(|id| value_of(document, id));
        if let (Some(typed), Some(text)) = (typed, field.text_mut(draft)) {
            *text = typed;
        }
    }
    // Items in the order the page shows them, each by its fieldset's id ("item-7-group").
    let Ok(groups) = document.query_selector_all("fieldset.item[id$='-group']") else {
        return;
    };
    for index in 0..groups.length() as usize {
        let Some(group) = groups
            .item(index as u32)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let prefix = group.id().trim_end_matches("group").to_owned();
        if index >= draft.items.len() {
            draft.items.push(Item::new(ItemKind::Recommendation, ""));
        }
        let item = &mut draft.items[index];
        for part in ItemField::ALL {
            if let Some(typed) = value_of(document, &format!("{prefix}{}", part.id_part())) {
                *part.text_mut(item) = typed;
            }
        }
    }
}

/// The message over the page, with a link that reloads it (the app can no longer answer a
/// button) and, where the draft could not be saved, a link that downloads it.
fn show(document: &web_sys::Document, message: &str, download: Option<String>) {
    let Some(body) = document.body() else {
        return;
    };
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    notice.set_class_name("crash-notice");
    let _ = notice.set_attribute("role", "alert");
    let text = document.create_element("p").ok();
    if let Some(text) = &text {
        text.set_text_content(Some(message));
        let _ = notice.append_child(text);
    }
    if let Some(json) = download {
        if let Some(link) = download_link(document, &json) {
            let _ = notice.append_child(&link);
        }
    }
    if let (Ok(reload), Some(href)) = (
        document.create_element("a"),
        web_sys::window().and_then(|w| w.location().href().ok()),
    ) {
        let _ = reload.set_attribute("href", &href);
        reload.set_class_name("button");
        reload.set_text_content(Some("Reload the page"));
        let _ = notice.append_child(&reload);
    }
    let _ = body.prepend_with_node_1(&notice);
}

fn download_link(document: &web_sys::Document, json: &str) -> Option<web_sys::Element> {
    let parts = js_sys::Array::of1(&json.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link = document.create_element("a").ok()?;
    link.set_attribute("href", &url).ok()?;
    link.set_attribute("download", "response-drafter-recovered.json")
        .ok()?;
    link.set_class_name("button");
    link.set_text_content(Some("Download the draft"));
    Some(link)
}
