//! Merging a colleague's copy of a draft: both copies changed since a version they share, so
//! each part is merged three ways. A change made on one side only is taken; the same change on
//! both sides is taken once; different changes to one part collide, and the person chooses.
//! Free text is merged sentence by sentence, so edits to different sentences of one paragraph
//! both stand, while two edits to one sentence collide. Items are matched by identity, so an
//! item moved on one side and edited on the other is both moved and edited.

use crate::dates::uk_long;
use crate::diff::{self, sentences, Budget};
use crate::field::{label, Field, ItemField};
use crate::model::{Draft, Item, Life};
use serde::{Deserialize, Serialize};
use similar::DiffOp;
use std::collections::{HashMap, HashSet};
use time::Date;

/// Which copy a collision is settled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The draft in this browser.
    #[default]
    Ours,
    /// The copy being merged in.
    Theirs,
}

/// A part the two copies changed in different ways, as each has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collision {
    /// Which part, e.g. "The response to Recommendation 3".
    pub label: String,
    pub ours: String,
    pub theirs: String,
}

/// The merged draft, with each collision settled as `choices` says (ours where it says
/// nothing), and what the merge came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub draft: Draft,
    /// In the order of the page; the place of each in this list is its index in `choices`.
    pub collisions: Vec<Collision>,
    /// Changes made only in their copy, taken as they are.
    pub taken: usize,
}

/// Merges `theirs` into `ours`, both changed since `base`. The same inputs always give the
/// collisions in the same order, so a person's choices can be applied by merging again.
pub fn merge(base: &Draft, ours: &Draft, theirs: &Draft, choices: &[Side]) -> Merged {
    let mut merger = Merger {
        choices,
        budget: Budget::default(),
        collisions: Vec::new(),
        taken: 0,
    };
    let draft = merger.draft(base, ours, theirs);
    Merged {
        draft,
        collisions: merger.collisions,
        taken: merger.taken,
    }
}

struct Merger<'a> {
    choices: &'a [Side],
    /// Shared by every field's diff, so a whole draft merges in bounded time.
    budget: Budget,
    collisions: Vec<Collision>,
    taken: usize,
}

/// What a collision settles to, once chosen.
enum Settled<T> {
    Same(T),
    Chosen { ours: T, theirs: T },
}

impl Merger<'_> {
    /// Records a collision and returns the side chosen for it.
    fn collide(&mut self, label: String, ours: String, theirs: String) -> Side {
        let side = self
            .choices
            .get(self.collisions.len())
            .copied()
            .unwrap_or_default();
        self.collisions.push(Collision {
            label,
            ours,
            theirs,
        });
        side
    }

    /// One value merged whole: a date, a choice, a short line.
    // Closures by reference, so that each kind of value is one function in the app, not one
    // for every part that uses it.
    fn value<T: PartialEq + Clone>(
        &mut self,
        label: &dyn Fn() -> String,
        shown: &dyn Fn(&T) -> String,
        base: &T,
        ours: &T,
        theirs: &T,
    ) -> T {
        match self.settle(base, ours, theirs) {
            Settled::Same(value) => value,
            Settled::Chosen { ours, theirs } => {
                match self.collide(label(), shown(&ours), shown(&theirs)) {
                    Side::Ours => ours,
                    Side::Theirs => theirs,
                }
            }
        }
    }

    fn settle<T: PartialEq + Clone>(&mut self, base: &T, ours: &T, theirs: &T) -> Settled<T> {
        if ours == theirs || theirs == base {
            Settled::Same(ours.clone())
        } else if ours == base {
            self.taken += 1;
            Settled::Same(theirs.clone())
        } else {
            Settled::Chosen {
                ours: ours.clone(),
                theirs: theirs.clone(),
            }
        }
    }

    /// Free text merged sentence by sentence; each run of sentences both changed differently
    /// is a collision of its own.
    fn text(&mut self, label: &dyn Fn() -> String, base: &str, ours: &str, theirs: &str) -> String {
        if ours == theirs || theirs == base {
            return ours.to_owned();
        }
        if ours == base {
            self.taken += 1;
            return theirs.to_owned();
        }
        let (base, ours, theirs) = (sentences(base), sentences(ours), sentences(theirs));
        let mut merged = String::new();
        for chunk in merge_runs(&base, &ours, &theirs, &self.budget) {
            match chunk {
                Chunk::Settled { text, from_theirs } => {
                    self.taken += usize::from(from_theirs);
                    join(&mut merged, &text);
                }
                Chunk::Clash { ours, theirs } => {
                    let chosen =
                        self.collide(label(), ours.trim().to_owned(), theirs.trim().to_owned());
                    join(
                        &mut merged,
                        match chosen {
                            Side::Ours => &ours,
                            Side::Theirs => &theirs,
                        },
                    );
                }
            }
        }
        merged
    }

    fn draft(&mut self, base: &Draft, ours: &Draft, theirs: &Draft) -> Draft {
        let date: &dyn Fn(&Option<Date>) -> String = &shown_date;
        let line: &dyn Fn(&String) -> String = &String::clone;
        let mut draft = ours.clone();
        // Field by field in the order of the form, so the questions come in that order.
        for field in Field::WHOLE_DRAFT {
            let name = || label(ours, field);
            if field == Field::Closing {
                draft.items = self.items(base, ours, theirs);
            }
            let dates = |d: &Draft| match field {
                Field::ReportPublished => d.report.published,
                _ => d.responder.response_date,
            };
            match (field.text(base), field.text(ours), field.text(theirs)) {
                (Some(b), Some(o), Some(t)) => {
                    // Prose is merged sentence by sentence; a line (a title, a name) whole.
                    let merged = if field.is_prose() {
                        self.text(&name, b, o, t)
                    } else {
                        self.value(&name, line, &b.to_owned(), &o.to_owned(), &t.to_owned())
                    };
                    if let Some(text) = field.text_mut(&mut draft) {
                        *text = merged;
                    }
                }
                _ => {
                    let merged =
                        self.value(&name, date, &dates(base), &dates(ours), &dates(theirs));
                    match field {
                        Field::ReportPublished => draft.report.published = merged,
                        _ => draft.responder.response_date = merged,
                    }
                }
            }
            if field == Field::Body {
                let (b, o, t) = (&base.responder, &ours.responder, &theirs.responder);
                draft.responder.role = self.value(
                    &|| "The role".to_owned(),
                    &|role| role.label().to_owned(),
                    &b.role,
                    &o.role,
                    &t.role,
                );
            }
        }
        draft.life = self.life(&base.life, &ours.life, &theirs.life);
        draft
    }

    fn life(&mut self, base: &Life, ours: &Life, theirs: &Life) -> Life {
        let mut life = ours.clone();
        life.stage = self.value(
            &|| "The stage".to_owned(),
            &|stage| stage.label().to_owned(),
            &base.stage,
            &ours.stage,
            &theirs.stage,
        );
        life.section_55 = self.value(
            &|| "The section 55 record".to_owned(),
            &|record| {
                record
                    .lines()
                    .into_iter()
                    .map(|(step, said)| format!("{step}: {said}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
            &base.section_55,
            &ours.section_55,
            &theirs.section_55,
        );
        // Corrections are a record of days: every day either copy recorded stands.
        for day in &theirs.corrections {
            if !life.corrections.contains(day) {
                life.corrections.push(*day);
            }
        }
        life.corrections.sort_unstable();
        // The stage and the record merged apart, made one truth again.
        life.settled()
    }

    fn items(&mut self, base: &Draft, ours: &Draft, theirs: &Draft) -> Vec<Item> {
        let find = |draft: &Draft, id: &str| draft.items.iter().find(|item| item.id == id).cloned();
        // Each item that stays, as it ends up, by id; put in order at the end.
        let mut kept: HashMap<String, Item> = HashMap::new();
        let mut seen = HashSet::new();
        let sides = [ours, theirs, base];
        let listed = sides.iter().flat_map(|side| side.items.iter().enumerate());
        for (at, item) in listed {
            if !seen.insert(item.id.clone()) {
                continue;
            }
            // What the item is called where it was first found: its heading, else its place.
            let name = item.display_name(at);
            let merged = match (
                find(base, &item.id),
                find(ours, &item.id),
                find(theirs, &item.id),
            ) {
                (Some(b), Some(o), Some(t)) => Some(self.item(&name, &b, &o, &t)),
                (Some(b), Some(o), None) if b == o => {
                    self.taken += 1;
                    None
                }
                (Some(_), Some(o), None) => match self.collide(
                    name.clone(),
                    "Kept here, with changes".to_owned(),
                    "Removed in the file".to_owned(),
                ) {
                    Side::Ours => Some(o),
                    Side::Theirs => None,
                },
                (Some(b), None, Some(t)) if b == t => None,
                (Some(_), None, Some(t)) => match self.collide(
                    name.clone(),
                    "Removed here".to_owned(),
                    "Kept in the file, with changes".to_owned(),
                ) {
                    Side::Ours => None,
                    Side::Theirs => Some(t),
                },
                // Added here (or, by one chance in billions, on both sides with one id).
                (None, Some(o), _) => Some(o),
                (None, None, Some(t)) => {
                    self.taken += 1;
                    Some(t)
                }
                // Removed on both sides.
                _ => None,
            };
            if let Some(item) = merged {
                kept.insert(item.id.clone(), item);
            }
        }
        item_order(base, ours, theirs)
            .into_iter()
            .filter_map(|id| kept.remove(&id))
            .collect()
    }

    fn item(&mut self, name: &str, base: &Item, ours: &Item, theirs: &Item) -> Item {
        let label = |part: &str| format!("{part} {name}");
        let line: &dyn Fn(&String) -> String = &String::clone;
        let mut item = ours.clone();
        item.kind = self.value(
            &|| label("The kind of"),
            &|kind| kind.label().to_owned(),
            &base.kind,
            &ours.kind,
            &theirs.kind,
        );
        // The item's text fields in the form's order, by the map of the fields.
        for part in ItemField::ALL {
            let field_label = || format!("{} {name}", part.label());
            let (b, o, t) = (part.text(base), part.text(ours), part.text(theirs));
            *part.text_mut(&mut item) = if part.is_prose() {
                self.text(&field_label, b, o, t)
            } else {
                self.value(
                    &field_label,
                    line,
                    &b.to_owned(),
                    &o.to_owned(),
                    &t.to_owned(),
                )
            };
        }
        item.due = self.value(
            &|| label("When the inspectorate wants"),
            &shown_date,
            &base.due,
            &ours.due,
            &theirs.due,
        );
        item
    }
}

/// Adds a run to the merged text. A run that ended one copy's text may have no space after
/// its last sentence; when the other copy's words follow it, a space keeps them apart.
fn join(merged: &mut String, run: &str) {
    let ends_bare = merged
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    if ends_bare && run.chars().next().is_some_and(|c| !c.is_whitespace()) {
        merged.push(' ');
    }
    merged.push_str(run);
}

fn shown_date(date: &Option<Date>) -> String {
    date.map(uk_long).unwrap_or_else(|| "(none)".to_owned())
}

/// The order of the merged items: a copy that moved items gives its order (ours where both
/// did); items only the other copy has go after the item they follow there.
fn item_order(base: &Draft, ours: &Draft, theirs: &Draft) -> Vec<String> {
    let ids = |draft: &Draft| -> Vec<String> { draft.items.iter().map(|i| i.id.clone()).collect() };
    let (base_ids, ours_ids, theirs_ids) = (ids(base), ids(ours), ids(theirs));
    let kept_order = |side: &[String]| -> Vec<String> {
        side.iter()
            .filter(|id| base_ids.contains(id))
            .cloned()
            .collect()
    };
    let base_kept = |side: &[String]| -> Vec<String> {
        base_ids
            .iter()
            .filter(|id| side.contains(id))
            .cloned()
            .collect()
    };
    let ours_moved = kept_order(&ours_ids) != base_kept(&ours_ids);
    let (lead, other) = if ours_moved || kept_order(&theirs_ids) == base_kept(&theirs_ids) {
        (&ours_ids, &theirs_ids)
    } else {
        (&theirs_ids, &ours_ids)
    };
    let mut order = lead.clone();
    for source in [other, &base_ids] {
        for (at, id) in source.iter().enumerate() {
            if order.contains(id) {
                continue;
            }
            let after = source[..at]
                .iter()
                .rev()
                .find_map(|before| order.iter().position(|placed| placed == before));
            order.insert(after.map_or(0, |place| place + 1), id.clone());
        }
    }
    order
}

/// A run of the merged text: settled, or changed differently on each side.
#[derive(Debug, PartialEq)]
enum Chunk {
    Settled { text: String, from_theirs: bool },
    Clash { ours: String, theirs: String },
}

/// A change one side made to the base: the base's pieces `base` became the side's `side`.
#[derive(Clone, Copy)]
struct Change {
    base: (usize, usize),
    side: (usize, usize),
}

/// For each piece of the base, the piece of `side` it was kept as, if it was. The pairs only
/// ever go forward in both texts, whatever order the diff gives its operations in, so the
/// changes between them are well formed. `from_the_end` diffs the texts reversed: where a
/// piece repeats, that keeps its last copy rather than its first.
fn kept(base: &[&str], side: &[&str], from_the_end: bool, budget: &Budget) -> Vec<Option<usize>> {
    let mut pairs: Vec<(usize, usize)> = if from_the_end {
        let base_reversed: Vec<&str> = base.iter().rev().copied().collect();
        let side_reversed: Vec<&str> = side.iter().rev().copied().collect();
        equal_pairs(&base_reversed, &side_reversed, budget)
            .into_iter()
            .map(|(b, s)| (base.len() - 1 - b, side.len() - 1 - s))
            .collect()
    } else {
        equal_pairs(base, side, budget)
    };
    pairs.sort_unstable();
    let mut kept = vec![None; base.len()];
    let mut last_side = None;
    for (in_base, in_side) in pairs {
        if last_side.is_none_or(|last| in_side > last) {
            kept[in_base] = Some(in_side);
            last_side = Some(in_side);
        }
    }
    kept
}

/// The pieces the diff of `base` and `side` keeps equal, as pairs of places.
fn equal_pairs(base: &[&str], side: &[&str], budget: &Budget) -> Vec<(usize, usize)> {
    let (ops, _) = diff::slices_or_replaced(base, side, budget);
    ops.iter()
        .filter_map(|op| match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Some((0..len).map(move |k| (old_index + k, new_index + k))),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The runs between the pieces a side kept: what it changed, in the base's order.
fn changes(kept: &[Option<usize>], side_len: usize) -> Vec<Change> {
    let mut found = Vec::new();
    let (mut base_from, mut side_from) = (0, 0);
    let ends = kept
        .iter()
        .enumerate()
        .filter_map(|(b, s)| Some((b, (*s)?)));
    for (b, s) in ends.chain([(kept.len(), side_len)]) {
        if b > base_from || s > side_from {
            found.push(Change {
                base: (base_from, b),
                side: (side_from, s),
            });
        }
        (base_from, side_from) = (b + 1, s + 1);
    }
    found
}

/// The three-way merge of pieces of text (diff3): runs only one side changed take that side's
/// words; runs both changed, differently, clash. Where a piece repeats, the diff could keep
/// either copy; of the ways of keeping them, the one with the fewest clashes is taken.
fn merge_runs(base: &[&str], ours: &[&str], theirs: &[&str], budget: &Budget) -> Vec<Chunk> {
    let ways = |side: &[&str]| {
        [false, true]
            .map(|from_the_end| changes(&kept(base, side, from_the_end, budget), side.len()))
    };
    let (ours_ways, theirs_ways) = (ways(ours), ways(theirs));
    [(0, 0), (1, 1), (0, 1), (1, 0)]
        .into_iter()
        .map(|(o, t)| merge_changes(base, ours, theirs, &ours_ways[o], &theirs_ways[t]))
        // The same for either copy called ours: fewest clashes, then the texts they give.
        .min_by_key(|chunks| {
            let clashes = chunks
                .iter()
                .filter(|c| matches!(c, Chunk::Clash { .. }))
                .count();
            let (a, b) = (
                chosen_text(chunks, Side::Ours),
                chosen_text(chunks, Side::Theirs),
            );
            (clashes, a.clone().min(b.clone()), a.max(b))
        })
        .unwrap_or_default()
}

/// The merged text with every clash settled to one side.
fn chosen_text(chunks: &[Chunk], side: Side) -> String {
    chunks
        .iter()
        .map(|chunk| match (chunk, side) {
            (Chunk::Settled { text, .. }, _) => text.as_str(),
            (Chunk::Clash { ours, .. }, Side::Ours) => ours,
            (Chunk::Clash { theirs, .. }, Side::Theirs) => theirs,
        })
        .collect()
}

fn merge_changes(
    base: &[&str],
    ours: &[&str],
    theirs: &[&str],
    ours_changes: &[Change],
    theirs_changes: &[Change],
) -> Vec<Chunk> {
    let (mut i, mut j, mut at) = (0, 0, 0);
    let mut chunks = Vec::new();
    let settled = |text: String, from_theirs: bool| Chunk::Settled { text, from_theirs };
    loop {
        let next_start = match (ours_changes.get(i), theirs_changes.get(j)) {
            (None, None) => break,
            (Some(o), None) => o.base.0,
            (None, Some(t)) => t.base.0,
            (Some(o), Some(t)) => o.base.0.min(t.base.0),
        };
        chunks.push(settled(base[at..next_start].concat(), false));
        // Gather every change on either side that overlaps the run, or starts where it starts.
        let (first_i, first_j) = (i, j);
        let mut end = next_start;
        loop {
            let overlaps = |change: &Change| change.base.0 < end || change.base.0 == next_start;
            if let Some(o) = ours_changes.get(i).filter(|o| overlaps(o)) {
                end = end.max(o.base.1);
                i += 1;
            } else if let Some(t) = theirs_changes.get(j).filter(|t| overlaps(t)) {
                end = end.max(t.base.1);
                j += 1;
            } else {
                break;
            }
        }
        let side_text = |side: &[&str], changes: &[Change]| -> String {
            let mut text = String::new();
            let mut from = next_start;
            for change in changes {
                text.push_str(&base[from..change.base.0].concat());
                text.push_str(&side[change.side.0..change.side.1].concat());
                from = change.base.1;
            }
            text.push_str(&base[from..end].concat());
            text
        };
        let ours_text = side_text(ours, &ours_changes[first_i..i]);
        let theirs_text = side_text(theirs, &theirs_changes[first_j..j]);
        chunks.push(match (first_i < i, first_j < j) {
            (true, false) => settled(ours_text, false),
            (false, _) => settled(theirs_text, true),
            (true, true) if ours_text == theirs_text => settled(ours_text, false),
            // Copies that differ only in their spacing are no question: the one with more
            // space (a paragraph break typed) is kept, whichever copy is called ours.
            (true, true) if ours_text.trim() == theirs_text.trim() => {
                let from_theirs = (theirs_text.len(), &theirs_text) > (ours_text.len(), &ours_text);
                settled(
                    if from_theirs { theirs_text } else { ours_text },
                    from_theirs,
                )
            }
            (true, true) => Chunk::Clash {
                ours: ours_text,
                theirs: theirs_text,
            },
        });
        at = end;
    }
    chunks.push(settled(base[at..].concat(), false));
    chunks.retain(|chunk| !matches!(chunk, Chunk::Settled { text, .. } if text.is_empty()));
    chunks
}

pub mod question;

#[cfg(test)]
mod tests;
