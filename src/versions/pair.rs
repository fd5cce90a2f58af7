//! One view for two versions of a part of the draft side by side, the words that differ
//! marked: this tab's and another's, an earlier version and a later one, this browser's and a
//! file's.

use crate::platform::worker::Unavailable;
use drafter_core::compare::Piece;
use leptos::prelude::*;

/// A comparison the worker is working out: what came, or what to show meanwhile ("Comparing…")
/// or instead (`failed`, when the worker could not answer).
pub fn compared<T>(
    state: Option<Result<T, Unavailable>>,
    failed: &'static str,
) -> Result<T, AnyView> {
    match state {
        None => Err(view! { <p role="status">"Comparing…"</p> }.into_any()),
        Some(Err(Unavailable)) => {
            Err(view! { <p class="error-message" role="alert">{failed}</p> }.into_any())
        }
        Some(Ok(came)) => Ok(came),
    }
}

/// How the words one side alone has are marked, so a change is never told by colour alone.
#[derive(Clone, Copy)]
pub enum Marks {
    /// Words only this side has, as neither is older ("[only here: …]" to a screen reader).
    OnlyHere,
    /// The earlier side's words gone since (`<del>`).
    Gone,
    /// The later side's words new since (`<ins>`).
    New,
}

/// One side of the pair: its name, and its words.
pub struct Side {
    pub name: String,
    pub pieces: Vec<Piece>,
    pub marks: Marks,
}

/// The two sides of a part; `replaced_whole` when it was too long and too changed to compare
/// word by word, and is marked whole.
pub fn version_pair(first: Side, second: Side, replaced_whole: bool) -> impl IntoView {
    view! {
        {replaced_whole.then(|| view! {
            <p class="hint">"Too long and too changed to compare word by word: the changed part is marked whole."</p>
        })}
        <div class="version-pair">
            {[first, second].map(|side| view! {
                <div class="version">
                    <p class="version-name">{side.name}</p>
                    <p class="version-text">{words(side.pieces, side.marks)}</p>
                </div>
            })}
        </div>
    }
}

fn words(pieces: Vec<Piece>, marks: Marks) -> AnyView {
    if pieces.iter().all(|piece| piece.text.trim().is_empty()) {
        return view! { <span class="hint">"(empty)"</span> }.into_any();
    }
    pieces
        .into_iter()
        .map(|piece| match (piece.changed, marks) {
            (false, _) => view! { <span>{piece.text}</span> }.into_any(),
            (true, Marks::OnlyHere) => view! {
                <mark><span class="visually-hidden">"[only here: "</span>{piece.text}<span class="visually-hidden">"]"</span></mark>
            }
            .into_any(),
            (true, Marks::Gone) => view! { <del>{piece.text}</del> }.into_any(),
            (true, Marks::New) => view! { <ins>{piece.text}</ins> }.into_any(),
        })
        .collect_view()
        .into_any()
}
