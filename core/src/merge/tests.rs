use super::*;
use crate::life::Stage;
use crate::template::new_draft;
use crate::ItemKind;

/// A draft of five answered recommendations, with a two-paragraph introduction.
fn base() -> Draft {
    let mut draft = new_draft();
    draft.report.title = "PEEL 2025".into();
    draft.introduction = "We welcome the report. It is thorough and fair.\n\nWe will act on every recommendation. Progress will be reported.".into();
    draft.items.clear();
    for n in 1..=5 {
        let mut item = Item::new(ItemKind::Recommendation, n.to_string());
        item.id = format!("item-{n}");
        item.response = format!("Response {n}. More to follow.");
        draft.items.push(item);
    }
    draft
}

fn numbers(draft: &Draft) -> Vec<&str> {
    draft
        .items
        .iter()
        .map(|item| item.number.as_str())
        .collect()
}

#[test]
fn nothing_changed_on_either_side_merges_to_the_same_draft() {
    let merged = merge(&base(), &base(), &base(), &[]);
    assert_eq!(merged.draft, base());
    assert_eq!((merged.collisions.len(), merged.taken), (0, 0));
}

#[test]
fn both_editing_different_items_keeps_both_edits() {
    let mut ours = base();
    ours.items[0].response = "Done here.".into();
    let mut theirs = base();
    theirs.items[3].response = "Done there.".into();
    theirs.report.title = "PEEL 2025: police effectiveness".into();
    let merged = merge(&base(), &ours, &theirs, &[]);
    assert_eq!(merged.collisions, vec![]);
    assert_eq!(merged.taken, 2);
    assert_eq!(merged.draft.items[0].response, "Done here.");
    assert_eq!(merged.draft.items[3].response, "Done there.");
    assert_eq!(merged.draft.report.title, "PEEL 2025: police effectiveness");
}

#[test]
fn both_editing_one_paragraph_in_different_sentences_keeps_both_edits() {
    let mut ours = base();
    ours.introduction = ours
        .introduction
        .replace("We welcome the report.", "We warmly welcome the report.");
    let mut theirs = base();
    theirs.introduction = theirs.introduction.replace(
        "It is thorough and fair.",
        "It is thorough, fair and timely.",
    );
    theirs.introduction.push_str(" A plan follows.");
    let merged = merge(&base(), &ours, &theirs, &[]);
    assert_eq!(merged.collisions, vec![]);
    assert_eq!(
        merged.draft.introduction,
        "We warmly welcome the report. It is thorough, fair and timely.\n\nWe will act on every recommendation. Progress will be reported. A plan follows."
    );
}

#[test]
fn both_editing_one_sentence_collide_and_the_choice_settles_it() {
    let mut ours = base();
    ours.items[1].response = "Response 2, done in May. More to follow.".into();
    let mut theirs = base();
    theirs.items[1].response = "Response 2, due in June. More to follow.".into();
    let merged = merge(&base(), &ours, &theirs, &[]);
    assert_eq!(
        merged.collisions,
        vec![Collision {
            label: "The response to Recommendation 2".into(),
            ours: "Response 2, done in May.".into(),
            theirs: "Response 2, due in June.".into(),
        }]
    );
    assert_eq!(
        merged.draft.items[1].response, ours.items[1].response,
        "ours unless chosen"
    );
    let chosen = merge(&base(), &ours, &theirs, &[Side::Theirs]);
    assert_eq!(chosen.draft.items[1].response, theirs.items[1].response);
    assert_eq!(
        chosen.collisions, merged.collisions,
        "merging again gives the same collisions"
    );
}

#[test]
fn the_same_change_on_both_sides_is_no_collision() {
    let mut ours = base();
    ours.items[2].response = "Agreed by both.".into();
    ours.life.stage = Stage::ForSignOff;
    let theirs = ours.clone();
    let merged = merge(&base(), &ours, &theirs, &[]);
    assert_eq!(merged.collisions, vec![]);
    assert_eq!(merged.draft, ours);
}

#[test]
fn one_deleting_an_item_the_other_edited_collides() {
    let mut ours = base();
    ours.items[2].response = "Response 3, rewritten.".into();
    let mut theirs = base();
    theirs.items.remove(2);
    let merged = merge(&base(), &ours, &theirs, &[]);
    assert_eq!(
        merged.collisions,
        vec![Collision {
            label: "Recommendation 3".into(),
            ours: "Kept here, with changes".into(),
            theirs: "Removed in the file".into(),
        }]
    );
    assert_eq!(numbers(&merged.draft), ["1", "2", "3", "4", "5"]);
    let removed = merge(&base(), &ours, &theirs, &[Side::Theirs]);
    assert_eq!(numbers(&removed.draft), ["1", "2", "4", "5"]);
    // The other way round: removed here, edited in the file.
    let merged = merge(&base(), &theirs, &ours, &[Side::Theirs]);
    assert_eq!(merged.collisions[0].ours, "Removed here");
    assert_eq!(numbers(&merged.draft), ["1", "2", "3", "4", "5"]);
    assert_eq!(merged.draft.items[2].response, "Response 3, rewritten.");
}

#[test]
fn an_item_removed_on_one_side_and_untouched_on_the_other_is_removed() {
    let mut theirs = base();
    theirs.items.remove(4);
    let merged = merge(&base(), &base(), &theirs, &[]);
    assert_eq!(merged.collisions, vec![]);
    assert_eq!(numbers(&merged.draft), ["1", "2", "3", "4"]);
}

#[test]
fn an_item_moved_on_one_side_and_edited_on_the_other_is_moved_and_edited() {
    let mut ours = base();
    ours.items[1].response = "Response 2, edited here.".into();
    let mut theirs = base();
    let moved = theirs.items.remove(1);
    theirs.items.push(moved);
    let merged = merge(&base(), &ours, &theirs, &[]);
    assert_eq!(merged.collisions, vec![]);
    assert_eq!(numbers(&merged.draft), ["1", "3", "4", "5", "2"]);
    assert_eq!(merged.draft.items[4].response, "Response 2, edited here.");
}

#[test]
fn items_added_on_each_side_are_all_kept_after_the_item_they_followed() {
    let mut ours = base();
    let mut here = Item::new(ItemKind::AreaForImprovement, "1");
    here.text = "Added here.".into();
    ours.items.insert(1, here);
    let mut theirs = base();
    let mut there = Item::new(ItemKind::AreaForImprovement, "2");
    there.text = "Added in the file.".into();
    theirs.items.insert(3, there);
    let merged = merge(&base(), &ours, &theirs, &[]);
    assert_eq!(merged.collisions, vec![]);
    assert_eq!(numbers(&merged.draft), ["1", "1", "2", "3", "2", "4", "5"]);
    assert_eq!(merged.draft.items[4].text, "Added in the file.");
}

#[test]
fn a_date_and_the_stage_changed_differently_collide_in_words() {
    let mut ours = base();
    ours.responder.response_date = crate::dates::from_calendar(2025, 8, 7);
    ours.life.stage = Stage::WithChiefConstable;
    let mut theirs = base();
    theirs.responder.response_date = crate::dates::from_calendar(2025, 8, 8);
    theirs.life.stage = Stage::ForSignOff;
    let merged = merge(&base(), &ours, &theirs, &[Side::Theirs, Side::Ours]);
    let shown: Vec<(&str, &str, &str)> = merged
        .collisions
        .iter()
        .map(|c| (c.label.as_str(), c.ours.as_str(), c.theirs.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("The date of the response", "7 August 2025", "8 August 2025"),
            ("The stage", "With the chief constable", "For sign-off"),
        ]
    );
    assert_eq!(
        merged.draft.responder.response_date,
        theirs.responder.response_date
    );
    assert_eq!(merged.draft.life.stage, Stage::WithChiefConstable);
}

#[test]
fn two_collisions_in_one_field_are_chosen_apart() {
    let mut ours = base();
    ours.introduction = "We welcome the report here. It is thorough and fair.\n\nWe will act on every recommendation. Progress will be reported here.".into();
    let mut theirs = base();
    theirs.introduction = "We welcome the report there. It is thorough and fair.\n\nWe will act on every recommendation. Progress will be reported there.".into();
    let merged = merge(&base(), &ours, &theirs, &[Side::Ours, Side::Theirs]);
    assert_eq!(merged.collisions.len(), 2);
    assert_eq!(
        merged.draft.introduction,
        "We welcome the report here. It is thorough and fair.\n\nWe will act on every recommendation. Progress will be reported there."
    );
}

#[test]
fn an_item_with_no_heading_is_named_by_its_place_in_a_collision() {
    let mut base = base();
    base.items[2].kind = ItemKind::Custom(String::new());
    base.items[2].number.clear();
    let mut ours = base.clone();
    ours.items[2].response = "Rewritten here.".into();
    let mut theirs = base.clone();
    theirs.items.remove(2);
    let merged = merge(&base, &ours, &theirs, &[]);
    assert_eq!(merged.collisions[0].label, "Item 3");
}

/// Found by trying two colleagues' copies: a sentence moved to the front on one side, one
/// added at the end on the other. The diff's operations do not come in the base's order here.
#[test]
fn a_sentence_moved_here_and_one_added_there_merge_in_their_places() {
    let mut base = base();
    base.introduction = "We agree. We will act. Done. ".into();
    let mut ours = base.clone();
    ours.introduction = "Done. More soon. Done. ".into();
    let mut theirs = base.clone();
    theirs.introduction = "We agree. We will act. Done. Thanks. ".into();
    let merged = merge(&base, &ours, &theirs, &[]);
    assert_eq!(merged.collisions, vec![]);
    assert_eq!(merged.draft.introduction, "Done. More soon. Done. Thanks. ");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Sentences from a small set, so that they repeat and move between the three texts.
    fn text() -> impl Strategy<Value = String> {
        let sentence = prop::sample::select(vec![
            "We agree. ",
            "We will act. ",
            "Done. ",
            "More soon.\n\n",
            "Thanks. ",
            "Done",
            "A plan follows. ",
            "\n",
        ]);
        prop::collection::vec(sentence, 0..9).prop_map(|pieces| pieces.concat())
    }

    fn with_introduction(text: &str) -> Draft {
        let mut draft = base();
        draft.introduction = text.to_owned();
        draft
    }

    fn merged(base: &str, ours: &str, theirs: &str, side: Side) -> Merged {
        let choices = vec![side; 64];
        merge(
            &with_introduction(base),
            &with_introduction(ours),
            &with_introduction(theirs),
            &choices,
        )
    }

    proptest! {
        #[test]
        fn any_three_texts_merge_without_panic_and_keep_every_side_s_words(
            base in text(), ours in text(), theirs in text()
        ) {
            let kept_ours = merged(&base, &ours, &theirs, Side::Ours);
            let kept_theirs = merged(&base, &ours, &theirs, Side::Theirs);
            prop_assert_eq!(&kept_ours.collisions, &kept_theirs.collisions);
            for collision in &kept_ours.collisions {
                prop_assert_ne!(&collision.ours, &collision.theirs);
                prop_assert!(ours.contains(collision.ours.as_str()), "{:?} not in ours", collision.ours);
                prop_assert!(theirs.contains(collision.theirs.as_str()), "{:?} not in theirs", collision.theirs);
            }
            // Merging is the same whichever copy is called ours.
            let swapped = merged(&base, &theirs, &ours, Side::Theirs);
            prop_assert_eq!(&swapped.draft.introduction, &kept_ours.draft.introduction);
            let swapped = merged(&base, &theirs, &ours, Side::Ours);
            prop_assert_eq!(&swapped.draft.introduction, &kept_theirs.draft.introduction);
            // Every word of the result was written on one side or the other.
            for word in kept_ours.draft.introduction.split_whitespace() {
                prop_assert!(ours.contains(word) || theirs.contains(word), "{:?} came from nowhere", word);
            }
        }

        #[test]
        fn a_change_on_one_side_only_gives_that_side(base in text(), changed in text()) {
            prop_assert_eq!(merged(&base, &base, &changed, Side::Ours).draft.introduction, changed.clone());
            prop_assert_eq!(merged(&base, &changed, &base, Side::Theirs).draft.introduction, changed.clone());
            let both = merged(&base, &changed, &changed, Side::Theirs);
            prop_assert_eq!(both.draft.introduction, changed);
            prop_assert!(both.collisions.is_empty());
        }

        #[test]
        fn edits_to_sentences_apart_both_stand(
            count in 4usize..9, first in 0usize..9, gap in 0usize..9, seed in 0u8..4, flip: bool
        ) {
            let base: Vec<String> = (0..count).map(|n| format!("Sentence {n}. ")).collect();
            // Two sentences at least one apart, in either order.
            let earlier = first % (count - 2);
            let later = earlier + 2 + gap % (count - earlier - 2);
            let (here, there) = if flip { (later, earlier) } else { (earlier, later) };
            let mut ours = base.clone();
            let mut theirs = base.clone();
            match seed {
                0 => { ours[here] = "Rewritten here. ".into(); theirs[there] = "Rewritten there. ".into(); }
                1 => { ours.remove(here); theirs[there] = "Rewritten there. ".into(); }
                2 => { ours.insert(here, "Added here. ".into()); theirs.remove(there); }
                _ => { ours[here] = "Rewritten here. ".into(); theirs.insert(there + 1, "Added there. ".into()); }
            }
            let result = merged(&base.concat(), &ours.concat(), &theirs.concat(), Side::Ours);
            prop_assert!(result.collisions.is_empty(), "{:?}", result.collisions);
            // Both edits stand: the result is ours with their one edit, and theirs with ours.
            let text = result.draft.introduction;
            for piece in ["Rewritten here. ", "Rewritten there. ", "Added here. ", "Added there. "] {
                prop_assert_eq!(text.contains(piece), ours.concat().contains(piece) || theirs.concat().contains(piece));
            }
            if seed == 1 { prop_assert!(!text.contains(&base[here])); }
            if seed == 2 { prop_assert!(!text.contains(&base[there])); }
        }
    }
}
