//! The page: drafts bar, toolbar, editor and preview, and the saving that keeps every word.

use crate::checks_panel::{self, Checks, ChecksButton, ChecksPanel, DeadlineStrip};
use crate::clipboard;
use crate::clock::today;
use crate::editor::Editor;
use crate::preview::Preview;
use crate::state::DraftState;
use crate::storage::{self, DraftSummary, Place};
use drafter_core::model::display_title;
use drafter_core::{render, template, Draft};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// How long after the last keystroke a draft is saved.
const SAVE_DELAY_MS: u32 = 500;

thread_local! {
    static PENDING_SAVE: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

#[derive(Clone, PartialEq)]
enum SaveState {
    Saved,
    Saving,
    Failed(String),
}

#[derive(Clone, PartialEq)]
enum CopyState {
    Idle,
    /// Copied, with the checks' findings in a few words.
    Copied(String),
    /// The browser refused the clipboard: the HTML is shown to copy by hand.
    ByHand(String),
}

/// Everything the toolbar and drafts bar act on.
#[derive(Clone, Copy)]
struct Session {
    current: RwSignal<DraftState>,
    drafts: RwSignal<Vec<DraftSummary>>,
    save_state: RwSignal<SaveState>,
    notice: RwSignal<Option<String>>,
    checks: Checks,
}

impl Session {
    fn save_now(&self) {
        PENDING_SAVE.with(|pending| pending.borrow_mut().take());
        let state = self.current.get_untracked();
        let draft = state.snapshot();
        match storage::save(&state.id(), &draft) {
            Ok(()) => {
                self.save_state.set(SaveState::Saved);
                let drafts = storage::index();
                if drafts != self.drafts.get_untracked() {
                    self.drafts.set(drafts);
                }
            }
            Err(message) => self.save_state.set(SaveState::Failed(message)),
        }
    }

    fn save_soon(&self) {
        self.save_state.set(SaveState::Saving);
        let session = *self;
        let timer = Timeout::new(SAVE_DELAY_MS, move || session.save_now());
        PENDING_SAVE.with(|pending| pending.replace(Some(timer)));
    }

    /// Saves at once anything still waiting, and remembers where the person is.
    fn flush(&self) {
        if PENDING_SAVE.with(|pending| pending.borrow().is_some()) {
            self.save_now();
        }
        storage::set_place(&Place {
            id: self.current.get_untracked().id(),
            scroll_y: window().scroll_y().unwrap_or(0.0),
        });
    }

    fn open(&self, id: String, draft: Draft) {
        self.current.set(DraftState::new(id.clone(), draft));
        storage::set_place(&Place { id, scroll_y: 0.0 });
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    fn switch_to(&self, id: String) {
        self.flush();
        match storage::load(&id) {
            Ok(draft) => {
                self.notice.set(None);
                self.open(id, draft);
            }
            Err(message) => self.notice.set(Some(message)),
        }
    }

    fn new_draft(&self) {
        self.flush();
        let id = storage::new_id();
        self.open(id, template::new_draft(today()));
        self.save_now();
    }

    fn delete_current(&self) {
        PENDING_SAVE.with(|pending| pending.borrow_mut().take());
        let id = self.current.get_untracked().id();
        storage::delete(&id);
        let remaining = storage::index();
        self.drafts.set(remaining.clone());
        match remaining
            .into_iter()
            .find_map(|d| storage::load(&d.id).ok().map(|draft| (d.id, draft)))
        {
            Some((id, draft)) => self.open(id, draft),
            None => self.new_draft(),
        }
        self.save_state.set(SaveState::Saved);
    }
}

/// The draft to open at start: the one last open, else the latest, else a new one.
fn first_draft() -> (String, Draft, Option<String>, f64) {
    let place = storage::place().unwrap_or_default();
    let mut notice = None;
    if !place.id.is_empty() {
        match storage::load(&place.id) {
            Ok(draft) => return (place.id, draft, None, place.scroll_y),
            Err(message) => {
                notice = Some(format!(
                    "{message} It has been left untouched in storage, and another draft is open."
                ))
            }
        }
    }
    for summary in storage::index() {
        if let Ok(draft) = storage::load(&summary.id) {
            return (summary.id, draft, notice, 0.0);
        }
    }
    (storage::new_id(), template::new_draft(today()), notice, 0.0)
}

#[component]
pub fn App() -> impl IntoView {
    let storage_available = storage::available();
    let (id, draft, notice, scroll_y) = first_draft();
    let current = RwSignal::new(DraftState::new(id, draft));
    let session = Session {
        current,
        drafts: RwSignal::new(storage::index()),
        save_state: RwSignal::new(SaveState::Saved),
        notice: RwSignal::new(notice),
        checks: Checks::follow(current),
    };
    if storage_available && session.drafts.with_untracked(Vec::is_empty) {
        session.save_now();
    }

    // Autosave: any change to the open draft saves shortly after typing stops. Opening a
    // different draft is not a change to save.
    Effect::new(move |previous: Option<String>| {
        let state = session.current.get();
        state.track();
        let id = state.id();
        if previous.as_deref() == Some(id.as_str()) {
            session.save_soon();
        }
        id
    });

    listen_for_leaving(session);
    request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, scroll_y));

    view! {
        <header class="app-header">
            <p class="app-name">"Response Drafter"</p>
            <DraftsBar session />
            <Toolbar session />
        </header>
        {move || session.notice.get().map(|text| view! { <p class="notice" role="alert">{text}</p> })}
        {(!storage_available).then(|| view! {
            <p class="notice" role="alert">
                "This browser is not letting Response Drafter keep anything, so your draft will be lost when you close the page. Copy the HTML before you leave."
            </p>
        })}
        <main class="workspace">
            {move || {
                let state = session.current.get();
                view! {
                    <div class="editor-pane">
                        <h1>"Draft a response to an inspection report"</h1>
                        <DeadlineStrip state />
                        <Show when=move || session.checks.open.get()>
                            <ChecksPanel state checks=session.checks />
                        </Show>
                        <Editor state />
                    </div>
                    <Preview state />
                }
            }}
        </main>
    }
}

/// Saves at once when the tab is hidden or closed, so nothing typed just before is lost.
fn listen_for_leaving(session: Session) {
    let on_hide = Closure::<dyn Fn()>::new(move || {
        if document().hidden() {
            session.flush();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
    let on_pagehide = Closure::<dyn Fn()>::new(move || session.flush());
    let _ =
        window().add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    on_pagehide.forget();
}

#[component]
fn DraftsBar(session: Session) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let title = move || {
        session
            .current
            .with(|s| s.report.with(|r| display_title(&r.title)))
    };
    view! {
        <nav class="drafts" aria-label="Drafts">
            <label for="draft-picker">"Draft"</label>
            <select
                id="draft-picker"
                on:change:target=move |ev| session.switch_to(ev.target().value())
            >
                {move || {
                    let current = session.current.get().id();
                    session
                        .drafts
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
            <button type="button" on:click=move |_| confirming.set(true)>"Delete draft"</button>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
                    <p id="confirm-delete-text">
                        {move || format!("Delete “{}”? It cannot be recovered.", title())}
                    </p>
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            confirming.set(false);
                            session.delete_current();
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

#[component]
fn Toolbar(session: Session) -> impl IntoView {
    let copy_state = RwSignal::new(CopyState::Idle);
    let copy = move |_| {
        let state = session.current.get_untracked();
        let html = render(&state.snapshot());
        let review = checks_panel::review_now(state);
        leptos::task::spawn_local(async move {
            if clipboard::copy_text(&html).await {
                copy_state.set(CopyState::Copied(review.summary()));
                let fade = move || {
                    if matches!(copy_state.get_untracked(), CopyState::Copied(_)) {
                        copy_state.set(CopyState::Idle);
                    }
                };
                set_timeout(fade, std::time::Duration::from_secs(8));
            } else {
                copy_state.set(CopyState::ByHand(html));
            }
        });
    };
    view! {
        <div class="toolbar">
            <p class="save-state" role="status">
                {move || match session.save_state.get() {
                    SaveState::Saved => "Saved".to_owned(),
                    SaveState::Saving => "Saving…".to_owned(),
                    SaveState::Failed(_) => "Not saved".to_owned(),
                }}
            </p>
            <ChecksButton checks=session.checks />
            <button type="button" class="primary" on:click=copy>"Copy HTML"</button>
            <p class="copy-state" role="status">
                {move || match copy_state.get() {
                    CopyState::Copied(findings) => Some(format!(
                        "HTML copied. Paste it into your website’s editor in HTML (source) mode. Checks: {}.",
                        findings.to_lowercase()
                    )),
                    _ => None,
                }}
            </p>
        </div>
        {move || match session.save_state.get() {
            SaveState::Failed(message) => Some(view! { <p class="notice error" role="alert">{message}</p> }),
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
