//! The messages between the page and the worker, which does rare, long work off the page's
//! thread and out of its first load: pasted text and HTML, a report's PDF, the draft read
//! again with the person's marks, Word documents and the calendar file, and comparing and
//! merging versions. Each message is one JSON text; the worker answers each
//! request with one reply, in order, and keeps the last import to read again with new marks.

use serde::{Deserialize, Serialize};

use crate::calendar;
use crate::compare::{comparison, Comparison};
use crate::docx;
use crate::history::History;
use crate::import::report::{self, Document, Problem, Reading};
use crate::import::tree::Tree;
use crate::import::{self, Imported, Mark};
use crate::lineage::{relate, Relation};
use crate::merge::question::{question, Question};
use crate::merge::{merge, Side};
use crate::model::Draft;

// Tagged outside (`{"import_text": {…}}`), not inside: an enum tagged inside is read by
// buffering the whole message first, which costs the page's download dearly in code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    ImportText {
        text: String,
    },
    ImportHtml {
        tree: Tree,
    },
    /// Read a report from its PDF's text, as pdf.js gives it.
    ReadReport {
        document: Document,
    },
    /// The last import read again, each paragraph with a mark in `chosen` taken as marked.
    Remark {
        chosen: Vec<Option<Mark>>,
    },
    /// The draft as a Word document, with its section 55 record or without.
    Word {
        draft: Box<Draft>,
        with_record: bool,
    },
    /// The draft as a Word document with what changed since `since` as tracked changes.
    WordWithChanges {
        now: Box<Draft>,
        since: Box<Draft>,
        since_name: String,
        author: String,
        /// When the changes were made, as Word writes it (ISO 8601).
        when: String,
    },
    /// The last day to publish as a calendar event (`calendar::deadline_event`).
    Calendar {
        draft: Box<Draft>,
        uid: String,
        now_ms: f64,
    },
    /// How a copy from a drafts file stands to the draft here (`ours`, with its stored
    /// `history` as the browser holds it), and the merge question where the two can be merged.
    Offer {
        ours: Box<Draft>,
        history: String,
        theirs: Box<Draft>,
        lineage: Vec<String>,
    },
    /// The merge question asked again, with the draft here as it is now.
    Question {
        base: Box<Draft>,
        ours: Box<Draft>,
        theirs: Box<Draft>,
    },
    /// The merge, each collision settled as chosen.
    Merge {
        base: Box<Draft>,
        ours: Box<Draft>,
        theirs: Box<Draft>,
        choices: Vec<Side>,
    },
    /// `now` compared with `then` (`compare::comparison`).
    Compare {
        now: Box<Draft>,
        then: Box<Draft>,
    },
}

/// What a copy from a file is to the draft here with its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Offer {
    /// The two are the same: nothing to import.
    Same,
    /// Both changed since `base`, a version they share, or only the copy did.
    Merge {
        base: Box<Draft>,
        question: Question,
    },
    /// Not related, or an earlier version of the draft here: imported as it is, as the person
    /// says.
    Import,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Imported {
        imported: Box<Imported>,
    },
    /// A report's PDF whose text cannot be read.
    Unreadable {
        problem: Problem,
    },
    /// A file written for the page to download; `replaced_whole` when a long part changed too
    /// much to compare word by word and is marked whole.
    Document {
        bytes: Vec<u8>,
        replaced_whole: bool,
    },
    Offered {
        offer: Offer,
    },
    Question {
        question: Question,
    },
    /// The merged draft, what the merge took from the copy and how many collisions it settled.
    Merged {
        draft: Box<Draft>,
        taken: usize,
        collisions: usize,
    },
    Compared {
        comparison: Comparison,
    },
    /// The request could not be read: a fault of the page's, never of the person's file.
    Refused {
        why: String,
    },
}

// The page writes its requests with these, which serialise only what each sends: deriving
// `Serialize` for `Request` would put the code to write a whole PDF's text into the page.

/// A request to read a report, from the JSON text of its document, without reading it twice.
pub fn read_report_request(document_json: &str) -> String {
    format!(r#"{{"read_report":{{"document":{document_json}}}}}"#)
}

fn json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data is always JSON")
}

pub fn import_text_request(text: &str) -> String {
    format!(r#"{{"import_text":{{"text":{}}}}}"#, json(text))
}

pub fn import_html_request(tree: &Tree) -> String {
    format!(r#"{{"import_html":{{"tree":{}}}}}"#, json(tree))
}

pub fn remark_request(chosen: &[Option<Mark>]) -> String {
    format!(r#"{{"remark":{{"chosen":{}}}}}"#, json(chosen))
}

pub fn word_request(draft: &Draft, with_record: bool) -> String {
    format!(
        r#"{{"word":{{"draft":{},"with_record":{with_record}}}}}"#,
        json(draft)
    )
}

pub fn word_with_changes_request(
    now: &Draft,
    since: &Draft,
    since_name: &str,
    author: &str,
    when: &str,
) -> String {
    format!(
        r#"{{"word_with_changes":{{"now":{},"since":{},"since_name":{},"author":{},"when":{}}}}}"#,
        json(now),
        json(since),
        json(since_name),
        json(author),
        json(when)
    )
}

pub fn calendar_request(draft: &Draft, uid: &str, now_ms: f64) -> String {
    format!(
        r#"{{"calendar":{{"draft":{},"uid":{},"now_ms":{}}}}}"#,
        json(draft),
        json(uid),
        json(&now_ms)
    )
}

pub fn offer_request(ours: &Draft, history: &str, theirs: &Draft, lineage: &[String]) -> String {
    format!(
        r#"{{"offer":{{"ours":{},"history":{},"theirs":{},"lineage":{}}}}}"#,
        json(ours),
        json(history),
        json(theirs),
        json(lineage)
    )
}

pub fn question_request(base: &Draft, ours: &Draft, theirs: &Draft) -> String {
    format!(
        r#"{{"question":{{"base":{},"ours":{},"theirs":{}}}}}"#,
        json(base),
        json(ours),
        json(theirs)
    )
}

pub fn merge_request(base: &Draft, ours: &Draft, theirs: &Draft, choices: &[Side]) -> String {
    format!(
        r#"{{"merge":{{"base":{},"ours":{},"theirs":{},"choices":{}}}}}"#,
        json(base),
        json(ours),
        json(theirs),
        json(choices)
    )
}

pub fn compare_request(now: &Draft, then: &Draft) -> String {
    format!(
        r#"{{"compare":{{"now":{},"then":{}}}}}"#,
        json(now),
        json(then)
    )
}

/// How `theirs` stands to `ours`, and the question to ask where they can be merged. A history
/// that cannot be read is none: the copy is then imported as it is, as the person chooses.
fn offer(ours: &Draft, history: &str, theirs: &Draft, lineage: &[String]) -> Offer {
    let history = History::read(history).unwrap_or_default();
    match relate(ours, &history, theirs, lineage) {
        Relation::Same => Offer::Same,
        Relation::Ahead { base } | Relation::Diverged { base } => Offer::Merge {
            question: question(&base, ours, theirs),
            base: Box::new(base),
        },
        Relation::Behind | Relation::Unrelated => Offer::Import,
    }
}

/// What the last import was read from, to read again with the person's marks.
enum Source {
    Pasted(Box<Imported>),
    Report(Reading),
}

/// The worker's side: answers each message, keeping the last import.
#[derive(Default)]
pub struct Worker {
    last: Option<Source>,
}

impl Worker {
    pub fn answer(&mut self, message: &str) -> String {
        let reply = match serde_json::from_str::<Request>(message) {
            Ok(request) => self.reply(request),
            Err(error) => Reply::Refused {
                why: error.to_string(),
            },
        };
        serde_json::to_string(&reply).expect("a reply is always JSON")
    }

    fn reply(&mut self, request: Request) -> Reply {
        let imported = match request {
            Request::Word { draft, with_record } => {
                return Reply::Document {
                    bytes: docx::document(&draft, with_record),
                    replaced_whole: false,
                }
            }
            Request::WordWithChanges {
                now,
                since,
                since_name,
                author,
                when,
            } => {
                let (bytes, replaced_whole) =
                    docx::document_with_changes(&now, &since, &since_name, &author, &when);
                return Reply::Document {
                    bytes,
                    replaced_whole,
                };
            }
            Request::Calendar { draft, uid, now_ms } => {
                return match calendar::deadline_event(&draft, &uid, now_ms) {
                    Some(event) => Reply::Document {
                        bytes: event.into_bytes(),
                        replaced_whole: false,
                    },
                    None => Reply::Refused {
                        why: "the report's publication date is not known".to_owned(),
                    },
                }
            }
            Request::Offer {
                ours,
                history,
                theirs,
                lineage,
            } => {
                return Reply::Offered {
                    offer: offer(&ours, &history, &theirs, &lineage),
                }
            }
            Request::Question { base, ours, theirs } => {
                return Reply::Question {
                    question: question(&base, &ours, &theirs),
                }
            }
            Request::Merge {
                base,
                ours,
                theirs,
                choices,
            } => {
                let merged = merge(&base, &ours, &theirs, &choices);
                return Reply::Merged {
                    draft: Box::new(merged.draft),
                    taken: merged.taken,
                    collisions: merged.collisions.len(),
                };
            }
            Request::Compare { now, then } => {
                return Reply::Compared {
                    comparison: comparison(&now, &then),
                }
            }
            Request::ImportText { text } => self.pasted(import::from_text(&text)),
            Request::ImportHtml { tree } => match tree.checked().root() {
                Some(root) => self.pasted(import::from_html(&root)),
                None => self.pasted(import::from_text("")),
            },
            Request::ReadReport { document } => {
                let reading = report::read(&document);
                if let Some(problem) = reading.problem {
                    return Reply::Unreadable { problem };
                }
                let imported = report::imported(&reading, &[]);
                self.last = Some(Source::Report(reading));
                imported
            }
            Request::Remark { chosen } => match &self.last {
                Some(Source::Pasted(imported)) => import::with_marks(imported, &chosen),
                Some(Source::Report(reading)) => report::imported(reading, &chosen),
                None => {
                    return Reply::Refused {
                        why: "nothing has been imported to mark".to_owned(),
                    }
                }
            },
        };
        Reply::Imported {
            imported: Box::new(imported),
        }
    }

    fn pasted(&mut self, imported: Imported) -> Imported {
        self.last = Some(Source::Pasted(Box::new(imported.clone())));
        imported
    }
}

/// The page's reading of a reply.
pub fn reply(text: &str) -> Result<Reply, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::document::{Item, Page};
    use crate::model::ItemKind;

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

    fn imported(reply_text: &str) -> Imported {
        match reply(reply_text) {
            Ok(Reply::Imported { imported }) => without_ids(*imported),
            other => panic!("an import, not {other:?}"),
        }
    }

    /// Items are given new ids each time they are made: the rest must be the same.
    fn without_ids(mut imported: Imported) -> Imported {
        for item in &mut imported.draft.items {
            item.id.clear();
        }
        imported
    }

    fn request(request: &Request) -> String {
        serde_json::to_string(request).unwrap()
    }

    #[test]
    fn a_read_report_request_made_from_a_documents_json_is_answered_with_its_draft() {
        let json = serde_json::to_string(&document()).unwrap();
        let message = read_report_request(&json);
        assert_eq!(
            serde_json::from_str::<Request>(&message).unwrap(),
            Request::ReadReport {
                document: document()
            }
        );
        let got = imported(&Worker::default().answer(&message));
        assert_eq!(
            got,
            without_ids(report::imported(&report::read(&document()), &[]))
        );
        assert_eq!(got.draft.items[0].addressee, "chief constables");
    }

    #[test]
    fn pasted_text_is_imported_and_read_again_with_the_persons_marks() {
        let mut worker = Worker::default();
        let text = "Recommendation 1\nThe force should act.\nWe have acted.";
        let first = imported(&worker.answer(&request(&Request::ImportText { text: text.into() })));
        assert_eq!(first, without_ids(import::from_text(text)));
        let chosen = vec![None, None, Some(Mark::ItemText)];
        let again = imported(&worker.answer(&request(&Request::Remark {
            chosen: chosen.clone(),
        })));
        assert_eq!(again, without_ids(import::with_marks(&first, &chosen)));
        assert!(again.paragraphs[2].chosen);
    }

    #[test]
    fn a_report_is_read_again_with_the_persons_marks() {
        let mut worker = Worker::default();
        let message = read_report_request(&serde_json::to_string(&document()).unwrap());
        let first = imported(&worker.answer(&message));
        assert_eq!(first.draft.items[0].kind, ItemKind::Recommendation);
        let chosen = vec![Some(Mark::NewItem(ItemKind::AreaForImprovement))];
        let again = imported(&worker.answer(&request(&Request::Remark { chosen })));
        assert_eq!(again.draft.items[0].kind, ItemKind::AreaForImprovement);
    }

    #[test]
    fn the_pages_requests_are_the_workers() {
        let tree = Tree::default();
        let chosen = vec![
            None,
            Some(Mark::LeftOut),
            Some(Mark::NewItem(ItemKind::Custom("Finding “1”".into()))),
        ];
        for (message, request) in [
            (
                import_text_request("Quotes \" and \\ and\nlines"),
                Request::ImportText {
                    text: "Quotes \" and \\ and\nlines".into(),
                },
            ),
            (import_html_request(&tree), Request::ImportHtml { tree }),
            (remark_request(&chosen), Request::Remark { chosen }),
        ] {
            assert_eq!(serde_json::from_str::<Request>(&message).unwrap(), request);
        }
    }

    #[test]
    fn a_pdf_with_no_text_is_answered_with_why() {
        let message = read_report_request(r#"{"pages":[{"width":595,"height":842,"items":[]}]}"#);
        assert_eq!(
            reply(&Worker::default().answer(&message)),
            Ok(Reply::Unreadable {
                problem: Problem::NoText
            })
        );
    }

    #[test]
    fn a_message_that_is_not_a_request_is_refused_with_why() {
        for message in [
            "",
            "{}",
            r#"{"dance":{}}"#,
            r#"{"read_report":{"document":3}}"#,
            r#"{"remark":{"chosen":[]}}"#,
        ] {
            match reply(&Worker::default().answer(message)) {
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

    #[test]
    fn the_worker_writes_the_calendar_event_the_page_asks_for() {
        let mut draft = crate::template::new_draft();
        draft.report.title = "An inspection, with “quotes”".into();
        draft.report.published = Some(crate::dates::date(2026, 1, 5));
        let mut worker = Worker::default();
        let asked = calendar_request(&draft, "draft-1", 1.7e12);
        match reply(&worker.answer(&asked)) {
            Ok(Reply::Document {
                bytes,
                replaced_whole: false,
            }) => assert_eq!(
                String::from_utf8(bytes).unwrap(),
                crate::calendar::deadline_event(&draft, "draft-1", 1.7e12).unwrap()
            ),
            other => panic!("a calendar file, not {other:?}"),
        }
        // Without the report's date there is no last day: refused, with why.
        draft.report.published = None;
        match reply(&worker.answer(&calendar_request(&draft, "draft-1", 1.7e12))) {
            Ok(Reply::Refused { why }) => assert!(why.contains("date")),
            other => panic!("refused, not {other:?}"),
        }
    }

    #[test]
    fn the_worker_writes_the_word_documents_the_page_asks_for() {
        let mut draft = crate::template::new_draft();
        draft.introduction = "The introduction, now.".into();
        let mut worker = Worker::default();
        let (bytes, replaced_whole) = match reply(&worker.answer(&word_request(&draft, true))) {
            Ok(Reply::Document {
                bytes,
                replaced_whole,
            }) => (bytes, replaced_whole),
            other => panic!("a document, not {other:?}"),
        };
        assert_eq!(bytes, crate::docx::document(&draft, true));
        assert!(bytes.starts_with(b"PK") && !replaced_whole);
        let mut since = draft.clone();
        since.introduction = "The introduction, then.".into();
        let asked =
            word_with_changes_request(&draft, &since, "Sent", "Kent PCC", "2026-12-06T10:00:00Z");
        let (expected, _) = crate::docx::document_with_changes(
            &draft,
            &since,
            "Sent",
            "Kent PCC",
            "2026-12-06T10:00:00Z",
        );
        match reply(&worker.answer(&asked)) {
            Ok(Reply::Document {
                bytes,
                replaced_whole,
            }) => {
                assert_eq!(bytes, expected);
                assert!(!replaced_whole);
            }
            other => panic!("a document, not {other:?}"),
        }
        // A request with the draft cut short is refused, never half written.
        let cut = &word_request(&draft, false)[..40];
        assert!(matches!(
            reply(&worker.answer(cut)),
            Ok(Reply::Refused { .. })
        ));
    }

    /// A draft sent to a colleague, edited here and there since: the two share `sent`.
    fn copies() -> (Draft, crate::history::History, Draft, Vec<String>) {
        use crate::history::{History, Reason};
        let mut sent = crate::template::new_draft();
        sent.introduction = "Sent for comment.".into();
        let mut history = History::default();
        history.keep(1.0, Reason::Exported, "", &sent);
        let mut ours = sent.clone();
        ours.introduction = "Edited here.".into();
        let mut theirs = sent.clone();
        theirs.introduction = "Edited there.".into();
        theirs.report.title = "A title given there".into();
        let their_lineage = crate::lineage::lineage(&theirs, &{
            let mut theirs_kept = History::default();
            theirs_kept.keep(2.0, Reason::Imported, "", &sent);
            theirs_kept
        });
        (ours, history, theirs, their_lineage)
    }

    #[test]
    fn the_worker_finds_what_a_copy_shares_and_asks_the_merge_question() {
        let (ours, history, theirs, their_lineage) = copies();
        let sent = history.versions[0].draft();
        let mut worker = Worker::default();
        let asked = offer_request(&ours, &history.to_json(), &theirs, &their_lineage);
        match reply(&worker.answer(&asked)) {
            Ok(Reply::Offered {
                offer: Offer::Merge { base, question },
            }) => {
                assert_eq!(*base, sent);
                assert_eq!(
                    question,
                    crate::merge::question::question(&sent, &ours, &theirs)
                );
                // The title is taken; the introduction, changed on both sides, collides.
                assert_eq!(question.taken, 1);
                assert_eq!(question.collisions.len(), 1);
            }
            other => panic!("a merge, not {other:?}"),
        }
        // The same copy again is nothing to import.
        let same = offer_request(&theirs, &history.to_json(), &theirs, &their_lineage);
        assert_eq!(
            reply(&worker.answer(&same)),
            Ok(Reply::Offered { offer: Offer::Same })
        );
        // Nothing shared, or a history that cannot be read: imported as it is, never a panic.
        for history_text in ["", "not json", r#"{"versions":3}"#] {
            let asked = offer_request(&ours, history_text, &theirs, &[]);
            assert_eq!(
                reply(&worker.answer(&asked)),
                Ok(Reply::Offered {
                    offer: Offer::Import
                }),
                "{history_text:?}"
            );
        }
    }

    #[test]
    fn the_worker_merges_as_chosen_and_asks_again_for_a_draft_changed_since() {
        use crate::merge::{merge, Side};
        let (ours, history, theirs, _) = copies();
        let sent = history.versions[0].draft();
        let mut worker = Worker::default();
        for choices in [vec![Side::Ours], vec![Side::Theirs]] {
            let expected = merge(&sent, &ours, &theirs, &choices);
            assert_eq!(
                reply(&worker.answer(&merge_request(&sent, &ours, &theirs, &choices))),
                Ok(Reply::Merged {
                    draft: Box::new(expected.draft),
                    taken: expected.taken,
                    collisions: expected.collisions.len(),
                })
            );
        }
        let mut now = ours.clone();
        now.report.title = "A title given here".into();
        assert_eq!(
            reply(&worker.answer(&question_request(&sent, &now, &theirs))),
            Ok(Reply::Question {
                question: crate::merge::question::question(&sent, &now, &theirs)
            })
        );
    }

    #[test]
    fn the_worker_compares_two_versions() {
        let (ours, history, theirs, _) = copies();
        let then = history.versions[0].draft();
        let mut worker = Worker::default();
        let compared = match reply(&worker.answer(&compare_request(&ours, &then))) {
            Ok(Reply::Compared { comparison }) => comparison,
            other => panic!("a comparison, not {other:?}"),
        };
        assert_eq!(compared, crate::compare::comparison(&ours, &then));
        assert_eq!(compared.differences.len(), 1);
        assert_eq!(
            reply(&worker.answer(&compare_request(&theirs, &theirs))),
            Ok(Reply::Compared {
                comparison: crate::compare::Comparison::default()
            })
        );
    }
}
