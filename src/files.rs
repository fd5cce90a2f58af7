//! Files in and out: text handed to the browser as a download, and the text of a file the
//! person picked.

use drafter_core::draft_file;
use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`; false where the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    offer(file_name, mime, &js_sys::Array::of1(&text.into()))
}

/// Offers bytes (a Word document, say) as a download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> bool {
    offer(
        file_name,
        mime,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
    )
}

fn offer(file_name: &str, mime: &str, parts: &js_sys::Array) -> bool {
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
    offered.is_some()
}

/// The text of a drafts file, refusing one too large to be drafts before reading any of it.
pub async fn read_drafts_file(file: &web_sys::File) -> Result<String, String> {
    let bytes = file.size() as usize;
    if bytes > draft_file::MAX_FILE_BYTES {
        return Err(draft_file::ImportError::TooLarge { bytes }.to_string());
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "The browser could not read the file. Try choosing it again.".to_owned())?;
    text.as_string().ok_or_else(|| {
        "The file is not text. Choose a file exported from Response Drafter.".to_owned()
    })
}
