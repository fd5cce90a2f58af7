//! Putting text on the clipboard, where the browser allows it.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`, which throws where there is no clipboard (an
    /// insecure page, an old browser) and rejects where permission is refused.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Copies `text`, telling whether the browser accepted it.
pub async fn copy_text(text: &str) -> bool {
    match write_text(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
