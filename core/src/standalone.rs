//! The response as a complete web page on its own: one file, its own small stylesheet, no
//! requests to anywhere, to send round for sign-off or publish as it is.

use crate::model::{Draft, PublishOptions};
use crate::render::{escape, render_with};

/// The page has no scripts and asks for nothing: a policy that says so keeps it that way,
/// wherever it is opened.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// A whole HTML document for the draft in the published page's own style, its text centred at
/// a readable measure. Its headings start at `<h1>`, since the page has no other.
pub fn page(draft: &Draft, options: &PublishOptions) -> String {
    let stylesheet =
        crate::page_style::stylesheet(1) + "body { margin: 0; }\n.page { margin: 0 auto; }\n";
    document(draft, options, &stylesheet)
}

/// The name for a file of this response: whose response, to which report, and the date of
/// the response (not of the day it was saved).
pub fn file_name(draft: &Draft, extension: &str) -> String {
    crate::file_name::named(
        &title(draft),
        draft.responder.response_date,
        "response",
        extension,
    )
}

fn document(draft: &Draft, options: &PublishOptions, stylesheet: &str) -> String {
    let options = PublishOptions {
        first_heading: 1,
        response_heading: true,
        ..*options
    };
    let title = title(draft);
    let description = format!(
        "{} to the inspection report{}.",
        draft.responder.response_name(),
        match draft.report.title.trim() {
            "" => String::new(),
            report => format!(" “{report}”"),
        }
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<meta name=\"description\" content=\"{}\">\n\
         <style>\n{}\n</style>\n</head>\n<body>\n<main class=\"page\">\n{}</main>\n</body>\n</html>\n",
        escape(&title),
        escape(&description),
        stylesheet.replace("</", "<\\/"),
        render_with(draft, &options)
    )
}

/// The document's title: whose response, to which report.
pub fn title(draft: &Draft) -> String {
    match draft.report.title.trim() {
        "" => draft.responder.response_name(),
        report => format!("{}: {report}", draft.responder.response_name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;
    use crate::template;

    #[test]
    fn a_complete_document_with_its_own_styles_and_one_h1() {
        let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.report.title = "PEEL <2025>".into();
        draft.responder.body = "Kent".into();
        draft.items[0].response = "Done.".into();
        let html = document(&draft, &PublishOptions::default(), "p { color: red; }");
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
        assert!(html.contains("<title>Kent PCC response: PEEL &lt;2025&gt;</title>"));
        assert!(html.contains("<meta name=\"description\" content=\"Kent PCC response to the inspection report “PEEL &lt;2025&gt;”.\">"));
        assert!(html.contains("<style>\np { color: red; }\n</style>"));
        assert_eq!(html.matches("<h1>").count(), 1);
        assert!(html.contains("<h2>Recommendation 1</h2>") && html.contains("<h3>Response</h3>"));
        assert!(
            !html.contains("src=") && !html.contains("<link"),
            "no requests to anywhere"
        );
    }

    #[test]
    fn the_page_allows_no_scripts_or_requests_and_carries_none_of_the_apps_styles() {
        let html = page(&template::new_draft(), &PublishOptions::default());
        assert!(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"));
        assert!(!html.contains(":host") && !html.contains("rd-part") && !html.contains("/*"));
        assert!(html.contains(".page { margin: 0 auto; }"));
    }

    #[test]
    fn files_are_named_from_the_report_and_the_response_date() {
        let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.report.title = "PEEL 2025: Kent".into();
        draft.responder.body = "Kent".into();
        assert_eq!(
            file_name(&draft, "docx"),
            "kent-pcc-response-peel-2025-kent-2025-08-07.docx"
        );
        draft.responder.response_date = None;
        draft.responder.body.clear();
        draft.report.title.clear();
        assert_eq!(file_name(&draft, "html"), "pcc-response.html");
    }

    #[test]
    fn a_stylesheet_cannot_close_its_element() {
        let draft = template::new_draft();
        let html = document(
            &draft,
            &PublishOptions::default(),
            "</style><script>alert(1)</script>",
        );
        // Inside <style> the rest is only text, once its end cannot be written early.
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(html.contains("<\\/style><script>"));
    }
}
