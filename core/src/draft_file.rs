//! Draft files: drafts exported to a JSON file, and read back from one. A file is checked whole
//! before anything is taken from it, so a bad file changes nothing.

use crate::record::{self, ReadError, Record, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::fmt;

/// Names the kind of file, so that other JSON is not mistaken for drafts.
pub const FORMAT: &str = "response-drafter-drafts";
/// A browser keeps about 5 MB for a site, so a larger file could never be stored whole.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_DRAFTS: usize = 500;
pub use crate::size::MAX_ITEMS;

/// A draft as it goes into a file: the id it has in this browser, its record, and the
/// fingerprints of the versions it passed through (`lineage`), so a copy edited elsewhere can
/// be merged back.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// `None` when the file gave no usable id.
    pub id: Option<String>,
    pub record: Record,
    /// Newest first; empty in a file written before files named them.
    pub versions: Vec<String>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    schema_version: u32,
    drafts: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    versions: &'a [String],
    record: &'a Record,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    schema_version: Option<u32>,
}

#[derive(Deserialize)]
struct FileIn<'a> {
    #[serde(borrow)]
    drafts: Vec<EntryIn<'a>>,
}

#[derive(Deserialize)]
struct EntryIn<'a> {
    id: Option<String>,
    #[serde(default)]
    versions: Vec<String>,
    #[serde(borrow)]
    record: &'a RawValue,
}

/// The text of a file holding the given drafts, laid out to be readable.
pub fn export<'a>(drafts: impl IntoIterator<Item = (&'a str, &'a Record)>) -> String {
    export_with_versions(drafts.into_iter().map(|(id, record)| (id, record, &[][..])))
}

/// The text of a file holding the given drafts, each with the fingerprints of its versions.
pub fn export_with_versions<'a>(
    drafts: impl IntoIterator<Item = (&'a str, &'a Record, &'a [String])>,
) -> String {
    let file = FileOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        drafts: drafts
            .into_iter()
            .map(|(id, record, versions)| EntryOut {
                id,
                versions,
                record,
            })
            .collect(),
    };
    serde_json::to_string(&file).expect("drafts always serialise")
}

/// A file name for drafts: the title made safe for any file system, and the date, e.g.
/// `peel-2025-response-2026-11-29.json`.
pub fn file_name(title: &str, date: Option<time::Date>) -> String {
    crate::file_name::named(title, date, "response-drafter-drafts", "json")
}

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotJson(String),
    NotDraftsFile,
    Newer(u32),
    Empty,
    TooManyDrafts(usize),
    /// The draft at `position` (from 1) could not be read.
    Draft {
        position: usize,
        problem: ReadError,
    },
    /// The draft at `position` breaks the size rule for drafts.
    DraftTooLarge {
        position: usize,
        title: String,
        problem: crate::size::TooLarge,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {}, but a drafts file can be at most {}. Choose a file exported from Response Drafter.",
                megabytes(*bytes),
                megabytes(MAX_FILE_BYTES)
            ),
            ImportError::NotJson(detail) => write!(
                f,
                "The file is not a drafts file: it is not valid JSON ({detail}). Choose a file exported from Response Drafter."
            ),
            ImportError::NotDraftsFile => f.write_str(
                "The file is not a Response Drafter drafts file. Choose a file made with “Export”.",
            ),
            ImportError::Newer(version) => write!(
                f,
                "The file was made by a newer version of Response Drafter (format {version}; this one reads up to format {SCHEMA_VERSION}). Reload the page to get the newer version, then import it again."
            ),
            ImportError::Empty => f.write_str("The file holds no drafts."),
            ImportError::TooManyDrafts(count) => write!(
                f,
                "The file holds {} drafts, but at most {MAX_DRAFTS} can be imported at once.",
                thousands(*count)
            ),
            ImportError::Draft { position, problem } => {
                write!(f, "Draft {position} in the file cannot be read: {problem}.")
            }
            ImportError::DraftTooLarge {
                position,
                title,
                problem,
            } => write!(
                f,
                "Draft {position} in the file (“{title}”) cannot be imported: {problem}. Nothing has been imported."
            ),
        }
    }
}

/// Reads a drafts file, or a single stored draft (as downloaded from a draft set aside), in
/// full: either every draft in it, or the first problem found.
pub fn import(text: &str) -> Result<Vec<Entry>, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let header: Header = serde_json::from_str(text).map_err(|error| {
        if error.is_data() {
            ImportError::NotDraftsFile
        } else {
            ImportError::NotJson(error.to_string())
        }
    })?;
    match (header.format.as_deref(), header.schema_version) {
        (Some(FORMAT), Some(version)) if version > SCHEMA_VERSION => {
            Err(ImportError::Newer(version))
        }
        (Some(FORMAT), Some(_)) => {
            let file: FileIn =
                serde_json::from_str(text).map_err(|_| ImportError::NotDraftsFile)?;
            if file.drafts.len() > MAX_DRAFTS {
                return Err(ImportError::TooManyDrafts(file.drafts.len()));
            }
            let entries = file
                .drafts
                .into_iter()
                .enumerate()
                .map(|(index, entry)| {
                    let mut read = read_entry(index + 1, entry.id, entry.record.get())?;
                    read.versions = entry
                        .versions
                        .into_iter()
                        .filter(|v| is_valid_id(v))
                        .collect();
                    Ok(read)
                })
                .collect::<Result<Vec<_>, _>>()?;
            if entries.is_empty() {
                return Err(ImportError::Empty);
            }
            Ok(entries)
        }
        (None, Some(_)) => Ok(vec![read_entry(1, None, text)?]),
        _ => Err(ImportError::NotDraftsFile),
    }
}

fn read_entry(position: usize, id: Option<String>, text: &str) -> Result<Entry, ImportError> {
    let record = record::read(text).map_err(|problem| ImportError::Draft { position, problem })?;
    if let Some(problem) = crate::size::too_large(&record.draft) {
        return Err(ImportError::DraftTooLarge {
            position,
            title: record.title(),
            problem,
        });
    }
    Ok(Entry {
        id: id.filter(|id| is_valid_id(id)),
        record,
        versions: Vec::new(),
    })
}

/// Ids name storage keys and page elements, so only plain ones are kept from a file.
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A size in megabytes to one decimal place, without floating point.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// A count written the British way, e.g. "12,500".
pub fn thousands(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{template, Item};

    fn record(title: &str) -> Record {
        let mut draft = template::new_draft_dated(crate::dates::from_calendar(2025, 8, 7));
        draft.report.title = title.into();
        Record::new(draft)
    }

    #[test]
    fn an_export_imports_back_exactly() {
        let (first, second) = (record("First"), record("Second"));
        let text = export([("a1", &first), ("b-2", &second)]);
        assert_eq!(
            import(&text),
            Ok(vec![
                Entry {
                    id: Some("a1".into()),
                    record: first,
                    versions: vec![],
                },
                Entry {
                    id: Some("b-2".into()),
                    record: second,
                    versions: vec![],
                },
            ])
        );
    }

    #[test]
    fn the_versions_a_draft_passed_through_go_with_it_and_only_plain_ones_come_back() {
        let first = record("First");
        let versions = ["00aa11bb22cc33dd".to_owned(), "<script>".to_owned()];
        let text = export_with_versions([("a1", &first, &versions[..])]);
        let entries = import(&text).unwrap();
        assert_eq!(entries[0].versions, ["00aa11bb22cc33dd"]);
        assert_eq!(entries[0].record, first);
    }

    #[test]
    fn the_file_says_what_it_is_and_which_format() {
        let text = export([("a1", &record("First"))]);
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["format"], FORMAT);
        assert_eq!(json["schema_version"], SCHEMA_VERSION);
        assert_eq!(
            json["drafts"][0]["record"]["draft"]["report"]["title"],
            "First"
        );
    }

    #[test]
    fn a_single_stored_draft_imports_without_an_id() {
        let stored = record("Set aside");
        assert_eq!(
            import(&stored.to_json()),
            Ok(vec![Entry {
                id: None,
                record: stored,
                versions: vec![],
            }])
        );
    }

    #[test]
    fn a_file_that_is_not_json_says_so_with_where() {
        let text = export([("a1", &record("First"))]);
        let error = import(&text[..100]).unwrap_err();
        assert!(matches!(error, ImportError::NotJson(_)));
        assert!(error.to_string().contains("EOF while parsing"), "{error}");
        assert!(matches!(import("hello"), Err(ImportError::NotJson(_))));
    }

    #[test]
    fn other_json_is_not_a_drafts_file() {
        for text in [
            "[]",
            "42",
            r#"{"name":"x"}"#,
            r#"{"format":"other","schema_version":1}"#,
        ] {
            assert_eq!(import(text), Err(ImportError::NotDraftsFile), "{text}");
        }
        assert_eq!(
            import(&format!(
                r#"{{"format":"{FORMAT}","schema_version":2,"drafts":7}}"#
            )),
            Err(ImportError::NotDraftsFile)
        );
    }

    #[test]
    fn a_newer_file_is_refused() {
        let text = export([("a1", &record("First"))]).replacen(
            &format!("\"schema_version\":{SCHEMA_VERSION}"),
            "\"schema_version\":9",
            1,
        );
        assert_eq!(import(&text), Err(ImportError::Newer(9)));
        assert!(import(&text)
            .unwrap_err()
            .to_string()
            .contains("newer version"));
    }

    #[test]
    fn a_newer_draft_inside_a_file_is_named_by_position() {
        let text = export([("a1", &record("First")), ("b2", &record("Second"))]);
        let current = format!("\"schema_version\":{SCHEMA_VERSION}");
        let at = text.rfind(&current).unwrap();
        let text = format!(
            "{}\"schema_version\":9{}",
            &text[..at],
            &text[at + current.len()..]
        );
        let error = import(&text).unwrap_err();
        assert_eq!(
            error,
            ImportError::Draft {
                position: 2,
                problem: ReadError::Newer(9)
            }
        );
        assert!(error
            .to_string()
            .starts_with("Draft 2 in the file cannot be read: it was written by a newer version"));
    }

    #[test]
    fn a_missing_field_is_named() {
        let text = export([("a1", &record("First"))]).replacen("\"introduction\"", "\"intro\"", 1);
        let message = import(&text).unwrap_err().to_string();
        assert!(
            message.contains("Draft 1 in the file cannot be read"),
            "{message}"
        );
        assert!(
            message.contains("missing field `introduction`"),
            "{message}"
        );
    }

    #[test]
    fn absurd_sizes_are_refused_before_reading() {
        let huge = " ".repeat(MAX_FILE_BYTES + 1);
        let error = import(&huge).unwrap_err();
        assert_eq!(
            error,
            ImportError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            }
        );
        assert_eq!(
            error.to_string(),
            "The file is 10.1 MB, but a drafts file can be at most 10.0 MB. Choose a file exported from Response Drafter."
        );
    }

    #[test]
    fn too_many_items_or_drafts_are_refused() {
        let mut big = record("Big");
        big.draft.items = vec![Item::following(None); MAX_ITEMS + 1];
        let error = import(&export([("a1", &big)])).unwrap_err();
        assert_eq!(
            error.to_string(),
            "Draft 1 in the file (“Big”) cannot be imported: the draft would have 1,001 items, and a draft holds at most 1,000. Nothing has been imported."
        );
        let small = record("Small");
        let many: Vec<(String, &Record)> =
            (0..=MAX_DRAFTS).map(|n| (n.to_string(), &small)).collect();
        let text = export(many.iter().map(|(id, record)| (id.as_str(), *record)));
        assert_eq!(
            import(&text),
            Err(ImportError::TooManyDrafts(MAX_DRAFTS + 1))
        );
    }

    #[test]
    fn a_draft_with_a_part_longer_than_a_draft_may_hold_is_refused_as_a_paste_is() {
        let mut big = record("Big");
        big.draft.introduction = "word ".repeat(50_000);
        big.draft.items[0].response = "x".repeat(crate::size::MAX_FIELD_CHARS + 1);
        let error = import(&export([("a1", &big)])).unwrap_err();
        assert_eq!(
            error.to_string(),
            "Draft 1 in the file (“Big”) cannot be imported: the introduction would be 250,000 characters long, and one part of a draft holds at most 200,000. Nothing has been imported."
        );
        // The same words as a paste that makes the same part.
        let words = "word ".repeat(25_000);
        let pasted = crate::import::from_text(&format!("Introduction\n{words}\n\n{words}"));
        let message = pasted.too_large.expect("too large").to_string();
        assert!(
            message.starts_with("The introduction would be 250,0")
                && message
                    .contains(" characters long, and one part of a draft holds at most 200,000."),
            "{message}"
        );
    }

    #[test]
    fn an_empty_file_says_so() {
        let text = export(std::iter::empty());
        assert_eq!(import(&text), Err(ImportError::Empty));
    }

    #[test]
    fn unusable_ids_are_dropped_not_trusted() {
        let stored = record("First");
        let text = export([
            ("../../x\"><script>", &stored),
            ("", &stored),
            ("ok_1-2", &stored),
        ]);
        let ids: Vec<Option<String>> = import(&text).unwrap().into_iter().map(|e| e.id).collect();
        assert_eq!(ids, vec![None, None, Some("ok_1-2".into())]);
    }

    #[test]
    fn hostile_text_is_kept_as_text() {
        let mut stored = record("<script>alert(1)</script>");
        stored.draft.introduction = "<img src=x onerror=alert(1)>".into();
        let entries = import(&export([("a", &stored)])).unwrap();
        assert_eq!(entries[0].record, stored);
    }

    #[test]
    fn file_names_are_plain_and_dated() {
        let date = crate::dates::from_calendar(2026, 11, 29);
        assert_eq!(
            file_name("PEEL 2025: Kent’s response", date),
            "peel-2025-kent-s-response-2026-11-29.json"
        );
        assert_eq!(file_name("<script>../..", None), "script.json");
        assert_eq!(
            file_name("“”", date),
            "response-drafter-drafts-2026-11-29.json"
        );
        assert!(file_name(&"word ".repeat(50), None).len() <= 66);
    }

    #[test]
    fn counts_are_written_with_commas() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
