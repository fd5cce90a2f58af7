//! Where a copy of a draft came from: a drafts file names the versions its draft passed
//! through (by fingerprint, newest first), and this browser's history of the same draft says
//! whether the two copies share one, and so whether they can be merged.

use crate::history::History;
use crate::identity::fingerprint;
use crate::model::Draft;
use std::collections::HashSet;

/// How many of a draft's latest versions a drafts file names.
pub const NAMED_IN_A_FILE: usize = 30;

/// The fingerprints of `current` and of the latest versions kept before it, newest first.
pub fn lineage(current: &Draft, history: &History) -> Vec<String> {
    let mut found = vec![fingerprint(current)];
    for version in history.versions.iter().rev() {
        if found.len() == NAMED_IN_A_FILE {
            break;
        }
        let print = version.fingerprint();
        if !found.contains(&print) {
            found.push(print);
        }
    }
    found
}

/// How a copy from a file stands to the draft here.
#[derive(Debug, Clone, PartialEq)]
pub enum Relation {
    /// The two say the same.
    Same,
    /// The copy is a version this draft has already moved on from.
    Behind,
    /// The draft here is a version the copy moved on from: take the copy's changes.
    Ahead { base: Draft },
    /// Both changed since the version they share, `base`.
    Diverged { base: Draft },
    /// No version in common: nothing to merge from.
    Unrelated,
}

/// How the copy `theirs`, with its file's `their_lineage`, stands to `ours` and its history.
/// The draft and its versions are looked for newest first, and the first found in the copy's
/// lineage is the version the two share; each version's fingerprint was taken when it was
/// kept, so only the one shared is made whole.
pub fn relate(
    ours: &Draft,
    history: &History,
    theirs: &Draft,
    their_lineage: &[String],
) -> Relation {
    let their_print = fingerprint(theirs);
    let theirs_known: HashSet<&str> = their_lineage
        .iter()
        .map(String::as_str)
        .chain([their_print.as_str()])
        .collect();
    let our_print = fingerprint(ours);
    if theirs_known.contains(our_print.as_str()) {
        return if our_print == their_print {
            Relation::Same
        } else {
            Relation::Ahead { base: ours.clone() }
        };
    }
    // Each version's fingerprint was taken when it was kept: only the one shared is made whole.
    for version in history.versions.iter().rev() {
        let print = version.fingerprint();
        if theirs_known.contains(print.as_str()) {
            return if print == their_print {
                Relation::Behind
            } else {
                Relation::Diverged {
                    base: version.draft(),
                }
            };
        }
    }
    Relation::Unrelated
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Reason;
    use crate::template::new_draft;

    fn with_intro(draft: &Draft, intro: &str) -> Draft {
        let mut draft = draft.clone();
        draft.introduction = intro.into();
        draft
    }

    #[test]
    fn copies_are_related_through_the_versions_they_share() {
        let sent = with_intro(&new_draft(), "Sent for comment.");
        let mut history = History::default();
        history.keep(1.0, Reason::Exported, "", &sent);
        let ours = with_intro(&sent, "Edited here.");
        // Their copy was read from the file and kept as a version there, then edited.
        let mut their_history = History::default();
        their_history.keep(2.0, Reason::Imported, "", &sent);
        let theirs = with_intro(&sent, "Edited there.");
        let their_lineage = lineage(&theirs, &their_history);
        assert_eq!(their_lineage.len(), 2);
        assert_eq!(
            relate(&ours, &history, &theirs, &their_lineage),
            Relation::Diverged { base: sent.clone() }
        );
        assert_eq!(
            relate(&sent, &history, &theirs, &their_lineage),
            Relation::Ahead { base: sent.clone() }
        );
        assert_eq!(
            relate(&ours, &history, &sent, &lineage(&sent, &History::default())),
            Relation::Behind
        );
        assert_eq!(
            relate(&theirs, &history, &theirs, &their_lineage),
            Relation::Same
        );
        assert_eq!(
            relate(&ours, &History::default(), &theirs, &their_lineage),
            Relation::Unrelated
        );
    }

    #[test]
    fn a_file_names_at_most_thirty_versions_newest_first() {
        let mut history = History::default();
        for n in 0..40 {
            history.keep(
                n as f64,
                Reason::Named,
                "",
                &with_intro(&new_draft(), &n.to_string()),
            );
        }
        let current = with_intro(&history.versions[0].draft(), "now");
        let found = lineage(&current, &history);
        assert_eq!(found.len(), NAMED_IN_A_FILE);
        assert_eq!(found[0], fingerprint(&current));
        assert_eq!(found[1], fingerprint(&history.versions[39].draft()));
    }
}
