//! Reading a report's PDF: a thin bridge to web/pdf/reader.js (pdf.js, fetched on first use)
//! and to the app's worker, which reads the text in the core (`import::report`). Every way it
//! can fail is named, for a message that says what to do.

use drafter_core::import::report::{Problem, Reading};
use drafter_core::protocol::{self, Reply};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::platform::timing::measured;

/// Why a PDF gave no draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    NotPdf,
    Damaged,
    Password,
    TooLarge,
    Cancelled,
    /// The reader could not be loaded: the single-file app, or offline before first use.
    Unavailable,
    Unreadable(Problem),
}

impl Failure {
    pub fn message(&self, name: &str) -> String {
        match self {
            Failure::NotPdf => format!("“{name}” is not a PDF. Open the inspection report’s PDF, or paste text with Import text. Nothing has been changed."),
            Failure::Damaged => format!("“{name}” is damaged and cannot be read. Download the report again from the inspectorate’s website and open the new copy. Nothing has been changed."),
            Failure::Password => format!("“{name}” is protected by a password, so it cannot be read here. Open a copy without a password, or copy the findings from the report’s web page and paste them with Import text. Nothing has been changed."),
            Failure::TooLarge => format!("“{name}” is larger than 100 MB, more than any inspection report. Check it is the right file. Nothing has been changed."),
            Failure::Cancelled => format!("Stopped reading “{name}”. Nothing has been changed."),
            Failure::Unavailable => "Reading a PDF needs the app opened from its web address or installed (and, the first time, a connection to fetch the PDF reader). The single-file copy cannot read PDFs: paste the findings with Import text instead. Nothing has been changed.".to_owned(),
            Failure::Unreadable(problem) => format!("“{name}”: {}", problem.message()),
        }
    }

    fn of_kind(kind: &str) -> Failure {
        match kind {
            "not-pdf" => Failure::NotPdf,
            "password" => Failure::Password,
            "too-large" => Failure::TooLarge,
            "cancelled" => Failure::Cancelled,
            "unavailable" => Failure::Unavailable,
            _ => Failure::Damaged,
        }
    }
}

/// What was read: the reading, and how many pages of how many.
pub struct Read {
    pub reading: Reading,
    pub pages: u32,
    pub of: u32,
    pub unreadable: u32,
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn failure(error: JsValue) -> Failure {
    match field(&error, "kind").as_string() {
        Some(kind) => Failure::of_kind(&kind),
        // No kind: the module itself did not load.
        None => Failure::Unavailable,
    }
}

async fn call(function: &JsValue, args: &[&JsValue]) -> Result<JsValue, Failure> {
    let function: &Function = function.dyn_ref().ok_or(Failure::Unavailable)?;
    let result = match args {
        [] => function.call0(&JsValue::NULL),
        [a] => function.call1(&JsValue::NULL, a),
        [a, b, c] => function.call3(&JsValue::NULL, a, b, c),
        _ => unreachable!("the bridge calls with 0, 1 or 3 arguments"),
    }
    .map_err(failure)?;
    let promise: Promise = result.dyn_into().map_err(|_| Failure::Unavailable)?;
    JsFuture::from(promise).await.map_err(failure)
}

/// Reads the file, telling `progress` each page read; `signal` stops it.
pub async fn read(
    file: &web_sys::File,
    progress: impl Fn(u32, u32) + 'static,
    signal: &web_sys::AbortSignal,
) -> Result<Read, Failure> {
    let window = web_sys::window().ok_or(Failure::Unavailable)?;
    let module = call(&field(&window, "responseDrafterPdf"), &[]).await?;
    let on_progress = Closure::<dyn Fn(u32, u32)>::new(progress);
    let result = call(
        &field(&module, "readPdf"),
        &[file.as_ref(), on_progress.as_ref(), signal.as_ref()],
    )
    .await;
    drop(on_progress);
    let result = result?;
    let json = field(&result, "json").as_string().ok_or(Failure::Damaged)?;
    let number = |name: &str| field(&result, name).as_f64().unwrap_or(0.0) as u32;
    let request = measured("pdf: request made", || protocol::read_report_request(&json));
    drop(json);
    let reply = call(&field(&module, "ask"), &[&JsValue::from_str(&request)]).await?;
    let reading = match measured("pdf: reply read", || {
        reply.as_string().map(|text| protocol::reply(&text))
    }) {
        Some(Ok(Reply::Report { reading })) => reading,
        _ => return Err(Failure::Unavailable),
    };
    if signal.aborted() {
        return Err(Failure::Cancelled);
    }
    if let Some(problem) = reading.problem {
        return Err(Failure::Unreadable(problem));
    }
    Ok(Read {
        reading,
        pages: number("pages"),
        of: number("of"),
        unreadable: number("unreadable"),
    })
}
