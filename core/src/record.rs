//! What is kept for each draft: the draft with its schema version, revision and name, read back
//! from any version Response Drafter has ever written. Text that cannot be read is reported,
//! never guessed at, so the caller can set it aside untouched.

use crate::model::{ChiefConstableComments, Draft, Item, Report, Responder};
use serde::{Deserialize, Serialize};
use std::fmt;
use time::Date;

/// Bumped whenever the stored shape changes, with a reader for the old shape below.
///
/// 1. The draft itself, with `schema_version` among its fields.
/// 2. The draft inside a record with a revision, the time saved and a name; the checklist.
/// 3. The checklist's ticks become the section 55 record, with dates; the stage and the
///    corrections of a published response.
pub const SCHEMA_VERSION: u32 = 3;

/// One stored draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema_version: u32,
    /// Goes up by one with every save, so a tab can tell that another has saved since it read.
    pub revision: u64,
    /// When it was last saved, in milliseconds since 1970; 0 when not known.
    pub saved_at: f64,
    /// The name the person gave the draft; empty to go by the report's title.
    pub name: String,
    /// How this draft's HTML is written for the website.
    #[serde(default)]
    pub publishing: crate::model::PublishOptions,
    pub draft: Draft,
}

impl Record {
    pub fn new(draft: Draft) -> Record {
        Record {
            schema_version: SCHEMA_VERSION,
            revision: 0,
            saved_at: 0.0,
            name: String::new(),
            publishing: Default::default(),
            draft,
        }
    }

    /// What the draft is called in lists: its name, else the report's title.
    pub fn title(&self) -> String {
        match self.name.trim() {
            "" => self.draft.display_title(),
            name => name.to_owned(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a record always serialises")
    }
}

/// Why stored or imported text is not a draft this version can open.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Not JSON at all, e.g. cut short or edited by hand.
    NotJson(String),
    /// JSON, but not an object as every draft is.
    NotADraft,
    /// An object, but it does not say which version wrote it.
    NoVersion,
    /// Written by a later version of Response Drafter than this one.
    Newer(u32),
    /// Claims a version this program never wrote.
    UnknownVersion(u32),
    /// The right version, but a part is missing or of the wrong kind.
    Incomplete(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotJson(detail) => write!(f, "it is not valid JSON ({detail})"),
            ReadError::NotADraft => f.write_str("it is JSON, but not a draft"),
            ReadError::NoVersion => f.write_str("it does not say which version of Response Drafter wrote it"),
            ReadError::Newer(version) => write!(
                f,
                "it was written by a newer version of Response Drafter (format {version}; this one reads up to format {SCHEMA_VERSION}). Reload the page to get the newer version"
            ),
            ReadError::UnknownVersion(version) => {
                write!(f, "it says it is format {version}, which Response Drafter never wrote")
            }
            ReadError::Incomplete(detail) => write!(f, "part of it is missing or damaged ({detail})"),
        }
    }
}

impl ReadError {
    fn from_json(error: serde_json::Error) -> ReadError {
        let detail = error.to_string();
        if error.is_data() {
            ReadError::Incomplete(detail)
        } else {
            ReadError::NotJson(detail)
        }
    }
}

/// Only the version, read without building the rest.
#[derive(Deserialize)]
struct Version {
    schema_version: Option<u32>,
}

/// Reads a stored draft of any version, migrating old shapes to the current one.
pub fn read(text: &str) -> Result<Record, ReadError> {
    if !text.trim_start().starts_with('{') {
        return match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => Err(ReadError::NotADraft),
            Err(error) => Err(ReadError::from_json(error)),
        };
    }
    let Version { schema_version } = serde_json::from_str(text).map_err(ReadError::from_json)?;
    let mut record = match schema_version {
        None => Err(ReadError::NoVersion),
        Some(1) => serde_json::from_str::<v1::Draft>(text)
            .map(|draft| Record::new(draft.migrate()))
            .map_err(ReadError::from_json),
        Some(2) => serde_json::from_str::<v2::Record>(text)
            .map(v2::Record::migrate)
            .map_err(ReadError::from_json),
        Some(SCHEMA_VERSION) => serde_json::from_str(text).map_err(ReadError::from_json),
        Some(version) if version > SCHEMA_VERSION => Err(ReadError::Newer(version)),
        Some(version) => Err(ReadError::UnknownVersion(version)),
    }?;
    crate::identity::make_item_ids_unique(&mut record.draft);
    Ok(record)
}

/// The revision of stored text, read without building the draft: 0 for drafts stored before
/// revisions were kept, `None` when it cannot be read at all.
pub fn revision_of(text: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Revision {
        schema_version: Option<u32>,
        revision: Option<u64>,
    }
    let found: Revision = serde_json::from_str(text).ok()?;
    match found.schema_version? {
        1 => Some(0),
        2..=SCHEMA_VERSION => found.revision,
        _ => None,
    }
}

/// The revision read from just the start of stored text, as [`Record::to_json`] writes it
/// (`{"schema_version":2,"revision":41,…`), so a save need not read a whole large draft to
/// check it; `None` when the start is not in that shape (then read the whole with
/// [`revision_of`]).
pub fn revision_from_start(start: &str) -> Option<u64> {
    if start.starts_with("{\"schema_version\":1,") {
        return Some(0);
    }
    let rest = (2..=SCHEMA_VERSION).find_map(|version| {
        start.strip_prefix(&format!("{{\"schema_version\":{version},\"revision\":"))
    })?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || rest.as_bytes().get(digits) != Some(&b',') {
        return None;
    }
    rest[..digits].parse().ok()
}

/// The shapes written by earlier versions, each with its way to the current shape.
mod v1 {
    use super::*;
    use crate::life::{Life, Section55, Step};

    /// Format 1: the draft itself (format 2 keeps the same draft inside a record). The
    /// checklist came late in format 1's life, so it may be absent.
    #[derive(Deserialize)]
    pub struct Draft {
        report: Report,
        responder: Responder,
        introduction: String,
        chief_constable: ChiefConstableComments,
        items: Vec<Item>,
        closing: String,
        #[serde(default)]
        checklist: Checklist,
    }

    /// The steps of section 55(4)-(6), ticked off without dates.
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Checklist {
        chief_constable_invited: bool,
        /// The chief constable's comments, and the reply to them, are included, or none were
        /// received.
        comments_included: bool,
        copy_to_inspectorate: bool,
        copy_to_home_secretary: bool,
    }

    impl Draft {
        pub fn migrate(self) -> crate::model::Draft {
            let ticked = |done: bool| {
                if done {
                    Step::DateNotRecorded
                } else {
                    Step::NotYet
                }
            };
            let Checklist {
                chief_constable_invited,
                comments_included,
                copy_to_inspectorate,
                copy_to_home_secretary,
            } = self.checklist;
            // A tick for "included, or none received" with no comments in the draft can only
            // mean none came.
            let no_comments = comments_included && self.chief_constable.comments.trim().is_empty();
            let section_55 = Section55 {
                invited: ticked(chief_constable_invited),
                comments_received: ticked(comments_included && !no_comments),
                no_comments,
                sent_to_inspectorate: ticked(copy_to_inspectorate),
                sent_to_home_secretary: ticked(copy_to_home_secretary),
                ..Section55::default()
            };
            crate::model::Draft {
                report: self.report,
                responder: self.responder,
                introduction: self.introduction,
                chief_constable: self.chief_constable,
                items: self.items,
                closing: self.closing,
                life: Life {
                    section_55,
                    ..Life::default()
                },
            }
        }
    }
}

mod v2 {
    use super::*;

    /// Format 2: the format 1 draft inside a record with a revision, the time saved and a name.
    #[derive(Deserialize)]
    pub struct Record {
        revision: u64,
        saved_at: f64,
        name: String,
        #[serde(default)]
        publishing: crate::model::PublishOptions,
        draft: super::v1::Draft,
    }

    impl Record {
        pub fn migrate(self) -> super::Record {
            super::Record {
                schema_version: SCHEMA_VERSION,
                revision: self.revision,
                saved_at: self.saved_at,
                name: self.name,
                publishing: self.publishing,
                draft: self.draft.migrate(),
            }
        }
    }
}

/// What the drafts list shows of a draft, kept in the index so the list never reads every draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    /// The area or body responding, e.g. "Avon & Somerset".
    pub body: String,
    #[serde(with = "crate::dates::iso_option")]
    pub published: Option<Date>,
    pub items: usize,
    pub answered: usize,
    pub revision: u64,
    pub saved_at: f64,
    /// No default for these: an index written before they were kept does not read, and is
    /// built again from the drafts themselves.
    pub stage: crate::life::Stage,
    /// The day the response was published, once it is.
    #[serde(with = "crate::dates::iso_option")]
    pub published_on: Option<Date>,
    /// How many of the section 55 record's steps are done.
    pub record_done: usize,
}

impl Summary {
    pub fn of(id: &str, record: &Record) -> Summary {
        let draft = &record.draft;
        Summary {
            id: id.to_owned(),
            title: record.title(),
            body: draft.responder.body.trim().to_owned(),
            published: draft.report.published,
            items: draft.items.len(),
            answered: draft.items.iter().filter(|i| i.is_answered()).count(),
            revision: record.revision,
            saved_at: record.saved_at,
            stage: draft.life.stage(),
            published_on: draft.life.published_on(),
            record_done: draft.life.section_55.done(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template;

    fn record() -> Record {
        let mut draft = template::new_draft_dated(crate::dates::from_calendar(2025, 8, 7));
        draft.report.title = "An inspection".into();
        draft.items[0].response = "We agree.".into();
        Record::new(draft)
    }

    #[test]
    fn a_record_reads_back_exactly() {
        let mut stored = record();
        stored.revision = 7;
        stored.name = "For sign-off".into();
        assert_eq!(read(&stored.to_json()), Ok(stored));
    }

    #[test]
    fn the_title_is_the_name_else_the_report() {
        let mut stored = record();
        assert_eq!(stored.title(), "An inspection");
        stored.name = "  Chief's version ".into();
        assert_eq!(stored.title(), "Chief's version");
    }

    #[test]
    fn text_cut_short_is_not_json() {
        let text = record().to_json();
        let error = read(&text[..text.len() / 2]).unwrap_err();
        assert!(matches!(error, ReadError::NotJson(_)), "{error:?}");
        assert!(error
            .to_string()
            .starts_with("it is not valid JSON (EOF while parsing"));
    }

    #[test]
    fn a_newer_version_is_refused_and_named() {
        let newer = SCHEMA_VERSION + 1;
        let text = record().to_json().replacen(
            &format!("\"schema_version\":{SCHEMA_VERSION}"),
            &format!("\"schema_version\":{newer}"),
            1,
        );
        assert_eq!(read(&text), Err(ReadError::Newer(newer)));
        assert!(ReadError::Newer(newer)
            .to_string()
            .contains(&format!("format {newer}")));
    }

    #[test]
    fn unversioned_and_never_written_versions_are_refused() {
        assert_eq!(read(r#"{"report":{}}"#), Err(ReadError::NoVersion));
        assert_eq!(
            read(r#"{"schema_version":0}"#),
            Err(ReadError::UnknownVersion(0))
        );
        assert_eq!(read("[1,2]"), Err(ReadError::NotADraft));
        assert_eq!(read("\"text\""), Err(ReadError::NotADraft));
        assert!(matches!(read("[1,"), Err(ReadError::NotJson(_))));
    }

    #[test]
    fn a_missing_part_is_named() {
        let text = record().to_json().replacen("\"name\":\"\",", "", 1);
        let error = read(&text).unwrap_err();
        assert!(
            error.to_string().contains("missing field `name`"),
            "{error}"
        );
    }

    #[test]
    fn revision_is_read_from_the_start_of_a_record() {
        let mut stored = record();
        stored.revision = 1234;
        let text = stored.to_json();
        assert_eq!(revision_from_start(&text[..40]), Some(1234));
        assert_eq!(
            revision_from_start(r#"{"schema_version":1,"report":"#),
            Some(0)
        );
        // Cut inside the number, or another shape: not known from the start alone.
        assert_eq!(revision_from_start(&text[..33]), None);
        assert_eq!(
            revision_from_start(r#"{"revision":3,"schema_version":2}"#),
            None
        );
        assert_eq!(
            revision_from_start("{\"schema_version\":2,\"revision\":x,"),
            None
        );
    }

    #[test]
    fn revision_is_read_without_the_draft() {
        let mut stored = record();
        stored.revision = 41;
        assert_eq!(revision_of(&stored.to_json()), Some(41));
        assert_eq!(revision_of(r#"{"schema_version":1,"report":{}}"#), Some(0));
        assert_eq!(revision_of(r#"{"schema_version":9,"revision":3}"#), None);
        assert_eq!(revision_of("{"), None);
    }

    #[test]
    fn summary_counts_answered_items_and_carries_the_publication_date() {
        let mut stored = record();
        stored
            .draft
            .items
            .push(crate::Item::following(stored.draft.items.first()));
        stored.draft.report.published = crate::dates::from_calendar(2025, 6, 12);
        stored.draft.responder.body = " Avon & Somerset ".into();
        stored.saved_at = 1.5e12;
        stored.revision = 3;
        stored.draft.life.section_55.invited = crate::life::Step::DateNotRecorded;
        stored.draft.life.publish(
            crate::dates::from_calendar(2025, 8, 1).unwrap(),
            "https://opcc.example/r",
        );
        let summary = Summary::of("abc", &stored);
        assert_eq!(
            summary,
            Summary {
                id: "abc".into(),
                title: "An inspection".into(),
                body: "Avon & Somerset".into(),
                published: crate::dates::from_calendar(2025, 6, 12),
                items: 2,
                answered: 1,
                revision: 3,
                saved_at: 1.5e12,
                stage: crate::life::Stage::Published,
                published_on: crate::dates::from_calendar(2025, 8, 1),
                record_done: 2,
            }
        );
    }
}
