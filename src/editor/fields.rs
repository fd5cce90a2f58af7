//! Labelled form fields bound to one piece of the draft's signals.

use crate::drafts::state::UnreadableDates;
use crate::editor::problems::Problems;
use crate::platform::clock::today;
use drafter_core::dates;
use drafter_core::model::OpenChoice;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use time::Date;

/// A field's value and what to do when the person changes it.
pub type Binding<T> = (Signal<T>, Callback<T>);

/// Binds a field to the value at `signal.path`.
macro_rules! bind {
    ($signal:expr, $($path:tt)+) => {{
        let signal = $signal;
        (
            Signal::derive(move || signal.with(|value| value.$($path)+.clone())),
            Callback::new(move |new_value| signal.update(|value| value.$($path)+ = new_value)),
        )
    }};
}
pub(crate) use bind;

/// A labelled text input with an optional hint: one line, or a box of `rows` lines for text
/// with light markup.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    binding: Binding<String>,
    #[prop(default = "")] hint: &'static str,
    #[prop(default = "text")] input_type: &'static str,
    /// Lines of a multi-line box; 0 for a one-line input.
    #[prop(default = 0)]
    rows: u32,
    /// One line of text that wraps in its box, so a long one is seen whole (a title).
    #[prop(optional)]
    wraps: bool,
) -> impl IntoView {
    let (value, on_change) = binding;
    let hint_id = (!hint.is_empty()).then(|| format!("{id}-hint"));
    let described_by = hint_id.clone();
    let input = if wraps {
        EitherOf3::A(view! {
            <textarea
                id=id.clone()
                class="one-line"
                rows=2
                aria-describedby=described_by
                prop:value=value
                // Still one line: Enter adds no break, and a break pasted in becomes a space.
                on:keydown=|ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                    }
                }
                on:input:target=move |ev| {
                    let typed = ev.target().value();
                    if typed.contains(['\n', '\r']) {
                        let one_line = typed.replace("\r\n", " ").replace(['\n', '\r'], " ");
                        ev.target().set_value(&one_line);
                        on_change.run(one_line);
                    } else {
                        on_change.run(typed);
                    }
                }
            ></textarea>
        })
    } else if rows == 0 {
        EitherOf3::B(view! {
            <input
                id=id.clone()
                type=input_type
                aria-describedby=described_by
                prop:value=value
                on:input:target=move |ev| on_change.run(ev.target().value())
            />
        })
    } else {
        EitherOf3::C(view! {
            <textarea
                id=id.clone()
                rows=rows
                aria-describedby=described_by
                prop:value=value
                on:input:target=move |ev| on_change.run(ev.target().value())
            ></textarea>
        })
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint_id.map(|hint_id| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {input}
        </div>
    }
}

const DATE_PROBLEM: &str = "enter a real date, for example 12 June 2025 or 12/6/2025";

/// A date typed as people write them ("12 June 2025", "12/6/2025", "the 2 November 2022") or
/// picked from the browser's calendar, and shown back in the UK long form. Text that is not a
/// date stays as typed with a message saying what to do, and the draft holds no date for it:
/// an earlier date never stands in for one that cannot be read.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    binding: Binding<Option<Date>>,
    #[prop(default = "For example, 12 June 2025 or 12/6/2025")] hint: &'static str,
    /// Which part of the form the field is in, where its label alone would not say, for the
    /// form's list of problems.
    #[prop(optional, into)]
    place: MaybeProp<String>,
    /// Offers a button that sets the date to today.
    #[prop(optional)]
    today_button: bool,
) -> impl IntoView {
    let (value, on_change) = binding;
    let unreadable = use_context::<UnreadableDates>();
    // What the person is typing, or typed that is not a date; `None` shows the date itself.
    let typed = RwSignal::new(None::<String>);
    let wrong = RwSignal::new(false);
    let problems = use_context::<Problems>();
    let field_id = StoredValue::new(id.clone());
    let set_wrong = move |is_wrong: bool| {
        wrong.set(is_wrong);
        let Some(problems) = problems else { return };
        if is_wrong {
            let label = label.get_untracked();
            let field = label.trim_end_matches(" (optional)");
            let field = match place.get_untracked() {
                Some(place) => format!("{place}, {}", field.to_ascii_lowercase()),
                None => field.to_owned(),
            };
            field_id.with_value(|id| problems.report(id, format!("{field}: {DATE_PROBLEM}")));
        } else {
            field_id.with_value(|id| problems.clear(id));
        }
    };
    if let Some(problems) = problems {
        let field_id = id.clone();
        on_cleanup(move || problems.clear(&field_id));
    }
    let mark_unreadable = move |is_unreadable: bool| {
        if let Some(unreadable) = unreadable {
            field_id.with_value(|id| unreadable.set(id, is_unreadable));
        }
    };
    if let Some(unreadable) = unreadable {
        let field_id = id.clone();
        on_cleanup(move || unreadable.set(&field_id, false));
    }
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if wrong.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let on_input = move |text: String| {
        let date = dates::parse_uk(&text);
        mark_unreadable(date.is_none() && !text.trim().is_empty());
        on_change.run(date);
        typed.set(Some(text));
    };
    let on_leave = move || {
        if let Some(text) = typed.get_untracked() {
            let understood = text.trim().is_empty() || dates::parse_uk(&text).is_some();
            set_wrong(!understood);
            if understood {
                typed.set(None);
            }
        }
    };
    let on_pick = move |iso: String| {
        typed.set(None);
        set_wrong(false);
        mark_unreadable(false);
        on_change.run(dates::parse_iso(&iso));
    };
    let set_today = move |_| {
        if let Some(day) = today() {
            on_pick(dates::iso(day));
        }
    };
    view! {
        <div class="field date-field" class:has-error=move || wrong.get()>
            <label for=id.clone()>{label}</label>
            <p class="hint" id=hint_id>{hint}</p>
            <Show when=move || wrong.get()>
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">"Error: "</span>
                    "Enter a real date, for example 12 June 2025 or 12/6/2025"
                </p>
            </Show>
            <div class="date-inputs">
                <input
                    id=id
                    type="text"
                    autocomplete="off"
                    aria-describedby=described_by
                    aria-invalid=move || wrong.get().to_string()
                    prop:value=move || typed.get().unwrap_or_else(|| value.get().map(dates::uk_long).unwrap_or_default())
                    on:input:target=move |ev| on_input(ev.target().value())
                    on:blur=move |_| on_leave()
                />
                <input
                    type="date"
                    class="date-picker"
                    aria-label="Pick from a calendar"
                    tabindex="-1"
                    prop:value=move || value.get().map(dates::iso).unwrap_or_default()
                    on:change:target=move |ev| on_pick(ev.target().value())
                />
                {today_button.then(|| view! {
                    <button type="button" class="today" on:click=set_today>"Today"</button>
                })}
            </div>
        </div>
    }
}

/// A chooser among fixed options given as (code, label) pairs.
#[component]
pub fn Choice(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    options: Vec<(&'static str, String)>,
    binding: Binding<String>,
) -> impl IntoView {
    let (value, on_change) = binding;
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change:target=move |ev| on_change.run(ev.target().value())>
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        view! {
                            <option value=code selected=move || value.get() == code>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A chooser among standard values with an "Other" that opens a field for the person's own
/// words, which are kept while they try the standard values.
#[component]
pub fn OpenChoiceField<C>(
    #[prop(into)] id: String,
    label: &'static str,
    own_words_label: &'static str,
    #[prop(default = "")] own_words_hint: &'static str,
    binding: Binding<C>,
) -> impl IntoView
where
    C: OpenChoice + Clone + Send + Sync + 'static,
{
    let (value, on_change) = binding;
    let own_words = move |choice: &C| choice.own_words().unwrap_or_default().to_owned();
    let code = Signal::derive(move || value.with(|choice| choice.code().to_owned()));
    let set_code = Callback::new(move |code: String| {
        let words = value.with_untracked(own_words);
        on_change.run(C::from_code(&code, &words));
    });
    let words = Signal::derive(move || value.with(own_words));
    let set_words = Callback::new(move |text| on_change.run(C::in_own_words(text)));
    let mut options: Vec<(&'static str, String)> = C::standard()
        .iter()
        .map(|choice| (choice.code(), choice.label().to_owned()))
        .collect();
    options.push((C::OWN_WORDS, "Other (type it below)".to_owned()));
    let own_words_id = format!("{id}-own-words");
    view! {
        <Choice id label options binding=(code, set_code) />
        <Show when=move || code.get() == C::OWN_WORDS>
            <TextField
                id=own_words_id.clone()
                label=own_words_label
                hint=own_words_hint
                binding=(words, set_words)
            />
        </Show>
    }
}
