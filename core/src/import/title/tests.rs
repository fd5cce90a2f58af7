use super::*;
use crate::import::lines::of_text;

fn title_of(text: &str) -> String {
    settle("", &of_text(text)).title
}

#[test]
fn sentences_and_first_person_words_are_never_titles() {
    for sentence in [
        "The report shows the force is good.",
        "I welcome the report",
        "We will act on every recommendation",
        "Our thanks to the inspectorate",
        "One. Two",
    ] {
        assert!(is_sentence(sentence), "{sentence}");
    }
    for title in [
        "PEEL 2023–2025: An inspection of Essex Police",
        "Police performance: Getting a grip",
        "State of Policing: The Annual Assessment of Policing in England and Wales 2023",
    ] {
        assert!(!is_sentence(title), "{title}");
    }
}

#[test]
fn a_label_gives_the_title_up_to_the_next_label() {
    assert_eq!(
        title_of("Title of Inspection: Custody in Kent Date Inspection Published: 2 March 2017"),
        "Custody in Kent"
    );
}

#[test]
fn a_line_that_starts_with_a_label_naming_the_report_gives_its_title() {
    let title = "An inspection of how well the police tackle serious youth violence";
    for label in [
        "Name of report:",
        "Report name:",
        "Name of inspection:",
        "Inspection:",
        "Inspection report:",
        "Report:",
    ] {
        assert_eq!(
            title_of(&format!("{label} {title}\nPublished: 12 March 2025")),
            title,
            "{label}"
        );
    }
    // Prose that names a report with a colon is no label.
    assert_eq!(
        title_of("We read the report: it was thorough and fair to the force."),
        ""
    );
}

#[test]
fn the_report_page_s_own_title_is_read_after_a_lead_in() {
    assert_eq!(
        title_of("The report can be read here: Vetting: An inspection of Kent Police - HMICFRS (justiceinspectorates.gov.uk)"),
        "Vetting: An inspection of Kent Police"
    );
}

#[test]
fn a_headline_naming_the_inspectorate_s_report_is_its_title_but_a_clause_is_not() {
    assert_eq!(
        title_of(
            "PCC responds to HMICFRS inspection of custody in Kent\n\nThe commissioner said more."
        ),
        "HMICFRS inspection of custody in Kent"
    );
    assert_eq!(
        title_of("Commissioner's praise as HMICFRS report shows Kent is good\n\nMore words here."),
        ""
    );
    assert_eq!(
        title_of("PCC responds to latest HMICFRS inspection report\n\nMore."),
        ""
    );
}

#[test]
fn a_title_set_off_by_commas_after_report_is_read_from_prose() {
    assert_eq!(
        title_of("The PCC has read the latest HMICFRS report, Custody matters: a review, which finds much to do."),
        "Custody matters: a review"
    );
    assert_eq!(
        title_of("Commenting on the report, PCC Jane Smith, said it was fair."),
        ""
    );
}

#[test]
fn a_letter_s_subject_line_after_its_date_is_its_title() {
    let letter = "Home Secretary\n\n3 May 2024\n\nCustody in Kent: a revisit\n\nI am writing in response to the above report.";
    assert_eq!(title_of(letter), "Custody in Kent: a revisit");
}

#[test]
fn a_grade_before_and_a_date_after_a_headline_are_not_its_title() {
    assert_eq!(
        title_of(
            "'Good' HMIC assessment of policing in Kent (24 Feb 2016)\n\nThe PCC welcomed it."
        ),
        "HMIC assessment of policing in Kent"
    );
}

#[test]
fn a_headline_in_capitals_is_written_in_title_case() {
    assert_eq!(
        title_of("STATEMENT ON HMIC EFFICIENCY INSPECTION\n\nMore words follow here."),
        "HMIC Efficiency Inspection"
    );
}

#[test]
fn with_no_signal_there_is_no_title_but_the_candidates_are_offered() {
    let settled = settle(
        "",
        &of_text("The latest report from the inspectorate is out.\n\nWe welcome it."),
    );
    assert_eq!(settled.title, "");
    let settled = settle(
        "I welcome the report",
        &of_text("HMICFRS report: Custody in Kent"),
    );
    assert_eq!(settled.rejected.as_deref(), Some("I welcome the report"));
}
