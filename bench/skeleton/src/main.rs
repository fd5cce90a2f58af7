//! The product's stack and nothing else: Leptos drawing one title input and a text area for
//! each item of the draft the app stored, read with serde_json, and a preview of the items
//! rendered with pulldown-cmark into a shadow root. The benchmark builds it beside the app and
//! reports the app's first load and cold load as multiples of this one's.

use leptos::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Stored {
    draft: Draft,
}

#[derive(Deserialize)]
struct Draft {
    report: Report,
    items: Vec<Item>,
}

#[derive(Deserialize)]
struct Report {
    title: String,
}

#[derive(Deserialize)]
struct Item {
    number: String,
    response: String,
}

#[derive(Deserialize)]
struct Place {
    id: String,
}

/// The draft the app left open, from local storage.
fn stored_draft() -> Option<Draft> {
    let storage = window().local_storage().ok()??;
    let place: Place =
        serde_json::from_str(&storage.get_item("response-drafter:current").ok()??).ok()?;
    let text = storage
        .get_item(&format!("response-drafter:draft:{}", place.id))
        .ok()??;
    serde_json::from_str::<Stored>(&text).ok().map(|s| s.draft)
}

fn markdown(text: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(text));
    html
}

#[component]
fn Skeleton() -> impl IntoView {
    let draft = stored_draft().unwrap_or(Draft {
        report: Report {
            title: String::new(),
        },
        items: Vec::new(),
    });
    let preview: String = draft
        .items
        .iter()
        .map(|item| {
            format!(
                "<h3>Recommendation {}</h3>{}",
                item.number,
                markdown(&item.response)
            )
        })
        .collect();
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(host) = host.get() {
            let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
            if let Ok(shadow) = host.attach_shadow(&init) {
                shadow.set_inner_html(&preview);
            }
        }
    });
    view! {
        <input id="report-title" prop:value=draft.report.title.clone() />
        {draft.items.iter().map(|item| view! { <textarea prop:value=item.response.clone()></textarea> }).collect_view()}
        <div class="preview-host" node_ref=host></div>
    }
}

fn main() {
    mount_to_body(Skeleton);
}
