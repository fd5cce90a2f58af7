//! The drafts list: every draft in this browser with its deadline and progress; new, open,
//! rename, duplicate, export, delete; importing a drafts file; and drafts that could not be
//! opened, set aside with their text to download.

mod merge_question;

use crate::drafts::session::{ImportChoice, Session, UNDO_SECONDS};
use crate::ids;
use crate::panel::{CloseButton, Panel, PanelKind};
use crate::platform::clock::{date_and_time, today};
use crate::platform::files;
use crate::platform::focus::close_panel_to_draft;
use crate::platform::storage::SetAside;
use drafter_core::dates::{iso, uk_long};
use drafter_core::deadline::Deadline;
use drafter_core::life::{publication_summary, Stage};
use drafter_core::overview::{arrange, due_next, last_day, Order};
use drafter_core::record::Summary;
use leptos::either::Either;
use leptos::prelude::*;
pub use merge_question::MergeQuestion;

#[component]
pub fn DraftsLibrary(session: Session, open: RwSignal<bool>) -> impl IntoView {
    let file_input = NodeRef::<leptos::html::Input>::new();
    session.refresh();
    // A message about the last action is not shown again when the list is next opened.
    on_cleanup(move || {
        session.messages.library.try_set(None);
    });
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            session.import_file(file);
        }
        // The same file can then be chosen again after fixing it.
        input.set_value("");
    };
    let count = move || match session.store.drafts.with(Vec::len) {
        1 => "1 draft is kept in this browser.".to_owned(),
        n => format!("{n} drafts are kept in this browser."),
    };
    // Kept by the session, so the list opens as the person last sorted and filtered it.
    let order = session.store.list_order;
    let unpublished_only = session.store.unpublished_only;
    let due = move || {
        session.store.drafts.with(|drafts| {
            due_next(drafts).map(|summary| {
                let deadline = summary.published.and_then(Deadline::for_report);
                let countdown = match (deadline, today()) {
                    (Some(deadline), Some(day)) => format!(" ({})", deadline.countdown(day)),
                    _ => String::new(),
                };
                format!(
                    "Due next: “{}”, last day to publish {}{countdown}.",
                    summary.title,
                    last_day(summary).map(uk_long).unwrap_or_default()
                )
            })
        })
    };
    let persistence = move || match session.store.persisted.get() {
        Some(true) => " The browser has agreed to keep them until you delete them.",
        Some(false) => {
            " The browser may clear them if it runs short of space, so export them now and then."
        }
        None => "",
    };
    view! {
        <Panel kind=PanelKind::Library>
            <p>{count}{persistence}</p>
            <div class="library-actions">
                <button type="button" on:click=move |_| session.new_draft()>"New draft"</button>
                <button type="button" on:click=move |_| session.export(None)>"Export all drafts"</button>
                // A button of the app's own that opens the browser's file chooser, instead of
                // the browser's raw "Choose File – No file chosen".
                <button type="button" on:click=move |_| {
                    if let Some(input) = file_input.get_untracked() {
                        input.click();
                    }
                }>"Import drafts from a file…"</button>
                <input
                    id="import-file"
                    type="file"
                    hidden
                    aria-label="Import drafts from a file"
                    accept=".json,application/json"
                    node_ref=file_input
                    on:change=on_file
                />
                <CloseButton kind=PanelKind::Library />
            </div>
            {move || session.messages.library.get().map(|message| match message {
                Ok(text) => view! { <p class="library-message" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="library-message error" role="alert">{text}</p> }.into_any(),
            })}
            <ImportQuestion session />
            <MergeQuestion session />
            {move || due().map(|text| view! { <p class="due-next"><strong>{text}</strong></p> })}
            <div class="library-view">
                <div class="field">
                    <label for="drafts-order">"Sort by"</label>
                    <select id="drafts-order" on:change:target=move |ev| order.set(if ev.target().value() == "last-day" { Order::LastDay } else { Order::LastEdited })>
                        <option value="last-edited" selected=move || order.get() == Order::LastEdited>"Last edited"</option>
                        <option value="last-day" selected=move || order.get() == Order::LastDay>"Last day to publish"</option>
                    </select>
                </div>
                <label class="tick">
                    <input type="checkbox" id="drafts-unpublished" prop:checked=move || unpublished_only.get()
                        on:change:target=move |ev| unpublished_only.set(ev.target().checked()) />
                    "Only responses not yet published"
                </label>
            </div>
            <table class="drafts-table">
                <caption class="visually-hidden">"Drafts in this browser"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Draft"</th>
                        <th scope="col">"Area"</th>
                        <th scope="col">"Last edited"</th>
                        <th scope="col">"Stage"</th>
                        <th scope="col">"Last day to publish"</th>
                        <th scope="col">"Answered"</th>
                        <th scope="col">"Section 55 record"</th>
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || {
                            // Drafts of the same report are told apart by their area and time.
                            let drafts = session.store.drafts.get();
                            arrange(&drafts, order.get(), unpublished_only.get())
                                .iter()
                                .map(|summary| {
                                    let namesake = drafts.iter().filter(|d| d.title == summary.title).count() > 1;
                                    (summary.clone(), namesake)
                                })
                                .collect::<Vec<_>>()
                        }
                        key=|(summary, namesake)| (summary.id.clone(), summary.revision, summary.title.clone(), *namesake)
                        let:row
                    >
                        <DraftRow session summary=row.0 open namesake=row.1 />
                    </For>
                </tbody>
            </table>
            {move || {
                let hidden = unpublished_only.get()
                    && session.store.drafts.with(|drafts| !drafts.is_empty() && drafts.iter().all(|d| d.stage == Stage::Published));
                hidden.then(|| view! { <p>"Every response here has been published. Untick “Only responses not yet published” to see them."</p> })
            }}
            <SetAsideList session />
        </Panel>
    }
}

#[component]
fn DraftRow(
    session: Session,
    summary: Summary,
    open: RwSignal<bool>,
    namesake: bool,
) -> impl IntoView {
    let id = StoredValue::new(summary.id.clone());
    let title = StoredValue::new(summary.title.clone());
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let is_open = move || session.open.current.with(|s| s.id() == id.get_value());
    let deadline = summary.published.and_then(Deadline::for_report);
    let published = summary.stage == Stage::Published;
    // Past its last day and not out: said in words, not by colour alone.
    let overdue = !published
        && deadline
            .zip(today())
            .is_some_and(|(deadline, day)| day > deadline.last_day);
    // A published response shows when it went out, never a countdown from today.
    let deadline_text = match (summary.published_on, deadline) {
        (None, _) if published => Some(view! { "Published (date not recorded)" }.into_any()),
        (Some(on), deadline) => Some(
            view! {
                {publication_summary(on, deadline)}
            }
            .into_any(),
        ),
        (None, Some(deadline)) => {
            let countdown = today()
                .map(|day| format!(" ({})", deadline.countdown(day)))
                .unwrap_or_default();
            Some(
                view! {
                    <time datetime=iso(deadline.last_day)>{uk_long(deadline.last_day)}</time>
                    {countdown}
                }
                .into_any(),
            )
        }
        (None, None) => None,
    };
    let name_input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = name_input.get() {
            let _ = input.focus();
            input.select();
        }
    });
    let save_name = move || {
        if let Some(input) = name_input.get_untracked() {
            session.rename(&id.get_value(), input.value().trim().to_owned());
        }
        renaming.set(false);
    };
    // Every button names its draft; where two share a title, by their area and time too.
    let told_apart = namesake.then(|| {
        let area = match summary.body.trim() {
            "" => String::new(),
            body => format!("{body}, "),
        };
        format!(" ({area}last edited {})", date_and_time(summary.saved_at))
    });
    let label = move |action: &str| {
        format!(
            "{action} “{}”{}",
            title.get_value(),
            told_apart.clone().unwrap_or_default()
        )
    };
    view! {
        <tr class:open-draft=is_open class:overdue=overdue>
            <th scope="row">
                <Show
                    when=move || renaming.get()
                    fallback=move || view! {
                        {title.get_value()}
                        <Show when=is_open>
                            <span class="tag">" (open)"</span>
                        </Show>
                    }
                >
                    <form class="rename" on:submit=move |ev| { ev.prevent_default(); save_name(); }>
                        <label for=format!("name-{}", id.get_value())>"New name"</label>
                        <input id=format!("name-{}", id.get_value()) node_ref=name_input value=title.get_value() />
                        <button type="submit">"Save name"</button>
                        <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                    </form>
                </Show>
            </th>
            <td data-label="Area">{if summary.body.is_empty() { "Not entered".to_owned() } else { summary.body.clone() }}</td>
            <td data-label="Last edited">{if summary.saved_at > 0.0 { date_and_time(summary.saved_at) } else { "Not known".to_owned() }}</td>
            <td data-label="Stage">{summary.stage.label()}</td>
            <td data-label="Last day to publish">
                {overdue.then(|| view! { <strong class="overdue-tag">"Overdue: "</strong> })}
                {match deadline_text {
                    Some(text) => Either::Left(text),
                    None => Either::Right("Publication date not entered"),
                }}
            </td>
            <td data-label="Answered">{format!("{} of {}", summary.answered, summary.items)}</td>
            <td data-label="Section 55 record">{format!("{} of {} done", summary.record_done, drafter_core::life::STEPS)}</td>
            <td><div class="row-actions">
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" aria-label=label("Open") on:click=move |_| { session.switch_to(&id.get_value()); close_panel_to_draft(open, ids::REPORT_TITLE); }>"Open"</button>
                        // The main action stays in view; the rest, the destructive one among them,
                        // behind "More".
                        <details class="row-more">
                            <summary>"More"<span class="visually-hidden">{label(" actions for")}</span></summary>
                            <div class="row-more-actions">
                                <button type="button" aria-label=label("Rename") on:click=move |_| renaming.set(true)>"Rename"</button>
                                <button type="button" aria-label=label("Duplicate") on:click=move |_| session.duplicate(&id.get_value())>"Duplicate"</button>
                                <button type="button" aria-label=label("Export") on:click=move |_| session.export(Some(&id.get_value()))>"Export"</button>
                                <button type="button" class="danger" aria-label=label("Delete") on:click=move |_| confirming.set(true)>"Delete"</button>
                            </div>
                        </details>
                    }
                >
                    <div class="confirm" role="alertdialog" aria-label="Confirm delete">
                        <p>{format!("Delete “{}”? You can undo this for {UNDO_SECONDS} seconds.", title.get_value())}</p>
                        <button type="button" class="danger" on:click=move |_| { confirming.set(false); session.delete(&id.get_value()); }>"Yes, delete it"</button>
                        <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                </Show>
            </div></td>
        </tr>
    }
}

/// When a file holds drafts that are already here: keep both, or replace them.
#[component]
fn ImportQuestion(session: Session) -> impl IntoView {
    move || {
        session.store.pending_import.get().map(|pending| {
            let count = pending.entries.len();
            let clashes = pending.clashes.clone();
            let answer = move |choice| {
                if let Some(pending) = session.store.pending_import.get_untracked() {
                    session.finish_import(pending, choice);
                }
            };
            view! {
                <div class="import-question" role="alertdialog" aria-labelledby="import-question-text">
                    <p id="import-question-text">
                        {format!(
                            "The file holds {count} {}. {} already in this browser:",
                            if count == 1 { "draft" } else { "drafts" },
                            if clashes.len() == 1 { "This one is" } else { "These are" },
                        )}
                    </p>
                    <ul>{clashes.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ul>
                    <button type="button" class="primary" on:click=move |_| answer(ImportChoice::KeepBoth)>"Keep both"</button>
                    <button type="button" class="danger" on:click=move |_| answer(ImportChoice::Replace)>"Replace them with the file’s"</button>
                    <button type="button" on:click=move |_| {
                        session.store.pending_import.set(None);
                        session.messages.library.set(Some(Ok("Import cancelled: nothing has changed.".to_owned())));
                    }>"Cancel import"</button>
                </div>
            }
        })
    }
}

/// Drafts that could not be opened: kept exactly as found, with their text to download.
#[component]
fn SetAsideList(session: Session) -> impl IntoView {
    view! {
        <Show when=move || session.store.set_aside.with(|s| !s.is_empty())>
            <h3>"Drafts that could not be opened"</h3>
            <p>"These are kept exactly as they were found. Download one to keep its text, to open it in a newer version of Response Drafter, or to import it again once it is mended."</p>
            <ul class="set-aside">
                <For
                    each=move || session.store.set_aside.get()
                    key=|entry| entry.id.clone()
                    let:entry
                >
                    <SetAsideEntry session entry />
                </For>
            </ul>
        </Show>
    }
}

#[component]
fn SetAsideEntry(session: Session, entry: SetAside) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let SetAside { id, raw, problem } = entry;
    let id = StoredValue::new(id);
    let raw = StoredValue::new(raw);
    let download = move |_| {
        let name = format!("unreadable-draft-{}.json", id.get_value());
        // A refused download leaves the entry in the list to try again.
        let _ = raw.with_value(|raw| files::download(&name, "application/json", raw));
    };
    view! {
        <li>
            <p>{format!("Draft stored as “{}”: {problem}.", id.get_value())}</p>
            <button type="button" on:click=download>"Download its text"</button>
            <Show
                when=move || confirming.get()
                fallback=move || view! { <button type="button" class="danger" on:click=move |_| confirming.set(true)>"Remove it from this browser"</button> }
            >
                <span class="confirm" role="alertdialog" aria-label="Confirm removal">
                    "Remove it for good? Download its text first if you may need it. "
                    <button type="button" class="danger" on:click=move |_| {
                        crate::platform::storage::delete(&id.get_value());
                        session.refresh();
                    }>"Yes, remove it"</button>
                    <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                </span>
            </Show>
        </li>
    }
}
