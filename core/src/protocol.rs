//! The messages between the page and the worker that does the rare, long work off the page's
//! thread (today: reading a report's PDF). Each message is one JSON text; the worker answers
//! each request with one reply, in order.

use serde::{Deserialize, Serialize};

use crate::import::report::{self, Document, Reading};

// Tagged outside (`{"read_report": {…}}`), not inside: an enum tagged inside is read by
// buffering the whole message first, which costs the page's download dearly in code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Read a report from its PDF's text, as pdf.js gives it.
    ReadReport { document: Document },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Report {
        reading: Reading,
    },
    /// The request could not be read: a fault of the page's, never of the person's file.
    Refused {
        why: String,
    },
}

/// A request to read a report, from the JSON text of its document, without reading it twice.
pub fn read_report_request(document_json: &str) -> String {
    format!(r#"{{"read_report":{{"document":{document_json}}}}}"#)
}

/// The worker's answer to one message.
pub fn answer(message: &str) -> String {
    let reply = match serde_json::from_str::<Request>(message) {
        Ok(Request::ReadReport { document }) => Reply::Report {
            reading: report::read(&document),
        },
        Err(error) => Reply::Refused {
            why: error.to_string(),
        },
    };
    serde_json::to_string(&reply).expect("a reply is always JSON")
}

/// The page's reading of a reply.
pub fn reply(text: &str) -> Result<Reply, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::document::{Item, Page};

    fn document() -> Document {
        // A bold heading, and its words under it.
        let line = |text: &str, y: f32, font: u32| Item {
            text: text.to_owned(),
            x: 60.0,
            y,
            width: 5.0 * text.len() as f32,
            size: 11.0,
            font,
            ..Item::default()
        };
        Document {
            info: Default::default(),
            pages: vec![Page {
                width: 595.0,
                height: 842.0,
                items: vec![
                    line("Recommendation 1", 700.0, 1),
                    line("By 31 March 2026, chief constables should act.", 680.0, 0),
                ],
            }],
        }
    }

    #[test]
    fn a_read_report_request_made_from_a_documents_json_is_answered_with_its_reading() {
        let json = serde_json::to_string(&document()).unwrap();
        let request = read_report_request(&json);
        assert_eq!(
            serde_json::from_str::<Request>(&request).unwrap(),
            Request::ReadReport {
                document: document()
            }
        );
        let Ok(Reply::Report { reading }) = reply(&answer(&request)) else {
            panic!("a reading");
        };
        assert_eq!(reading, report::read(&document()));
        assert!(reading
            .lines
            .iter()
            .any(|line| line.text.starts_with("By 31 March 2026")));
    }

    #[test]
    fn a_message_that_is_not_a_request_is_refused_with_why() {
        for message in [
            "",
            "{}",
            r#"{"request":"dance"}"#,
            r#"{"request":"read_report","document":3}"#,
        ] {
            match reply(&answer(message)) {
                Ok(Reply::Refused { why }) => assert!(!why.is_empty(), "{message}"),
                other => panic!("{message}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_reply_that_is_not_json_is_an_error_not_a_panic() {
        assert!(reply("not json").is_err());
        assert!(reply(r#"{"unknown":{}}"#).is_err());
    }
}
