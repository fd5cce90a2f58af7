//! What differs between two versions of a draft, field by field, with the words that changed
//! marked: for choosing between this tab's version and another's, or between saved versions.

use crate::dates::uk_long;
use crate::diff::{self, Budget, Tag};
use crate::field::{label, text_fields, Field};
use crate::model::Draft;
use serde::{Deserialize, Serialize};

/// A run of words, and whether it is in this version only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub text: String,
    pub changed: bool,
}

/// One field that differs, as each version has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// Which field, e.g. "The response to Recommendation 2".
    pub label: String,
    pub ours: Vec<Piece>,
    pub theirs: Vec<Piece>,
    /// Too long and too changed to compare word by word in good time: the changed part is
    /// marked whole.
    pub replaced_whole: bool,
}

/// Two versions compared, as a person reads it: each part that differs, its words marked, and
/// the items added, removed and moved, in words.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Comparison {
    pub differences: Vec<Difference>,
    pub items: Vec<String>,
}

/// `now` compared with `then`: `now`'s words are `ours` in each difference, and an item
/// `then` had and `now` has not is "removed".
pub fn comparison(now: &Draft, then: &Draft) -> Comparison {
    Comparison {
        differences: differences(now, then),
        items: item_changes(then, now)
            .iter()
            .map(ItemChange::describe)
            .collect(),
    }
}

/// Every field in which `ours` and `theirs` differ, in the order of the page. Items are
/// matched by their identity, wherever each version has them; an item only one version has
/// is compared with nothing.
pub fn differences(ours: &Draft, theirs: &Draft) -> Vec<Difference> {
    let mut found = Vec::new();
    let date = |date: Option<time::Date>| date.map(uk_long).unwrap_or_default();
    let budget = Budget::default();
    let mut compare = |label: String, ours: &str, theirs: &str| {
        if ours != theirs {
            let (ours, theirs, replaced_whole) = marked_within(ours, theirs, &budget);
            found.push(Difference {
                label,
                ours,
                theirs,
                replaced_whole,
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
    let text_of = |fields: &[(Field, &str)], field: Option<Field>| -> String {
        field
            .and_then(|field| fields.iter().find(|(f, _)| *f == field))
            .map(|(_, text)| text.to_string())
            .unwrap_or_default()
    };
    // Each field as each version has it: items by identity, in our order, then those only the
    // other version has, before the closing.
    let mut pairs: Vec<(Option<Field>, Option<Field>)> = Vec::new();
    for (field, _) in &ours_fields {
        let other = match *field {
            Field::Item(index, part) => {
                place_of(theirs, &ours.items[index].id).map(|at| Field::Item(at, part))
            }
            field => Some(field),
        };
        pairs.push((Some(*field), other));
    }
    let closing = pairs.len().saturating_sub(1);
    let only_theirs = theirs_fields.iter().filter_map(|(field, _)| match *field {
        Field::Item(index, _) if place_of(ours, &theirs.items[index].id).is_none() => {
            Some((None, Some(*field)))
        }
        _ => None,
    });
    pairs.splice(closing..closing, only_theirs.collect::<Vec<_>>());
    for (our_field, their_field) in pairs {
        let name = match (our_field, their_field) {
            (Some(field), _) => label(ours, field),
            (None, Some(field)) => label(theirs, field),
            (None, None) => continue,
        };
        compare(
            name,
            &text_of(&ours_fields, our_field),
            &text_of(&theirs_fields, their_field),
        );
    }
    found
}

impl Difference {
    /// What changed, in words, from `theirs` to `ours`: "adds “and fair”; removes “thorough”".
    /// The words, so a person can tell what a change is without opening both versions.
    pub fn in_words(&self) -> String {
        let runs = |pieces: &[Piece]| -> Vec<String> {
            pieces
                .iter()
                .filter(|piece| piece.changed && !piece.text.trim().is_empty())
                .map(|piece| format!("“{}”", clipped(piece.text.trim())))
                .collect()
        };
        let (added, removed) = (runs(&self.ours), runs(&self.theirs));
        let mut said = Vec::new();
        if !added.is_empty() {
            said.push(format!("adds {}", added.join(", ")));
        }
        if !removed.is_empty() {
            said.push(format!("removes {}", removed.join(", ")));
        }
        said.join("; ")
    }
}

/// A long run of words cut to its first few, for a list.
fn clipped(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        return words.join(" ");
    }
    format!("{} …", words[..12].join(" "))
}

/// Where the item with `id` is in `draft`.
fn place_of(draft: &Draft, id: &str) -> Option<usize> {
    draft.items.iter().position(|item| item.id == id)
}

/// An item that one version has and the other has not, or has in another place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemChange {
    Added {
        name: String,
    },
    Removed {
        name: String,
    },
    /// Moved among the other items, from place `from` to place `to` (counted from 1).
    Moved {
        name: String,
        from: usize,
        to: usize,
    },
}

impl ItemChange {
    /// The change in words, e.g. "Recommendation 2 moved from place 2 to place 4".
    pub fn describe(&self) -> String {
        match self {
            ItemChange::Added { name } => format!("{name} added"),
            ItemChange::Removed { name } => format!("{name} removed"),
            ItemChange::Moved { name, from, to } => {
                format!("{name} moved from place {from} to place {to}")
            }
        }
    }
}

/// The items added, removed and moved between `then` and `now`, matched by identity. An item
/// counts as moved when it left the order the others kept (the longest run of items in the
/// same order in both), so moving one item does not make every item after it look moved.
pub fn item_changes(then: &Draft, now: &Draft) -> Vec<ItemChange> {
    let name = |draft: &Draft, at: usize| draft.items[at].display_name(at);
    let mut changes = Vec::new();
    for (at, item) in then.items.iter().enumerate() {
        if place_of(now, &item.id).is_none() {
            changes.push(ItemChange::Removed {
                name: name(then, at),
            });
        }
    }
    let kept_then: Vec<&str> = then
        .items
        .iter()
        .filter(|item| place_of(now, &item.id).is_some())
        .map(|item| item.id.as_str())
        .collect();
    let kept_now: Vec<&str> = now
        .items
        .iter()
        .filter(|item| place_of(then, &item.id).is_some())
        .map(|item| item.id.as_str())
        .collect();
    let (ops, _) = diff::slices_or_replaced(&kept_then, &kept_now, &Budget::default());
    let in_order: std::collections::HashSet<&str> = ops
        .into_iter()
        .filter_map(|op| match op {
            similar::DiffOp::Equal { old_index, len, .. } => Some(old_index..old_index + len),
            _ => None,
        })
        .flatten()
        .map(|index| kept_then[index])
        .collect();
    for (at, item) in now.items.iter().enumerate() {
        match place_of(then, &item.id) {
            None => changes.push(ItemChange::Added {
                name: name(now, at),
            }),
            Some(from) if !in_order.contains(item.id.as_str()) => changes.push(ItemChange::Moved {
                name: name(now, at),
                from: from + 1,
                to: at + 1,
            }),
            Some(_) => {}
        }
    }
    changes
}

/// Each version's words, with those the other lacks marked.
pub fn marked(ours: &str, theirs: &str) -> (Vec<Piece>, Vec<Piece>) {
    let (ours, theirs, _) = marked_within(ours, theirs, &Budget::default());
    (ours, theirs)
}

/// Each version's words, with those the other lacks marked, within `budget`; and whether some
/// run was marked whole when the budget ran out.
fn marked_within(ours: &str, theirs: &str, budget: &Budget) -> (Vec<Piece>, Vec<Piece>, bool) {
    let diff = diff::words(theirs, ours, budget);
    let (mut ours_pieces, mut theirs_pieces) = (Vec::new(), Vec::new());
    for (tag, text) in diff.runs {
        match tag {
            Tag::Equal => {
                push(&mut ours_pieces, text, false);
                push(&mut theirs_pieces, text, false);
            }
            Tag::Inserted => push(&mut ours_pieces, text, true),
            Tag::Deleted => push(&mut theirs_pieces, text, true),
        }
    }
    (ours_pieces, theirs_pieces, diff.replaced_whole)
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
        // The same item in every call, as in two versions of one draft.
        draft.items[0].id = "first".into();
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
    fn a_difference_is_told_in_the_words_added_and_removed() {
        let mut now = draft();
        now.introduction = "We welcome this fair report. It is thorough.".into();
        let mut then = draft();
        then.introduction = "We welcome this report. It is long.".into();
        let found = differences(&now, &then);
        assert_eq!(
            found[0].in_words(),
            "adds “fair”, “thorough.”; removes “long.”"
        );
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

    /// A draft of five recommendations, each answered.
    fn five() -> Draft {
        let mut draft = draft();
        draft.items.clear();
        for n in 1..=5 {
            let mut item = Item::new(ItemKind::Recommendation, n.to_string());
            item.response = format!("Response {n}.");
            draft.items.push(item);
        }
        draft
    }

    #[test]
    fn items_are_matched_by_identity_so_a_moved_item_is_moved_not_rewritten() {
        let then = five();
        let mut now = then.clone();
        let second = now.items.remove(1);
        now.items.insert(3, second);
        assert_eq!(differences(&now, &then), vec![]);
        assert_eq!(
            item_changes(&then, &now),
            vec![ItemChange::Moved {
                name: "Recommendation 2".into(),
                from: 2,
                to: 4
            }]
        );
        assert_eq!(
            item_changes(&then, &now)[0].describe(),
            "Recommendation 2 moved from place 2 to place 4"
        );
    }

    #[test]
    fn an_item_removed_before_an_edited_one_leaves_the_edit_on_its_own_item() {
        let then = five();
        let mut now = then.clone();
        now.items.remove(0);
        now.items[1].response = "Response 3, now done.".into();
        let found = differences(&now, &then);
        let labels: Vec<&str> = found.iter().map(|d| d.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "The response to Recommendation 3",
                "The number of Recommendation 1",
                "The response to Recommendation 1"
            ]
        );
        assert_eq!(shown(&found[0].ours), "Response [3, now done.]");
        let changes: Vec<String> = item_changes(&then, &now)
            .iter()
            .map(ItemChange::describe)
            .collect();
        assert_eq!(changes, ["Recommendation 1 removed"]);
    }

    #[test]
    fn items_added_and_removed_are_listed_and_the_rest_are_not_moved() {
        let then = five();
        let mut now = then.clone();
        now.items.remove(4);
        let mut added = Item::new(ItemKind::AreaForImprovement, "1");
        added.text = "Forces should train staff.".into();
        now.items.insert(0, added);
        let changes: Vec<String> = item_changes(&then, &now)
            .iter()
            .map(ItemChange::describe)
            .collect();
        assert_eq!(
            changes,
            ["Recommendation 5 removed", "Area for improvement 1 added"]
        );
    }
}
