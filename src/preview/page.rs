//! The preview's page: each part of the published page in an element of its own, laid out on
//! its own and skipped while out of view, its gaps kept as the published page's, and a
//! keystroke patching only the blocks it changed.

use super::part_margins::Margins;
use crate::drafts::state::Html;
use drafter_core::margins::{self, Margin};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement, Node, ShadowRootInit, ShadowRootMode};

/// Which part of the page an element holds.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartKey {
    ReportLine,
    Heading,
    Introduction,
    ChiefConstable,
    Item(u64),
    Signature,
    Closing,
}

/// Lays each part out on its own and skips it while it is out of view, but not on paper. The
/// element's name is one no website's stylesheet styles.
pub(super) const PART_STYLE: &str = "rd-part { display: block; content-visibility: auto; \
     contain-intrinsic-size: auto 30rem; } @media print { rd-part { content-visibility: visible; } }";

pub(super) struct Shown {
    key: PartKey,
    html: Html,
    /// The part's own element: a keystroke replaces what is inside it.
    element: Element,
    /// The margins at the part's top and bottom; none for a part with nothing to show.
    edges: Option<(Margin, Margin)>,
    /// The pull applied to this part's element so that the gap above it is what it would be on
    /// the published page, where the parts' margins meet and collapse into one.
    pull: f64,
}

pub(super) struct PreviewPage {
    page: Element,
    pub(super) style: Element,
    shown: Vec<Shown>,
    margins: Margins,
    /// False until the page has been drawn once. Before that, asking the browser for a margin
    /// makes it style every part at once, even those out of view that drawing would skip:
    /// about 25 ms on opening a 40-item draft, against 6 ms once drawn.
    drawn: bool,
}

impl PreviewPage {
    pub(super) fn attach(host: &Element, stylesheet: &str) -> PreviewPage {
        // Opening another draft may reuse the same host element, shadow root and all.
        let shadow = host.shadow_root().unwrap_or_else(|| {
            let init = ShadowRootInit::new(ShadowRootMode::Open);
            host.attach_shadow(&init)
                .expect("preview host takes a shadow root")
        });
        shadow.set_inner_html(&format!(
            "<style></style><style>{PART_STYLE}</style><article class=\"page\"></article>"
        ));
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
        PreviewPage {
            page,
            style,
            shown: Vec::new(),
            margins: Margins::default(),
            drawn: false,
        }
    }

    /// Once the page has been drawn: the gaps between its parts put right.
    pub(super) fn first_drawn(&mut self) {
        self.drawn = true;
        self.measure_all();
    }

    /// Brings the page in line with `wanted`, touching only the parts that differ.
    pub(super) fn show(&mut self, wanted: Vec<(PartKey, Html)>) {
        let same_layout = self.shown.len() == wanted.len()
            && self
                .shown
                .iter()
                .zip(&wanted)
                .all(|(s, (key, _))| s.key == *key);
        if same_layout {
            for (index, (_, html)) in wanted.into_iter().enumerate() {
                if self.shown[index].show(html) {
                    self.remeasure(index);
                }
            }
        } else {
            self.rearrange(wanted);
        }
    }

    /// After the stylesheet or the page's width changed: every part's margins may have too.
    pub(super) fn restyled(&mut self) {
        self.margins = Margins::default();
        self.measure_all();
    }

    pub(super) fn measure_all(&mut self) {
        if !self.drawn {
            return;
        }
        for part in &mut self.shown {
            part.edges = self.margins.edges(&part.element);
        }
        (0..self.shown.len()).for_each(|index| self.join(index));
    }

    /// Sets the gap between part `index` and the one before it to the published page's. Each
    /// part is laid out on its own, so its margins no longer meet its neighbours' and collapse
    /// (CSS 2, 8.3.1); the part is pulled up by the difference instead.
    /// An empty part shows nothing, and the margins either side of it meet through it.
    pub(super) fn join(&mut self, index: usize) {
        let Some(part) = self.shown.get(index) else {
            return;
        };
        let above = self.shown[..index]
            .iter()
            .rev()
            .find_map(|before| before.edges)
            .map_or(Margin::default(), |(_, bottom)| bottom);
        let pull = part.edges.map_or(0.0, |(top, _)| margins::pull(above, top));
        if pull != part.pull {
            let _ = if pull == 0.0 {
                part.element.remove_attribute("style")
            } else {
                // JavaScript writes the number: Rust's float formatting would add to the download.
                let pixels = String::from(
                    js_sys::Number::from(pull)
                        .to_string_with_radix(10)
                        .unwrap_or_default(),
                );
                part.element
                    .set_attribute("style", &format!("margin-top: {pixels}px"))
            };
            self.shown[index].pull = pull;
        }
    }

    /// After part `index` changed: its margins, its gap above, and the gap above the next part
    /// with something to show.
    pub(super) fn remeasure(&mut self, index: usize) {
        if !self.drawn {
            return;
        }
        self.shown[index].edges = self.margins.edges(&self.shown[index].element);
        self.join(index);
        if let Some(next) = (index + 1..self.shown.len()).find(|&i| self.shown[i].edges.is_some()) {
            // It may have just become the page's first part, or stopped being it.
            self.shown[next].edges = self.margins.edges(&self.shown[next].element);
            self.join(next);
        }
    }

    pub(super) fn element_of(&self, key: PartKey) -> Option<Element> {
        self.shown
            .iter()
            .find(|part| part.key == key)
            .map(|part| part.element.clone())
    }

    /// Shows a part's new HTML, if the part is on the page; one not yet there is added with
    /// its latest HTML when the page's order is next brought up to date.
    pub(super) fn update(&mut self, key: PartKey, html: Html) {
        if let Some(index) = self.shown.iter().position(|s| s.key == key) {
            if self.shown[index].show(html) {
                self.remeasure(index);
            }
        }
    }

    /// After items are added, removed or moved: keeps the elements of the parts still there,
    /// moving them into the new order, and makes only what is new.
    pub(super) fn rearrange(&mut self, wanted: Vec<(PartKey, Html)>) {
        let mut old: HashMap<PartKey, Shown> = self.shown.drain(..).map(|s| (s.key, s)).collect();
        let mut shown = Vec::with_capacity(wanted.len());
        for (key, html) in wanted {
            let part = match old.remove(&key) {
                Some(mut part) => {
                    // Appending an element already on the page moves it.
                    let _ = self.page.append_child(&part.element);
                    part.show(html);
                    part
                }
                None => Shown::add(&self.page, key, html),
            };
            shown.push(part);
        }
        for part in old.values() {
            part.element.remove();
        }
        self.shown = shown;
        // Measured once the page is in its new order, since the first part's top is the page's.
        self.measure_all();
    }
}

impl Shown {
    /// Adds a part at the end of the page.
    pub(super) fn add(page: &Element, key: PartKey, html: Html) -> Shown {
        let element = document()
            .create_element("rd-part")
            .expect("preview part element");
        patch(&element, &html);
        let _ = page.append_child(&element);
        Shown {
            key,
            html,
            edges: None,
            element,
            pull: 0.0,
        }
    }

    /// Shows new HTML; says whether anything changed.
    pub(super) fn show(&mut self, html: Html) -> bool {
        if same_html(&self.html, &html) {
            return false;
        }
        patch(&self.element, &html);
        self.html = html;
        true
    }
}

/// Scrolls the preview, where it scrolls on its own beside the editor, to show the top of
/// `part` if it is out of view, and checks again for the next `frames_left` frames.
pub(super) fn reveal(part: Element, frames_left: u8) {
    let Some(pane) = part
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.host().parent_element())
    else {
        return;
    };
    if pane.scroll_height() <= pane.client_height() {
        // Below the editor on a narrow screen, the preview is part of the page: left alone.
        return;
    }
    let top = part.get_bounding_client_rect().top();
    let area = pane.get_bounding_client_rect();
    // The pane's heading stays at its top.
    let heading = pane
        .first_element_child()
        .map_or(0.0, |heading| heading.get_bounding_client_rect().height());
    let (shown_from, shown_to) = (area.top() + heading, area.bottom() - 48.0);
    if top < shown_from || top > shown_to {
        pane.set_scroll_top(pane.scroll_top() + (top - shown_from - 8.0) as i32);
    }
    // Parts that come into view are drawn a frame or two later, at their true heights, and
    // may push this one out of view again.
    if frames_left > 0 {
        request_animation_frame(move || reveal(part, frames_left - 1));
    }
}

thread_local! {
    static TEMPLATE: HtmlTemplateElement = document()
        .create_element("template")
        .expect("template element")
        .unchecked_into();
}

/// Replaces `element`'s children with `html`, keeping the leading and trailing ones that are
/// unchanged: typing in one paragraph of a response gives the browser one new paragraph to
/// style and lay out, not the whole response.
pub(super) fn patch(element: &Element, html: &str) {
    if html.trim().is_empty() {
        // Nothing at all, not a line break, so that the part counts as empty in the stylesheet.
        element.set_inner_html("");
        return;
    }
    TEMPLATE.with(|template| {
        template.set_inner_html(html);
        let new = template.content();
        let old_nodes = element.child_nodes();
        let new_nodes = new.child_nodes();
        let (old_len, new_len) = (old_nodes.length(), new_nodes.length());
        let same = |old: u32, new: u32| match (old_nodes.item(old), new_nodes.item(new)) {
            (Some(old), Some(new)) => old.is_equal_node(Some(&new)),
            _ => false,
        };
        let mut start = 0;
        while start < old_len.min(new_len) && same(start, start) {
            start += 1;
        }
        let mut end = 0;
        while end < old_len.min(new_len) - start && same(old_len - 1 - end, new_len - 1 - end) {
            end += 1;
        }
        // Live lists: take what is to go before changing anything.
        let stale: Vec<Node> = (start..old_len - end)
            .filter_map(|i| old_nodes.item(i))
            .collect();
        let fresh: Vec<Node> = (start..new_len - end)
            .filter_map(|i| new_nodes.item(i))
            .collect();
        let before = old_nodes.item(old_len - end);
        stale.iter().for_each(|node| {
            let _ = element.remove_child(node);
        });
        for node in &fresh {
            let _ = element.insert_before(node, before.as_ref());
        }
        new.set_text_content(None);
    });
}

pub(super) fn same_html(a: &Html, b: &Html) -> bool {
    Arc::ptr_eq(a, b) || a == b
}
