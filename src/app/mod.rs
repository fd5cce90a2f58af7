//! The page: drafts bar, toolbar, editor and preview, and the saving that keeps every word.

pub mod help;
pub mod keys;
pub mod panels;
pub mod update;

use crate::checks::{Checks, ChecksButton, ChecksPanel, DeadlineStrip};
use crate::drafts::library::DraftsLibrary;
use crate::drafts::session::{describe_save_error, SaveState, Session, UNDO_SECONDS};
use crate::drafts::state::UnreadableDates;
use crate::editor::life::ResponseLife;
use crate::editor::outline::Outline;
use crate::editor::Editor;
use crate::ids;
use crate::import_text::ImportDialog;
use crate::platform::clipboard;
use crate::platform::clock::time_of_day;
use crate::platform::events;
use crate::platform::storage::{self, SaveError};
use crate::preview::look::PreviewLook;
use crate::preview::Preview;
use crate::publish::PublishPanel;
use drafter_core::render_with;
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

    // Autosave: any change to the open draft saves shortly after typing stops. Opening a
    // draft, even the same one again, is not a change to save.
    Effect::new(move |previous: Option<u64>| {
        let state = session.open.current.get();
        state.track();
        if previous == Some(state.opening) {
            session.save_soon();
        }
        state.opening
    });

    listen_for_leaving(session);
    keys::listen(session, panels, checks, copy_state);
    // The whole page is drawn in one go: drawing the items and the preview in a task of their
    // own showed the top of the page sooner but all of it later (30 to 60 ms on a 40-item
    // draft), and then jumped to the place the person had left.
    if let Some(scroll_y) = session.return_to_scroll {
        scroll_back_to(scroll_y, 10);
    }
    crate::preview::after_next_paint(|| set_timeout(update::announce_settled, update::SETTLING));

    view! {
        <header class="app-header">
            <p class="app-name">"Response Drafter"</p>
            <DraftsBar session panels />
            <Toolbar session panels checks copy_state />
        </header>
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
            <ConflictNotice session />
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
            <ImportDialog session open=panels.import />
        </Show>
        <Show when=move || panels.publish.get()>
            <PublishPanel session open=panels.publish />
        </Show>
        <main class="workspace">
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

/// When another tab saved this draft while this one had changes of its own: both versions
/// are offered, and nothing is saved until the person chooses.
#[component]
fn ConflictNotice(session: Session) -> impl IntoView {
    view! {
        {move || session.open.conflict.get().map(|conflict| {
            let theirs = conflict.theirs.as_ref().map(|record| time_of_day(record.saved_at));
            let readable = theirs.is_some();
            view! {
                <div class="notice error conflict" role="alert">
                    <p>
                        {match theirs {
                            Some(time) => format!("This draft was also changed in another tab or window (saved at {time}). Your changes here are not saved yet. Which version do you want to keep?"),
                            None => "This draft was changed in another tab or window by a newer version of Response Drafter. Your changes here are not saved yet: keep them as a new draft.".to_owned(),
                        }}
                    </p>
                    <button type="button" class="primary" on:click=move |_| session.keep_both()>"Keep both: save mine as a new draft"</button>
                    <Show when=move || readable>
                        <button type="button" on:click=move |_| session.keep_mine()>"Keep mine: replace the other version"</button>
                        <button type="button" class="danger" on:click=move |_| session.use_theirs()>"Use the other version: discard my changes"</button>
                    </Show>
                </div>
            }
        })}
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

#[component]
fn DraftsBar(session: Session, panels: Panels) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let title = move || session.open.current.with(|s| s.title());
    view! {
        <nav class="drafts" aria-label="Drafts">
            <label for=ids::DRAFT_PICKER>"Draft"</label>
            <select
                id=ids::DRAFT_PICKER
                on:change:target=move |ev| session.switch_to(&ev.target().value())
            >
                {move || {
                    let current = session.open.current.get().id();
                    session
                        .store.drafts
                        .get()
                        .into_iter()
                        .map(|d| {
                            let selected = d.id == current;
                            view! { <option value=d.id selected=selected>{d.title}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <button type="button" on:click=move |_| session.new_draft()>"New draft"</button>
            <PanelButton id=ids::IMPORT_BUTTON controls=ids::IMPORT_PANEL open=panels.import>
                "Import text"
            </PanelButton>
            <PanelButton id=ids::LIBRARY_BUTTON controls=ids::LIBRARY_PANEL open=panels.library>
                "All drafts"
            </PanelButton>
            <button type="button" on:click=move |_| confirming.set(true)>"Delete draft"</button>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
                    <p id="confirm-delete-text">
                        {move || format!("Delete “{}”? You can undo this for {UNDO_SECONDS} seconds.", title())}
                    </p>
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            confirming.set(false);
                            session.delete(&session.open.current.get_untracked().id());
                        }
                    >
                        "Yes, delete this draft"
                    </button>
                    <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                </div>
            </Show>
        </nav>
    }
}

/// A button that opens and closes one of the panels, saying which and whether it is open.
#[component]
fn PanelButton(
    id: &'static str,
    controls: &'static str,
    open: RwSignal<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| {
                crate::platform::focus::forget_focus();
                open.update(|open| *open = !*open);
            }
        >
            {children()}
        </button>
    }
}

/// Copies the page as formatted text and its HTML code as plain text, and says what was copied
/// and what the checks still find: the button's and the shortcut's action.
pub fn copy_html(session: Session, checks: Checks, copy_state: RwSignal<CopyState>) {
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
                    CopyState::Copied { formatted, findings } => Some(format!(
                        "{} Checks: {}.",
                        if formatted {
                            "HTML copied. Paste it into your website’s editor: a visual editor gets the headings, lists and links; its source or HTML view gets the HTML code."
                        } else {
                            "HTML code copied. This browser would not copy it as formatted text, so paste it into your website editor’s source or HTML view."
                        },
                        findings.to_lowercase()
                    )),
                    _ => None,
                }}
            </p>
            <Show when=copied>
                <button type="button" aria-label="Dismiss copy message" on:click=move |_| copy_state.set(CopyState::Idle)>"Dismiss"</button>
            </Show>
        </div>
    }
}

#[component]
fn Toolbar(
    session: Session,
    panels: Panels,
    checks: Checks,
    copy_state: RwSignal<CopyState>,
) -> impl IntoView {
    let copy = move |_| copy_html(session, checks, copy_state);
    view! {
        <div class="toolbar">
            <p class="save-state" role="status">
                {move || match session.open.save_state.get() {
                    SaveState::Saved => "Saved".to_owned(),
                    SaveState::Saving => "Saving…".to_owned(),
                    SaveState::Failed(_) => "Not saved".to_owned(),
                }}
            </p>
            <ChecksButton checks current=session.open.current />
            <button type="button" id=ids::COPY_HTML class="primary" on:click=copy>"Copy HTML"</button>
            <PanelButton id=ids::PUBLISH_BUTTON controls=ids::PUBLISH_PANEL open=panels.publish>
                "Publish…"
            </PanelButton>
            <PanelButton id=ids::HELP_BUTTON controls=ids::HELP_PANEL open=panels.help>
                "Help"
            </PanelButton>
        </div>
        {move || match session.open.save_state.get() {
            // Each of these has its own, lasting notice.
            SaveState::Failed(SaveError::Unavailable | SaveError::Conflict { .. }) => None,
            SaveState::Failed(problem) => Some(view! {
                <div class="notice error" role="alert">
                    <p>{describe_save_error(&problem)}</p>
                    <button type="button" on:click=move |_| session.export(None)>"Export all drafts"</button>
                    <button type="button" on:click=move |_| panels.library.set(true)>"Open the drafts list"</button>
                </div>
            }),
            _ => None,
        }}
        {move || match copy_state.get() {
            CopyState::ByHand(html) => Some(view! { <CopyByHand html on_close=move || copy_state.set(CopyState::Idle) /> }),
            _ => None,
        }}
    }
}

/// Where the clipboard is unavailable: the HTML, selected, to copy with the keyboard.
#[component]
fn CopyByHand(html: String, on_close: impl Fn() + 'static) -> impl IntoView {
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
