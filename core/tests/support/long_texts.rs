//! Long fields for timing compare, merge and tracked changes: sentences of about `chars`
//! characters, their words marked with `salt`, in a draft's introduction.

use drafter_core::{template, Draft};

pub fn prose(chars: usize, salt: &str) -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < chars {
        text.push_str(&format!("Sentence {n} says {salt}{n} and more {salt}. "));
        n += 1;
    }
    text
}

pub fn with_introduction(text: String) -> Draft {
    let mut draft = template::new_draft();
    draft.introduction = text;
    draft
}

/// The three copies of a draft whose introduction of `chars` characters was rewritten on
/// each side, or edited once on each side.
pub fn copies(chars: usize, rewritten: bool) -> (Draft, Draft, Draft) {
    let base = prose(chars, "base");
    let (ours, theirs) = if rewritten {
        (prose(chars, "ours"), prose(chars, "theirs"))
    } else {
        (
            base.replacen("Sentence 3 ", "Sentence three ", 1),
            format!("{base}One more. "),
        )
    };
    (
        with_introduction(base),
        with_introduction(ours),
        with_introduction(theirs),
    )
}
