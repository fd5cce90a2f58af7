//! The markup of text fields takes any text without panicking, and never lets a script out.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let html = drafter_core::markup::to_html(text);
    assert!(!html.to_ascii_lowercase().contains("<script"));
    let _ = drafter_core::markup::blocks(text);
    let _ = drafter_core::markup::links(text);
});
