//! The importer takes any pasted text without panicking, and whatever it makes renders.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let imported = drafter_core::import::from_text(text);
    let _ = drafter_core::render(&imported.draft);
    let _ = drafter_core::plain::text(&imported.draft);
});
