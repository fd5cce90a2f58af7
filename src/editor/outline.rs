//! The outline of the response: each part and each item, a link that jumps to its first field,
//! opening the item if it was collapsed.

use crate::drafts::state::{DraftState, ItemEntry};
use crate::ids;
use crate::platform::focus::{focus_after_render, forget_focus};
use leptos::prelude::*;

/// The fixed parts of the form, each with the field a jump lands on.
const PARTS_BEFORE_ITEMS: [(&str, &str); 4] = [
    ("Report", ids::REPORT_TITLE),
    ("Response", ids::BODY),
    ("Introduction", ids::INTRODUCTION),
    ("Chief constable’s comments", ids::CC_COMMENTS),
];

#[component]
pub fn Outline(state: DraftState, open: RwSignal<bool>) -> impl IntoView {
    let count = move || match state.items.with(Vec::len) {
        1 => "1 item".to_owned(),
        n => format!("{n} items"),
    };
    view! {
        <details
            id=ids::OUTLINE
            class="outline"
            prop:open=move || open.get()
            on:toggle:target=move |ev| {
                let now = ev.target().open();
                if now != open.get_untracked() {
                    open.set(now);
                }
            }
        >
            <summary id=ids::OUTLINE_SUMMARY>"Outline: jump to a part or item (" {count} ")"</summary>
            // Drawn only while open: a long draft's list, with each item's words counted, is
            // work the opening of the draft need not wait for.
            <Show when=move || open.get()>
            <nav aria-label="Outline">
                <ol>
                    {PARTS_BEFORE_ITEMS
                        .into_iter()
                        .map(|(name, target)| view! { <li><JumpLink target=target.to_owned() open>{name}</JumpLink></li> })
                        .collect_view()}
                    <li>
                        <JumpLink target=ids::ITEMS_HEADING.to_owned() open>"Items"</JumpLink>
                        <ol>
                            <For each=move || state.items.get() key=|entry| entry.key let:entry>
                                <ItemLink state entry open />
                            </For>
                        </ol>
                    </li>
                    <li><JumpLink target=ids::CLOSING.to_owned() open>"Closing"</JumpLink></li>
                </ol>
            </nav>
            </Show>
        </details>
    }
}

#[component]
fn ItemLink(state: DraftState, entry: ItemEntry, open: RwSignal<bool>) -> impl IntoView {
    let ItemEntry {
        key,
        item,
        collapsed,
        words,
        ..
    } = entry;
    let label = move || {
        let at = state
            .items
            .with(|items| items.iter().position(|e| e.key == key))
            .unwrap_or(0);
        let heading = item.with(|i| i.display_name(at));
        match words.get() {
            0 => format!("{heading} (no words yet)"),
            1 => format!("{heading} (1 word)"),
            n => format!(
                "{heading} ({} words)",
                drafter_core::draft_file::thousands(n)
            ),
        }
    };
    view! {
        <li>
            <JumpLink target=ids::item(key, "kind") open before=Callback::new(move |_| collapsed.set(false))>
                {label}
            </JumpLink>
        </li>
    }
}

/// A link to a field: the page scrolls to it and it takes the focus. The outline then closes,
/// so that it no longer stands between the person and what they came to.
#[component]
fn JumpLink(
    target: String,
    open: RwSignal<bool>,
    #[prop(optional)] before: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <a
            href=href
            on:click=move |ev| {
                ev.prevent_default();
                if let Some(before) = before {
                    before.run(());
                }
                forget_focus();
                open.set(false);
                focus_after_render(target.clone());
            }
        >
            {children()}
        </a>
    }
}
