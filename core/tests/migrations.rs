//! Every format Response Drafter has ever stored still opens: a sample of each, as it was
//! written, is kept in tests/samples and read here by today's code.

use drafter_core::dates::from_calendar;
use drafter_core::life::{Stage, Step};
use drafter_core::record::{self, revision_of};
use drafter_core::{draft_file, ItemKind, Role, SCHEMA_VERSION};

fn sample(name: &str) -> String {
    let path = format!("{}/tests/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

#[test]
fn format_1_opens_as_the_same_draft_with_an_unticked_checklist() {
    let record = record::read(&sample("v1-draft.json")).unwrap();
    assert_eq!(record.schema_version, SCHEMA_VERSION);
    assert_eq!(
        (record.revision, record.saved_at, record.name.as_str()),
        (0, 0.0, "")
    );
    let draft = &record.draft;
    assert_eq!(
        draft.report.title,
        "An inspection of serious and organised crime"
    );
    assert_eq!(draft.report.published, from_calendar(2025, 6, 12));
    assert_eq!(draft.responder.role, Role::Pcc);
    assert_eq!(draft.responder.response_date, from_calendar(2025, 8, 7));
    assert_eq!(draft.introduction, "I welcome this report.\n\n- one\n- two");
    assert_eq!(draft.items.len(), 2);
    assert_eq!(draft.items[0].kind, ItemKind::AreaForImprovement);
    assert_eq!(
        draft.items[1].kind,
        ItemKind::Custom("Innovative practice".into())
    );
    assert_eq!(draft.items[1].status, "In progress");
    assert_eq!(draft.items[1].lead_agency, "SWROCU");
    assert!(draft
        .closing
        .starts_with("The full report is [on the HMICFRS website]"));
    assert_eq!(draft.life, Default::default());
    assert_eq!(revision_of(&sample("v1-draft.json")), Some(0));
}

#[test]
fn format_1_saved_again_is_written_as_the_current_format() {
    let record = record::read(&sample("v1-draft.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    assert_eq!(json["schema_version"], SCHEMA_VERSION);
    assert!(json.get("draft").is_some());
    assert_eq!(record::read(&record.to_json()), Ok(record));
}

#[test]
fn format_2_opens_with_its_revision_name_and_checklist() {
    let record = record::read(&sample("v2-record.json")).unwrap();
    assert_eq!(record.revision, 12);
    assert_eq!(record.saved_at, 1_764_403_200_000.0);
    assert_eq!(record.title(), "For sign-off");
    assert_eq!(
        record.draft.responder.role,
        Role::Other("Commissioner's Office".into())
    );
    // The ticks become steps done with no date made up; comments were in the draft, so the
    // tick for "included, or none received" means they were received.
    let record_55 = &record.draft.life.section_55;
    assert_eq!(record_55.invited, Step::DateNotRecorded);
    assert_eq!(record_55.comments_received, Step::DateNotRecorded);
    assert!(!record_55.no_comments);
    assert_eq!(record_55.published, Step::NotYet);
    assert_eq!(record_55.sent_to_home_secretary, Step::NotYet);
    assert_eq!(record_55.progress(), "2 of 5 done");
    assert_eq!(record.draft.life.stage, Stage::Drafting);
    assert_eq!(record.draft.items[0].kind, ItemKind::CauseOfConcern);
    assert_eq!(revision_of(&sample("v2-record.json")), Some(12));
}

#[test]
fn a_stored_draft_of_either_format_can_be_imported_as_a_file() {
    for name in ["v1-draft.json", "v2-record.json"] {
        let entries = draft_file::import(&sample(name)).unwrap();
        assert_eq!(entries.len(), 1, "{name}");
        assert_eq!(entries[0].record, record::read(&sample(name)).unwrap());
    }
}

#[test]
fn an_exported_file_of_format_2_imports() {
    let entries = draft_file::import(&sample("v2-export.json")).unwrap();
    let ids: Vec<_> = entries.iter().map(|e| e.id.as_deref()).collect();
    assert_eq!(ids, [Some("19a1b2c3d4-5e6f"), Some("19a1b2c3d5-1234")]);
    assert_eq!(
        entries[0].record,
        record::read(&sample("v2-record.json")).unwrap()
    );
    // A file may hold drafts stored in an older format; they are migrated on the way in.
    assert_eq!(
        entries[1].record,
        record::read(&sample("v1-draft.json")).unwrap()
    );
}

#[test]
fn format_2_with_no_comments_ticked_records_that_none_came() {
    let record = record::read(&sample("v2-no-comments.json")).unwrap();
    let record_55 = &record.draft.life.section_55;
    assert!(record_55.no_comments);
    assert_eq!(record_55.comments_received, Step::NotYet);
    assert_eq!(record_55.sent_to_inspectorate, Step::DateNotRecorded);
    assert_eq!(record_55.sent_to_home_secretary, Step::DateNotRecorded);
    assert_eq!(record_55.progress(), "3 of 5 done");
    assert_eq!(revision_of(&sample("v2-no-comments.json")), Some(4));
}

#[test]
fn format_2_saved_again_is_written_as_the_current_format_and_reads_back_whole() {
    let record = record::read(&sample("v2-record.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    assert_eq!(json["schema_version"], SCHEMA_VERSION);
    assert!(json["draft"].get("checklist").is_none());
    assert_eq!(
        json["draft"]["life"]["section_55"]["invited"],
        "date_not_recorded"
    );
    assert_eq!(record::read(&record.to_json()), Ok(record));
}

#[test]
fn format_3_opens_with_its_stage_record_and_corrections() {
    let record = record::read(&sample("v3-record.json")).unwrap();
    let life = &record.draft.life;
    assert_eq!(life.stage, Stage::Published);
    assert_eq!(life.published_on(), from_calendar(2025, 8, 1));
    assert_eq!(
        life.section_55.address,
        "https://www.kent-pcc.gov.uk/peel-2025"
    );
    assert_eq!(life.section_55.invited.date(), from_calendar(2025, 6, 13));
    assert_eq!(
        life.section_55.comments_received.date(),
        from_calendar(2025, 7, 20)
    );
    assert_eq!(
        life.section_55.sent_to_inspectorate.date(),
        from_calendar(2025, 8, 4)
    );
    assert_eq!(life.section_55.sent_to_home_secretary, Step::NotYet);
    assert_eq!(life.corrections, vec![from_calendar(2025, 9, 2).unwrap()]);
    assert_eq!(revision_of(&sample("v3-record.json")), Some(20));
}
