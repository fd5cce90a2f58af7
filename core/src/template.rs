//! What a new draft starts from: the usual defaults and the statutory-duty paragraph, so a
//! person edits a response rather than facing an empty page.

use crate::model::{ChiefConstableComments, Draft, Item, ItemKind, Report, Responder, Role};
use time::Date;

/// Section 55 of the Police Act 1996, subsection (5A), in plain words.
pub const STATUTORY_DUTY: &str = "Under section 55 of the Police Act 1996, I must publish my \
comments on this report, and any comments from the Chief Constable. I must do so within 56 days, \
beginning with the day on which the report was published. Below I set out my response to each of \
the report’s findings that apply to this force.";

/// A new draft. Its response date starts empty: a date set on the first day of drafting would
/// go out weeks later as if it were the day of publication.
pub fn new_draft() -> Draft {
    new_draft_dated(None)
}

/// A new draft with its response date set, as when it is made from a response already dated.
pub fn new_draft_dated(response_date: Option<Date>) -> Draft {
    Draft {
        report: Report {
            title: String::new(),
            inspectorate: "HMICFRS".to_owned(),
            published: None,
            link: String::new(),
        },
        responder: Responder {
            body: String::new(),
            role: Role::Pcc,
            signatory_name: String::new(),
            signatory_title: String::new(),
            response_date,
        },
        introduction: STATUTORY_DUTY.to_owned(),
        chief_constable: ChiefConstableComments::default(),
        items: vec![Item::new(ItemKind::Recommendation, "1")],
        closing: String::new(),
        life: Default::default(),
    }
}

/// Whether nothing has been written in `draft` since it was made: it is the new draft as made
/// (whatever its response date and its first item's identity), so it can go without asking
/// when another draft opens.
pub fn is_untouched(draft: &Draft) -> bool {
    let mut fresh = new_draft_dated(draft.responder.response_date);
    if let (Some(first), Some(theirs)) = (fresh.items.first_mut(), draft.items.first()) {
        first.id = theirs.id.clone();
    }
    *draft == fresh
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;

    #[test]
    fn a_new_draft_is_untouched_until_a_word_is_written() {
        let mut draft = new_draft_dated(from_calendar(2026, 12, 6));
        draft.items[0].id = "abc".into();
        assert!(is_untouched(&draft));
        draft.report.title = "P".into();
        assert!(!is_untouched(&draft));
        let mut draft = new_draft();
        draft.items[0].response = " ".into();
        assert!(!is_untouched(&draft));
        let mut draft = new_draft();
        draft.items.clear();
        assert!(!is_untouched(&draft));
    }

    #[test]
    fn new_draft_defaults_to_hmicfrs_no_response_date_and_the_statutory_paragraph() {
        let draft = new_draft();
        assert_eq!(draft.report.inspectorate, "HMICFRS");
        assert_eq!(draft.responder.response_date, None);
        let dated = from_calendar(2026, 11, 28);
        assert_eq!(new_draft_dated(dated).responder.response_date, dated);
        assert!(draft
            .introduction
            .contains("section 55 of the Police Act 1996"));
        assert!(draft
            .introduction
            .contains("within 56 days, beginning with the day"));
        assert_eq!(draft.items.len(), 1);
    }

    #[test]
    fn the_statutory_paragraph_passes_its_own_plain_english_checks() {
        let mut draft = new_draft_dated(from_calendar(2026, 11, 28));
        draft.report.title = "An inspection".into();
        draft.report.published = from_calendar(2026, 11, 20);
        draft.responder.body = "Somewhere".into();
        draft.items[0].response = "Done.".into();
        let review = crate::checks::review(&draft, None);
        assert_eq!(review.findings, vec![]);
    }
}
