//! The app's worker (a second wasm module, fetched when first needed): asks it to do rare, long
//! work off the page's thread (the import, Word documents, the calendar file, comparing and
//! merging versions). Thin: the messages are `drafter_core::protocol`'s.

use drafter_core::compare::Comparison;
use drafter_core::merge::question::Question;
use drafter_core::merge::Side;
use drafter_core::protocol::{self, Offer, Reply};
use drafter_core::Draft;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::timing::{measured, measured_while};

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

/// How a copy from a file stands to the draft here (`ours`, with its stored history), and the
/// merge question where the two can be merged.
pub async fn offer(
    ours: &Draft,
    history: &str,
    theirs: &Draft,
    lineage: &[String],
) -> Result<Offer, Unavailable> {
    let request = protocol::offer_request(ours, history, theirs, lineage);
    match measured_while("response-drafter relate", ask(&request)).await? {
        Reply::Offered { offer } => Ok(offer),
        _ => Err(Unavailable),
    }
}

/// The merge question asked again, with the draft here as it is now.
pub async fn question(base: &Draft, ours: &Draft, theirs: &Draft) -> Result<Question, Unavailable> {
    let request = protocol::question_request(base, ours, theirs);
    match measured_while("response-drafter merge", ask(&request)).await? {
        Reply::Question { question } => Ok(question),
        _ => Err(Unavailable),
    }
}

/// What merging came to: the merged draft, the changes taken, the collisions settled.
pub struct Merged {
    pub draft: Draft,
    pub taken: usize,
    pub collisions: usize,
}

/// The merge, each collision settled as `choices` says.
pub async fn merge(
    base: &Draft,
    ours: &Draft,
    theirs: &Draft,
    choices: &[Side],
) -> Result<Merged, Unavailable> {
    let request = protocol::merge_request(base, ours, theirs, choices);
    match measured_while("response-drafter merge", ask(&request)).await? {
        Reply::Merged {
            draft,
            taken,
            collisions,
        } => Ok(Merged {
            draft: *draft,
            taken,
            collisions,
        }),
        _ => Err(Unavailable),
    }
}

/// `now` compared with `then`.
pub async fn compare(now: &Draft, then: &Draft) -> Result<Comparison, Unavailable> {
    let request = protocol::compare_request(now, then);
    match measured_while("response-drafter compare", ask(&request)).await? {
        Reply::Compared { comparison } => Ok(comparison),
        _ => Err(Unavailable),
    }
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
