//! Problems with what was typed in a form, listed together at its top ("There is a problem"),
//! each linked to its field, as public services show them.

use crate::platform::focus::focus_by_id;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
struct Problem {
    field_id: String,
    /// Says which field and what to do, for example "Date of this response: enter a real date".
    text: String,
}

/// The form's current problems, in the order they were found. Fields report and clear their
/// own; a field that goes away takes its problem with it.
#[derive(Clone, Copy)]
pub struct Problems(RwSignal<Vec<Problem>>);

impl Problems {
    pub fn new() -> Problems {
        Problems(RwSignal::new(Vec::new()))
    }

    pub fn report(&self, field_id: &str, text: String) {
        self.0.update(|problems| {
            let problem = Problem {
                field_id: field_id.to_owned(),
                text,
            };
            match problems.iter_mut().find(|p| p.field_id == field_id) {
                Some(known) if *known == problem => {}
                Some(known) => *known = problem,
                None => problems.push(problem),
            }
        });
    }

    /// Takes a field's problem away. A field going with the whole form may be cleaned up after
    /// the form's list is gone: then there is nothing to clear.
    pub fn clear(&self, field_id: &str) {
        if self
            .0
            .try_with_untracked(|problems| problems.iter().any(|p| p.field_id == field_id))
            .unwrap_or(false)
        {
            self.0
                .try_update(|problems| problems.retain(|p| p.field_id != field_id));
        }
    }
}

/// "There is a problem" and a link to each field with one; nothing when all is well.
#[component]
pub fn ErrorSummary(problems: Problems) -> impl IntoView {
    let count = move || problems.0.with(Vec::len);
    let any = move || count() > 0;
    view! {
        <Show when=any>
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">
                    {move || match count() {
                        1 => "There is a problem".to_owned(),
                        n => format!("There are {n} problems"),
                    }}
                </h2>
                <ul>
                    {move || {
                        problems
                            .0
                            .get()
                            .into_iter()
                            .map(|Problem { field_id, text }| {
                                let href = format!("#{field_id}");
                                view! {
                                    <li>
                                        <a
                                            href=href
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                focus_by_id(&field_id);
                                            }
                                        >
                                            {text}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
