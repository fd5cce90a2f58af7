//! The published page. This module is the only code that writes published markup: the
//! preview shows these fragments and every export copies them, so what is seen is what is
//! published.

use crate::dates;
use crate::markup;
use crate::model::{ChiefConstableComments, Draft, Item, Report, Responder};
use time::Date;

/// The whole published fragment for a draft: the parts below, in page order.
pub fn render(draft: &Draft) -> String {
    let mut html = String::new();
    html.push_str(&report_line(&draft.report));
    html.push_str(&response_heading(&draft.responder));
    html.push_str(&introduction(&draft.introduction));
    html.push_str(&chief_constable(&draft.chief_constable));
    for item in &draft.items {
        html.push_str(&item_section(item));
    }
    html.push_str(&signature(&draft.responder));
    html.push_str(&closing(&draft.closing));
    html
}

/// "'Title' published by HMICFRS on 12 June 2025", the title linked when a link is given.
pub fn report_line(report: &Report) -> String {
    let title = report.title.trim();
    let inspectorate = report.inspectorate.trim();
    if title.is_empty() && report.published.is_none() {
        return String::new();
    }
    let mut line = String::from("<p>");
    if title.is_empty() {
        line.push_str("Inspection report");
    } else {
        line.push('\'');
        match markup::safe_href(&report.link) {
            Some(href) => line.push_str(&format!(
                "<a href=\"{}\">{}</a>",
                escape(href),
                escape(title)
            )),
            None => line.push_str(&escape(title)),
        }
        line.push('\'');
    }
    line.push_str(" published");
    if !inspectorate.is_empty() {
        line.push_str(" by ");
        line.push_str(&escape(inspectorate));
    }
    if let Some(date) = report.published {
        line.push_str(" on ");
        line.push_str(&time_element(date));
    }
    line.push_str("</p>\n");
    line
}

/// "Avon & Somerset PCC response dated 7 August 2025".
pub fn response_heading(responder: &Responder) -> String {
    let who: Vec<&str> = [responder.body.trim(), responder.role.label()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    let mut heading = if who.is_empty() {
        "Response".to_owned()
    } else {
        format!("{} response", escape(&who.join(" ")))
    };
    if let Some(date) = responder.response_date {
        heading.push_str(" dated ");
        heading.push_str(&time_element(date));
    }
    format!("<h2>{heading}</h2>\n")
}

pub fn introduction(text: &str) -> String {
    markup::to_html(text)
}

/// Section 55(4)-(5): the chief constable's comments, when submitted, and the reply to them.
pub fn chief_constable(comments: &ChiefConstableComments) -> String {
    let mut html = String::new();
    let text = markup::to_html(&comments.comments);
    if !text.is_empty() {
        html.push_str("<h3>Chief constable’s comments</h3>\n");
        html.push_str(&text);
        html.push_str(&labelled_line("From", &comments.attribution));
    }
    let reply = markup::to_html(&comments.reply);
    if !reply.is_empty() {
        html.push_str("<h3>Reply to the chief constable’s comments</h3>\n");
        html.push_str(&reply);
    }
    html
}

/// One item: its heading, the inspectorate's text, and the response with its details.
pub fn item_section(item: &Item) -> String {
    let mut html = String::new();
    let heading = item.heading();
    if !heading.is_empty() {
        html.push_str(&format!("<h3>{}</h3>\n", escape(&heading)));
    }
    html.push_str(&labelled_line("Addressed to", &item.addressee));
    html.push_str(&markup::to_html(&item.text));
    let details = [
        labelled_line("Lead agency", &item.lead_agency),
        labelled_line("Status", &item.status),
        markup::to_html(&item.response),
    ]
    .concat();
    if !details.is_empty() {
        html.push_str("<h4>Response</h4>\n");
        html.push_str(&details);
    }
    html
}

/// The name and title of whoever signs the response, one per line.
pub fn signature(responder: &Responder) -> String {
    let lines: Vec<String> = [&responder.signatory_name, &responder.signatory_title]
        .into_iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(escape)
        .collect();
    if lines.is_empty() {
        String::new()
    } else {
        format!("<p>{}</p>\n", lines.join("<br>"))
    }
}

pub fn closing(text: &str) -> String {
    markup::to_html(text)
}

fn labelled_line(label: &str, value: &str) -> String {
    let value = value.trim();
    if value.is_empty() {
        String::new()
    } else {
        format!("<p><strong>{label}:</strong> {}</p>\n", escape(value))
    }
}

fn time_element(date: Date) -> String {
    format!(
        "<time datetime=\"{}\">{}</time>",
        dates::iso(date),
        dates::uk_long(date)
    )
}

/// Escapes text for use in HTML content and double-quoted attributes (the only attribute
/// quoting this module writes, so apostrophes stay readable).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;
    use crate::model::{ItemKind, Role};

    fn report() -> Report {
        Report {
            title: "An inspection of things".into(),
            inspectorate: "HMICFRS".into(),
            published: from_calendar(2025, 6, 12),
            link: String::new(),
        }
    }

    fn responder() -> Responder {
        Responder {
            body: "Avon & Somerset".into(),
            role: Role::Pcc,
            signatory_name: String::new(),
            signatory_title: String::new(),
            response_date: from_calendar(2025, 8, 7),
        }
    }

    #[test]
    fn report_line_reads_like_the_published_page() {
        assert_eq!(
            report_line(&report()),
            "<p>'An inspection of things' published by HMICFRS on <time datetime=\"2025-06-12\">12 June 2025</time></p>\n"
        );
    }

    #[test]
    fn report_line_links_the_title_only_to_a_safe_address() {
        let mut linked = report();
        linked.link = "https://hmicfrs.example/report".into();
        assert!(report_line(&linked)
            .contains("'<a href=\"https://hmicfrs.example/report\">An inspection of things</a>'"));
        linked.link = "javascript:alert(1)".into();
        assert!(!report_line(&linked).contains("<a"));
    }

    #[test]
    fn report_line_is_absent_until_there_is_something_to_say() {
        let empty = Report {
            title: " ".into(),
            published: None,
            ..report()
        };
        assert_eq!(report_line(&empty), "");
    }

    #[test]
    fn response_heading_names_body_role_and_date() {
        assert_eq!(
            response_heading(&responder()),
            "<h2>Avon &amp; Somerset PCC response dated <time datetime=\"2025-08-07\">7 August 2025</time></h2>\n"
        );
    }

    #[test]
    fn response_heading_uses_free_text_roles_and_copes_without_a_date() {
        let mayor = Responder {
            body: String::new(),
            role: Role::Other("Mayor of London".into()),
            response_date: None,
            ..responder()
        };
        assert_eq!(
            response_heading(&mayor),
            "<h2>Mayor of London response</h2>\n"
        );
    }

    #[test]
    fn item_has_heading_text_and_response_subheading() {
        let mut item = Item::new(ItemKind::AreaForImprovement, "4");
        item.text = "Do better.".into();
        item.response = "We will.".into();
        item.status = "In progress".into();
        item.lead_agency = "SWROCU".into();
        item.addressee = "chief constables".into();
        assert_eq!(
            item_section(&item),
            "<h3>Area for improvement 4</h3>\n\
             <p><strong>Addressed to:</strong> chief constables</p>\n\
             <p>Do better.</p>\n\
             <h4>Response</h4>\n\
             <p><strong>Lead agency:</strong> SWROCU</p>\n\
             <p><strong>Status:</strong> In progress</p>\n\
             <p>We will.</p>\n"
        );
    }

    #[test]
    fn unanswered_item_has_no_empty_response_heading() {
        let mut item = Item::new(ItemKind::Recommendation, "2");
        item.text = "Do better.".into();
        assert_eq!(
            item_section(&item),
            "<h3>Recommendation 2</h3>\n<p>Do better.</p>\n"
        );
    }

    #[test]
    fn user_text_in_plain_fields_is_escaped() {
        let mut item = Item::new(ItemKind::Custom("<img src=x onerror=alert(1)>".into()), "1");
        item.status = "<script>alert(1)</script>".into();
        let html = item_section(&item);
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn chief_constable_section_appears_only_with_comments() {
        assert_eq!(chief_constable(&ChiefConstableComments::default()), "");
        let comments = ChiefConstableComments {
            comments: "I welcome the report.".into(),
            attribution: "Sarah Crew, Chief Constable".into(),
            reply: "I thank the Chief Constable.".into(),
        };
        let html = chief_constable(&comments);
        assert_eq!(
            html,
            "<h3>Chief constable’s comments</h3>\n<p>I welcome the report.</p>\n\
             <p><strong>From:</strong> Sarah Crew, Chief Constable</p>\n\
             <h3>Reply to the chief constable’s comments</h3>\n<p>I thank the Chief Constable.</p>\n"
        );
    }

    #[test]
    fn signature_puts_name_and_title_on_their_own_lines() {
        let signed = Responder {
            signatory_name: "Clare Moody".into(),
            signatory_title: "Police and Crime Commissioner".into(),
            ..responder()
        };
        assert_eq!(
            signature(&signed),
            "<p>Clare Moody<br>Police and Crime Commissioner</p>\n"
        );
        assert_eq!(signature(&responder()), "");
    }
}
