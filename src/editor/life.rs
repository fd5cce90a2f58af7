//! The response's life, in one place under the deadline: its stage, marking it published,
//! the section 55 record with its dates, corrections, and the last day in the office's
//! calendar.

use crate::drafts::state::DraftState;
use crate::editor::fields::{DateField, TextField};
use crate::platform::storage;
use crate::platform::worker;
use drafter_core::checks::is_web_address;
use drafter_core::dates::uk_long;
use drafter_core::deadline::Deadline;
use drafter_core::history::Reason;
use drafter_core::life::{Section55, Stage, Step};
use drafter_core::{file_name, protocol};
use leptos::prelude::*;
use time::Date;

/// One step of the record as a date field: its element id, label, the subsection of section 55
/// it meets, and its place in the record.
type StepField = (
    &'static str,
    &'static str,
    &'static str,
    fn(&mut Section55) -> &mut Step,
);

const STEPS: [StepField; 5] = [
    (
        "s55-invited",
        "Chief constable invited to comment",
        "Section 55(4)",
        |r| &mut r.invited,
    ),
    (
        "s55-comments",
        "Chief constable’s comments received",
        "Section 55(4): their comments are published with your response",
        |r| &mut r.comments_received,
    ),
    (
        "s55-published",
        "Response published",
        "Section 55(5): within 56 days of the report",
        |r| &mut r.published,
    ),
    (
        "s55-inspectorate",
        "Copy sent to HMICFRS",
        "Section 55(6)",
        |r| &mut r.sent_to_inspectorate,
    ),
    (
        "s55-home-secretary",
        "Copy sent to the Home Secretary",
        "Section 55(6)",
        |r| &mut r.sent_to_home_secretary,
    ),
];

#[component]
pub fn ResponseLife(state: DraftState) -> impl IntoView {
    let stage = move || state.life.with(|life| life.stage());
    let summary = move || {
        state.life.with(|life| {
            format!(
                "Stage: {} · Section 55 record: {}",
                life.stage().label(),
                life.section_55.progress()
            )
        })
    };
    // Choosing "Published" asks for the date and address first; the stage changes once given.
    let publishing = RwSignal::new(false);
    let choose = move |code: String| match Stage::from_code(&code) {
        Some(Stage::Published) => publishing.set(true),
        Some(stage) => {
            publishing.set(false);
            state.correcting.set(false);
            keep_before_stage_change(state);
            state.life.update(|life| life.set_stage(stage));
        }
        None => {}
    };
    view! {
        <details class="life" id="life">
            <summary>{summary}</summary>
            <div class="field">
                <label for="stage">"Stage"</label>
                <select id="stage" on:change:target=move |ev| choose(ev.target().value())>
                    {Stage::ALL
                        .into_iter()
                        .map(|option| view! {
                            <option
                                value=option.code()
                                selected=move || if publishing.get() { option == Stage::Published } else { stage() == option }
                            >
                                {option.label()}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <Show when=move || publishing.get()>
                <PublishForm state publishing />
            </Show>
            <SectionRecord state />
            <Corrections state />
            <AddToCalendar state />
        </details>
    }
}

/// A change of stage is a moment worth a version: the draft as it went to the chief
/// constable, for sign-off, or out.
fn keep_before_stage_change(state: DraftState) {
    let _ = storage::keep_version(&state.id(), Reason::StageChanged, "", &state.snapshot());
}

/// The date the response was published and where, asked before it is marked published.
#[component]
fn PublishForm(state: DraftState, publishing: RwSignal<bool>) -> impl IntoView {
    let known = state.life.get_untracked().section_55;
    let date = RwSignal::new(known.published.date());
    let address = RwSignal::new(known.address);
    let problem = RwSignal::new(None::<&'static str>);
    let confirm = move |_| {
        let typed = address.get_untracked();
        match date.get_untracked() {
            None => problem.set(Some("Enter the date the response was published.")),
            Some(_) if !is_web_address(typed.trim()) => problem.set(Some(
                "Enter the full address of the published page, starting with https://",
            )),
            Some(day) => {
                problem.set(None);
                keep_before_stage_change(state);
                state.life.update(|life| life.publish(day, &typed));
                state.correcting.set(false);
                publishing.set(false);
            }
        }
    };
    view! {
        <div class="publish-form" role="group" aria-labelledby="publish-form-heading">
            <h2 id="publish-form-heading">"Mark as published"</h2>
            <DateField
                id="published-on"
                label="Date it was published"
                binding=(date.into(), Callback::new(move |day| date.set(day)))
                today_button=true
            />
            <TextField
                id="published-address"
                label="Address of the published page"
                hint="For example, https://www.avonandsomerset-pcc.gov.uk/reports/..."
                input_type="url"
                binding=(address.into(), Callback::new(move |text| address.set(text)))
            />
            {move || problem.get().map(|text| view! { <p class="error-message" role="alert">{text}</p> })}
            <button type="button" class="primary" on:click=confirm>"Mark as published"</button>
            <button type="button" on:click=move |_| publishing.set(false)>"Cancel"</button>
        </div>
    }
}

/// Section 55(4)-(6), each step with its date.
#[component]
fn SectionRecord(state: DraftState) -> impl IntoView {
    let step = move |place: fn(&mut Section55) -> &mut Step| {
        let mut record = state.life.with(|life| life.section_55.clone());
        *place(&mut record)
    };
    let no_comments = move || state.life.with(|life| life.section_55.no_comments);
    let address = Signal::derive(move || state.life.with(|life| life.section_55.address.clone()));
    // What belongs with a step: "none came" beside the comments, the address beside publishing.
    let beside = move |id: &str| {
        match id {
        "s55-comments" => Some(view! {
            <label class="tick">
                <input type="checkbox" id="s55-no-comments" prop:checked=no_comments
                    on:change:target=move |ev| {
                        let none = ev.target().checked();
                        state.life.update(|life| life.section_55.no_comments = none);
                    } />
                "The chief constable had no comments"
            </label>
        }.into_any()),
        "s55-published" => Some(view! {
            <TextField
                id="s55-address"
                label="Address of the published page"
                input_type="url"
                binding=(address, Callback::new(move |text: String| state.life.update(|life| life.section_55.address = text)))
            />
        }.into_any()),
        _ => None,
    }
    };
    let fields = STEPS
        .into_iter()
        .map(|(id, label, hint, place)| {
            let value = Signal::derive(move || step(place).date());
            // The date of publication is the stage's too: entering it publishes the response.
            let on_change = Callback::new(move |day: Option<Date>| {
                let step = Step::from_date(day);
                state.life.update(|life| {
                    if id == "s55-published" {
                        life.set_published_step(step);
                    } else {
                        *place(&mut life.section_55) = step;
                    }
                });
            });
            let undated = move || step(place) == Step::DateNotRecorded;
            view! {
                <DateField id label hint binding=(value, on_change) />
                <Show when=undated>
                    <p class="hint">"Ticked as done before dates were kept: enter the date if you have it."</p>
                </Show>
                {beside(id)}
            }
        })
        .collect_view();
    view! {
        <fieldset class="section-55">
            <legend>"Section 55 record"</legend>
            <p class="hint">"What the law asks for besides the text, with the day each was done. It goes into the draft file and, if you choose, the Word document; it is never published."</p>
            {fields}
        </fieldset>
    }
}

#[component]
fn Corrections(state: DraftState) -> impl IntoView {
    let corrections = move || {
        state.life.with(|life| {
            let days: Vec<String> = life.corrections.iter().map(|day| uk_long(*day)).collect();
            (!days.is_empty())
                .then(|| format!("Corrected after publication on {}.", days.join(", ")))
        })
    };
    move || corrections().map(|text| view! { <p class="corrections">{text}</p> })
}

/// The last day to publish as an all-day event, with reminders, for the office's calendar.
#[component]
fn AddToCalendar(state: DraftState) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let known = move || state.report.with(|r| r.published.is_some());
    // Written by the worker, which carries the calendar writer so that the first load need not.
    let add = move |_| {
        let draft = state.snapshot();
        let Some(last_day) = draft
            .report
            .published
            .and_then(Deadline::for_report)
            .map(|d| d.last_day)
        else {
            return;
        };
        let request = protocol::calendar_request(&draft, &state.id(), js_sys::Date::now());
        let name = file_name::named(
            &format!("last day to publish {}", draft.display_title()),
            Some(last_day),
            "last-day-to-publish",
            "ics",
        );
        leptos::task::spawn_local(async move {
            let said = match worker::download_calendar(&request, &name).await {
                Ok(()) => format!(
                    "Calendar event downloaded as {name}: open it to add it to your calendar."
                ),
                Err(problem) => problem,
            };
            message.try_set(Some(said));
        });
    };
    view! {
        <Show
            when=known
            fallback=|| view! { <p class="hint">"Enter the date the report was published to add the last day to publish to your calendar."</p> }
        >
            <button type="button" on:click=add>"Add to calendar"</button>
            <span class="hint">" An all-day event on the last day to publish, with reminders two weeks and three days before."</span>
        </Show>
        <p role="status">{move || message.get()}</p>
    }
}
