//! The structured editor: one group of labelled fields for each part of the published page.

use crate::fields::{bind, DateField, OpenChoiceField, TextField};
use crate::state::{DraftState, ItemEntry};
use leptos::prelude::*;

const MARKUP_HINT: &str = "Start a new line for a new paragraph. Start a line with - for a \
bullet or 1. for a numbered list.";

#[component]
pub fn Editor(state: DraftState) -> impl IntoView {
    let report = state.report;
    let responder = state.responder;
    let chief = state.chief_constable;
    view! {
        <form class="editor" aria-label="Response editor" on:submit=|ev| ev.prevent_default()>
            <FormattingHelp />
            <fieldset>
                <legend>"Report"</legend>
                <TextField
                    id="report-title"
                    label="Report title"
                    hint="For example, An inspection of the south-west regional response to serious and organised crime"
                    binding=bind!(report, title)
                />
                <TextField id="report-inspectorate" label="Inspectorate" binding=bind!(report, inspectorate) />
                <DateField
                    id="report-published"
                    label="Date the report was published"
                    binding=bind!(report, published)
                />
                <TextField
                    id="report-link"
                    label="Link to the report (optional)"
                    hint="For example, https://hmicfrs.justiceinspectorates.gov.uk/..."
                    input_type="url"
                    binding=bind!(report, link)
                />
            </fieldset>
            <fieldset>
                <legend>"Response"</legend>
                <TextField
                    id="responder-body"
                    label="Area or body responding"
                    hint="For example, Avon & Somerset"
                    binding=bind!(responder, body)
                />
                <OpenChoiceField
                    id="responder-role"
                    label="Role"
                    own_words_label="Role as it should read"
                    own_words_hint="For example, Mayor’s Office for Policing and Crime"
                    binding=bind!(responder, role)
                />
                <DateField
                    id="response-date"
                    label="Date of this response"
                    binding=bind!(responder, response_date)
                />
                <TextField
                    id="signatory-name"
                    label="Signed by (optional)"
                    binding=bind!(responder, signatory_name)
                />
                <TextField
                    id="signatory-title"
                    label="Signatory’s title (optional)"
                    hint="For example, Police and Crime Commissioner for Avon and Somerset"
                    binding=bind!(responder, signatory_title)
                />
            </fieldset>
            <fieldset>
                <legend>"Introduction"</legend>
                <TextField
                    id="introduction"
                    label="Introduction"
                    hint=MARKUP_HINT
                    rows=8
                    binding=(state.introduction.into(), Callback::new(move |t| state.introduction.set(t)))
                />
            </fieldset>
            <fieldset>
                <legend>"Chief constable’s comments"</legend>
                <p class="hint">
                    "If the chief constable sent comments on the report, the law says they are published with your response, with your reply to them."
                </p>
                <TextField rows=4 id="cc-comments" label="Chief constable’s comments (if any)" binding=bind!(chief, comments) />
                <TextField
                    id="cc-attribution"
                    label="Comments from"
                    hint="For example, Sarah Crew, Chief Constable"
                    binding=bind!(chief, attribution)
                />
                <TextField rows=4 id="cc-reply" label="Your reply to the chief constable’s comments" binding=bind!(chief, reply) />
            </fieldset>
            <ItemsEditor state />
            <fieldset>
                <legend>"Closing"</legend>
                <TextField
                    id="closing"
                    label="Closing"
                    hint="For example, This response is published on the OPCC website https://..."
                    rows=2
                    binding=(state.closing.into(), Callback::new(move |t| state.closing.set(t)))
                />
            </fieldset>
        </form>
    }
}

#[component]
fn FormattingHelp() -> impl IntoView {
    view! {
        <details class="formatting-help">
            <summary>"How to format text"</summary>
            <ul>
                <li>"Start a new line for a new paragraph."</li>
                <li>"Start a line with - or * (or paste • bullets) for a bulleted list, or 1. for a numbered list."</li>
                <li>"Paste a web address and it becomes a link, or write [the words to show](https://example.org)."</li>
                <li>"*Words between stars* are in italics; **double stars** make them bold."</li>
                <li>"Anything else, including HTML, appears exactly as you typed it."</li>
            </ul>
        </details>
    }
}

#[component]
fn ItemsEditor(state: DraftState) -> impl IntoView {
    view! {
        <section class="items" aria-labelledby="items-heading">
            <h2 id="items-heading">"Items"</h2>
            <p class="hint">
                "Each cause of concern, recommendation and area for improvement you are responding to, in the report’s order, with the report’s own numbers."
            </p>
            <For each=move || state.items.get() key=|entry| entry.key let:entry>
                <ItemEditor state entry />
            </For>
            <div class="undo" role="status">
                {move || {
                    state
                        .removed
                        .get()
                        .map(|removed| {
                            let heading = removed.entry.item.with_untracked(|i| i.heading());
                            view! {
                                <p>
                                    {format!("Removed {}. ", label_or(&heading, "an item"))}
                                    <button type="button" on:click=move |_| state.undo_remove()>
                                        "Undo removal"
                                    </button>
                                </p>
                            }
                        })
                }}
            </div>
            <button type="button" class="add-item" on:click=move |_| state.add_item()>
                "Add item"
            </button>
        </section>
    }
}

fn label_or(text: &str, fallback: &str) -> String {
    if text.is_empty() {
        fallback.to_owned()
    } else {
        text.to_owned()
    }
}

#[component]
fn ItemEditor(state: DraftState, entry: ItemEntry) -> impl IntoView {
    let ItemEntry { key, item, .. } = entry;
    let id = move |field: &str| format!("item-{key}-{field}");
    let position = Memo::new(move |_| {
        state.items.with(|items| {
            let at = items.iter().position(|e| e.key == key).unwrap_or(0);
            (at + 1, items.len())
        })
    });
    let heading = Signal::derive(move || item.with(|i| i.heading()));
    let name = move || label_or(&heading.get(), &format!("item {}", position.get().0));
    view! {
        <fieldset class="item" id=id("group")>
            <legend>{move || format!("Item {} of {}: {}", position.get().0, position.get().1, name())}</legend>
            <div class="row">
                <OpenChoiceField
                    id=id("kind")
                    label="Kind"
                    own_words_label="Kind as it should read"
                    binding=bind!(item, kind)
                />
                <TextField id=id("number") label="Number" hint="As in the report, for example 4 or 1a" binding=bind!(item, number) />
            </div>
            <TextField
                id=id("addressee")
                label="Addressed to (optional)"
                hint="For example, chief constables"
                binding=bind!(item, addressee)
            />
            <TextField rows=4 id=id("text") label="What the report says" binding=bind!(item, text) />
            <TextField id=id("response") label="Response" hint=MARKUP_HINT rows=6 binding=bind!(item, response) />
            <p class="word-count">
                {move || match entry.words.get() {
                    1 => "This item: 1 word".to_owned(),
                    n => format!("This item: {} words", drafter_core::draft_file::thousands(n)),
                }}
            </p>
            <div class="row">
                <TextField id=id("status") label="Status (optional)" hint="For example, In progress" binding=bind!(item, status) />
                <TextField id=id("lead") label="Lead agency (optional)" binding=bind!(item, lead_agency) />
            </div>
            <DateField
                id=id("due")
                label="Due by (optional)"
                hint="When the report wants it done, for example 31 March 2026. For your own tracking: it is not published."
                binding=bind!(item, due)
            />
            <div class="item-actions">
                <button
                    type="button"
                    aria-label=move || format!("Move up: {}", name())
                    disabled=move || position.get().0 == 1
                    on:click=move |_| state.move_item(key, -1)
                >
                    "Move up"
                </button>
                <button
                    type="button"
                    aria-label=move || format!("Move down: {}", name())
                    disabled=move || position.get().0 == position.get().1
                    on:click=move |_| state.move_item(key, 1)
                >
                    "Move down"
                </button>
                <button
                    type="button"
                    class="danger"
                    aria-label=move || format!("Remove: {}", name())
                    on:click=move |_| state.remove_item(key)
                >
                    "Remove"
                </button>
            </div>
        </fieldset>
    }
}
