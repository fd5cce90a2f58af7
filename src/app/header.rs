//! The header: the draft being written and the picker to change it, whether it is saved, the
//! checks and Copy HTML; the rest (new, import, the drafts list, publishing, help) in a group
//! that lies inline on wide screens and folds into a menu on narrow ones.

use crate::checks::{Checks, ChecksButton};
use crate::drafts::session::{describe_save_error, SaveState, Session};
use crate::ids;
use crate::panel::{PanelButton, PanelKind, Panels};
use crate::platform::clock::date_and_time;
use crate::platform::storage::SaveError;
use crate::publish::copy::{copy_html, CopyByHand, CopyState};
use drafter_core::overview::picker_names;
use leptos::prelude::*;

#[component]
pub fn Header(
    session: Session,
    panels: Panels,
    checks: Checks,
    copy_state: RwSignal<CopyState>,
) -> impl IntoView {
    let menu_open = RwSignal::new(false);
    // Choosing anything in the menu closes it.
    let chosen = move |ev: leptos::ev::MouseEvent| {
        let on_button = ev
            .target()
            .and_then(|target| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target).ok())
            .is_some_and(|element| element.closest("button").ok().flatten().is_some());
        if on_button {
            menu_open.set(false);
        }
    };
    view! {
        <header class="app-header">
            // Past the header's many buttons to the draft, in one stop from the keyboard.
            <a class="skip-link" href="#report-title" on:click=move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                crate::platform::focus::focus_draft();
            }>"Skip to the draft"</a>
            <p class="app-name">"Response Drafter"</p>
            <button
                type="button"
                id=ids::MENU_BUTTON
                class="menu-toggle"
                aria-expanded=move || menu_open.get().to_string()
                aria-controls="header-menu"
                on:click=move |_| menu_open.update(|open| *open = !*open)
            >
                "Menu"
            </button>
            <DraftPicker session />
            <Toolbar session checks copy_state panels />
            <div id="header-menu" class="header-menu" class:open=move || menu_open.get() on:click=chosen>
                <button type="button" on:click=move |_| session.new_draft()>"New draft"</button>
                <PanelButton kind=PanelKind::Import>
                    "Import text"
                </PanelButton>
                <PanelButton kind=PanelKind::Library>
                    "All drafts"
                </PanelButton>
                <PanelButton kind=PanelKind::Versions>
                    "Versions"
                </PanelButton>
                <PanelButton kind=PanelKind::Publish>
                    "Publish…"
                </PanelButton>
                <PanelButton kind=PanelKind::Help>
                    "Help"
                </PanelButton>
            </div>
        </header>
    }
}

/// The drafts in this browser, to change which is open. Deleting one is in the drafts list,
/// away from the buttons pressed every day.
#[component]
fn DraftPicker(session: Session) -> impl IntoView {
    // Each draft's id, its name in the picker, and whether it is the open one.
    let choices = Memo::new(move |_| {
        let current = session.open.current.with(|open| open.id());
        session.store.drafts.with(|drafts| {
            drafts
                .iter()
                .zip(picker_names(drafts, date_and_time))
                .map(|(d, name)| (d.id.clone(), name, d.id == current))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <nav class="drafts" aria-label="Drafts">
            <label for=ids::DRAFT_PICKER>"Draft"</label>
            <select
                id=ids::DRAFT_PICKER
                // The whole name on hover, where the box is too narrow to show it.
                title=move || choices.with(|all| all.iter().find(|(_, _, open)| *open).map(|(_, label, _)| label.clone()))
                on:change:target=move |ev| session.switch_to(&ev.target().value())
            >
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|(id, label, selected)| view! { <option value=id selected=selected>{label}</option> })
                        .collect_view()
                }}
            </select>
        </nav>
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
