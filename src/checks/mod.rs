//! The deadline, the progress through the items, and the pre-publication checks, each
//! finding a link to the field it is about.

mod fix;
mod links;

use crate::drafts::state::{DraftState, UnreadableDates};
use crate::ids;
use crate::panel::{CloseButton, Panel, PanelButton, PanelKind};
use crate::platform::clock::today;
use crate::platform::timing::{measured, now_ms, Pending};
use drafter_core::checks::{Review, Reviewer, Severity};
use drafter_core::dates::{iso, uk_long, uk_long_with_weekday};
use drafter_core::deadline::{days, Deadline, Standing};
use drafter_core::field::{Field, ItemField};
use drafter_core::life::publication_summary;
use drafter_core::model::Draft;
use drafter_core::prose::describe_reading_ease;
use fix::FixForm;
use leptos::either::EitherOf4;
use leptos::prelude::*;
use links::{quoted, FieldLink};
use std::rc::Rc;
use std::sync::Arc;

/// How long after typing stops the checks run again: long enough never to slow typing.
const REVIEW_DELAY_MS: u32 = 300;
/// The most a slice of the first review takes before the page gets a turn.
const REVIEW_SLICE_MS: f64 = 12.0;
/// Days before the last day at which the deadline is shown as close.
const CLOSE_DAYS: i64 = 7;

thread_local! {
    static PENDING_REVIEW: Pending = const { Pending::new() };
}

/// The latest review of the open draft, and whether the panel is open.
#[derive(Clone, Copy)]
pub struct Checks {
    pub review: RwSignal<Arc<Review>>,
    /// False until the draft first opened has been reviewed: that waits until the page is
    /// drawn, since reviewing a long draft takes a while.
    pub reviewed: RwSignal<bool>,
    /// The panel's flag (see `panel::Panels`).
    pub open: RwSignal<bool>,
    /// Remembers what it found in each field, to read only the fields changed since.
    reviewer: StoredValue<Reviewer>,
}

impl Checks {
    /// Reviews the open draft once the page has been drawn, and again whenever typing pauses.
    pub fn follow(current: RwSignal<DraftState>, open: RwSignal<bool>) -> Checks {
        let checks = Checks {
            review: RwSignal::new(Arc::new(Review::default())),
            reviewed: RwSignal::new(false),
            open,
            reviewer: StoredValue::new(Reviewer::default()),
        };
        Effect::new(move |previous: Option<String>| {
            let state = current.get();
            state.track();
            let id = state.id();
            // Always the draft open when it runs: a review still waiting when another draft
            // is opened must not read the signals of the one closed.
            if previous.is_none() || previous.as_deref() == Some(id.as_str()) {
                PENDING_REVIEW.with(|pending| {
                    pending.start(REVIEW_DELAY_MS, move || checks.review_in_slices(current))
                });
            } else {
                PENDING_REVIEW.with(Pending::cancel);
                checks.review_now(current.get_untracked());
            }
            id
        });
        checks
    }

    /// Reviews the open draft in slices of work, each short enough not to hold the page still
    /// (a long draft's first review reads every field), then shows the review. A review asked
    /// for meanwhile replaces what is left.
    fn review_in_slices(self, current: RwSignal<DraftState>) {
        self.read_slice(current, Rc::new(current.get_untracked().snapshot()));
    }

    fn read_slice(self, current: RwSignal<DraftState>, draft: Rc<Draft>) {
        let start = now_ms();
        let read = measured("response-drafter checks read ahead", || {
            self.reviewer
                .try_update_value(|reviewer| {
                    reviewer.read_ahead(&draft, || now_ms() - start < REVIEW_SLICE_MS)
                })
                .unwrap_or(true)
        });
        if read {
            PENDING_REVIEW.with(Pending::cancel);
            self.review_now(current.get_untracked());
        } else {
            PENDING_REVIEW
                .with(|pending| pending.start(0, move || self.read_slice(current, draft)));
        }
    }

    /// Reviews `state` at once, as when the panel opens before the first review has run or
    /// the response is copied; returns the review.
    pub fn review_now(&self, state: DraftState) -> Arc<Review> {
        let draft = state.snapshot();
        let review = measured("response-drafter checks", || {
            self.reviewer
                .try_update_value(|reviewer| reviewer.review(&draft, today()))
                .unwrap_or_default()
        });
        let review = Arc::new(review);
        // Most pauses in typing change nothing the checks find: the panel stays as it is.
        if self.review.with_untracked(|shown| **shown != *review) {
            self.review.set(review.clone());
        }
        self.reviewed.set(true);
        review
    }
}

/// The toolbar button that opens the checks, with how many there are.
#[component]
/// The Checks button, with what must be fixed before publishing counted apart from what is
/// only worth a look or a suggestion. A draft nobody has written in yet is not in error: its
/// count of things to fix is not red.
pub fn ChecksButton(checks: Checks, current: RwSignal<DraftState>) -> impl IntoView {
    let to_fix = move || checks.review.with(|r| r.count(Severity::Fix));
    let others = move || {
        checks
            .review
            .with(|r| r.findings.len() - r.count(Severity::Fix))
    };
    let untouched = move || {
        current.with(|state| {
            state.report.with(|r| r.title.trim().is_empty())
                && state.items.with(|items| {
                    items.iter().all(|entry| {
                        entry
                            .item
                            .with(|i| i.text.trim().is_empty() && i.response.trim().is_empty())
                    })
                })
        })
    };
    let show_fixes = move || checks.reviewed.get() && to_fix() > 0;
    let show_others = move || checks.reviewed.get() && others() > 0;
    view! {
        <PanelButton kind=PanelKind::Checks>
            "Checks "
            <Show when=show_fixes>
                <span class="count" class=("has-fixes", move || !untouched())>
                    {to_fix}
                    <span class="visually-hidden">" to fix"</span>
                </span>
            </Show>
            <Show when=show_others>
                <span class="count others">
                    {others}
                    <span class="visually-hidden">" to look at"</span>
                </span>
            </Show>
        </PanelButton>
    }
}

/// The deadline and how many items have a response, always in view above the editor.
#[component]
pub fn DeadlineStrip(state: DraftState) -> impl IntoView {
    let unreadable = expect_context::<UnreadableDates>();
    let published_unreadable = move || unreadable.has(ids::REPORT_PUBLISHED);
    let published_on = Memo::new(move |_| state.life.with(|life| life.published_on()));
    let deadline = Memo::new(move |_| {
        state
            .report
            .with(|r| r.published)
            .and_then(Deadline::for_report)
    });
    let dated = Memo::new(move |_| state.responder.with(|r| r.response_date));
    let progress = Memo::new(move |_| {
        state.items.with(|items| {
            let answered = items
                .iter()
                .filter(|e| e.item.with(|i| i.is_answered()))
                .count();
            (answered, items.len())
        })
    });
    let urgency = move || {
        if published_on.get().is_some() {
            return "published";
        }
        let Some(deadline) = deadline.get() else {
            return "unknown";
        };
        let late = |day| matches!(deadline.standing(day), Standing::Late { .. });
        match today().map(|today| deadline.standing(today)) {
            _ if dated.get().is_some_and(late) => "late",
            Some(Standing::Late { .. }) => "late",
            Some(Standing::InTime { days_left }) if days_left <= CLOSE_DAYS => "close",
            _ => "in-time",
        }
    };
    let deadline_text = move || match deadline.get() {
        _ if published_on.get().is_some() => {
            let text = published_on
                .get()
                .map(|day| publication_summary(day, deadline.get()))
                .unwrap_or_default();
            EitherOf4::A(view! { <p><strong>{text}</strong></p> })
        }
        None if published_unreadable() => EitherOf4::B(view! {
            <p>
                "The date the report was published cannot be read, so the last day to publish is not known. "
                <FieldLink field=Field::ReportPublished state words=None>"Go to the publication date"</FieldLink>
            </p>
        }),
        None => EitherOf4::C(view! {
            <p>
                "Enter the date the report was published to see the last day for publishing your response. "
                <FieldLink field=Field::ReportPublished state words=None>"Go to the publication date"</FieldLink>
            </p>
        }),
        Some(deadline) => {
            let countdown = today().map(|today| format!(" ({})", deadline.countdown(today)));
            let dated_late = dated.get().and_then(|day| match deadline.standing(day) {
                Standing::Late { days_over } => Some(format!(
                    "This response is dated {}, {} after the last day.",
                    uk_long(day),
                    days(days_over)
                )),
                _ => None,
            });
            EitherOf4::D(view! {
                <p>
                    <strong>"Last day to publish: "</strong>
                    <time datetime=iso(deadline.last_day)>{uk_long_with_weekday(deadline.last_day)}</time>
                    {countdown}
                </p>
                {dated_late.map(|text| view! { <p class="late-note">{text}</p> })}
            })
        }
    };
    view! {
        <section class="deadline" data-urgency=urgency aria-label="Deadline and progress">
            <div class="deadline-text">{deadline_text}</div>
            <div class="progress">
                <label for="items-progress">
                    {move || {
                        let (answered, total) = progress.get();
                        match total {
                            1 => format!("{answered} of 1 item answered"),
                            _ => format!("{answered} of {total} items answered"),
                        }
                    }}
                </label>
                <progress
                    id="items-progress"
                    max=move || progress.get().1.max(1)
                    value=move || progress.get().0
                ></progress>
                <p class="word-count">
                    {move || match state.word_count() {
                        // A long draft's items are still being drawn, each counted as it is.
                        _ if !state.all_drawn() => "Counting the response’s words…".to_owned(),
                        1 => "The response has 1 word".to_owned(),
                        words => format!("The response has {} words", drafter_core::draft_file::thousands(words)),
                    }}
                </p>
            </div>
        </section>
    }
}

/// Every finding, each linked to its field; the items at a glance; the reading ease; and the
/// steps the law asks for besides the text.
#[component]
pub fn ChecksPanel(state: DraftState, checks: Checks) -> impl IntoView {
    // The panel shows the draft as it stands, not as it stood before the last change.
    if !checks.reviewed.get_untracked() || PENDING_REVIEW.with(Pending::cancel) {
        checks.review_now(state);
    }
    let groups = move || {
        let review = checks.review.get();
        [Severity::Fix, Severity::Check, Severity::Consider]
            .into_iter()
            .filter(|severity| review.count(*severity) > 0)
            .map(|severity| {
                let findings: Vec<_> = review
                    .findings
                    .iter()
                    .filter(|f| f.severity == severity)
                    .cloned()
                    .collect();
                view! {
                    <h3>{format!("{} ({})", severity.label(), findings.len())}</h3>
                    <ul class=format!("findings {}", severity_class(severity))>
                        {findings
                            .into_iter()
                            .map(|finding| {
                                // The words a finding quotes are the words it is about.
                                let words = quoted(&finding.message);
                                let fix = finding.fix.clone().map(|fix| view! { <FixForm fix field=finding.field state /> });
                                view! {
                                    <li>
                                        <FieldLink field=finding.field state words>{finding.message}</FieldLink>
                                        {fix}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })
            .collect_view()
    };
    view! {
        <Panel kind=PanelKind::Checks>
            <p class="checks-summary">
                {move || checks.review.with(|r| format!("{}.", drafter_core::prose::capitalise(&r.summary())))}
            </p>
            {groups}
            <ItemsAtAGlance state />
            <ReadingEase checks />
            <h3>"Section 55 record"</h3>
            <p>
                {move || state.life.with(|life| format!("{}. ", life.section_55.progress()))}
                "The steps the law asks for besides the text (inviting the chief constable to comment, publishing, sending copies) are kept with their dates under “Stage and section 55 record”, below the deadline."
            </p>
            <CloseButton kind=PanelKind::Checks />
        </Panel>
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Fix => "fix",
        Severity::Check => "check",
        Severity::Consider => "consider",
    }
}

#[component]
fn ItemsAtAGlance(state: DraftState) -> impl IntoView {
    let items = move || {
        state.items.with(|items| {
            items
                .iter()
                .enumerate()
                .map(|(index, entry)| {
                    let (name, answered) = entry
                        .item
                        .with(|i| (i.display_name(index), i.is_answered()));
                    let field = Field::Item(index, ItemField::Response);
                    view! {
                        <li>
                            <FieldLink field state words=None>{name}</FieldLink>
                            " "
                            <span class="tag" class:answered=answered>
                                {if answered { "Answered" } else { "No response yet" }}
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h3>"Items"</h3>
        <ul class="item-status">{items}</ul>
    }
}

#[component]
fn ReadingEase(checks: Checks) -> impl IntoView {
    let text = move || {
        checks.review.with(|r| match r.own_words.reading_ease() {
            Some(score) => format!(
                "Reading ease of your own words: {} out of 100 ({}). Plain English scores 60 or more; shorter sentences and words raise it.",
                score.clamp(0.0, 100.0).round() as i64,
                describe_reading_ease(score)
            ),
            None => "Write the introduction and responses to see how easy they are to read."
                .to_owned(),
        })
    };
    view! {
        <h3>"Readability"</h3>
        <p>{text}</p>
    }
}
