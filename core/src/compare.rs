//! What differs between two versions of a draft, field by field, with the words that changed
//! marked: for choosing between this tab's version and another's, or between saved versions.

use crate::checks::{capitalise, place, text_fields, Field};
use crate::dates::uk_long;
use crate::model::Draft;
use similar::{ChangeTag, TextDiff};

/// A run of words, and whether it is in this version only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub changed: bool,
}

/// One field that differs, as each version has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// Which field, e.g. "The response to Recommendation 2".
    pub label: String,
    pub ours: Vec<Piece>,
    pub theirs: Vec<Piece>,
}

/// Every field in which `ours` and `theirs` differ, in the order of the page.
pub fn differences(ours: &Draft, theirs: &Draft) -> Vec<Difference> {
    let mut found = Vec::new();
    let date = |date: Option<time::Date>| date.map(uk_long).unwrap_or_default();
    let mut compare = |label: String, ours: &str, theirs: &str| {
        if ours != theirs {
            let (ours, theirs) = marked(ours, theirs);
            found.push(Difference {
                label,
                ours,
                theirs,
            });
        }
    };
    compare(
        "The date the report was published".to_owned(),
        &date(ours.report.published),
        &date(theirs.report.published),
    );
    compare(
        "The date of the response".to_owned(),
        &date(ours.responder.response_date),
        &date(theirs.responder.response_date),
    );
    compare(
        "The role".to_owned(),
        ours.responder.role.label(),
        theirs.responder.role.label(),
    );
    let ours_fields = text_fields(ours);
    let theirs_fields = text_fields(theirs);
    let text_of = |fields: &[(Field, &str)], field: Field| -> String {
        fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, text)| text.to_string())
            .unwrap_or_default()
    };
    // Fields in the page's order: ours, then those only the other version has (its extra items).
    let mut order: Vec<Field> = ours_fields.iter().map(|(field, _)| *field).collect();
    for (field, _) in &theirs_fields {
        if !order.contains(field) {
            let before_closing = order.len().saturating_sub(1);
            order.insert(before_closing, *field);
        }
    }
    for field in order {
        let holder = match field {
            Field::Item(index, _) if index >= ours.items.len() => theirs,
            _ => ours,
        };
        compare(
            capitalise(&place(holder, field)),
            &text_of(&ours_fields, field),
            &text_of(&theirs_fields, field),
        );
    }
    found
}

/// Each version's words, with those the other lacks marked.
fn marked(ours: &str, theirs: &str) -> (Vec<Piece>, Vec<Piece>) {
    let diff = TextDiff::from_words(theirs, ours);
    let (mut ours_pieces, mut theirs_pieces) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut ours_pieces, text, false);
                push(&mut theirs_pieces, text, false);
            }
            ChangeTag::Insert => push(&mut ours_pieces, text, true),
            ChangeTag::Delete => push(&mut theirs_pieces, text, true),
        }
    }
    (ours_pieces, theirs_pieces)
}

/// Adds words to a version, joined to the run before when both are changed or both are not.
/// Spaces between two changed runs count as changed, so a changed phrase is marked whole.
fn push(pieces: &mut Vec<Piece>, text: &str, changed: bool) {
    let changed = changed || (text.trim().is_empty() && pieces.last().is_some_and(|p| p.changed));
    match pieces.last_mut() {
        Some(last) if last.changed == changed => last.text.push_str(text),
        _ => pieces.push(Piece {
            text: text.to_owned(),
            changed,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;
    use crate::template::new_draft;
    use crate::{Item, ItemKind};

    fn draft() -> Draft {
        let mut draft = new_draft();
        draft.report.title = "PEEL 2025".into();
        draft.introduction = "We welcome this report and will act on it.".into();
        draft.items[0].response = "Training starts in May.".into();
        draft
    }

    /// A version's text with its changed runs in brackets.
    fn shown(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| {
                if p.changed {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn the_same_draft_has_no_differences() {
        assert_eq!(differences(&draft(), &draft()), vec![]);
    }

    #[test]
    fn changed_words_are_marked_in_each_version() {
        let ours = draft();
        let mut theirs = draft();
        theirs.introduction = "We welcome this thorough report and will act on it quickly.".into();
        let found = differences(&ours, &theirs);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].label, "The introduction");
        // Words are compared whole, with their punctuation: "it." is not "it".
        assert_eq!(
            shown(&found[0].ours),
            "We welcome this report and will act on [it.]"
        );
        assert_eq!(
            shown(&found[0].theirs),
            "We welcome this [thorough ]report and will act on [it quickly.]"
        );
    }

    #[test]
    fn a_changed_run_is_marked_whole_with_its_spaces() {
        let mut ours = draft();
        ours.items[0].response = "Training will start in June for all officers.".into();
        let found = differences(&ours, &draft());
        assert_eq!(found[0].label, "The response to Recommendation 1");
        assert_eq!(
            shown(&found[0].ours),
            "Training [will start ]in [June for all officers.]"
        );
        assert_eq!(shown(&found[0].theirs), "Training [starts ]in [May.]");
    }

    #[test]
    fn dates_and_an_item_only_one_version_has_are_differences() {
        let mut ours = draft();
        ours.responder.response_date = from_calendar(2025, 8, 7);
        let mut extra = Item::new(ItemKind::AreaForImprovement, "2");
        extra.text = "Forces should train staff.".into();
        ours.items.push(extra);
        let theirs = draft();
        let labels: Vec<String> = differences(&ours, &theirs)
            .into_iter()
            .map(|d| d.label)
            .collect();
        assert_eq!(
            labels,
            [
                "The date of the response",
                "The number of Area for improvement 2",
                "What the report says in Area for improvement 2"
            ]
        );
        let back: Vec<String> = differences(&theirs, &ours)
            .into_iter()
            .map(|d| d.label)
            .collect();
        assert_eq!(back, labels, "the same fields, whichever version is ours");
    }
}
