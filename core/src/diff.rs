//! Every comparison of two texts, with a budget: compare, merge and Word's tracked changes
//! all diff through here, so none can run for seconds on a long field that changed a lot.
//!
//! Myers' algorithm costs about the length compared times the number of edits, so a field of
//! 200,000 characters rewritten throughout would take tens of seconds. Each comparison of a
//! draft shares one [`Budget`] of that work: within it every diff is exact; past it, a text is
//! compared sentence by sentence, then word by word inside each changed run that still fits,
//! and a run that does not counts as replaced whole. The result says when that happened, so
//! a view can say so.

use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::cell::Cell;
use std::hash::Hash;

/// The work one comparison of two drafts may do, in units of one piece compared with another
/// on one diagonal of Myers' algorithm: about 5 ns each natively, so a budget spent whole costs
/// about a tenth of a second.
pub const DRAFT_BUDGET: u64 = 12_000_000;

/// The work left for one comparison of two drafts, shared by every diff it makes.
#[derive(Debug)]
pub struct Budget {
    left: Cell<u64>,
}

impl Default for Budget {
    fn default() -> Self {
        Budget::new(DRAFT_BUDGET)
    }
}

impl Budget {
    pub fn new(units: u64) -> Self {
        Budget {
            left: Cell::new(units),
        }
    }

    fn spend(&self, units: u64) {
        self.left.set(self.left.get().saturating_sub(units));
    }
}

/// One run of a word diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Equal,
    Deleted,
    Inserted,
}

/// The runs that turn the old text into the new, and whether some of it was too long to
/// compare word by word and counts as replaced whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordDiff<'a> {
    pub runs: Vec<(Tag, &'a str)>,
    pub replaced_whole: bool,
}

/// How many pieces `old` and `new` share at the start, and then at the end.
fn common_ends<T: Eq>(old: &[T], new: &[T]) -> (usize, usize) {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    (prefix, suffix)
}

/// The operations that turn `old` into `new`, or `None` when finding them would cost more
/// than the budget has left. The edit distance is found first, within what the budget allows,
/// and the diff made only when it fits.
pub fn slices<T: Hash + Ord>(old: &[T], new: &[T], budget: &Budget) -> Option<Vec<DiffOp>> {
    let (prefix, suffix) = common_ends(old, new);
    let (old_middle, new_middle) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let length = (old_middle.len() + new_middle.len()) as u64 + 1;
    // The probe and the diff each cost about `length` for every edit.
    let most_edits = budget.left.get() / length / 2;
    let edits = edit_distance_within(old_middle, new_middle, most_edits);
    budget.spend(length * (edits.unwrap_or(most_edits) + 1));
    let edits = edits?;
    budget.spend(length * (edits + 1));
    Some(capture_diff_slices(Algorithm::Myers, old, new))
}

/// How many pieces must be deleted or inserted to turn `old` into `new`, if no more than
/// `most`: Myers' greedy search for the distance alone, which keeps one diagonal row and so
/// can stop as soon as the budget is spent.
fn edit_distance_within<T: Eq>(old: &[T], new: &[T], most: u64) -> Option<u64> {
    let (n, m) = (old.len() as i64, new.len() as i64);
    let most = most.min((n + m) as u64) as i64;
    let offset = most + 1;
    let mut furthest = vec![0i64; (2 * most + 3) as usize];
    for edits in 0..=most {
        for diagonal in (-edits..=edits).step_by(2) {
            let at = (diagonal + offset) as usize;
            let mut x = if diagonal == -edits
                || (diagonal != edits && furthest[at - 1] < furthest[at + 1])
            {
                furthest[at + 1]
            } else {
                furthest[at - 1] + 1
            };
            let mut y = x - diagonal;
            while x < n && y < m && old[x as usize] == new[y as usize] {
                x += 1;
                y += 1;
            }
            furthest[at] = x;
            if x >= n && y >= m {
                return Some(edits as u64);
            }
        }
    }
    None
}

/// The operations that turn `old` into `new`, the differing middle counted as replaced whole
/// when it is over the budget (and `true` then).
pub fn slices_or_replaced<T: Hash + Ord>(
    old: &[T],
    new: &[T],
    budget: &Budget,
) -> (Vec<DiffOp>, bool) {
    if let Some(ops) = slices(old, new, budget) {
        return (ops, false);
    }
    let (prefix, suffix) = common_ends(old, new);
    let (old_middle, new_middle) = (old.len() - prefix - suffix, new.len() - prefix - suffix);
    let mut ops = Vec::new();
    if prefix > 0 {
        ops.push(DiffOp::Equal {
            old_index: 0,
            new_index: 0,
            len: prefix,
        });
    }
    ops.push(DiffOp::Replace {
        old_index: prefix,
        old_len: old_middle,
        new_index: prefix,
        new_len: new_middle,
    });
    if suffix > 0 {
        ops.push(DiffOp::Equal {
            old_index: prefix + old_middle,
            new_index: prefix + new_middle,
            len: suffix,
        });
    }
    (ops, true)
}

/// The words (and runs of white space between them) that turn `old` into `new`.
pub fn words<'a>(old: &'a str, new: &'a str, budget: &Budget) -> WordDiff<'a> {
    let mut diff = WordDiff {
        runs: Vec::new(),
        replaced_whole: false,
    };
    let (old_words, new_words) = (split_words(old), split_words(new));
    if let Some(ops) = slices(&old_words, &new_words, budget) {
        diff.push_ops(&ops, &old_words, &new_words);
        return diff;
    }
    // Too long to compare word by word: sentence by sentence, then words within each change.
    let (old_sentences, new_sentences) = (sentences(old), sentences(new));
    let (ops, whole) = slices_or_replaced(&old_sentences, &new_sentences, budget);
    diff.replaced_whole = whole;
    for op in ops {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        let old_text = joined(old, &old_sentences[old_range]);
        let new_text = joined(new, &new_sentences[new_range]);
        if let DiffOp::Equal { .. } = op {
            diff.push(Tag::Equal, old_text);
            continue;
        }
        let (old_words, new_words) = (split_words(old_text), split_words(new_text));
        match slices(&old_words, &new_words, budget) {
            Some(ops) => diff.push_ops(&ops, &old_words, &new_words),
            None => {
                diff.replaced_whole = true;
                diff.push(Tag::Deleted, old_text);
                diff.push(Tag::Inserted, new_text);
            }
        }
    }
    diff
}

impl<'a> WordDiff<'a> {
    fn push_ops(&mut self, ops: &[DiffOp], old: &[&'a str], new: &[&'a str]) {
        for op in ops {
            let (old_range, new_range) = (op.old_range(), op.new_range());
            match op {
                DiffOp::Equal { .. } => self.push_all(Tag::Equal, &old[old_range]),
                _ => {
                    self.push_all(Tag::Deleted, &old[old_range]);
                    self.push_all(Tag::Inserted, &new[new_range]);
                }
            }
        }
    }

    fn push_all(&mut self, tag: Tag, pieces: &[&'a str]) {
        for piece in pieces {
            self.push(tag, piece);
        }
    }

    fn push(&mut self, tag: Tag, text: &'a str) {
        if !text.is_empty() {
            self.runs.push((tag, text));
        }
    }
}

/// The slice of `text` that the consecutive `pieces` (slices of it) cover.
fn joined<'a>(text: &'a str, pieces: &[&'a str]) -> &'a str {
    match (pieces.first(), pieces.last()) {
        (Some(first), Some(last)) => {
            let start = first.as_ptr() as usize - text.as_ptr() as usize;
            let end = last.as_ptr() as usize - text.as_ptr() as usize + last.len();
            &text[start..end]
        }
        _ => "",
    }
}

/// A text cut into words and the runs of white space between them.
pub fn split_words(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (at, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|was| was != space) {
            pieces.push(&text[start..at]);
            start = at;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    pieces
}

/// A text cut into sentences, each with the spaces and line breaks after it, so that joined
/// again they give the text back exactly. A line break ends a sentence too.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '\n') {
            continue;
        }
        while let Some(&(_, closing)) = chars.peek() {
            if matches!(closing, '"' | '\'' | '’' | '”' | ')') {
                chars.next();
            } else {
                break;
            }
        }
        let mut spaced = c == '\n';
        while let Some(&(_, space)) = chars.peek() {
            if space.is_whitespace() {
                spaced = true;
                chars.next();
            } else {
                break;
            }
        }
        let end = chars.peek().map_or(text.len(), |&(at, _)| at);
        if spaced && end > start {
            pieces.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    pieces
}

#[cfg(test)]
mod tests;
