//! The published page. This module is the only code that writes published markup: the
//! preview shows these fragments and every export copies them, so what is seen is what is
//! published.

use crate::dates;
use crate::markup;
use crate::model::{
    ChiefConstableComments, Draft, Item, ItemKind, PublishOptions, Report, Responder,
};
use time::Date;

/// The whole published fragment for a draft as the preview shows it.
pub fn render(draft: &Draft) -> String {
    render_with(draft, &PublishOptions::default())
}

/// The published fragment written for a website: see [`PublishOptions`].
pub fn render_with(draft: &Draft, options: &PublishOptions) -> String {
    let o = options;
    let mut html = String::new();
    html.push_str(&report_line_in(&draft.report, o));
    html.push_str(&response_heading_in(&draft.responder, o));
    html.push_str(&introduction_in(&draft.introduction, o));
    html.push_str(&chief_constable_in(&draft.chief_constable, o));
    for item in &draft.items {
        html.push_str(&item_section_in(item, o));
    }
    html.push_str(&signature_in(&draft.responder, o));
    html.push_str(&closing_in(&draft.closing, o));
    html
}

/// ` class="…"` where the site wants class hooks, else nothing.
fn class(o: &PublishOptions, name: &str) -> String {
    if o.class_hooks {
        format!(" class=\"{name}\"")
    } else {
        String::new()
    }
}

/// A heading `depth` levels below the first, as the options place it.
fn heading(o: &PublishOptions, depth: u8, class_name: &str, content: &str) -> String {
    let level = (o.first_heading.clamp(1, 4) + depth).min(6);
    format!("<h{level}{}>{content}</h{level}>\n", class(o, class_name))
}

/// Markup of a text field in a classed `<div>` where the site wants hooks.
fn wrapped(o: &PublishOptions, class_name: &str, html: &str) -> String {
    if o.class_hooks && !html.is_empty() {
        format!("<div class=\"{class_name}\">\n{html}</div>\n")
    } else {
        html.to_owned()
    }
}

pub fn report_line(report: &Report) -> String {
    report_line_in(report, &PublishOptions::default())
}

/// "'Title' published by HMICFRS on 12 June 2025", the title linked when a link is given;
/// nothing when the options leave it out.
pub fn report_line_in(report: &Report, o: &PublishOptions) -> String {
    report_line_with(report, o, false)
}

/// A date as a `<time>` element; where there is none and `mark_unset`, what stands in for it
/// in the preview: marked, so it cannot be mistaken for the real thing, and never part of what
/// is copied or downloaded.
fn date_or_unset(date: Option<Date>, mark_unset: bool, what: &str) -> Option<String> {
    match date {
        Some(date) => Some(time_element(date)),
        None if mark_unset => Some(format!("<mark class=\"rd-unset\">[{what} not set]</mark>")),
        None => None,
    }
}

/// The report line as the preview shows it while drafting: a missing publication date is
/// marked where it will go.
pub fn report_line_drafting(report: &Report, o: &PublishOptions) -> String {
    report_line_with(report, o, true)
}

fn report_line_with(report: &Report, o: &PublishOptions, mark_unset: bool) -> String {
    let title = report.title.trim();
    let inspectorate = report.inspectorate.trim();
    if !o.report_line || (title.is_empty() && report.published.is_none()) {
        return String::new();
    }
    let mut line = format!("<p{}>", class(o, "rd-report-line"));
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
    if let Some(date) = date_or_unset(report.published, mark_unset, "publication date") {
        line.push_str(" on ");
        line.push_str(&date);
    }
    line.push_str("</p>\n");
    line
}

pub fn response_heading(responder: &Responder) -> String {
    response_heading_in(responder, &PublishOptions::default())
}

/// "Avon & Somerset PCC response dated 7 August 2025", unless the options leave it out.
pub fn response_heading_in(responder: &Responder, o: &PublishOptions) -> String {
    response_heading_with(responder, o, false)
}

/// The response heading as the preview shows it while drafting: a missing response date is
/// marked where it will go.
pub fn response_heading_drafting(responder: &Responder, o: &PublishOptions) -> String {
    response_heading_with(responder, o, true)
}

fn response_heading_with(responder: &Responder, o: &PublishOptions, mark_unset: bool) -> String {
    if !o.response_heading {
        return String::new();
    }
    let mut text = escape(&responder.response_name());
    if let Some(date) = date_or_unset(responder.response_date, mark_unset, "response date") {
        text.push_str(" dated ");
        text.push_str(&date);
    }
    heading(o, 0, "rd-response-heading", &text)
}

pub fn introduction(text: &str) -> String {
    markup::to_html(text)
}

/// The introduction, in its classed block where the site wants hooks.
pub fn introduction_in(text: &str, o: &PublishOptions) -> String {
    wrapped(o, "rd-introduction", &introduction(text))
}

pub fn chief_constable(comments: &ChiefConstableComments) -> String {
    chief_constable_in(comments, &PublishOptions::default())
}

/// Section 55(4)-(5): the chief constable's comments, when submitted, and the reply to them.
pub fn chief_constable_in(comments: &ChiefConstableComments, o: &PublishOptions) -> String {
    let mut html = String::new();
    let text = markup::to_html(&comments.comments);
    if !text.is_empty() {
        html.push_str(&heading(
            o,
            1,
            "rd-section-heading",
            "Chief constable’s comments",
        ));
        html.push_str(&text);
        html.push_str(&labelled_line(o, "From", &comments.attribution));
    }
    let reply = markup::to_html(&comments.reply);
    if !reply.is_empty() {
        html.push_str(&heading(
            o,
            1,
            "rd-section-heading",
            "Reply to the chief constable’s comments",
        ));
        html.push_str(&reply);
    }
    wrapped(o, "rd-chief-constable", &html)
}

pub fn item_section(item: &Item) -> String {
    item_section_in(item, &PublishOptions::default())
}

/// One item: its heading, the inspectorate's text, and the response with its details.
pub fn item_section_in(item: &Item, o: &PublishOptions) -> String {
    let mut html = String::new();
    let title = item.heading();
    if !title.is_empty() {
        html.push_str(&heading(o, 1, "rd-item-heading", &escape(&title)));
    }
    html.push_str(&labelled_line(o, "Addressed to", &item.addressee));
    html.push_str(&markup::to_html(&item.text));
    let details = [
        labelled_line(o, "Lead agency", &item.lead_agency),
        labelled_line(o, "Status", &item.status),
        markup::to_html(&item.response),
    ]
    .concat();
    if !details.is_empty() {
        html.push_str(&heading(o, 2, "rd-response-label", "Response"));
        html.push_str(&details);
    }
    if o.class_hooks && !html.is_empty() {
        let kind = match &item.kind {
            ItemKind::CauseOfConcern => "rd-cause-of-concern",
            ItemKind::Recommendation => "rd-recommendation",
            ItemKind::AreaForImprovement => "rd-area-for-improvement",
            ItemKind::Custom(_) => "rd-other-finding",
        };
        html = format!("<section class=\"rd-item {kind}\">\n{html}</section>\n");
    }
    html
}

pub fn signature(responder: &Responder) -> String {
    signature_in(responder, &PublishOptions::default())
}

/// The name and title of whoever signs the response, one per line.
pub fn signature_in(responder: &Responder, o: &PublishOptions) -> String {
    let lines: Vec<String> = [&responder.signatory_name, &responder.signatory_title]
        .into_iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(escape)
        .collect();
    if lines.is_empty() {
        String::new()
    } else {
        format!(
            "<p{}>{}</p>\n",
            class(o, "rd-signature"),
            lines.join("<br>")
        )
    }
}

pub fn closing(text: &str) -> String {
    markup::to_html(text)
}

/// The closing words, in their classed block where the site wants hooks.
pub fn closing_in(text: &str, o: &PublishOptions) -> String {
    wrapped(o, "rd-closing", &closing(text))
}

fn labelled_line(o: &PublishOptions, label: &str, value: &str) -> String {
    let value = value.trim();
    if value.is_empty() {
        String::new()
    } else {
        format!(
            "<p{}><strong>{label}:</strong> {}</p>\n",
            class(o, "rd-detail"),
            escape(value)
        )
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
    fn a_numbered_list_in_a_response_keeps_its_numbers_across_paragraphs() {
        let mut item = Item::new(ItemKind::AreaForImprovement, "1");
        item.response = "We will:\n1. train staff\nThis starts in May.\n2. audit files".into();
        assert_eq!(
            item_section(&item),
            "<h3>Area for improvement 1</h3>\n<h4>Response</h4>\n\
             <p>We will:</p>\n<ol>\n<li>train staff</li>\n</ol>\n<p>This starts in May.</p>\n\
             <ol start=\"2\">\n<li>audit files</li>\n</ol>\n"
        );
        let mut draft = crate::template::new_draft();
        draft.items = vec![item];
        let markdown = crate::markdown::markdown(&draft, &PublishOptions::default());
        assert!(
            markdown.contains("1. train staff\n\nThis starts in May.\n\n2. audit files"),
            "{markdown}"
        );
        let plain = crate::plain::readable(&draft);
        assert!(
            plain.contains("1. train staff\nThis starts in May.\n2. audit files"),
            "{plain}"
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

    #[test]
    fn options_move_the_headings_and_leave_out_the_opening_lines() {
        let mut draft = crate::template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.report = report();
        draft.introduction = "Intro.".into();
        draft.items[0].text = "Do it.".into();
        draft.items[0].response = "Done.".into();
        let options = PublishOptions {
            first_heading: 3,
            report_line: false,
            response_heading: true,
            class_hooks: false,
        };
        assert_eq!(
            render_with(&draft, &options),
            "<h3>PCC response dated <time datetime=\"2025-08-07\">7 August 2025</time></h3>\n\
             <p>Intro.</p>\n<h4>Recommendation 1</h4>\n<p>Do it.</p>\n<h5>Response</h5>\n<p>Done.</p>\n"
        );
        let without_heading = PublishOptions {
            response_heading: false,
            ..options
        };
        assert!(render_with(&draft, &without_heading).starts_with("<p>Intro.</p>"));
    }

    #[test]
    fn class_hooks_name_every_part_for_a_site_stylesheet() {
        let mut draft = crate::template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.report = report();
        draft.introduction = "Intro.".into();
        draft.items[0].status = "Done".into();
        draft.closing = "Bye.".into();
        let html = render_with(
            &draft,
            &PublishOptions {
                class_hooks: true,
                ..Default::default()
            },
        );
        for hook in [
            "<p class=\"rd-report-line\">",
            "<h2 class=\"rd-response-heading\">",
            "<div class=\"rd-introduction\">\n<p>Intro.</p>\n</div>",
            "<section class=\"rd-item rd-recommendation\">\n<h3 class=\"rd-item-heading\">Recommendation 1</h3>",
            "<h4 class=\"rd-response-label\">Response</h4>",
            "<p class=\"rd-detail\"><strong>Status:</strong> Done</p>",
            "<div class=\"rd-closing\">\n<p>Bye.</p>\n</div>",
        ] {
            assert!(html.contains(hook), "{hook} in {html}");
        }
        assert!(!render(&draft).contains("class="));
    }

    #[test]
    fn the_report_line_and_response_heading_can_each_be_left_out() {
        let without = PublishOptions {
            report_line: false,
            response_heading: false,
            ..Default::default()
        };
        assert_eq!(report_line_in(&report(), &without), "");
        assert_eq!(response_heading_in(&responder(), &without), "");
        let with = PublishOptions::default();
        assert!(report_line_in(&report(), &with).starts_with("<p>"));
        assert!(response_heading_in(&responder(), &with).starts_with("<h2>"));
    }

    #[test]
    fn headings_never_go_past_h6() {
        let mut draft = crate::template::new_draft();
        draft.items[0].response = "Done.".into();
        let html = render_with(
            &draft,
            &PublishOptions {
                first_heading: 9,
                ..Default::default()
            },
        );
        assert!(
            html.contains("<h4>PCC response</h4>") && html.contains("<h6>Response</h6>"),
            "{html}"
        );
    }

    #[test]
    fn the_preview_marks_unset_dates_and_the_output_leaves_them_out() {
        let mut draft = crate::template::new_draft();
        draft.report.title = "An inspection".into();
        draft.responder.body = "Kent".into();
        let o = PublishOptions::default();
        assert_eq!(
            response_heading_drafting(&draft.responder, &o),
            "<h2>Kent PCC response dated <mark class=\"rd-unset\">[response date not set]</mark></h2>\n"
        );
        assert!(report_line_drafting(&draft.report, &o)
            .contains("on <mark class=\"rd-unset\">[publication date not set]</mark>"));
        let published = render(&draft);
        assert!(!published.contains("not set") && !published.contains("<mark"));
        draft.responder.response_date = from_calendar(2025, 8, 7);
        assert_eq!(
            response_heading_drafting(&draft.responder, &o),
            response_heading_in(&draft.responder, &o)
        );
    }
}
