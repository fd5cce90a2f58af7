//! Files in and out: text handed to the browser as a download, and the text of a file the
//! person picked.

use drafter_core::draft_file::{self, ImportError};
use std::fmt;
use wasm_bindgen::JsCast;

/// Why a file did not go out or come in.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    /// The browser would not start the download.
    NotDownloaded,
    /// Too large to be a drafts file, refused before reading any of it.
    TooLarge(ImportError),
    Unreadable,
    NotText,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::NotDownloaded => f.write_str("The browser would not download the file. Copy the HTML instead, or try another browser."),
            FileError::TooLarge(problem) => problem.fmt(f),
            FileError::Unreadable => f.write_str("The browser could not read the file. Try choosing it again."),
            FileError::NotText => f.write_str("The file is not text. Choose a file exported from Response Drafter."),
        }
    }
}

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), FileError> {
    offer(file_name, mime, &js_sys::Array::of1(&text.into()))
}

/// Offers bytes (a Word document, say) as a download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), FileError> {
    offer(
        file_name,
        mime,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
    )
}

fn offer(file_name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), FileError> {
    let offered = (|| {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_blob_sequence_and_options(parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        // The download has its own copy once started; the address is freed shortly after.
        gloo_timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    })();
    offered.ok_or(FileError::NotDownloaded)
}

/// The text of a drafts file, refusing one too large to be drafts before reading any of it.
pub async fn read_drafts_file(file: &web_sys::File) -> Result<String, FileError> {
    let bytes = file.size() as usize;
    if bytes > draft_file::MAX_FILE_BYTES {
        return Err(FileError::TooLarge(ImportError::TooLarge { bytes }));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    text.as_string().ok_or(FileError::NotText)
}
