//! Reading a drafts file or a stored draft never panics, whatever the bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = drafter_core::draft_file::import(text);
    let _ = drafter_core::record::read(text);
    let _ = drafter_core::record::revision_of(text);
});
