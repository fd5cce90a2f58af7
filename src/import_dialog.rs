//! Import text: paste last year's response, a Word draft or a report's recommendations, see
//! what was recognised and how it will look, then make it a new draft or add its items to the
//! open one.

use crate::focus::close_panel;
use crate::preview::show_page;
use crate::session::Session;
use drafter_core::import::{self, html::Markup, Imported};
use drafter_core::render;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How long after typing in the box the import is read again.
const READ_DELAY_MS: u32 = 300;

thread_local! {
    static PENDING_READ: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// A node of the browser's own parse of pasted HTML, for the core's importer to walk.
struct DomNode(web_sys::Node);

impl Markup for DomNode {
    fn tag(&self) -> Option<String> {
        self.0
            .dyn_ref::<web_sys::Element>()
            .map(|element| element.local_name().to_ascii_lowercase())
    }

    fn text(&self) -> Option<String> {
        (self.0.node_type() == web_sys::Node::TEXT_NODE)
            .then(|| self.0.node_value())
            .flatten()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.dyn_ref::<web_sys::Element>()?.get_attribute(name)
    }

    fn children(&self) -> Vec<DomNode> {
        let nodes = self.0.child_nodes();
        (0..nodes.length())
            .filter_map(|index| nodes.item(index))
            .map(DomNode)
            .collect()
    }
}

/// Pasted HTML, parsed by the browser (which runs none of its scripts) and imported.
fn import_html(html: &str) -> Option<Imported> {
    let parser = web_sys::DomParser::new().ok()?;
    let document = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .ok()?;
    let body: web_sys::Node = document.body()?.into();
    Some(import::from_html(&DomNode(body)))
}

#[component]
pub fn ImportDialog(session: Session) -> impl IntoView {
    let panel = NodeRef::<leptos::html::Section>::new();
    let area = NodeRef::<leptos::html::Textarea>::new();
    let preview = NodeRef::<leptos::html::Div>::new();
    let imported: RwSignal<Option<Arc<Imported>>> = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(area) = area.get() {
            let _ = area.focus();
        }
    });
    Effect::new(move |_| {
        let html = imported.with(|i| {
            i.as_ref()
                .filter(|i| i.too_large.is_none())
                .map(|i| render(&i.draft))
        });
        if let (Some(host), Some(html)) = (preview.get(), html) {
            show_page(&host, &html);
        }
    });
    let read_text = move |text: String| {
        imported.set((!text.trim().is_empty()).then(|| Arc::new(import::from_text(&text))));
    };
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        let text = data.get_data("text/plain").unwrap_or_default();
        if html.trim().is_empty() {
            return; // Plain text: the box takes it, and the input event reads it.
        }
        // Rich text keeps its headings and lists: read from the HTML, show its plain text.
        ev.prevent_default();
        PENDING_READ.with(|pending| pending.borrow_mut().take());
        if let Some(area) = area.get_untracked() {
            area.set_value(&text);
        }
        match import_html(&html) {
            Some(result) => imported.set(Some(Arc::new(result))),
            None => read_text(text),
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let timer = Timeout::new(READ_DELAY_MS, move || read_text(text));
        PENDING_READ.with(|pending| pending.replace(Some(timer)));
    };
    let close = move || {
        PENDING_READ.with(|pending| pending.borrow_mut().take());
        close_panel(session.import_open, "import-button");
    };
    let create = move |_| {
        if let Some(result) = imported.get_untracked().filter(|r| r.too_large.is_none()) {
            session.create_from_import(result.draft.clone());
            close();
        }
    };
    let add = move |_| {
        if let Some(result) = imported.get_untracked().filter(|r| r.too_large.is_none()) {
            session.add_imported_items(result.draft.items.clone());
            close();
        }
    };
    // A paste too large for a draft makes nothing, and says why.
    let usable = move || imported.with(|i| i.as_ref().is_some_and(|i| i.too_large.is_none()));
    let item_count = move || {
        imported.with(|i| {
            i.as_ref()
                .filter(|i| i.too_large.is_none())
                .map_or(0, |i| i.draft.items.len())
        })
    };
    let open_title = move || session.current.with(|state| state.title());
    view! {
        <section
            id="import-dialog"
            class="import-dialog"
            aria-labelledby="import-heading"
            tabindex="-1"
            node_ref=panel
        >
            <h2 id="import-heading">"Import text"</h2>
            <p class="hint" id="import-hint">
                "Paste last year’s response, a draft from Word or a web page, or the report’s list of recommendations. The report line, dates, introduction, each item and its response are picked out; anything not recognised goes into the introduction or closing, so nothing you paste is lost."
            </p>
            <label for="import-text">"Text to import"</label>
            <textarea
                id="import-text"
                node_ref=area
                rows=10
                aria-describedby="import-hint"
                on:paste=on_paste
                on:input=on_input
            ></textarea>
            {move || imported.get().map(|result| match &result.too_large {
                Some(problem) => view! {
                    <div class="import-result">
                        <div role="status" class="import-summary">
                            <p class="error-message">{problem.to_string()}</p>
                        </div>
                    </div>
                }.into_any(),
                None => view! {
                <div class="import-result">
                    <div role="status" class="import-summary">
                        <h3>"Recognised"</h3>
                        <ul>{result.found.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                        {(!result.missing.is_empty()).then(|| view! {
                            <h3>"Not found"</h3>
                            <ul>{result.missing.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                        })}
                    </div>
                </div>
            }.into_any()})}
            <div class="import-preview" hidden=move || !usable()>
                <h3 id="import-preview-heading">"How it will look"</h3>
                <div class="preview-host" role="region" aria-labelledby="import-preview-heading" node_ref=preview></div>
            </div>
            <div class="import-actions">
                <button type="button" class="primary" disabled=move || !usable() on:click=create>
                    "Create a new draft from this"
                </button>
                <button type="button" disabled=move || item_count() == 0 on:click=add>
                    {move || match item_count() {
                        0 => format!("Add its items to “{}”", open_title()),
                        1 => format!("Add its item to “{}”", open_title()),
                        n => format!("Add its {n} items to “{}”", open_title()),
                    }}
                </button>
                <button type="button" on:click=move |_| close()>"Cancel"</button>
            </div>
        </section>
    }
}
