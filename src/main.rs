//! Response Drafter in the browser: a thin shell of components, storage and clipboard
//! around the pure core in `drafter-core`.

mod app;
mod checks_panel;
mod clipboard;
mod clock;
mod editor;
mod fields;
mod files;
mod focus;
mod help;
mod import_dialog;
mod keys;
mod library;
mod outline;
mod part_margins;
mod preview;
mod problems;
mod publish;
mod session;
mod state;
mod storage;
mod timing;
mod update;

fn main() {
    // Release builds abort on panic to stay small; debug builds say why in the console.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Drawn in a task after the one that starts the module, so that neither holds the page
    // still for long on a slow phone.
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to_body(app::App),
        std::time::Duration::ZERO,
    );
}
