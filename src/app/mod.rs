//! The page: drafts bar, toolbar, editor and preview, and the saving that keeps every word.

pub mod header;
pub mod help;
pub mod keys;
pub mod panels;
pub mod update;

use crate::checks::{Checks, ChecksPanel, DeadlineStrip};
use crate::drafts::conflict::{ConflictNotice, ConflictPanel};
use crate::drafts::library::DraftsLibrary;
use crate::drafts::session::Session;
use crate::drafts::state::UnreadableDates;
use crate::drafts::versions::VersionsPanel;
use crate::editor::life::ResponseLife;
use crate::editor::outline::Outline;
use crate::editor::Editor;
use crate::import_text::ImportDialog;
use crate::platform::clipboard;
use crate::platform::events;
use crate::platform::focus::{focus_after_render, SHOW_FORM};
use crate::platform::storage;
use crate::preview::look::PreviewLook;
use crate::preview::{Pane, Preview};
use crate::publish::PublishPanel;
use drafter_core::history::Reason;
use drafter_core::render_with;
use header::Header;
use help::{HelpPanel, Welcome};
use leptos::prelude::*;
use panels::Panels;
use update::UpdateBanner;

#[derive(Clone, PartialEq)]
pub enum CopyState {
    Idle,
    /// Copied, as formatted text and code or as code alone, with the checks' findings in a
    /// few words.
    Copied {
        formatted: bool,
        findings: String,
    },
    /// The browser refused the clipboard: the HTML is shown to copy by hand.
    ByHand(String),
}

#[component]
pub fn App() -> impl IntoView {
    let storage_available = storage::available();
    provide_context(PreviewLook::new());
    provide_context(UnreadableDates::new());
    let edited_part = crate::preview::EditedPart::default();
    provide_context(edited_part);
    edited_part.follow_focus();
    let session = Session::start();
    // The checks follow the open draft; the app owns them, the panels and the copy read them.
    let checks = Checks::follow(session.open.current);
    let panels = Panels::new();
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

    listen_for_leaving(session);
    listen_for_dropped_files(panels);
    keys::listen(session, panels, checks, copy_state);
    // The whole page is drawn in one go: drawing the items and the preview in a task of their
    // own showed the top of the page sooner but all of it later (30 to 60 ms on a 40-item
    // draft), and then jumped to the place the person had left.
    if let Some(scroll_y) = session.return_to_scroll {
        scroll_back_to(scroll_y, 10);
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
        // Floating at the foot of the window, so they are seen wherever the person is.
        <div class="toasts">
            <CopyNotice copy_state />
            <ConflictNotice session open=panels.conflict />
            <UndoDelete session />
            <UpdateBanner before_reload=Callback::new(move |_| session.flush()) />
        </div>
        {(!storage::welcome_dismissed()).then(|| view! { <Welcome help=panels.help /> })}
        <Show when=move || panels.help.get()>
            <HelpPanel open=panels.help />
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
            <VersionsPanel session open=panels.versions />
        </Show>
        <Show when=move || panels.publish.get()>
            <PublishPanel session open=panels.publish />
        </Show>
        <main class="workspace" data-pane=move || pane.get().code()>
            <PaneSwitch pane />
            {move || {
                let state = session.open.current.get();
                view! {
                    <div class="editor-pane">
                        <h1>"Draft a response to an inspection report"</h1>
                        <Outline state open=panels.outline />
                        <DeadlineStrip state />
                        <ResponseLife state />
                        <Show when=move || checks.open.get()>
                            <ChecksPanel state checks />
                        </Show>
                        <Editor state />
                    </div>
                    <Preview state />
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

/// Copies the page as formatted text and its HTML code as plain text, and says what was copied
/// and what the checks still find: the button's and the shortcut's action.
pub fn copy_html(session: Session, checks: Checks, copy_state: RwSignal<CopyState>) {
    session.keep_version(Reason::Copied, "");
    let state = session.open.current.get_untracked();
    let html = render_with(&state.snapshot(), &state.publishing.get_untracked());
    let review = checks.review_now(state);
    leptos::task::spawn_local(async move {
        // The page as formatted text for a visual editor, Word or an email, and its HTML
        // code as plain text for a source view or a plain box; failing that, the code alone.
        let formatted = clipboard::copy_formatted(&html, &html).await;
        if formatted || clipboard::copy_text(&html).await {
            copy_state.set(CopyState::Copied {
                formatted,
                findings: review.summary(),
            });
        } else {
            copy_state.set(CopyState::ByHand(html));
        }
    });
}

/// What Copy HTML put on the clipboard, in plain words, until the person dismisses it.
#[component]
fn CopyNotice(copy_state: RwSignal<CopyState>) -> impl IntoView {
    let copied = move || matches!(copy_state.get(), CopyState::Copied { .. });
    view! {
        <div class="copy-notice">
            <p role="status">
                {move || match copy_state.get() {
                    // The first words say it all; the rest explains, and gives way on a phone.
                    CopyState::Copied { formatted, findings } => Some(view! {
                        {if formatted { "HTML copied. " } else { "HTML code copied. " }}
                        <span class="copy-detail">{if formatted {
                            "Paste it into your website’s editor: a visual editor gets the headings, lists and links; its source or HTML view gets the HTML code. "
                        } else {
                            "This browser would not copy it as formatted text, so paste it into your website editor’s source or HTML view. "
                        }}</span>
                        {format!("Checks: {}.", findings.to_lowercase())}
                    }),
                    _ => None,
                }}
            </p>
            <Show when=copied>
                <button type="button" aria-label="Dismiss copy message" on:click=move |_| copy_state.set(CopyState::Idle)>"Dismiss"</button>
            </Show>
        </div>
    }
}

/// Where the clipboard is unavailable: the HTML, selected, to copy with the keyboard.
#[component]
pub(super) fn CopyByHand(html: String, on_close: impl Fn() + 'static) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(area) = area.get() {
            // After this frame the HTML is in the box, so there is something to select.
            request_animation_frame(move || {
                let _ = area.focus();
                area.select();
            });
        }
    });
    view! {
        <div class="copy-by-hand" role="region" aria-labelledby="copy-by-hand-label">
            <label id="copy-by-hand-label" for="copy-by-hand">
                "This browser did not let us copy. The HTML is selected below: press Ctrl+C (or ⌘+C on a Mac) to copy it."
            </label>
            <textarea id="copy-by-hand" node_ref=area readonly rows=8 prop:value=html></textarea>
            <button type="button" on:click=move |_| on_close()>"Close"</button>
        </div>
    }
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
