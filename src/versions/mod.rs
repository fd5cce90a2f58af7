//! The open draft's earlier versions, seen: the panel that keeps one by name, compares two
//! (or one with now), downloads the changes since one as Word, and restores one; also the
//! comparison of two tabs' versions, and the one view of a pair of versions they share. What
//! the session does with versions is in `drafts::history`.

pub mod conflict;
pub mod pair;

use crate::drafts::session::dropped_message;
use crate::drafts::session::Session;
use crate::panel::{CloseButton, Panel, PanelKind};
use crate::platform::clock::date_and_time;
use crate::platform::clock::today;
use crate::platform::storage;
use crate::platform::worker::{self, Unavailable};
use drafter_core::compare;
use drafter_core::history::{Reason, Version};
use drafter_core::{file_name, protocol, standalone};
use leptos::prelude::*;
use pair::{version_pair, Marks, Side};

/// The draft as a Word document with what changed since `since` as tracked changes, to be
/// accepted or rejected in Word (written by the worker); says what happened in `message`.
fn download_changes(session: Session, since: &Version, message: RwSignal<Option<String>>) {
    let now = session
        .open
        .current
        .with_untracked(|state| state.snapshot());
    let author = match now.responder.who() {
        who if who.is_empty() => "Response Drafter".to_owned(),
        who => who,
    };
    let when = String::from(js_sys::Date::new_0().to_iso_string());
    let since_title = since.title();
    let request =
        protocol::word_with_changes_request(&now, &since.draft(), &since_title, &author, &when);
    let name = file_name::named_as(
        &standalone::title(&now),
        &format!("changes since {since_title}"),
        today(),
        "response",
        "docx",
    );
    leptos::task::spawn_local(async move {
        let said = match worker::download_word(&request, &name).await {
            Ok(replaced_whole) => format!(
                "Downloaded {name}: open it in Word to accept or reject each change since “{since_title}”.{}",
                if replaced_whole {
                    " Some long paragraphs changed too much to compare word by word: they show as removed and added whole."
                } else {
                    ""
                }
            ),
            Err(problem) => problem,
        };
        message.try_set(Some(said));
    });
}

#[component]
pub fn VersionsPanel(session: Session) -> impl IntoView {
    // Read again after each change made here: keeping, restoring.
    let changes = RwSignal::new(0u32);
    let versions = Memo::new(move |_| {
        changes.track();
        let id = session.open.current.with(|state| state.id());
        let mut versions = storage::history(&id).versions;
        versions.reverse();
        versions
    });
    let message = RwSignal::new(match storage::take_dropped_versions() {
        0 => None,
        n => Some(dropped_message(n)),
    });
    // The earlier version and the later one (`None`: the draft as it is now), by place in the list.
    let comparing = RwSignal::new(None::<(usize, Option<usize>)>);
    let compare_from = RwSignal::new(String::new());
    let compare_to = RwSignal::new("now".to_owned());
    let compare_two = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let from = compare_from.get_untracked().parse::<usize>().ok();
        let to = compare_to.get_untracked().parse::<usize>().ok();
        match from {
            Some(from) if Some(from) != to => comparing.set(Some((from, to))),
            Some(_) => message.set(Some("Choose two different versions to compare.".to_owned())),
            None => message.set(Some("Choose the version to compare from.".to_owned())),
        }
    };
    let name = RwSignal::new(String::new());
    let keep_named = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let given = name.get_untracked();
        if given.trim().is_empty() {
            message.set(Some(
                "Enter a name for this version, for example “Sent to the chief constable”."
                    .to_owned(),
            ));
            return;
        }
        session.flush();
        if session.keep_version(Reason::Named, &given).is_some() {
            message.set(Some(format!("Kept this version as “{}”.", given.trim())));
            name.set(String::new());
            changes.update(|n| *n += 1);
        }
    };
    view! {
        <Panel kind=PanelKind::Versions>
            <p class="hint">"Versions are kept when you copy the HTML, export the draft, change its stage, take another tab’s version, import items into it, restore an earlier version, and when you come back to it after a break. Name one to find it again; named versions are kept for good, others are thinned as they age (all from the last day, then one a day for 30 days, then one a week)."</p>
            <form class="keep-version" on:submit=keep_named>
                <label for="version-name">"Name this version"</label>
                <input id="version-name" type="text" prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value()) />
                <button type="submit">"Keep this version"</button>
            </form>
            <p class="versions-message" role="status">{move || message.get()}</p>
            {move || {
                let list = versions.get();
                if list.is_empty() {
                    return view! { <p>"No versions kept yet."</p> }.into_any();
                }
                let options = list
                    .iter()
                    .enumerate()
                    .map(|(index, version)| {
                        (index.to_string(), format!("{} · {}", version.title(), date_and_time(version.at)))
                    })
                    .collect::<Vec<_>>();
                let later_options = options.clone();
                // The list is drawn anew, its choosers with it, so what they said goes too (nothing
                // follows these two, so setting them here redraws nothing).
                // With one version there is nothing to choose: it is the one to compare from.
                let only_one = list.len() == 1;
                compare_from.set(if only_one { "0".to_owned() } else { String::new() });
                compare_to.set("now".to_owned());
                view! {
                    <form class="compare-two" on:submit=compare_two>
                        <div>
                            <label for="compare-from">"Compare"</label>
                            <select id="compare-from" on:change:target=move |ev| compare_from.set(ev.target().value())>
                                <option value="" selected=!only_one>"Choose a version"</option>
                                {options.into_iter().map(|(value, text)| {
                                    let chosen = only_one && value == "0";
                                    view! { <option value=value selected=chosen>{text}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div>
                            <label for="compare-to">"with"</label>
                            <select id="compare-to" on:change:target=move |ev| compare_to.set(ev.target().value())>
                                <option value="now" selected=true>"The draft now"</option>
                                {later_options.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
                            </select>
                        </div>
                        <button type="submit">"Compare these"</button>
                    </form>
                    <ol class="versions-list">
                        {list.into_iter().enumerate().map(|(index, version)| {
                            let title = version.title();
                            let when = date_and_time(version.at);
                            let label = |action: &str| format!("{action}: “{title}”, {when}");
                            let restore_version = version.clone();
                            view! {
                                <li>
                                    <p><strong>{title.clone()}</strong>" · "{when.clone()}</p>
                                    <button type="button" aria-label=label("Compare with now") on:click=move |_| comparing.set(Some((index, None)))>"Compare with now"</button>
                                    <button type="button" aria-label=label("Download changes since as Word") on:click={
                                        let since = version.clone();
                                        move |_| download_changes(session, &since, message)
                                    }>"Changes since, as Word"</button>
                                    <button type="button" aria-label=label("Restore") on:click=move |_| {
                                        match session.restore(&restore_version) {
                                            Ok(()) => {
                                                comparing.set(None);
                                                message.set(Some(format!("Restored “{}”. The draft as it was before is kept as a version: restore that to undo.", restore_version.title())));
                                                changes.update(|n| *n += 1);
                                            }
                                            Err(problem) => message.set(Some(problem)),
                                        }
                                    }>"Restore"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {move || comparing.get().and_then(|(from, to)| versions.with(|list| {
                let then = list.get(from).cloned()?;
                let later = match to {
                    Some(to) => Some(list.get(to).cloned()?),
                    None => None,
                };
                Some(view! { <Comparison session then later /> })
            }))}
            <CloseButton kind=PanelKind::Versions />
        </Panel>
    }
}

/// A version beside a later one, or the draft as it is now: what the earlier had and is gone
/// struck through, what is new since underlined; items added, removed and moved listed.
#[component]
fn Comparison(session: Session, then: Version, later: Option<Version>) -> impl IntoView {
    let then_when = date_and_time(then.at);
    let (now, now_name, heading) = match &later {
        Some(later) => {
            let when = date_and_time(later.at);
            (
                later.draft(),
                format!("Later ({when})"),
                format!(
                    "“{}” ({then_when}) and “{}” ({when})",
                    then.title(),
                    later.title()
                ),
            )
        }
        None => (
            session
                .open
                .current
                .with_untracked(|state| state.snapshot()),
            "Now".to_owned(),
            format!("“{}” ({then_when}) and now", then.title()),
        ),
    };
    let region_name = heading.clone();
    // Worked out by the worker; the heading shows at once, the parts when they come.
    let compared = RwSignal::new(None::<Result<compare::Comparison, Unavailable>>);
    let then_draft = then.draft();
    leptos::task::spawn_local(async move {
        let result = worker::compare(&now, &then_draft).await;
        compared.try_set(Some(result));
    });
    let parts = move || {
        let compare::Comparison { differences, items } = match pair::compared(compared.get(), "The versions could not be compared in this browser just now. Compare them again, or reload the page; nothing has changed.") {
            Ok(comparison) => comparison,
            Err(meanwhile) => return meanwhile,
        };
        let summary = match differences.len() {
            0 if items.is_empty() => "Nothing differs.".to_owned(),
            0 => "No words differ.".to_owned(),
            1 => "1 part differs.".to_owned(),
            n => format!("{n} parts differ."),
        };
        let now_name = now_name.clone();
        view! {
            <p>{summary}</p>
            {(!items.is_empty()).then(|| view! {
                <h4>"Items"</h4>
                <ul class="item-changes">{items.into_iter().map(|change| view! { <li>{change}</li> }).collect_view()}</ul>
            })}
            {differences.into_iter().map(|difference| {
                let then = Side { name: format!("Then ({then_when})"), pieces: difference.theirs, marks: Marks::Gone };
                let now = Side { name: now_name.clone(), pieces: difference.ours, marks: Marks::New };
                view! {
                    <h4>{difference.label}</h4>
                    {version_pair(then, now, difference.replaced_whole)}
                }
            }).collect_view()}
        }.into_any()
    };
    view! {
        <section class="comparison" aria-label=region_name>
            <h3>{heading}</h3>
            {parts}
        </section>
    }
}
