//! Labelled form fields bound to one piece of the draft's signals.

use drafter_core::dates;
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

/// A one-line text input with its visible label and optional hint.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    binding: Binding<String>,
    #[prop(default = "")] hint: &'static str,
    #[prop(default = "text")] input_type: &'static str,
) -> impl IntoView {
    let (value, on_change) = binding;
    let hint_id = (!hint.is_empty()).then(|| format!("{id}-hint"));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint_id.clone().map(|hint_id| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <input
                id=id
                type=input_type
                aria-describedby=hint_id.clone()
                prop:value=value
                on:input:target=move |ev| on_change.run(ev.target().value())
            />
        </div>
    }
}

/// A multi-line text input for text with light markup.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    binding: Binding<String>,
    #[prop(default = "")] hint: &'static str,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let (value, on_change) = binding;
    let hint_id = (!hint.is_empty()).then(|| format!("{id}-hint"));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint_id.clone().map(|hint_id| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <textarea
                id=id
                rows=rows
                aria-describedby=hint_id.clone()
                prop:value=value
                on:input:target=move |ev| on_change.run(ev.target().value())
            ></textarea>
        </div>
    }
}

/// A date picker bound to an optional date; clearing it leaves no date.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    binding: Binding<Option<Date>>,
    #[prop(default = "")] hint: &'static str,
) -> impl IntoView {
    let (value, on_change) = binding;
    let text = Signal::derive(move || value.get().map(dates::iso).unwrap_or_default());
    let set_text = Callback::new(move |text: String| on_change.run(dates::parse_iso(&text)));
    view! { <TextField id label binding=(text, set_text) hint input_type="date" /> }
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
