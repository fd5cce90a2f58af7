//! The page: drafts bar, toolbar, editor and preview, and the saving that keeps every word.

pub mod header;
pub mod help;
pub mod keys;
pub mod update;

use crate::checks::{Checks, ChecksPanel, DeadlineStrip};
use crate::drafts::session::Session;
use crate::drafts::state::UnreadableDates;
use crate::editor::life::ResponseLife;
use crate::editor::outline::Outline;
use crate::editor::Editor;
use crate::import_text::ImportDialog;
use crate::library::DraftsLibrary;
use crate::panel::Panels;
use crate::platform::events;
use crate::platform::focus::{focus_after_render, DRAW_ALL_ITEMS, SHOW_FORM};
use crate::platform::storage;
use crate::preview::look::PreviewLook;
use crate::preview::{Pane, Preview};
use crate::publish::copy::{CopyNotice, CopyState};
use crate::publish::PublishPanel;
use crate::startup::Later;
use crate::versions::conflict::{ConflictNotice, ConflictPanel};
use crate::versions::VersionsPanel;
use header::Header;
use help::{HelpPanel, Welcome};
use leptos::prelude::*;
use update::UpdateBanner;

#[component]
pub fn App() -> impl IntoView {
    let storage_available = storage::available();
    provide_context(PreviewLook::new());
    provide_context(UnreadableDates::new());
    let edited_part = crate::preview::EditedPart::default();
    provide_context(edited_part);
    edited_part.follow_focus();
    let session = Session::start();
    let panels = Panels::new();
    // The checks follow the open draft; the app owns them, the panels and the copy read them.
    let checks = Checks::follow(session.open.current, panels.checks);
    let copy_state = RwSignal::new(CopyState::Idle);
    // On a narrow screen, the form or the preview; on a wide one, both side by side.
    let pane = RwSignal::new(Pane::Edit);
    provide_context(pane);

    // Autosave: any change to the open draft saves shortly after typing stops. Opening a
    // draft, even the same one again, is not a change to save.
    Effect::new(move |previous: Option<u64>| {
        let state = session.open.current.get();
        state.track();
        if previous == Some(state.opening) {
            session.note_change();
            session.save_soon();
        }
        state.opening
    });

    // Something is to be focused in an item not drawn yet: all are drawn at once.
    events::on_window(DRAW_ALL_ITEMS, move |_: web_sys::Event| {
        session
            .open
            .current
            .with_untracked(|state| state.drawn_items.set(usize::MAX));
    });
    listen_for_leaving(session);
    listen_for_dropped_files(panels);
    keys::listen(session, panels, checks, copy_state);
    // A long draft's items are drawn a slice at a time (see `editor`): the place the person
    // left is looked for until the items above it are drawn.
    if let Some(scroll_y) = session.return_to_scroll {
        scroll_back_to(scroll_y, 90);
    }
    crate::preview::after_next_paint(|| set_timeout(update::announce_settled, update::SETTLING));

    view! {
        <Header session panels checks copy_state />
        {move || session.messages.notice.get().map(|text| view! {
            <div class="notice" role="alert">
                <p>{text}</p>
                <button type="button" on:click=move |_| session.messages.notice.set(None)>"Dismiss"</button>
            </div>
        })}
        {(!storage_available).then(|| view! {
            <div class="notice" role="alert">
                <p>"This browser is not letting Response Drafter keep anything, so your draft will be lost when you close the page. Export it to a file or copy the HTML before you leave."</p>
                <button type="button" on:click=move |_| session.export(None)>"Export this draft"</button>
            </div>
        })}
        {(!storage::welcome_dismissed()).then(|| view! { <Welcome help=panels.help /> })}
        // Nothing of these shows as the app starts (the notices are empty, the panels closed):
        // drawn once the rest is.
        <Later at_the_end=true>
            // Floating at the foot of the window, so they are seen wherever the person is.
            <div class="toasts">
                <CopyNotice copy_state />
                <ConflictNotice session open=panels.conflict />
                <UndoDelete session />
                <UpdateBanner before_reload=Callback::new(move |_| session.flush()) />
            </div>
            <Show when=move || panels.help.get()>
                <HelpPanel />
            </Show>
            <Show when=move || panels.library.get()>
                <DraftsLibrary session open=panels.library />
            </Show>
            <Show when=move || panels.import.get()>
                <ImportDialog session open=panels.import pdf=panels.pdf />
            </Show>
            <Show when=move || panels.conflict.get() && session.open.conflict.with(Option::is_some)>
                <ConflictPanel session open=panels.conflict />
            </Show>
            <Show when=move || panels.versions.get()>
                <VersionsPanel session />
            </Show>
            <Show when=move || panels.publish.get()>
                <PublishPanel session />
            </Show>
        </Later>
        <main class="workspace" data-pane=move || pane.get().code()>
            <PaneSwitch pane />
            {move || {
                let state = session.open.current.get();
                view! {
                    <div class="editor-pane">
                        <h1>"Draft a response to an inspection report"</h1>
                        <Later>
                            <Outline state open=panels.outline />
                            <DeadlineStrip state />
                            <ResponseLife state />
                            <Show when=move || checks.open.get()>
                                <ChecksPanel state checks />
                            </Show>
                        </Later>
                        <Later>
                            <Editor state />
                        </Later>
                    </div>
                    <Later>
                        <Preview state />
                    </Later>
                }
            }}
        </main>
    }
}

/// On a narrow screen, where the preview would sit below a long form: a switch between the
/// form and the preview, each keeping its place.
#[component]
fn PaneSwitch(pane: RwSignal<Pane>) -> impl IntoView {
    // The field last written in, to go back to; else where the form was scrolled to.
    let last_field = StoredValue::new(None::<String>);
    let form_scroll = StoredValue::new(0.0);
    events::on_window("focusin", move |event: web_sys::FocusEvent| {
        let field = event
            .target()
            .and_then(|target| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target).ok())
            .filter(|element| element.closest(".editor").ok().flatten().is_some())
            .map(|element| element.id())
            .filter(|id| !id.is_empty());
        if field.is_some() {
            last_field.set_value(field);
        }
    });
    // Something is to be focused in the form (a shortcut, a link to a field): show it.
    events::on_window(SHOW_FORM, move |_: web_sys::Event| pane.set(Pane::Edit));
    let show = move |wanted: Pane| {
        if pane.get_untracked() == wanted {
            return;
        }
        if wanted == Pane::Preview {
            form_scroll.set_value(window().scroll_y().unwrap_or(0.0));
        }
        pane.set(wanted);
        if wanted == Pane::Edit {
            match last_field.get_value() {
                Some(id) => focus_after_render(id),
                None => scroll_back_to(form_scroll.get_value(), 10),
            }
        }
    };
    view! {
        <div class="pane-switch" role="group" aria-label="Show">
            <button type="button" aria-pressed=move || (pane.get() == Pane::Edit).to_string() on:click=move |_| show(Pane::Edit)>"Edit"</button>
            <button type="button" aria-pressed=move || (pane.get() == Pane::Preview).to_string() on:click=move |_| show(Pane::Preview)>"Preview"</button>
        </div>
    }
}

/// For a while after a draft is deleted, it can be put back.
#[component]
fn UndoDelete(session: Session) -> impl IntoView {
    view! {
        <div class="undo-delete" role="status">
            {move || session.store.deleted.get().map(|deleted| view! {
                <p>{format!("Deleted “{}”.", deleted.record.title())}</p>
                <button type="button" on:click=move |_| session.undo_delete()>"Undo delete"</button>
            })}
        </div>
    }
}

/// Scrolls to where the person was. Items out of view are laid out at an estimated height
/// until they come near the screen, so the page can be shorter at first than it turns out:
/// the scroll is tried again for a few frames until it lands.
fn scroll_back_to(scroll_y: f64, frames_left: u8) {
    request_animation_frame(move || {
        window().scroll_to_with_x_and_y(0.0, scroll_y);
        let landed = window()
            .scroll_y()
            .is_ok_and(|now| (now - scroll_y).abs() < 1.0);
        if !landed && frames_left > 0 {
            scroll_back_to(scroll_y, frames_left - 1);
        }
    });
}

/// Saves at once when the tab is hidden or closed, so nothing typed just before is lost.
fn listen_for_leaving(session: Session) {
    events::on_document("visibilitychange", move |_: web_sys::Event| {
        if document().hidden() {
            session.flush();
        }
    });
    events::on_window("pagehide", move |_: web_sys::Event| session.flush());
}

/// A file dropped anywhere on the page is read as a report's PDF (and refused with a message
/// if it is not one), rather than opened by the browser in the app's place.
fn listen_for_dropped_files(panels: Panels) {
    events::on_window("dragover", move |event: web_sys::DragEvent| {
        if carries_files(&event) {
            event.prevent_default();
        }
    });
    events::on_window("drop", move |event: web_sys::DragEvent| {
        if !carries_files(&event) {
            return;
        }
        event.prevent_default();
        let file = event
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            panels.read_pdf(file);
        }
    });
}

/// Whether a drag brings files (not text or a link dragged within the page).
fn carries_files(event: &web_sys::DragEvent) -> bool {
    event.data_transfer().is_some_and(|data| {
        data.types()
            .iter()
            .any(|kind| kind.as_string().as_deref() == Some("Files"))
    })
}
