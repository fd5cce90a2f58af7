//! The worker: answers each message from the page (see `drafter_core::protocol`) in turn.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    // The last import is kept, to read again with the person's marks.
    let mut worker = drafter_core::protocol::Worker::default();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let message = event.data().as_string().unwrap_or_default();
        let reply = worker.answer(&message);
        // The page is gone if this fails: there is no one left to tell.
        let _ = replies.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Says it is ready: messages sent before the module started would otherwise be lost.
    let _ = scope.post_message(&JsValue::from_str(r#"{"reply":"ready"}"#));
}
