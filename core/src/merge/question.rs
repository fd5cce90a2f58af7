//! The merge question, as the person reads it: how many changes come in straight away, what
//! they are, and each collision with the words that differ marked. Worked out in the worker;
//! the page only draws it.

use super::merge;
use crate::compare::{comparison, marked, Piece};
use crate::model::Draft;
use serde::{Deserialize, Serialize};

/// A part the two copies changed in different ways, each copy's words marked where the other
/// lacks them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkedCollision {
    pub label: String,
    pub ours: Vec<Piece>,
    pub theirs: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Question {
    /// Changes only the copy made, taken straight away.
    pub taken: usize,
    /// In the order of the page: the place of each is its index in the choices.
    pub collisions: Vec<MarkedCollision>,
    /// What changes here before any choice, in words: "The introduction: adds “…”".
    pub incoming: Vec<String>,
}

/// The question merging `theirs` into `ours`, both changed since `base`, asks.
pub fn question(base: &Draft, ours: &Draft, theirs: &Draft) -> Question {
    // No side chosen: the collisions keep ours, so what comes in is what is taken for certain.
    let first = merge(base, ours, theirs, &[]);
    let coming = comparison(&first.draft, ours);
    let mut incoming: Vec<String> = coming
        .differences
        .into_iter()
        .map(|difference| match difference.in_words() {
            words if words.is_empty() => difference.label,
            words => format!("{}: {words}", difference.label),
        })
        .collect();
    incoming.extend(coming.items);
    Question {
        taken: first.taken,
        collisions: first
            .collisions
            .into_iter()
            .map(|collision| {
                let (ours, theirs) = marked(&collision.ours, &collision.theirs);
                MarkedCollision {
                    label: collision.label,
                    ours,
                    theirs,
                }
            })
            .collect(),
        incoming,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::new_draft;

    #[test]
    fn the_question_says_what_comes_in_and_marks_each_collision() {
        let mut base = new_draft();
        base.introduction = "We welcome the report.".into();
        let mut ours = base.clone();
        ours.introduction = "We warmly welcome the report.".into();
        let mut theirs = base.clone();
        theirs.introduction = "We welcome the whole report.".into();
        theirs.report.title = "Vetting and counter-corruption".into();
        let asked = question(&base, &ours, &theirs);
        assert_eq!(asked.taken, 1);
        assert_eq!(asked.incoming.len(), 1);
        assert!(
            asked.incoming[0].contains("Vetting and counter-corruption"),
            "{:?}",
            asked.incoming
        );
        assert_eq!(asked.collisions.len(), 1);
        let collision = &asked.collisions[0];
        let changed = |pieces: &[Piece]| -> Vec<String> {
            pieces
                .iter()
                .filter(|p| p.changed)
                .map(|p| p.text.trim().to_owned())
                .collect()
        };
        assert_eq!(changed(&collision.ours), ["warmly"]);
        assert_eq!(changed(&collision.theirs), ["whole"]);
    }
}
