//! The live preview: the published fragment shown in a shadow root, so the page's own styles
//! cannot leak in. Each part of the page is patched on its own, so a keystroke replaces only
//! the nodes of the part it changed.

use crate::state::{DraftState, Html, ItemEntry};
use drafter_core::render;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement, Node, ShadowRootInit, ShadowRootMode};

use crate::publish::{PreviewLook, PAGE_STYLE};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum PartKey {
    ReportLine,
    Heading,
    Introduction,
    ChiefConstable,
    Item(u64),
    Signature,
    Closing,
}

#[component]
pub fn Preview(state: DraftState) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    let report_line = Memo::new(move |_| Html::from(state.report.with(render::report_line)));
    let heading = Memo::new(move |_| Html::from(state.responder.with(render::response_heading)));
    let introduction =
        Memo::new(move |_| Html::from(state.introduction.with(|t| render::introduction(t))));
    let chief = Memo::new(move |_| Html::from(state.chief_constable.with(render::chief_constable)));
    let signature = Memo::new(move |_| Html::from(state.responder.with(render::signature)));
    let closing = Memo::new(move |_| Html::from(state.closing.with(|t| render::closing(t))));
    let page = StoredValue::new_local(None::<PreviewPage>);
    let look = use_context::<PreviewLook>();
    let stylesheet = move || look.map_or_else(|| PAGE_STYLE.to_owned(), |look| look.stylesheet());
    let mobile = move || look.is_some_and(|look| look.mobile.get());
    Effect::new(move |_| {
        let css = stylesheet();
        page.with_value(|page| {
            if let Some(page) = page {
                page.style.set_text_content(Some(&css));
            }
        });
    });

    // The page's order and its parts other than the items. An item's own changes are patched
    // by its own effect below, so a keystroke in an item never walks the others.
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        let mut parts = vec![
            (PartKey::ReportLine, report_line.get()),
            (PartKey::Heading, heading.get()),
            (PartKey::Introduction, introduction.get()),
            (PartKey::ChiefConstable, chief.get()),
        ];
        state.items.with(|items| {
            parts.extend(
                items
                    .iter()
                    .map(|e| (PartKey::Item(e.key), e.html.get_untracked())),
            );
        });
        parts.push((PartKey::Signature, signature.get()));
        parts.push((PartKey::Closing, closing.get()));
        page.update_value(|page| {
            page.get_or_insert_with(|| PreviewPage::attach(&host, &untrack(stylesheet)))
                .show(parts);
        });
    });

    view! {
        <section class="preview" class:mobile=mobile aria-labelledby="preview-heading">
            <h2 id="preview-heading" class="pane-heading">"Preview"</h2>
            <div class="preview-host" node_ref=host></div>
            <For each=move || state.items.get() key=|entry| entry.key let:entry>
                {follow_item(entry, page)}
            </For>
        </section>
    }
}

/// Patches one item's part of the page whenever its HTML changes.
fn follow_item(entry: ItemEntry, page: StoredValue<Option<PreviewPage>, LocalStorage>) {
    Effect::new(move |_| {
        let html = entry.html.get();
        page.update_value(|page| {
            if let Some(page) = page {
                page.update(PartKey::Item(entry.key), html);
            }
        });
    });
}

struct Shown {
    key: PartKey,
    html: Html,
    nodes: Vec<Node>,
}

struct PreviewPage {
    page: Element,
    style: Element,
    template: HtmlTemplateElement,
    shown: Vec<Shown>,
}

impl PreviewPage {
    fn attach(host: &Element, stylesheet: &str) -> PreviewPage {
        // Opening another draft may reuse the same host element, shadow root and all.
        let shadow = host.shadow_root().unwrap_or_else(|| {
            let init = ShadowRootInit::new(ShadowRootMode::Open);
            host.attach_shadow(&init)
                .expect("preview host takes a shadow root")
        });
        shadow.set_inner_html("<style></style><article class=\"page\"></article>");
        let style = shadow
            .query_selector("style")
            .ok()
            .flatten()
            .expect("preview style element");
        style.set_text_content(Some(stylesheet));
        let page = shadow
            .query_selector("article")
            .ok()
            .flatten()
            .expect("preview page element");
        let template = document()
            .create_element("template")
            .expect("template element")
            .unchecked_into();
        PreviewPage {
            page,
            style,
            template,
            shown: Vec::new(),
        }
    }

    /// Brings the page in line with `wanted`, touching only the parts that differ.
    fn show(&mut self, wanted: Vec<(PartKey, Html)>) {
        let same_layout = self.shown.len() == wanted.len()
            && self
                .shown
                .iter()
                .zip(&wanted)
                .all(|(s, (key, _))| s.key == *key);
        if same_layout {
            for (index, (_, html)) in wanted.into_iter().enumerate() {
                if !same_html(&self.shown[index].html, &html) {
                    self.replace(index, html);
                }
            }
        } else {
            self.rearrange(wanted);
        }
    }

    fn replace(&mut self, index: usize, html: Html) {
        let before = self.shown[index + 1..]
            .iter()
            .find_map(|s| s.nodes.first().cloned());
        for node in self.shown[index].nodes.drain(..) {
            let _ = self.page.remove_child(&node);
        }
        let nodes = self.insert(&html, before.as_ref());
        self.shown[index].nodes = nodes;
        self.shown[index].html = html;
    }

    /// Shows a part's new HTML, if the part is on the page; one not yet there is added with
    /// its latest HTML when the page's order is next brought up to date.
    fn update(&mut self, key: PartKey, html: Html) {
        let Some(index) = self.shown.iter().position(|s| s.key == key) else {
            return;
        };
        if !same_html(&self.shown[index].html, &html) {
            self.replace(index, html);
        }
    }

    /// After items are added, removed or moved: keeps the nodes of unchanged parts, moving
    /// them into the new order, and makes only what is new.
    fn rearrange(&mut self, wanted: Vec<(PartKey, Html)>) {
        let mut old: HashMap<PartKey, Shown> = self.shown.drain(..).map(|s| (s.key, s)).collect();
        let mut shown = Vec::with_capacity(wanted.len());
        for (key, html) in wanted {
            let part = match old.remove(&key) {
                Some(part) if same_html(&part.html, &html) => part,
                stale => {
                    stale.into_iter().for_each(|part| self.remove_nodes(&part));
                    let nodes = self.insert(&html, None);
                    Shown { key, html, nodes }
                }
            };
            shown.push(part);
        }
        old.values().for_each(|part| self.remove_nodes(part));
        for part in &shown {
            for node in &part.nodes {
                let _ = self.page.append_child(node);
            }
        }
        self.shown = shown;
    }

    fn remove_nodes(&self, part: &Shown) {
        for node in &part.nodes {
            let _ = self.page.remove_child(node);
        }
    }

    fn insert(&self, html: &str, before: Option<&Node>) -> Vec<Node> {
        self.template.set_inner_html(html);
        let fragment = self.template.content();
        let children = fragment.child_nodes();
        let nodes: Vec<Node> = (0..children.length())
            .filter_map(|i| children.item(i))
            .collect();
        let _ = self.page.insert_before(&fragment, before);
        nodes
    }
}

fn same_html(a: &Html, b: &Html) -> bool {
    Arc::ptr_eq(a, b) || a == b
}

/// Shows a whole rendered page in `host`'s shadow root at once, for previews of what is not
/// yet a draft (an import, before it is made one).
pub fn show_page(host: &Element, html: &str) {
    let shadow = host.shadow_root().unwrap_or_else(|| {
        let init = ShadowRootInit::new(ShadowRootMode::Open);
        host.attach_shadow(&init)
            .expect("preview host takes a shadow root")
    });
    // The fragment comes from the renderer, which escapes every piece of text it is given.
    shadow.set_inner_html(&format!(
        "<style>{PAGE_STYLE}</style><article class=\"page\">{html}</article>"
    ));
}
