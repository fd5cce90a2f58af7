//! The question a drafts file with a copy of a draft here asks: what comes in, and each
//! collision to choose.

use crate::drafts::session::{ImportChoice, PendingImport, Session};
use crate::versions::pair::{version_pair, Marks, Side};
use drafter_core::merge::Side as MergeSide;
use leptos::prelude::*;

/// The merge before it is written: what comes in from the file, and each collision to choose.
#[component]
pub fn MergeQuestion(session: Session) -> impl IntoView {
    move || {
        session.store.pending_merge.get().map(|pending| {
            let question = pending.question.clone();
            // No side is chosen in advance: a Merge pressed too soon drops nothing.
            let choices = RwSignal::new(vec![None::<MergeSide>; question.collisions.len()]);
            let unchosen = RwSignal::new(None::<String>);
            let title = pending.ours.title();
            let title_for_cancel = title.clone();
            // Each change taken straight away, with its words.
            let incoming = question.incoming;
            let from_file = match (question.taken, question.collisions.len()) {
                (0, collisions) if collisions > 0 => "Nothing in the file can be taken straight away: every change in it collides with one made here.".to_owned(),
                (1, _) => "1 change from the file can be taken straight away.".to_owned(),
                (n, _) => format!("{n} changes from the file can be taken straight away."),
            };
            let summary = match question.collisions.len() {
                0 => format!("The file’s copy of “{title}” and this draft share a version. {from_file} Nothing collides."),
                n => format!(
                    "The file’s copy of “{title}” and this draft both changed since a version they share. {from_file} {} changed differently in each: choose which to keep.",
                    if n == 1 { "1 part was".to_owned() } else { format!("{n} parts were") },
                ),
            };
            let pending = StoredValue::new(pending);
            let confirm = move |_| {
                let chosen: Option<Vec<MergeSide>> = choices.get_untracked().into_iter().collect();
                match chosen {
                    Some(chosen) => {
                        unchosen.set(None);
                        let pending = pending.get_value();
                        leptos::task::spawn_local(async move { session.finish_merge(pending, chosen).await });
                    }
                    None => {
                        let first_open = choices.with_untracked(|c| c.iter().position(Option::is_none).unwrap_or(0));
                        unchosen.set(Some(format!("Choose which to keep in collision {} (and in every collision) first: nothing has been merged.", first_open + 1)));
                    }
                }
            };
            let keep_both = move |_| {
                let entry = pending.with_value(|pending| pending.entry.clone());
                session.next_merge();
                session.finish_import(
                    PendingImport { entries: vec![entry], clashes: Vec::new() },
                    ImportChoice::KeepBoth,
                );
            };
            let cancel = move |_| {
                session.next_merge();
                session.messages.library.set(Some(Ok(format!("Merge of “{title_for_cancel}” cancelled: nothing has changed."))));
            };
            let waiting = match session.store.merges_waiting.get_untracked().len() {
                0 => String::new(),
                1 => " (1 more draft to merge after this one)".to_owned(),
                n => format!(" ({n} more drafts to merge after this one)"),
            };
            view! {
                <section class="merge" aria-labelledby="merge-heading">
                    <h3 id="merge-heading">{format!("Merge the file’s copy of “{title}”{waiting}")}</h3>
                    <p>{summary}</p>
                    <details class="merge-incoming">
                        <summary>{format!("What changes here ({})", incoming.len())}</summary>
                        <ul>{incoming.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}</ul>
                    </details>
                    {question.collisions.into_iter().enumerate().map(|(index, collision)| {
                        let name = format!("merge-choice-{index}");
                        let is = move |side| choices.with(|c| c.get(index) == Some(&Some(side)));
                        let choose = move |side| choices.update(|c| c[index] = Some(side));
                        view! {
                            <fieldset class="collision">
                                <legend>{format!("Collision {}: {}", index + 1, collision.label)}</legend>
                                {version_pair(
                                    Side { name: "In this browser".to_owned(), pieces: collision.ours, marks: Marks::OnlyHere },
                                    Side { name: "In the file".to_owned(), pieces: collision.theirs, marks: Marks::OnlyHere },
                                    false,
                                )}
                                <label class="choice">
                                    <input type="radio" name=name.clone() prop:checked=move || is(MergeSide::Ours) on:change=move |_| choose(MergeSide::Ours) />
                                    "Keep this browser’s"
                                </label>
                                <label class="choice">
                                    <input type="radio" name=name prop:checked=move || is(MergeSide::Theirs) on:change=move |_| choose(MergeSide::Theirs) />
                                    "Take the file’s"
                                </label>
                            </fieldset>
                        }
                    }).collect_view()}
                    <p class="merge-unchosen" role="alert">{move || unchosen.get()}</p>
                    <div class="merge-actions">
                        <button type="button" class="primary" on:click=confirm>"Merge"</button>
                        <button type="button" on:click=keep_both>"Keep both instead"</button>
                        <button type="button" on:click=cancel>"Cancel merge"</button>
                    </div>
                </section>
            }
        })
    }
}
