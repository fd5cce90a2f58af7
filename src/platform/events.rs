//! Listening to the page for as long as it lives: one way, used everywhere, for events the app
//! follows from start to end (keys, focus, leaving the page, other tabs' saves, a new version).

use wasm_bindgen::prelude::*;

/// Calls `handler` with every `event` on `target` for the rest of the page's life. The
/// listener is never removed, so its closure is handed to the browser for good.
pub fn for_page_life<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    handler: impl Fn(E) + 'static,
) {
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        handler(event.unchecked_into())
    });
    let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    listener.forget();
}

/// For the page's life, on the window.
pub fn on_window<E: JsCast + 'static>(event: &str, handler: impl Fn(E) + 'static) {
    if let Some(window) = web_sys::window() {
        for_page_life(&window, event, handler);
    }
}

/// For the page's life, on the document.
pub fn on_document<E: JsCast + 'static>(event: &str, handler: impl Fn(E) + 'static) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        for_page_life(&document, event, handler);
    }
}
