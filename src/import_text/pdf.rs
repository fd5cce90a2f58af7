//! Reading a report's PDF: a thin bridge to web/pdf/reader.js (pdf.js, fetched on first use),
//! which gives the PDF's positioned text for the app's worker to read (`import::report`).
//! Every way it can fail is named, for a message that says what to do.

use drafter_core::import::report::Problem;
use wasm_bindgen::prelude::*;

use crate::platform::worker::{call, field};

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

    fn of(error: JsValue) -> Failure {
        match field(&error, "kind").as_string().as_deref() {
            Some("not-pdf") => Failure::NotPdf,
            Some("password") => Failure::Password,
            Some("too-large") => Failure::TooLarge,
            Some("cancelled") => Failure::Cancelled,
            Some("damaged") => Failure::Damaged,
            // No kind: the reader itself did not load.
            _ => Failure::Unavailable,
        }
    }
}

/// The PDF's text, as JSON for the worker, and how many pages of how many were read.
pub struct Text {
    pub json: String,
    pub pages: u32,
    pub of: u32,
    pub unreadable: u32,
}

/// Reads the file's text, telling `progress` each page read; `signal` stops it.
pub async fn text(
    file: &web_sys::File,
    progress: impl Fn(u32, u32) + 'static,
    signal: &web_sys::AbortSignal,
) -> Result<Text, Failure> {
    let window = web_sys::window().ok_or(Failure::Unavailable)?;
    let module = call(&field(&window, "responseDrafterPdf"), &[])
        .await
        .map_err(Failure::of)?;
    let on_progress = Closure::<dyn Fn(u32, u32)>::new(progress);
    let result = call(
        &field(&module, "readPdf"),
        &[file.as_ref(), on_progress.as_ref(), signal.as_ref()],
    )
    .await
    .map_err(Failure::of)?;
    let number = |name: &str| field(&result, name).as_f64().unwrap_or(0.0) as u32;
    Ok(Text {
        json: field(&result, "json").as_string().ok_or(Failure::Damaged)?,
        pages: number("pages"),
        of: number("of"),
        unreadable: number("unreadable"),
    })
}
