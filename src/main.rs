//! Response Drafter in the browser: a thin shell of components, storage and clipboard
//! around the pure core in `drafter-core`.

mod app;
mod checks;
mod drafts;
mod editor;
mod ids;
mod import_text;
mod library;
mod panel;
mod platform;
mod preview;
mod publish;
mod startup;
mod versions;

fn main() {
    // Release builds stop at a panic to stay small: first the open draft is saved with every
    // word on screen, and the page says what happened.
    platform::rescue::install();
    listen_for_test_panic();
    seed_item_ids();
    // What the browser holds is read in a task of its own, and the app drawn in the task after
    // (see `startup`), so that none holds the page still for long on a slow phone.
    leptos::prelude::set_timeout(
        || {
            drafts::session::read_ahead();
            leptos::prelude::set_timeout(
                || {
                    // In the same task as the app is drawn, so no frame shows neither or both.
                    remove_first_paint();
                    leptos::mount::mount_to_body(app::App)
                },
                std::time::Duration::ZERO,
            );
        },
        std::time::Duration::ZERO,
    );
}

/// The page `index.html` draws while the module loads.
fn remove_first_paint() {
    if let Some(first) = leptos::prelude::document().get_element_by_id("first-paint") {
        first.remove();
    }
}

/// Browser tests force a panic with this event, to check that a crash loses nothing.
fn listen_for_test_panic() {
    platform::events::on_window("response-drafter:test-panic", |_: web_sys::Event| {
        panic!("a panic forced by a test")
    });
}

/// Items made in two browsers must never share an id, or merging their copies of a draft would
/// take one item for the other.
fn seed_item_ids() {
    let random = |bits: f64| (js_sys::Math::random() * bits) as u64;
    let entropy =
        (random(4_294_967_296.0) << 32 | random(4_294_967_296.0)) ^ js_sys::Date::now() as u64;
    drafter_core::identity::seed_item_ids(entropy);
}
