//! Putting text on the clipboard, where the browser allows it.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`, which throws where there is no clipboard (an
    /// insecure page, an old browser) and rejects where permission is refused.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;

    /// `navigator.clipboard.write`, for several forms of one thing at once.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = write)]
    fn write_items(items: &js_sys::Array) -> Result<js_sys::Promise, JsValue>;

    type ClipboardItem;

    #[wasm_bindgen(catch, constructor)]
    fn new(forms: &js_sys::Object) -> Result<ClipboardItem, JsValue>;
}

/// Copies HTML and its plain text together, so a rich editor (a website's, Word, email)
/// pastes headings, lists and links, and a plain one pastes the text.
pub async fn copy_formatted(html: &str, text: &str) -> bool {
    let forms = js_sys::Object::new();
    for (mime, content) in [("text/html", html), ("text/plain", text)] {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let parts = js_sys::Array::of1(&content.into());
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return false;
        };
        let _ = js_sys::Reflect::set(&forms, &mime.into(), &blob);
    }
    let Ok(item) = ClipboardItem::new(&forms) else {
        return false;
    };
    match write_items(&js_sys::Array::of1(&item)) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Copies `text`, telling whether the browser accepted it.
pub async fn copy_text(text: &str) -> bool {
    match write_text(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
