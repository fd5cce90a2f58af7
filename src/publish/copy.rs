//! Copy HTML, the main action: the page as formatted text and its HTML code on the clipboard,
//! what was copied said in plain words, and the code shown to copy by hand where the browser
//! refuses the clipboard.

use crate::checks::Checks;
use crate::drafts::session::Session;
use crate::platform::clipboard;
use drafter_core::history::Reason;
use drafter_core::render_with;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
pub enum CopyState {
    Idle,
    /// Copied, as formatted text and code or as code alone, with the checks' findings in a
    /// few words.
    Copied {
        formatted: bool,
        findings: String,
    },
    /// The browser refused the clipboard: the HTML is shown to copy by hand.
    ByHand(String),
}

/// Copies the page as formatted text and its HTML code as plain text, and says what was copied
/// and what the checks still find: the button's and the shortcut's action.
pub fn copy_html(session: Session, checks: Checks, copy_state: RwSignal<CopyState>) {
    session.keep_version(Reason::Copied, "");
    let state = session.open.current.get_untracked();
    let html = render_with(&state.snapshot(), &state.publishing.get_untracked());
    let review = checks.review_now(state);
    leptos::task::spawn_local(async move {
        // The page as formatted text for a visual editor, Word or an email, and its HTML
        // code as plain text for a source view or a plain box; failing that, the code alone.
        let formatted = clipboard::copy_formatted(&html, &html).await;
        if formatted || clipboard::copy_text(&html).await {
            copy_state.set(CopyState::Copied {
                formatted,
                findings: review.summary(),
            });
        } else {
            copy_state.set(CopyState::ByHand(html));
        }
    });
}

/// What Copy HTML put on the clipboard, in plain words, until the person dismisses it.
#[component]
pub fn CopyNotice(copy_state: RwSignal<CopyState>) -> impl IntoView {
    let copied = move || matches!(copy_state.get(), CopyState::Copied { .. });
    view! {
        <div class="copy-notice">
            <p role="status">
                {move || match copy_state.get() {
                    // The first words say it all; the rest explains, and gives way on a phone.
                    CopyState::Copied { formatted, findings } => Some(view! {
                        {if formatted { "HTML copied. " } else { "HTML code copied. " }}
                        <span class="copy-detail">{if formatted {
                            "Paste it into your website’s editor: a visual editor gets the headings, lists and links; its source or HTML view gets the HTML code. "
                        } else {
                            "This browser would not copy it as formatted text, so paste it into your website editor’s source or HTML view. "
                        }}</span>
                        {format!("Checks: {}.", findings.to_ascii_lowercase())}
                    }),
                    _ => None,
                }}
            </p>
            <Show when=copied>
                <button type="button" aria-label="Dismiss copy message" on:click=move |_| copy_state.set(CopyState::Idle)>"Dismiss"</button>
            </Show>
        </div>
    }
}

/// Where the clipboard is unavailable: the HTML, selected, to copy with the keyboard.
#[component]
pub fn CopyByHand(html: String, on_close: impl Fn() + 'static) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(area) = area.get() {
            // After this frame the HTML is in the box, so there is something to select.
            request_animation_frame(move || {
                let _ = area.focus();
                area.select();
            });
        }
    });
    view! {
        <div class="copy-by-hand" role="region" aria-labelledby="copy-by-hand-label">
            <label id="copy-by-hand-label" for="copy-by-hand">
                "This browser did not let us copy. The HTML is selected below: press Ctrl+C (or ⌘+C on a Mac) to copy it."
            </label>
            <textarea id="copy-by-hand" node_ref=area readonly rows=8 prop:value=html></textarea>
            <button type="button" on:click=move |_| on_close()>"Close"</button>
        </div>
    }
}
