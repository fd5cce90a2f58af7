//! The app's worker (a second wasm module, fetched when first needed): asks it to do rare, long
//! work off the page's thread (the import, Word documents, the calendar file). Thin: the
//! messages are `drafter_core::protocol`'s.

use drafter_core::protocol::{self, Reply};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::timing::measured;

/// The worker could not be started or did not answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Unavailable;

pub fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Calls a function that returns a promise, and waits for it; a rejection's value is the error.
pub async fn call(function: &JsValue, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let function: &Function = function.dyn_ref().ok_or(JsValue::UNDEFINED)?;
    let result = match args {
        [] => function.call0(&JsValue::NULL),
        [a] => function.call1(&JsValue::NULL, a),
        [a, b, c] => function.call3(&JsValue::NULL, a, b, c),
        _ => unreachable!("called with 0, 1 or 3 arguments"),
    }?;
    let promise: Promise = result.dyn_into()?;
    JsFuture::from(promise).await
}

/// Sends one request (made by `protocol`'s functions) and reads the reply.
pub async fn ask(request: &str) -> Result<Reply, Unavailable> {
    let window = web_sys::window().ok_or(Unavailable)?;
    let module = call(&field(&window, "responseDrafterWorker"), &[])
        .await
        .map_err(|_| Unavailable)?;
    let reply = call(&field(&module, "ask"), &[&JsValue::from_str(request)])
        .await
        .map_err(|_| Unavailable)?;
    let text = reply.as_string().ok_or(Unavailable)?;
    measured("worker: reply read", || protocol::reply(&text)).map_err(|_| Unavailable)
}

/// Asks for a Word document (a request of `protocol::word_request` and the like) and downloads
/// it as `name`: whether a long part was marked whole, or what went wrong, in words.
pub async fn download_word(request: &str, name: &str) -> Result<bool, String> {
    download(request, name, WORD_TYPE, "The Word document").await
}

/// Asks for the calendar file (`protocol::calendar_request`) and downloads it as `name`, or
/// says what went wrong, in words.
pub async fn download_calendar(request: &str, name: &str) -> Result<(), String> {
    download(request, name, "text/calendar", "The calendar event")
        .await
        .map(|_| ())
}

async fn download(request: &str, name: &str, kind: &str, what: &str) -> Result<bool, String> {
    match ask(request).await {
        Ok(Reply::Document {
            bytes,
            replaced_whole,
        }) => super::files::download_bytes(name, kind, &bytes)
            .map(|()| replaced_whole)
            .map_err(|problem| problem.to_string()),
        _ => Err(format!("{what} could not be made in this browser. Reload the page and try again; nothing has been changed.")),
    }
}

const WORD_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
