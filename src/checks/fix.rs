//! The app's own fixes for findings, so that nobody has to type markup to put one right.

use crate::drafts::state::DraftState;
use drafter_core::checks::Fix;
use drafter_core::field::Field;
use drafter_core::markup::name_link;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers the forms, for their fields' ids.
static FORMS: AtomicUsize = AtomicUsize::new(0);

/// The app's own fix for a finding: here, the words to show for a bare web address.
#[component]
pub(super) fn FixForm(fix: Fix, field: Field, state: DraftState) -> impl IntoView {
    let Fix::NameLink { address } = fix;
    let words = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let input_id = format!("name-link-{}", FORMS.fetch_add(1, Ordering::Relaxed));
    let address = StoredValue::new(address);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut done = false;
        state.edit_field(field, |text| {
            let named =
                address.with_value(|address| name_link(text, address, &words.get_untracked()));
            done = named.is_some();
            named
        });
        problem.set(!done);
    };
    view! {
        <form class="fix" on:submit=submit>
            <label for=input_id.clone()>{move || address.with_value(|a| format!("Words to show for {a}"))}</label>
            <input id=input_id type="text" prop:value=move || words.get() on:input:target=move |ev| words.set(ev.target().value()) />
            <button type="submit">"Name the link"</button>
            <Show when=move || problem.get()>
                <p class="error-message" role="alert">"Enter the words to show, for example the page’s title."</p>
            </Show>
        </form>
    }
}
