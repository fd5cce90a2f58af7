//! The response as plain text, in the order and wording of the published page: one line per
//! paragraph or list item, with the text fields as written (their light markup is itself
//! plain text). The importer reads this form back into the same draft.

use crate::dates::uk_long;
use crate::model::{Draft, Item};

/// The line that carries the report's address in plain text.
pub const REPORT_LINK_LABEL: &str = "Report";

/// The response with its fields as written, which the importer reads back exactly.
pub fn text(draft: &Draft) -> String {
    write(draft, Lines::default())
}

/// The response for reading or pasting as plain text: emphasis marks dropped, bullets as
/// `- `, and each link's address after its words.
pub fn readable(draft: &Draft) -> String {
    write(
        draft,
        Lines {
            readable: true,
            ..Lines::default()
        },
    )
}

fn write(draft: &Draft, mut out: Lines) -> String {
    report_line(draft, &mut out);
    response_heading(draft, &mut out);
    out.gap();
    out.field(&draft.introduction);
    chief_constable(draft, &mut out);
    for item in &draft.items {
        item_section(item, &mut out);
    }
    out.gap();
    out.line(&draft.responder.signatory_name);
    out.line(&draft.responder.signatory_title);
    out.field(&draft.closing);
    out.finish()
}

/// "'Title' published by HMICFRS on 12 June 2025", then the report's address on its own line.
fn report_line(draft: &Draft, out: &mut Lines) {
    let report = &draft.report;
    let title = report.title.trim();
    if title.is_empty() && report.published.is_none() {
        return;
    }
    let mut line = if title.is_empty() {
        "Inspection report".to_owned()
    } else {
        format!("'{title}'")
    };
    line.push_str(" published");
    if !report.inspectorate.trim().is_empty() {
        line.push_str(" by ");
        line.push_str(report.inspectorate.trim());
    }
    if let Some(date) = report.published {
        line.push_str(" on ");
        line.push_str(&uk_long(date));
    }
    out.line(&line);
    out.labelled(REPORT_LINK_LABEL, &report.link);
}

fn response_heading(draft: &Draft, out: &mut Lines) {
    out.line(&draft.responder.heading());
}

fn chief_constable(draft: &Draft, out: &mut Lines) {
    let comments = &draft.chief_constable;
    if has_text(&comments.comments) {
        out.gap();
        out.line("Chief constable’s comments");
        out.field(&comments.comments);
        out.labelled("From", &comments.attribution);
    }
    if has_text(&comments.reply) {
        out.gap();
        out.line("Reply to the chief constable’s comments");
        out.field(&comments.reply);
    }
}

fn item_section(item: &Item, out: &mut Lines) {
    out.gap();
    out.line(&item.heading());
    out.labelled("Addressed to", &item.addressee);
    out.field(&item.text);
    let details = [&item.lead_agency, &item.status, &item.response];
    if details.iter().any(|text| has_text(text)) {
        out.line("Response");
        out.labelled("Lead agency", &item.lead_agency);
        out.labelled("Status", &item.status);
        out.field(&item.response);
    }
}

fn has_text(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Lines of text, blank lines only between sections and never two together.
#[derive(Default)]
struct Lines {
    text: String,
    gap_due: bool,
    /// Fields without their markup, rather than as written.
    readable: bool,
}

impl Lines {
    fn line(&mut self, line: &str) {
        let line = line.trim();
        if line.is_empty() {
            return;
        }
        if self.gap_due && !self.text.is_empty() {
            self.text.push('\n');
        }
        self.gap_due = false;
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn labelled(&mut self, label: &str, value: &str) {
        if has_text(value) {
            self.line(&format!("{label}: {}", value.trim()));
        }
    }

    /// A text field, one line per non-blank line as written.
    fn field(&mut self, text: &str) {
        if self.readable {
            crate::markup::to_plain(text)
                .lines()
                .for_each(|line| self.line(line));
        } else {
            text.lines().for_each(|line| self.line(line));
        }
    }

    fn gap(&mut self) {
        self.gap_due = true;
    }

    /// The text, without control characters (a pasted NUL or escape sequence) that an editor
    /// or terminal would act on instead of showing.
    fn finish(mut self) -> String {
        self.text
            .retain(|c| !c.is_control() || matches!(c, '\n' | '\t'));
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;
    use crate::model::{ItemKind, Role};
    use crate::template;

    #[test]
    fn reads_in_page_order_with_a_blank_line_between_sections() {
        let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.report.title = "An inspection".into();
        draft.report.published = from_calendar(2025, 6, 12);
        draft.report.link = "https://example.org/report".into();
        draft.responder.body = "Kent".into();
        draft.responder.role = Role::Pfcc;
        draft.responder.signatory_name = "A Person".into();
        draft.introduction = "First.\n\n  Second.  \n- a bullet".into();
        draft.items[0] = Item {
            status: "In progress".into(),
            response: "Done.".into(),
            text: "The force should act.".into(),
            ..Item::new(ItemKind::AreaForImprovement, "4")
        };
        draft.closing = "Published at https://example.org".into();
        assert_eq!(
            text(&draft),
            "'An inspection' published by HMICFRS on 12 June 2025\n\
             Report: https://example.org/report\n\
             Kent PFCC response dated 7 August 2025\n\
             \n\
             First.\nSecond.\n- a bullet\n\
             \n\
             Area for improvement 4\nThe force should act.\nResponse\nStatus: In progress\nDone.\n\
             \n\
             A Person\nPublished at https://example.org\n"
        );
    }

    #[test]
    fn chief_constable_comments_come_with_their_reply() {
        let mut draft = template::new_draft();
        draft.introduction.clear();
        draft.items.clear();
        draft.chief_constable.comments = "We accept.".into();
        draft.chief_constable.attribution = "Sarah Crew, Chief Constable".into();
        draft.chief_constable.reply = "Noted.".into();
        assert_eq!(
            text(&draft),
            "PCC response\n\nChief constable’s comments\nWe accept.\nFrom: Sarah Crew, Chief Constable\n\nReply to the chief constable’s comments\nNoted.\n"
        );
    }

    #[test]
    fn an_unanswered_item_has_no_response_line() {
        let mut draft = template::new_draft();
        draft.introduction.clear();
        draft.items[0].text = "Do it.".into();
        assert!(text(&draft).ends_with("Recommendation 1\nDo it.\n"));
    }

    #[test]
    fn readable_text_drops_the_markup_and_keeps_addresses() {
        let mut draft = template::new_draft();
        draft.introduction = "**Welcome.**\n* one\n* [two](https://example.org)".into();
        draft.items.clear();
        assert_eq!(
            readable(&draft),
            "PCC response\n\nWelcome.\n- one\n- two (https://example.org)\n"
        );
    }
}
