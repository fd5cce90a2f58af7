//! Labelled form fields bound to one piece of the draft's signals.

use drafter_core::dates;
use drafter_core::model::OpenChoice;
use leptos::either::Either;
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
) -> impl IntoView {
    let (value, on_change) = binding;
    let hint_id = (!hint.is_empty()).then(|| format!("{id}-hint"));
    let described_by = hint_id.clone();
    let input = if rows == 0 {
        Either::Left(view! {
            <input
                id=id.clone()
                type=input_type
                aria-describedby=described_by
                prop:value=value
                on:input:target=move |ev| on_change.run(ev.target().value())
            />
        })
    } else {
        Either::Right(view! {
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
