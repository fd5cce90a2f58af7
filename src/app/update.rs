//! The app's side of the service worker: when it may be installed, and offering a new
//! version of the app when it has one ready. The page never reloads by itself: a reload in
//! the middle of a sentence would lose the person's place.

use crate::platform::events;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Set by the page's loader script (index.html) when a new build is installed and waiting.
const READY_FLAG: &str = "responseDrafterUpdateReady";
const READY_EVENT: &str = "response-drafter:update-ready";
/// The loader's function that activates the waiting build and reloads.
const APPLY: &str = "responseDrafterUpdate";
/// What the loader waits for before installing the service worker.
const SETTLED_EVENT: &str = "response-drafter:settled";
/// How long after the page is drawn it counts as settled: past the first review of the draft.
pub const SETTLING: std::time::Duration = std::time::Duration::from_millis(500);

/// Tells the loader the page is drawn and settled. Installing the service worker downloads
/// the whole app a second time, which on a first visit would compete with opening it.
pub fn announce_settled() {
    if let Ok(event) = web_sys::Event::new(SETTLED_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

fn window_value(name: &str) -> JsValue {
    js_sys::Reflect::get(&window(), &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A banner offering the new version; `before_reload` runs first, to save the draft.
#[component]
pub fn UpdateBanner(before_reload: Callback<()>) -> impl IntoView {
    let ready = RwSignal::new(window_value(READY_FLAG).is_truthy());
    let dismissed = RwSignal::new(false);
    events::on_window(READY_EVENT, move |_: web_sys::Event| ready.set(true));
    let reload = move |_| {
        before_reload.run(());
        match window_value(APPLY).dyn_into::<js_sys::Function>() {
            Ok(apply) => {
                let _ = apply.call0(&JsValue::NULL);
            }
            Err(_) => {
                let _ = window().location().reload();
            }
        }
    };
    view! {
        <Show when=move || ready.get() && !dismissed.get()>
            <div class="notice update" role="status">
                <p>"A new version of Response Drafter is ready. Your draft is kept when you reload."</p>
                <button type="button" on:click=reload>"Reload to update"</button>
                <button type="button" on:click=move |_| dismissed.set(true)>"Not now"</button>
            </div>
        </Show>
    }
}
