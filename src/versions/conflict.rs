//! When another tab saved this draft while this one had changes of its own: a short notice,
//! then both versions side by side, the words that differ marked, before the person chooses
//! which to keep. Nothing is saved until they do.

use super::pair::{compared, version_pair, Marks, Side};
use crate::drafts::session::Session;
use crate::ids;
use crate::panel::{Panel, PanelKind};
use crate::platform::clock::time_of_day;
use crate::platform::worker::{self, Unavailable};
use drafter_core::compare::Difference;
use leptos::prelude::*;

/// The notice at the foot of the window, small enough to leave the form in view; put away
/// while the versions are compared, where the panel says it all.
#[component]
pub fn ConflictNotice(session: Session, open: RwSignal<bool>) -> impl IntoView {
    move || {
        if open.get() {
            return None;
        }
        session.open.conflict.get().map(|conflict| {
            let theirs = conflict.theirs.as_ref().map(|record| time_of_day(record.saved_at));
            match theirs {
                Some(time) => view! {
                    <div class="notice error conflict" role="alert">
                        <p>{format!("This draft was also changed in another tab or window (saved at {time}). Your changes here are not saved yet.")}</p>
                        <button type="button" id=ids::CONFLICT_BUTTON class="primary" on:click=move |_| open.set(true)>"Compare the versions and choose"</button>
                    </div>
                }.into_any(),
                // A version this one cannot read cannot be compared: keeping both loses nothing.
                None => view! {
                    <div class="notice error conflict" role="alert">
                        <p>"This draft was changed in another tab or window by a newer version of Response Drafter. Your changes here are not saved yet: keep them as a new draft."</p>
                        <button type="button" class="primary" on:click=move |_| session.keep_both()>"Keep both: save mine as a new draft"</button>
                    </div>
                }.into_any(),
            }
        })
    }
}

/// Both versions, field by field, and the choice.
#[component]
pub fn ConflictPanel(session: Session, open: RwSignal<bool>) -> impl IntoView {
    let conflict = session.open.conflict.get_untracked();
    let theirs = conflict.and_then(|conflict| conflict.theirs);
    let saved_at = theirs
        .as_ref()
        .map(|record| time_of_day(record.saved_at))
        .unwrap_or_default();
    let ours = session.open.current.get_untracked().snapshot();
    // Worked out by the worker; the choice is there at once, the parts when they come.
    let found = RwSignal::new(None::<Result<Vec<Difference>, Unavailable>>);
    if let Some(record) = theirs {
        leptos::task::spawn_local(async move {
            let compared = worker::compare(&ours, &record.draft).await;
            found.try_set(Some(compared.map(|comparison| comparison.differences)));
        });
    } else {
        found.set(Some(Ok(Vec::new())));
    }
    let parts = move || {
        let found = match compared(found.get(), "The two versions could not be compared in this browser just now. You can still choose below; nothing is lost until you do.") {
            Ok(found) => found,
            Err(meanwhile) => return meanwhile,
        };
        let count = match found.len() {
            0 => "The words are the same in both; only other settings differ.".to_owned(),
            1 => "1 part differs. Words only in one version are marked.".to_owned(),
            n => format!("{n} parts differ. Words only in one version are marked."),
        };
        let saved_at = saved_at.clone();
        view! {
            <p>{count}</p>
            <div class="versions">
                {found.into_iter().map(|difference| view! {
                    <h3>{difference.label}</h3>
                    {version_pair(
                        Side { name: "Yours (not saved)".to_owned(), pieces: difference.ours, marks: Marks::OnlyHere },
                        Side { name: format!("The other tab’s (saved at {saved_at})"), pieces: difference.theirs, marks: Marks::OnlyHere },
                        difference.replaced_whole,
                    )}
                }).collect_view()}
            </div>
        }.into_any()
    };
    let choose = move |choice: fn(&Session)| {
        choice(&session);
        open.set(false);
    };
    view! {
        <Panel kind=PanelKind::Conflict>
            {parts}
            <div class="conflict-actions">
                <button type="button" class="primary" on:click=move |_| choose(Session::keep_both)>"Keep both: save mine as a new draft"</button>
                <button type="button" on:click=move |_| choose(Session::keep_mine)>"Keep mine: replace the other version"</button>
                <button type="button" class="danger" on:click=move |_| choose(Session::use_theirs)>"Use the other version: discard my changes"</button>
            </div>
        </Panel>
    }
}
