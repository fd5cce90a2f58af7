//! Ways to publish: Copy HTML (`copy`), the HTML options remembered with each draft, copies as plain text and
//! Markdown, a standalone web page and a Word document, printing, and how the preview looks.

pub mod copy;

use crate::drafts::session::Session;
use crate::panel::{CloseButton, Panel, PanelKind};
use crate::platform::clipboard;
use crate::platform::files;
use crate::platform::worker;
use crate::preview::look::PreviewLook;
use drafter_core::{markdown, plain, protocol, standalone, PublishOptions};
use leptos::prelude::*;

/// The copies the panel offers besides Copy HTML's.
#[derive(Clone, Copy)]
enum CopyForm {
    PlainText,
    Markdown,
}

#[component]
pub fn PublishPanel(session: Session) -> impl IntoView {
    let look = expect_context::<PreviewLook>();
    let message = RwSignal::new(None::<String>);
    let options = move || session.open.current.with(|s| s.publishing.get());
    let set = move |change: &dyn Fn(&mut PublishOptions)| {
        session
            .open
            .current
            .get_untracked()
            .publishing
            .update(|o| change(o));
    };
    let copy = move |form: CopyForm| {
        let state = session.open.current.get_untracked();
        let draft = state.snapshot();
        let options = state.publishing.get_untracked();
        leptos::task::spawn_local(async move {
            let text = match form {
                CopyForm::PlainText => plain::readable(&draft),
                CopyForm::Markdown => markdown::markdown(&draft, &options),
            };
            message.set(Some(if clipboard::copy_text(&text).await {
                match form {
                    CopyForm::PlainText => "Plain text copied.",
                    CopyForm::Markdown => "Markdown copied.",
                }
            } else {
                "This browser did not let us copy. Use “Copy HTML”, which shows the HTML to copy by hand, or download the web page."
            }.to_owned()));
        });
    };
    let download_page = move |_| {
        let state = session.open.current.get_untracked();
        let draft = state.snapshot();
        let html = standalone::page(&draft, &state.publishing.get_untracked());
        let name = standalone::file_name(&draft, "html");
        if let Err(problem) = files::download(&name, "text/html", &html) {
            message.set(Some(problem.to_string()));
        }
    };
    // For the office's files, not the website: not kept with the draft.
    let with_record = RwSignal::new(false);
    // Written by the worker, which carries the Word writer so that the first load need not.
    let download_word = move |_| {
        let draft = session.open.current.get_untracked().snapshot();
        let request = protocol::word_request(&draft, with_record.get_untracked());
        let name = standalone::file_name(&draft, "docx");
        leptos::task::spawn_local(async move {
            if let Err(problem) = worker::download_word(&request, &name).await {
                message.set(Some(problem));
            }
        });
    };
    let print = move |_| {
        let _ = window().print();
    };
    let save_css = move |ev: leptos::ev::Event| {
        let css = event_target_value(&ev);
        crate::platform::storage::set_site_css(&css);
        look.site_css.set(css);
    };
    view! {
        <Panel kind=PanelKind::Publish>
            <fieldset>
                <legend>"HTML for your website"</legend>
                <p class="hint">"Kept with this draft. “Copy HTML” and the web page use these."</p>
                <div class="field">
                    <label for="first-heading">"The response heading is"</label>
                    <select
                        id="first-heading"
                        on:change:target=move |ev| {
                            let level = ev.target().value().parse().unwrap_or(2);
                            set(&|o| o.first_heading = level);
                        }
                    >
                        {[(1u8, "Heading 1 (<h1>)"), (2, "Heading 2 (<h2>): the page has its own heading 1"), (3, "Heading 3 (<h3>)"), (4, "Heading 4 (<h4>)")]
                            .into_iter()
                            .map(|(level, text)| view! {
                                <option value=level.to_string() selected=move || options().first_heading == level>{text}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <label class="tick">
                    <input type="checkbox" prop:checked=move || options().report_line
                        on:change:target=move |ev| { let on = ev.target().checked(); set(&|o| o.report_line = on); } />
                    "Start with the report line (“… published by HMICFRS on …”)"
                </label>
                <label class="tick">
                    <input type="checkbox" prop:checked=move || options().response_heading
                        on:change:target=move |ev| { let on = ev.target().checked(); set(&|o| o.response_heading = on); } />
                    "Start with the response heading (“… response dated …”)"
                </label>
                <label class="tick">
                    <input type="checkbox" prop:checked=move || options().class_hooks
                        on:change:target=move |ev| { let on = ev.target().checked(); set(&|o| o.class_hooks = on); } />
                    "Add class names (rd-…) for your website’s stylesheet"
                </label>
            </fieldset>
            <div class="publish-actions">
                <button type="button" on:click=move |_| copy(CopyForm::PlainText)>"Copy plain text"</button>
                <button type="button" on:click=move |_| copy(CopyForm::Markdown)>"Copy Markdown"</button>
                <button type="button" on:click=download_page>"Download web page"</button>
                <button type="button" on:click=download_word>"Download Word document"</button>
                <button type="button" on:click=print>"Print or save as PDF"</button>
            </div>
            <label class="tick">
                <input type="checkbox" prop:checked=move || with_record.get()
                    on:change:target=move |ev| with_record.set(ev.target().checked()) />
                "Add the section 55 record to the Word document, as an appendix for the office’s files"
            </label>
            <p class="publish-message" role="status">{move || message.get()}</p>
            <fieldset>
                <legend>"How the preview looks"</legend>
                <label class="tick">
                    <input type="radio" name="preview-style" prop:checked=move || !look.use_site_css.get()
                        on:change=move |_| look.use_site_css.set(false) />
                    "Plain style"
                </label>
                <label class="tick">
                    <input type="radio" name="preview-style" prop:checked=move || look.use_site_css.get()
                        on:change=move |_| look.use_site_css.set(true) />
                    "My website’s stylesheet"
                </label>
                <Show when=move || look.use_site_css.get()>
                    <div class="field">
                        <label for="site-css">"Your website’s CSS"</label>
                        <p class="hint" id="site-css-hint">"Paste the styles for your website’s content area. They are kept in this browser and used only for the preview."</p>
                        <textarea id="site-css" rows=6 aria-describedby="site-css-hint" prop:value=move || look.site_css.get() on:input=save_css></textarea>
                    </div>
                </Show>
                <label class="tick">
                    <input type="checkbox" prop:checked=move || look.mobile.get()
                        on:change:target=move |ev| look.mobile.set(ev.target().checked()) />
                    "Preview at a mobile phone’s width"
                </label>
            </fieldset>
            <CloseButton kind=PanelKind::Publish />
        </Panel>
    }
}
