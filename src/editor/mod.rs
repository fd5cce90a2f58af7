//! The structured editor: one group of labelled fields for each part of the published page.

pub mod fields;
pub mod life;
pub mod outline;
pub mod problems;

use crate::drafts::state::{DraftState, ItemEntry};
use crate::editor::fields::{bind, DateField, OpenChoiceField, TextField};
use crate::editor::problems::{ErrorSummary, Problems};
use crate::ids;
use crate::platform::clock::today;
use crate::platform::focus::focus_after_render;
use crate::platform::timing::now_ms;
use drafter_core::dates::uk_long;
use drafter_core::field::ItemField;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Items beyond which those out of view are skipped by the browser's layout (see the
/// stylesheet), so that typing in a long response stays fast.
const LONG_RESPONSE_ITEMS: usize = 12;

/// Items drawn with the rest of the page when a draft opens: the form's first item is below
/// the fold, and two fill the preview's first screen.
const FIRST_SLICE_ITEMS: usize = 2;
/// What drawing a slice of the rest may take, with the frame after it.
const ITEMS_SLICE_MS: f64 = 45.0;
const MIN_SLICE_ITEMS: usize = 4;
const MAX_SLICE_ITEMS: usize = 50;

const MARKUP_HINT: &str = "Start a new line for a new paragraph. Start a line with - for a \
bullet or 1. for a numbered list.";

#[component]
pub fn Editor(state: DraftState) -> impl IntoView {
    let report = state.report;
    let responder = state.responder;
    let chief = state.chief_constable;
    let problems = Problems::new();
    provide_context(problems);
    view! {
        <form class="editor" aria-label="Response editor" on:submit=|ev| ev.prevent_default()>
            <ErrorSummary problems />
            <CorrectionQuestion state />
            <FormattingHelp />
            // A published response is read-only until the person says the change is a correction.
            <fieldset class="editor-lock" disabled=move || state.locked()>
            <fieldset>
                <legend>"Report"</legend>
                <TextField
                    id=ids::REPORT_TITLE
                    wraps=true
                    label="Report title"
                    hint="For example, An inspection of the south-west regional response to serious and organised crime"
                    binding=bind!(report, title)
                />
                <TextField id=ids::INSPECTORATE label="Inspectorate" hint="For example, HMICFRS" binding=bind!(report, inspectorate) />
                <DateField
                    id=ids::REPORT_PUBLISHED
                    label="Date the report was published"
                    binding=bind!(report, published)
                />
                <TextField
                    id=ids::REPORT_LINK
                    label="Link to the report (optional)"
                    hint="For example, https://hmicfrs.justiceinspectorates.gov.uk/..."
                    input_type="url"
                    binding=bind!(report, link)
                />
            </fieldset>
            <fieldset>
                <legend>"Response"</legend>
                <TextField
                    id=ids::BODY
                    label="Area or body responding"
                    hint="For example, Avon & Somerset"
                    binding=bind!(responder, body)
                />
                <OpenChoiceField
                    id=ids::ROLE
                    label="Role"
                    own_words_label="Role as it should read"
                    own_words_hint="For example, Mayor’s Office for Policing and Crime"
                    binding=bind!(responder, role)
                />
                <DateField
                    id=ids::RESPONSE_DATE
                    label="Date of this response"
                    hint="The day it is published, for example 12 June 2025 or 12/6/2025"
                    binding=bind!(responder, response_date)
                    today_button=true
                />
                <TextField
                    id=ids::SIGNATORY_NAME
                    label="Signed by (optional)"
                    hint="For example, Clare Moody"
                    binding=bind!(responder, signatory_name)
                />
                <TextField
                    id=ids::SIGNATORY_TITLE
                    label="Signatory’s title (optional)"
                    hint="For example, Police and Crime Commissioner for Avon and Somerset"
                    binding=bind!(responder, signatory_title)
                />
            </fieldset>
            // A part with one field is titled by its field's label alone, not by a box title
            // that says the same again.
            <div class="form-section">
                <TextField
                    id=ids::INTRODUCTION
                    label="Introduction"
                    hint=MARKUP_HINT
                    rows=8
                    binding=(state.introduction.into(), Callback::new(move |t| state.introduction.set(t)))
                />
            </div>
            <fieldset>
                <legend>"Chief constable’s comments"</legend>
                <p class="hint">
                    "If the chief constable sent comments on the report, the law says they are published with your response, with your reply to them."
                </p>
                <TextField rows=4 id=ids::CC_COMMENTS label="Chief constable’s comments (if any)" binding=bind!(chief, comments) />
                <TextField
                    id=ids::CC_ATTRIBUTION
                    label="Comments from"
                    hint="For example, Sarah Crew, Chief Constable"
                    binding=bind!(chief, attribution)
                />
                <TextField rows=4 id=ids::CC_REPLY label="Your reply to the chief constable’s comments" binding=bind!(chief, reply) />
            </fieldset>
            <ItemsEditor state />
            <div class="form-section">
                <TextField
                    id=ids::CLOSING
                    label="Closing"
                    hint="For example, This response is published on the OPCC website https://..."
                    rows=2
                    binding=(state.closing.into(), Callback::new(move |t| state.closing.set(t)))
                />
            </div>
            </fieldset>
        </form>
    }
}

/// Over a published response: its fields stay as published until the person says that what
/// they change is a correction, whose date goes into the record.
#[component]
fn CorrectionQuestion(state: DraftState) -> impl IntoView {
    let published_on = move || state.life.with(|life| life.published_on());
    let correct = move |_| {
        if let Some(day) = today() {
            state.life.update(|life| life.record_correction(day));
        }
        state.correcting.set(true);
        focus_after_render(ids::REPORT_TITLE.to_owned());
    };
    view! {
        <Show when=move || state.locked()>
            <div class="correction-question" role="group" aria-labelledby="correction-question-text">
                <p id="correction-question-text">
                    {move || match published_on() {
                        Some(day) => format!("This response was published on {}. Is what you want to change a correction to the published response?", uk_long(day)),
                        None => "This response is marked as published. Is what you want to change a correction to the published response?".to_owned(),
                    }}
                </p>
                <p class="hint">"The date of each correction is kept in the section 55 record. To change the response before it is published again, set its stage back instead."</p>
                <button type="button" id=ids::CORRECTION_BUTTON class="primary" on:click=correct>"Yes, make a correction"</button>
            </div>
        </Show>
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
    draw_in_slices(state, FIRST_SLICE_ITEMS, None);
    view! {
        <section class="items" class:long=move || state.items.with(|items| items.len() > LONG_RESPONSE_ITEMS) aria-labelledby=ids::ITEMS_HEADING>
            <div class="items-heading">
                <h2 id=ids::ITEMS_HEADING tabindex="-1">"Items"</h2>
                <button type="button" on:click=move |_| state.collapse_all(true)>"Collapse all"</button>
                <button type="button" on:click=move |_| state.collapse_all(false)>"Expand all"</button>
            </div>
            <p class="hint">
                "Each cause of concern, recommendation and area for improvement you are responding to, in the report’s order, with the report’s own numbers."
            </p>
            <For each=move || state.drawn_entries() key=|entry| entry.key let:entry>
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
                                    <button
                                        type="button"
                                        id=ids::UNDO_REMOVAL
                                        on:click=move |_| {
                                            if let Some(key) = state.undo_remove() {
                                                focus_after_render(ids::item(key, "kind"));
                                            }
                                        }
                                    >
                                        "Undo removal"
                                    </button>
                                </p>
                            }
                        })
                }}
            </div>
            <button
                type="button"
                id=ids::ADD_ITEM
                class="add-item"
                on:click=move |_| add_item(state)
            >
                "Add item"
            </button>
        </section>
    }
}

/// Draws the next `slice` items of a draft just opened, then, in a task of its own (so the page
/// can answer the person and paint in between), the slice after, until all are drawn. Each
/// slice's size follows what the last one cost, so that on a slow computer as on a fast one
/// none holds the page still for long. A hidden page draws them all at once: nobody waits.
fn draw_in_slices(state: DraftState, slice: usize, started: Option<f64>) {
    let now = now_ms();
    let slice = match started {
        Some(started) => {
            let took = (now - started).max(1.0);
            ((slice as f64 * ITEMS_SLICE_MS / took) as usize)
                .clamp(MIN_SLICE_ITEMS, MAX_SLICE_ITEMS)
        }
        None => slice,
    };
    let drawn = state.drawn_items;
    // Either fails once another draft is open: this one's slices stop.
    let (Some(total), Some(before)) = (
        state.items.try_with_untracked(Vec::len),
        drawn.try_get_untracked(),
    ) else {
        return;
    };
    if before == usize::MAX {
        return;
    }
    if before >= total || document().hidden() {
        drawn.set(usize::MAX);
        return;
    }
    drawn.set(before + slice);
    let next = move || draw_in_slices(state, slice, Some(now));
    if started.is_none() {
        // The preview is drawn before the rest of the items, as the app starts.
        crate::startup::after_start(next);
    } else {
        set_timeout(next, std::time::Duration::ZERO);
    }
}

/// Adds an item after the last and goes to it: the button's and the shortcut's action.
pub fn add_item(state: DraftState) {
    if state.locked_untracked() {
        return;
    }
    let key = state.add_item();
    focus_after_render(ids::item(key, "kind"));
}

/// Moving an item moves its fields on the page, and the browser drops the focus from them: it
/// goes back to the button pressed, or to the other one when the item has reached the end.
fn keep_focus_after_move(key: u64, pressed: &'static str, other: &'static str) {
    request_animation_frame(move || {
        let button = |which: &str| {
            document()
                .get_element_by_id(&ids::item(key, which))
                .and_then(|b| b.dyn_into::<web_sys::HtmlButtonElement>().ok())
        };
        let target = button(pressed)
            .filter(|b| !b.disabled())
            .or_else(|| button(other));
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
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
    let ItemEntry {
        key,
        item,
        collapsed,
        ..
    } = entry;
    let id = move |field: &str| ids::item(key, field);
    let position = Memo::new(move |_| {
        state.items.with(|items| {
            let at = items.iter().position(|e| e.key == key).unwrap_or(0);
            (at + 1, items.len())
        })
    });
    let heading = Signal::derive(move || item.with(|i| i.heading()));
    let name = move || label_or(&heading.get(), &format!("item {}", position.get().0));
    view! {
        <fieldset class="item" id=id("group") class:collapsed=move || collapsed.get()>
            <legend>{move || format!("Item {} of {}: {}", position.get().0, position.get().1, name())}</legend>
            <button
                type="button"
                class="collapse"
                aria-expanded=move || (!collapsed.get()).to_string()
                aria-controls=id("body")
                aria-label=move || format!("{}: {}", if collapsed.get() { "Expand" } else { "Collapse" }, name())
                on:click=move |_| collapsed.update(|c| *c = !*c)
            >
                {move || if collapsed.get() { "Expand" } else { "Collapse" }}
            </button>
            <div class="item-body" id=id("body") hidden=move || collapsed.get()>
            <div class="row">
                <OpenChoiceField
                    id=id("kind")
                    label="Kind"
                    own_words_label="Kind as it should read"
                    binding=bind!(item, kind)
                />
                <TextField id=id(ItemField::Number.id_part()) label="Number" hint="As in the report, for example 4 or 1a" binding=bind!(item, number) />
            </div>
            <TextField
                id=id(ItemField::Addressee.id_part())
                label="Addressed to (optional)"
                hint="For example, chief constables"
                binding=bind!(item, addressee)
            />
            <TextField rows=4 id=id(ItemField::Text.id_part()) label="What the report says" binding=bind!(item, text) />
            <TextField id=id(ItemField::Response.id_part()) label="Response" hint=MARKUP_HINT rows=6 binding=bind!(item, response) />
            <div class="row">
                <TextField id=id(ItemField::Status.id_part()) label="Status (optional)" hint="For example, In progress" binding=bind!(item, status) />
                <TextField id=id(ItemField::LeadAgency.id_part()) label="Lead agency (optional)" hint="For example, Avon and Somerset Police" binding=bind!(item, lead_agency) />
            </div>
            <DateField
                id=id("due")
                label="Due by (optional)"
                hint="When the report wants it done, for example 31 March 2026. For your own tracking: it is not published."
                binding=bind!(item, due)
                place=Signal::derive(name)
            />
            <div class="item-actions">
                <button
                    type="button"
                    id=id("up")
                    aria-label=move || format!("Move up: {}", name())
                    disabled=move || position.get().0 == 1
                    on:click=move |_| {
                        state.move_item(key, -1);
                        keep_focus_after_move(key, "up", "down");
                    }
                >
                    "Move up"
                </button>
                <button
                    type="button"
                    id=id("down")
                    aria-label=move || format!("Move down: {}", name())
                    disabled=move || position.get().0 == position.get().1
                    on:click=move |_| {
                        state.move_item(key, 1);
                        keep_focus_after_move(key, "down", "up");
                    }
                >
                    "Move down"
                </button>
                <button
                    type="button"
                    class="danger"
                    aria-label=move || format!("Remove: {}", name())
                    on:click=move |_| {
                        state.remove_item(key);
                        focus_after_render(ids::UNDO_REMOVAL.to_owned());
                    }
                >
                    "Remove"
                </button>
            </div>
            </div>
            <p class="word-count">
                {move || match entry.words.get() {
                    1 => "This item: 1 word".to_owned(),
                    n => format!("This item: {} words", drafter_core::draft_file::thousands(n)),
                }}
            </p>
        </fieldset>
    }
}
