//! Links from a finding to its field: they put the cursor in the field, selecting the words
//! the finding quotes.

use crate::drafts::state::DraftState;
use crate::ids;
use crate::platform::focus::focus_by_id;
use drafter_core::field::Field;
use leptos::prelude::*;

/// The first words a message quotes, “like this”.
pub(super) fn quoted(message: &str) -> Option<String> {
    let start = message.find('“')? + '“'.len_utf8();
    let end = start + message[start..].find('”')?;
    Some(message[start..end].to_owned()).filter(|words| !words.trim().is_empty())
}

/// A link that takes the person to a field and puts the cursor in it, selecting the `words`
/// the finding is about where it quotes any.
#[component]
pub(super) fn FieldLink(
    field: Field,
    state: DraftState,
    words: Option<String>,
    children: Children,
) -> impl IntoView {
    let id = field_id(state, field).unwrap_or_default();
    let target = id.clone();
    view! {
        <a
            href=format!("#{id}")
            on:click=move |ev| {
                ev.prevent_default();
                focus_by_id(&target);
                if let Some(words) = &words {
                    select_words(&target, words);
                }
            }
        >
            {children()}
        </a>
    }
}

/// The editor's id for a field.
fn field_id(state: DraftState, field: Field) -> Option<String> {
    match field {
        Field::Item(index, part) => state
            .key_at(index)
            .map(|key| ids::item(key, part.id_part())),
        field => field.id().map(str::to_owned),
    }
}

/// Selects the first place `words` stand in the field `id`, if they do.
fn select_words(id: &str, words: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    let select = |value: String, set: &dyn Fn(u32, u32)| {
        if let Some(at) = value.find(words) {
            // The browser counts in UTF-16 code units.
            let start = value[..at].encode_utf16().count() as u32;
            set(start, start + words.encode_utf16().count() as u32);
        }
    };
    if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        select(area.value(), &|start, end| {
            let _ = area.set_selection_range(start, end);
        });
    } else if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        select(input.value(), &|start, end| {
            let _ = input.set_selection_range(start, end);
        });
    }
}
