//! One size rule for a draft, wherever it comes from: pasted text or a web page, a drafts
//! file, a merge of two copies, a version restored. The same caps everywhere, and the same
//! message naming the part as the person sees it and its size.

use crate::draft_file::thousands;
use crate::model::Draft;
use std::fmt;

/// The most one part of a draft may hold: the preview and the checks of a field this long take
/// about 30 ms together (`cargo run --release --example adversarial_import`).
pub const MAX_FIELD_CHARS: usize = 200_000;

/// The most items a draft may have: far more than any report has findings; more means the
/// text or file is not what it seems.
pub const MAX_ITEMS: usize = 1_000;

/// How a draft is larger than a draft may be.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TooLarge {
    Items(usize),
    /// `name` as the checks name the field: "the introduction".
    Field {
        name: String,
        chars: usize,
    },
}

/// Reads as a clause ("the introduction would be …"), so each place can say what it does next.
impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TooLarge::Items(count) => write!(
                f,
                "the draft would have {} items, and a draft holds at most {}",
                thousands(*count),
                thousands(MAX_ITEMS)
            ),
            TooLarge::Field { name, chars } => write!(
                f,
                "{name} would be {} characters long, and one part of a draft holds at most {}",
                thousands(*chars),
                thousands(MAX_FIELD_CHARS)
            ),
        }
    }
}

/// The first way `draft` is larger than a draft may be, in the order of the page.
pub fn too_large(draft: &Draft) -> Option<TooLarge> {
    if draft.items.len() > MAX_ITEMS {
        return Some(TooLarge::Items(draft.items.len()));
    }
    let fields = crate::field::text_fields(draft);
    fields.into_iter().find_map(|(field, text)| {
        // Bytes are never fewer than characters: count characters only when it may matter.
        (text.len() > MAX_FIELD_CHARS)
            .then(|| text.chars().count())
            .filter(|chars| *chars > MAX_FIELD_CHARS)
            .map(|chars| TooLarge::Field {
                name: crate::field::place(draft, field),
                chars,
            })
    })
}

/// Capitalises the first letter of a clause to start a sentence with it.
pub fn sentence(clause: &impl fmt::Display) -> String {
    crate::prose::capitalise(&clause.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, ItemKind};

    #[test]
    fn an_oversized_field_is_named_as_the_checks_name_it() {
        let mut draft = crate::template::new_draft();
        draft.items = vec![Item::new(ItemKind::Recommendation, "3")];
        draft.items[0].response = "x".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(
            too_large(&draft).unwrap().to_string(),
            "the response to Recommendation 3 would be 200,001 characters long, and one part of a draft holds at most 200,000"
        );
        draft.items[0].response.clear();
        draft.closing = "é".repeat(MAX_FIELD_CHARS + 2);
        assert_eq!(
            sentence(&too_large(&draft).unwrap()),
            "The closing would be 200,002 characters long, and one part of a draft holds at most 200,000"
        );
        draft.closing = "é".repeat(MAX_FIELD_CHARS);
        assert_eq!(too_large(&draft), None);
    }
}
