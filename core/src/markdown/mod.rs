//! The response as Markdown, for sites and tools that take it: the same parts and headings as
//! the published page.

mod field;

use crate::dates::uk_long;
use crate::model::{Draft, Item, PublishOptions};
use field::{escape as escape_at, link_address};

pub fn markdown(draft: &Draft, options: &PublishOptions) -> String {
    let mut out = Blocks::default();
    let report = &draft.report;
    if options.report_line && (!report.title.trim().is_empty() || report.published.is_some()) {
        let title = escape(report.title.trim());
        let mut line = match (title.is_empty(), crate::markup::safe_href(&report.link)) {
            (true, _) => "Inspection report".to_owned(),
            (false, Some(href)) => format!("'[{title}]({})'", link_address(href)),
            (false, None) => format!("'{title}'"),
        };
        line.push_str(" published");
        if !report.inspectorate.trim().is_empty() {
            line.push_str(&format!(" by {}", escape(report.inspectorate.trim())));
        }
        if let Some(date) = report.published {
            line.push_str(&format!(" on {}", uk_long(date)));
        }
        out.block(line);
    }
    if options.response_heading {
        out.heading(options, 0, &escape(&draft.responder.heading()));
    }
    out.field(&draft.introduction);
    let comments = &draft.chief_constable;
    if !comments.comments.trim().is_empty() {
        out.heading(options, 1, "Chief constable’s comments");
        out.field(&comments.comments);
        out.labelled("From", &comments.attribution);
    }
    if !comments.reply.trim().is_empty() {
        out.heading(options, 1, "Reply to the chief constable’s comments");
        out.field(&comments.reply);
    }
    for item in &draft.items {
        item_section(item, options, &mut out);
    }
    let signature: Vec<String> = [
        &draft.responder.signatory_name,
        &draft.responder.signatory_title,
    ]
    .into_iter()
    .map(|line| escape_at(line.trim(), true))
    .filter(|line| !line.is_empty())
    .collect();
    if !signature.is_empty() {
        // Two spaces end a line without ending the paragraph.
        out.block(signature.join("  \n"));
    }
    out.field(&draft.closing);
    out.finish()
}

fn item_section(item: &Item, options: &PublishOptions, out: &mut Blocks) {
    let heading = item.heading();
    if !heading.is_empty() {
        out.heading(options, 1, &escape(&heading));
    }
    out.labelled("Addressed to", &item.addressee);
    out.field(&item.text);
    if [&item.lead_agency, &item.status, &item.response]
        .iter()
        .any(|text| !text.trim().is_empty())
    {
        out.heading(options, 2, "Response");
        out.labelled("Lead agency", &item.lead_agency);
        out.labelled("Status", &item.status);
        out.field(&item.response);
    }
}

/// Text in the middle of a line, with everything Markdown or HTML would read as markup escaped.
fn escape(text: &str) -> String {
    escape_at(text, false)
}

/// Markdown blocks, a blank line between each.
#[derive(Default)]
struct Blocks {
    blocks: Vec<String>,
}

impl Blocks {
    fn block(&mut self, text: String) {
        if !text.trim().is_empty() {
            self.blocks.push(text);
        }
    }

    fn heading(&mut self, options: &PublishOptions, depth: u8, text: &str) {
        let level = (options.first_heading.clamp(1, 4) + depth).min(6);
        // A `#` ending the text would be read as the heading's closing sequence.
        self.block(format!(
            "{} {}",
            "#".repeat(level.into()),
            text.replace('#', "\\#")
        ));
    }

    fn labelled(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.block(format!("**{label}:** {}", escape(value.trim())));
        }
    }

    /// A text field, written from the same safe events as its HTML.
    fn field(&mut self, text: &str) {
        self.block(field::field(text));
    }

    fn finish(self) -> String {
        let mut text = self.blocks.join("\n\n");
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;
    use crate::template;

    #[test]
    fn reads_as_the_published_page_in_markdown() {
        let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.report.title = "An *inspection*".into();
        draft.report.published = from_calendar(2025, 6, 12);
        draft.report.link = "https://example.org/r".into();
        draft.responder.body = "Kent".into();
        draft.introduction = "First.\nSecond.\n• one\n- two\nAfter.".into();
        draft.items[0].text = "Do it.".into();
        draft.items[0].status = "In progress".into();
        draft.items[0].response = "Done.".into();
        draft.responder.signatory_name = "A Person".into();
        draft.responder.signatory_title = "Police and Crime Commissioner".into();
        assert_eq!(
            markdown(&draft, &PublishOptions::default()),
            "'[An \\*inspection\\*](https://example.org/r)' published by HMICFRS on 12 June 2025\n\n\
             ## Kent PCC response dated 7 August 2025\n\n\
             First.\n\nSecond.\n\n- one\n- two\n\nAfter.\n\n\
             ### Recommendation 1\n\nDo it.\n\n#### Response\n\n**Status:** In progress\n\nDone.\n\n\
             A Person  \nPolice and Crime Commissioner\n"
        );
    }

    #[test]
    fn markdown_renders_to_the_same_page_as_the_html() {
        let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.introduction = "One.\n- a\n- b\nTwo <b>not bold</b>.".into();
        let md = markdown(
            &draft,
            &PublishOptions {
                report_line: false,
                ..Default::default()
            },
        );
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
        let ours = crate::render_with(
            &draft,
            &PublishOptions {
                report_line: false,
                ..Default::default()
            },
        );
        let strip = |s: &str| {
            s.replace(['\n', ' '], "")
                .replace("<timedatetime=\"2025-08-07\">", "")
                .replace("</time>", "")
        };
        assert_eq!(strip(&html), strip(&ours));
    }
}
