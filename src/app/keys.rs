//! The keyboard shortcuts, anywhere in the app (the table itself is in the core).

use crate::checks::Checks;
use crate::drafts::session::Session;
use crate::ids;
use crate::panel::{PanelKind, Panels};
use crate::platform::events;
use crate::platform::focus::{focus_after_render, remember_focus};
use crate::publish::copy::{copy_html, CopyState};
use drafter_core::shortcuts::{action_for, Action, KeyPress};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn listen(session: Session, panels: Panels, checks: Checks, copy_state: RwSignal<CopyState>) {
    events::on_window("keydown", move |event: web_sys::KeyboardEvent| {
        if event.is_composing() || event.repeat() {
            return;
        }
        let code = event.code();
        let key = KeyPress {
            code: &code,
            ctrl: event.ctrl_key(),
            alt: event.alt_key(),
            shift: event.shift_key(),
            meta: event.meta_key(),
        };
        let Some(action) = action_for(key) else {
            return;
        };
        if act(session, panels, checks, copy_state, action) {
            event.prevent_default();
        }
    });
}

/// Does what the shortcut asks; false when there was nothing for it to do, so the key keeps
/// its usual meaning (Escape in a browser's own pop-up, for one).
fn act(
    session: Session,
    panels: Panels,
    checks: Checks,
    copy_state: RwSignal<CopyState>,
    action: Action,
) -> bool {
    match action {
        Action::SaveNow => session.save_now(),
        // The buttons' own actions, so a shortcut does exactly what the button does.
        Action::CopyHtml => copy_html(session, checks, copy_state),
        Action::AddItem => crate::editor::add_item(session.open.current.get_untracked()),
        Action::Outline => {
            remember_focus();
            panels.outline.set(true);
            focus_after_render(ids::OUTLINE_SUMMARY.to_owned());
        }
        Action::Checks => {
            let open = checks.open;
            if open.get_untracked() {
                panels.close(PanelKind::Checks);
            } else {
                remember_focus();
                open.set(true);
            }
        }
        Action::Help => {
            remember_focus();
            panels.help.set(true);
        }
        // The copy message goes first: it sits over the page, in front of any panel.
        Action::Close if matches!(copy_state.get_untracked(), CopyState::Copied { .. }) => {
            copy_state.set(CopyState::Idle);
        }
        Action::Close => return close_last_opened(panels),
    }
    true
}

/// Closes the panel opened last of those open. Text pasted to import, or a report read from
/// its PDF, is not thrown away by a stray Escape: that takes its "Cancel" button.
fn close_last_opened(panels: Panels) -> bool {
    match panels.last_opened() {
        Some(PanelKind::Import) if import_holds_work() => false,
        Some(kind) => {
            panels.close(kind);
            true
        }
        None => false,
    }
}

fn import_holds_work() -> bool {
    let pasted = document()
        .get_element_by_id(ids::IMPORT_TEXT)
        .and_then(|area| area.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .is_some_and(|area| !area.value().trim().is_empty());
    let read = document()
        .query_selector(".import-dialog .import-result, .import-dialog .pdf-progress")
        .ok()
        .flatten()
        .is_some();
    pasted || read
}
