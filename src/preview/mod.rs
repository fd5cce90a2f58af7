//! The live preview: the published fragment shown in a shadow root, so the page's own styles
//! cannot leak in. Each part of the page (the heading, the introduction, each item...) sits in
//! an element of its own that the browser lays out on its own and skips while it is out of
//! view, so a keystroke costs the same in a long response as in a short one.

pub mod look;
mod page;
mod part_margins;

use crate::drafts::state::{DraftState, Html, ItemEntry};
use crate::ids;
use drafter_core::render;
use drafter_core::PublishOptions;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use look::{page_style, PreviewLook};
use page::{reveal, PartKey, PreviewPage};

/// Which pane a narrow screen shows; a wide one shows both.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Edit,
    Preview,
}

impl Pane {
    pub fn code(self) -> &'static str {
        match self {
            Pane::Edit => "edit",
            Pane::Preview => "preview",
        }
    }
}

/// The part of the page whose fields have the focus: the preview keeps it in view.
#[derive(Clone, Copy, Default)]
pub struct EditedPart(pub RwSignal<Option<PartKey>>);

impl EditedPart {
    /// Follows the focus into the form's fields, from one listener for the page's lifetime
    /// (one per item would be dropped with a draft closed while the browser still reports
    /// focus moving through it).
    pub fn follow_focus(self) {
        crate::platform::events::on_window("focusin", move |event: web_sys::FocusEvent| {
            let part = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|element| part_of(&element));
            if part.is_some() {
                self.0.set(part);
            }
        });
    }
}

/// The part of the published page a field of the form writes.
fn part_of(field: &Element) -> Option<PartKey> {
    if let Some(key) = ids::item_holding(field) {
        return Some(PartKey::Item(key));
    }
    let id = field.id();
    Some(match id.as_str() {
        ids::REPORT_TITLE | ids::INSPECTORATE | ids::REPORT_PUBLISHED | ids::REPORT_LINK => {
            PartKey::ReportLine
        }
        ids::BODY | ids::ROLE | ids::RESPONSE_DATE => PartKey::Heading,
        ids::INTRODUCTION => PartKey::Introduction,
        ids::CC_COMMENTS | ids::CC_ATTRIBUTION | ids::CC_REPLY => PartKey::ChiefConstable,
        ids::SIGNATORY_NAME | ids::SIGNATORY_TITLE => PartKey::Signature,
        ids::CLOSING => PartKey::Closing,
        _ => return None,
    })
}

#[component]
pub fn Preview(state: DraftState) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    // The page as the publishing options write it, so that what is seen is what is copied.
    let options = state.publishing;
    let part =
        move |write: &dyn Fn(&PublishOptions) -> String| options.with(|o| Html::from(write(o)));
    let report_line =
        Memo::new(move |_| part(&|o| state.report.with(|r| render::report_line_drafting(r, o))));
    let heading = Memo::new(move |_| {
        part(&|o| {
            state
                .responder
                .with(|r| render::response_heading_drafting(r, o))
        })
    });
    let introduction =
        Memo::new(move |_| part(&|o| state.introduction.with(|t| render::introduction_in(t, o))));
    let chief = Memo::new(move |_| {
        part(&|o| {
            state
                .chief_constable
                .with(|c| render::chief_constable_in(c, o))
        })
    });
    let signature =
        Memo::new(move |_| part(&|o| state.responder.with(|r| render::signature_in(r, o))));
    let closing = Memo::new(move |_| part(&|o| state.closing.with(|t| render::closing_in(t, o))));
    let page = StoredValue::new_local(None::<PreviewPage>);
    let look = use_context::<PreviewLook>();
    let first_heading = move || options.with(|o| o.first_heading);
    let stylesheet = move || {
        look.map_or_else(
            || page_style(first_heading()),
            |look| look.stylesheet(first_heading()),
        )
    };
    let mobile = move || look.is_some_and(|look| look.mobile.get());
    Effect::new(move |_| {
        let css = stylesheet();
        mobile();
        page.update_value(|page| {
            if let Some(page) = page {
                page.style.set_text_content(Some(&css));
                page.restyled();
            }
        });
    });

    // The page is first filled in a task after the form's: opening a draft then never holds
    // the page still for the two together.
    let ready = RwSignal::new(false);
    set_timeout(
        move || ready.try_set(true).map_or((), drop),
        std::time::Duration::ZERO,
    );
    // The page's order and its parts other than the items. An item's own changes are patched
    // by its own effect below, so a keystroke in an item never walks the others.
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        if !ready.get() {
            return;
        }
        let mut parts = vec![
            (PartKey::ReportLine, report_line.get()),
            (PartKey::Heading, heading.get()),
            (PartKey::Introduction, introduction.get()),
            (PartKey::ChiefConstable, chief.get()),
        ];
        // The items drawn in the form so far: a long draft's are drawn a slice at a time.
        parts.extend(
            state
                .drawn_entries()
                .iter()
                .map(|e| (PartKey::Item(e.key), e.html.get_untracked())),
        );
        parts.push((PartKey::Signature, signature.get()));
        parts.push((PartKey::Closing, closing.get()));
        let attached = page.with_value(Option::is_some);
        page.update_value(|page| {
            page.get_or_insert_with(|| PreviewPage::attach(&host, &untrack(stylesheet)))
                .show(parts);
        });
        if !attached {
            after_next_paint(move || {
                page.update_value(|page| {
                    if let Some(page) = page {
                        page.first_drawn();
                    }
                })
            });
        }
    });

    if let Some(edited) = use_context::<EditedPart>() {
        Effect::new(move |_| {
            let Some(key) = edited.0.get() else { return };
            page.with_value(|page| {
                if let Some(part) = page.as_ref().and_then(|page| page.element_of(key)) {
                    reveal(part, 12);
                }
            });
        });
        // Switched to on a narrow screen, the preview opens at the part being written.
        if let Some(pane) = use_context::<RwSignal<Pane>>() {
            Effect::new(move |_| {
                if pane.get() != Pane::Preview {
                    return;
                }
                let Some(key) = edited.0.get_untracked() else {
                    return;
                };
                request_animation_frame(move || {
                    page.with_value(|page| {
                        if let Some(part) = page.as_ref().and_then(|page| page.element_of(key)) {
                            part.scroll_into_view();
                        }
                    });
                });
            });
        }
    }

    // The pane scrolls on its own beside the form: it takes the focus, so that it can be
    // scrolled from the keyboard even when the page has no link in it.
    view! {
        <section class="preview" class:mobile=mobile aria-labelledby="preview-heading" tabindex="0">
            <h2 id="preview-heading" class="pane-heading">"Preview"</h2>
            <div class="preview-host" node_ref=host></div>
            <For each=move || state.drawn_entries() key=|entry| entry.key let:entry>
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

/// Runs `then` once the browser has drawn the next frame.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(then, std::time::Duration::ZERO));
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
        "<style>{}</style><article class=\"page\">{html}</article>",
        page_style(2)
    ));
}
