//! Response Drafter in the browser: a thin shell of components, storage and clipboard
//! around the pure core in `drafter-core`.

mod app;
mod clipboard;
mod editor;
mod fields;
mod preview;
mod state;
mod storage;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
