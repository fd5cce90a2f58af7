use super::lines;
use super::*;
use crate::dates::from_calendar;
use crate::model::{ItemKind, Role};
use crate::plain;
use crate::template;
use proptest::prelude::*;

fn fixture() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/fixtures/avon-somerset-soc-2025.txt"
    );
    std::fs::read_to_string(path).expect("the published fixture beside the repository")
}

#[test]
fn the_published_fixture_imports_to_exactly_its_structure() {
    let Imported {
        draft,
        found,
        missing,
        too_large,
        ..
    } = from_text(&fixture());
    assert_eq!(too_large, None);
    assert_eq!(
        draft.report.title,
        "An inspection of the south-west regional response to serious and organised crime"
    );
    assert_eq!(draft.report.inspectorate, "HMICFRS");
    assert_eq!(draft.report.published, from_calendar(2025, 6, 12));
    assert_eq!(draft.responder.body, "Avon & Somerset");
    assert_eq!(draft.responder.role, Role::Pcc);
    assert_eq!(draft.responder.response_date, from_calendar(2025, 8, 7));
    let introduction: Vec<&str> = draft.introduction.lines().collect();
    assert_eq!(introduction.len(), 3);
    assert!(introduction[0].starts_with("Serious and organised crime (SOC) is not something"));
    assert!(introduction[2].ends_with("the initial response to each of these."));
    let headings: Vec<String> = draft.items.iter().map(Item::heading).collect();
    assert_eq!(
        headings,
        [
            "Area for improvement 1",
            "Area for improvement 2",
            "Area for improvement 4",
            "Area for improvement 5"
        ]
    );
    assert_eq!(
        draft.items[0].text,
        "The South West Regional Organised Crime Unit and its constituent forces should improve how they assess threats."
    );
    assert!(draft.items[2]
        .response
        .starts_with("There is a formal process for the 'mapping' of OCGs"));
    let five: Vec<&str> = draft.items[3].response.lines().collect();
    assert_eq!(five[0], "In order to respond to this, the Constabulary are taking a number of actions in the short-term:");
    assert_eq!(
        &five[1..6],
        [
            "- increasing the SOC resource in the Intelligence department",
            "- filled vacancies in the surveillance team",
            "- filling vacancies in the SOC team",
            "- returning resource to the Topaz team (that focus on Child Sexual Exploitation)",
            "- identifying a dedicated team to respond to Child Criminal Exploitation",
        ]
    );
    assert!(five[6].starts_with("In the medium-term the Constabulary have started a review"));
    assert_eq!(five.len(), 7);
    assert_eq!(
        draft.closing,
        "This response is published on the OPCC website https://www.avonandsomerset-pcc.gov.uk/reports-publications/hmicfrs-reports/"
    );
    assert!(draft
        .items
        .iter()
        .all(|i| i.addressee.is_empty() && i.status.is_empty()));
    assert_eq!(missing, Vec::<String>::new());
    assert!(found.contains(&"4 items (4 with a response): Area for improvement 1, Area for improvement 2, Area for improvement 4, Area for improvement 5".to_owned()), "{found:?}");
}

#[test]
fn other_report_lines_are_understood() {
    let cases = [
        (
            "Commissioner's response to HMICFRS report: PEEL 2023–25 Kent",
            "PEEL 2023–25 Kent",
            "HMICFRS",
        ),
        (
            "Response to the HMICFRS inspection report ‘Police race action plan’",
            "Police race action plan",
            "HMICFRS",
        ),
        (
            "Response to Activism and impartiality in policing",
            "Activism and impartiality in policing",
            "",
        ),
    ];
    for (line, title, inspectorate) in cases {
        let draft = from_text(&format!("{line}\nSome introduction.")).draft;
        assert_eq!(draft.report.title, title, "{line}");
        assert_eq!(draft.report.inspectorate, inspectorate, "{line}");
        assert_eq!(draft.introduction, "Some introduction.", "{line}");
    }
}

#[test]
fn a_report_line_with_a_linked_title_keeps_the_link() {
    let draft = from_text(
        "'[PEEL 2025](https://hmicfrs.example/peel)' published by HMICFRS on 2 November 2022",
    )
    .draft;
    assert_eq!(draft.report.title, "PEEL 2025");
    assert_eq!(draft.report.link, "https://hmicfrs.example/peel");
    assert_eq!(draft.report.published, from_calendar(2022, 11, 2));
}

#[test]
fn response_headings_give_body_role_and_date() {
    let cases = [
        (
            "Kent PFCC response dated Thursday 22 September 2022",
            "Kent",
            Role::Pfcc,
            from_calendar(2022, 9, 22),
        ),
        (
            "West Yorkshire Mayor response dated 12/06/2025",
            "West Yorkshire",
            Role::Mayor,
            from_calendar(2025, 6, 12),
        ),
        (
            "Police and Crime Commissioner for Dorset response dated the 2 November 2022",
            "Dorset",
            Role::Pcc,
            from_calendar(2022, 11, 2),
        ),
        (
            "Deputy Mayor for Policing and Crime response dated 1 May 2024",
            "",
            Role::DeputyMayor,
            from_calendar(2024, 5, 1),
        ),
    ];
    for (line, body, role, date) in cases {
        let draft = from_text(line).draft;
        assert_eq!(
            (
                draft.responder.body.as_str(),
                &draft.responder.role,
                draft.responder.response_date
            ),
            (body, &role, date),
            "{line}"
        );
    }
}

#[test]
fn every_way_of_naming_an_item_is_recognised() {
    let text = "Cause of concern\nThe force is not doing enough.\nResponse\nIt is now.\n\
        Cause for concern 2\nAnother.\nRecommendation 3: By 31 March 2023, chief constables should act.\n\
        Response: We have.\nArea for improvement 4a\nImprove.\nAction we have taken\nImproved.\nStatus: In progress\nLead agency: SWROCU";
    let draft = from_text(text).draft;
    let summary: Vec<(ItemKind, &str)> = draft
        .items
        .iter()
        .map(|i| (i.kind.clone(), i.number.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (ItemKind::CauseOfConcern, ""),
            (ItemKind::CauseOfConcern, "2"),
            (ItemKind::Recommendation, "3"),
            (ItemKind::AreaForImprovement, "4a"),
        ]
    );
    assert_eq!(draft.items[0].response, "It is now.");
    assert_eq!(draft.items[1].response, "");
    let three = &draft.items[2];
    assert_eq!(three.text, "By 31 March 2023, chief constables should act.");
    assert_eq!(three.addressee, "chief constables");
    assert_eq!(three.due, from_calendar(2023, 3, 31));
    assert_eq!(three.response, "We have.");
    let four = &draft.items[3];
    assert_eq!(
        (
            four.response.as_str(),
            four.status.as_str(),
            four.lead_agency.as_str()
        ),
        ("Improved.", "In progress", "SWROCU")
    );
}

#[test]
fn numbered_lines_under_a_list_heading_are_items() {
    let text = "Areas for improvement\n1. The force should improve how it records crime.\nResponse: Done.\n\
        01: The force should answer calls faster.\nResponse\nWe will:\n1. hire staff\n2. train them\n\
        Recommendations\n1. By November 2022, forces should publish data.";
    let draft = from_text(text).draft;
    let summary: Vec<(ItemKind, &str)> = draft
        .items
        .iter()
        .map(|i| (i.kind.clone(), i.number.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (ItemKind::AreaForImprovement, "1"),
            (ItemKind::AreaForImprovement, "1"),
            (ItemKind::Recommendation, "1"),
        ]
    );
    assert_eq!(
        draft.items[1].response,
        "We will:\n1. hire staff\n2. train them"
    );
    assert_eq!(draft.items[2].due, from_calendar(2022, 11, 1));
    assert_eq!(draft.items[2].addressee, "forces");
}

#[test]
fn prose_that_mentions_recommendations_is_not_taken_for_a_heading() {
    let text = "Recommendations in this report are welcome.\nRecommendation 2 is linked to this.\nThe recommendation was accepted.";
    let imported = from_text(text);
    assert!(imported.draft.items.is_empty());
    assert_eq!(imported.draft.introduction, text);
    assert!(imported
        .missing
        .iter()
        .any(|m| m.starts_with("No causes of concern")));
}

#[test]
fn chief_constables_comments_and_the_reply_have_their_places() {
    let text = "Kent PCC response dated 1 May 2024\nIntro.\nChief Constable's comments\nWe accept the findings.\n\
        From: Tim Smith, Chief Constable\nReply to the chief constable’s comments\nI welcome them.\nRecommendation 1\nAct.";
    let draft = from_text(text).draft;
    assert_eq!(draft.chief_constable.comments, "We accept the findings.");
    assert_eq!(
        draft.chief_constable.attribution,
        "Tim Smith, Chief Constable"
    );
    assert_eq!(draft.chief_constable.reply, "I welcome them.");
    assert_eq!(draft.introduction, "Intro.");
    assert_eq!(draft.items.len(), 1);
}

#[test]
fn the_signature_and_closing_are_found_at_the_end() {
    let text = "Recommendation 1\nAct.\nResponse\nDone.\nDonna Jones\nPolice and Crime Commissioner for Northamptonshire\n\
        The full report is on the HMICFRS website.";
    let draft = from_text(text).draft;
    assert_eq!(draft.items[0].response, "Done.");
    assert_eq!(draft.responder.signatory_name, "Donna Jones");
    assert_eq!(
        draft.responder.signatory_title,
        "Police and Crime Commissioner for Northamptonshire"
    );
    assert_eq!(draft.closing, "The full report is on the HMICFRS website.");
}

#[test]
fn bullets_of_every_kind_land_in_the_editor_markup() {
    let text = "Recommendation 1\nAct.\nResponse\nWe are:\n• one\no two\n– three\n\u{f0b7} four";
    assert_eq!(
        from_text(text).draft.items[0].response,
        "We are:\n- one\n- two\n- three\n- four"
    );
}

#[test]
fn html_from_a_web_page_imports_like_its_text() {
    let html = "<html><body><p>'An inspection' published by HMICFRS on 12 June 2025</p>\
        <h2>Avon &amp; Somerset PCC response dated <time datetime='2025-08-07'>7 August 2025</time></h2>\
        <p>Intro.</p><h3>Area for improvement 1</h3><p>Improve.</p><h4>Response</h4><ul><li>one</li><li>two</li></ul>\
        <p>This response is published on the <a href='https://opcc.example/'>OPCC website</a></p></body></html>";
    let document = scraper::Html::parse_document(html);
    let draft = from_html(&document.tree.root()).draft;
    assert_eq!(draft.report.title, "An inspection");
    assert_eq!(draft.responder.response_date, from_calendar(2025, 8, 7));
    assert_eq!(draft.items[0].response, "- one\n- two");
    assert_eq!(
        draft.closing,
        "This response is published on the [OPCC website](https://opcc.example/)"
    );
}

#[test]
fn our_own_rendered_page_imports_back_to_the_draft() {
    let mut draft = from_text(&fixture()).draft;
    draft.chief_constable.comments = "We accept.".into();
    draft.chief_constable.attribution = "Sarah Crew, Chief Constable".into();
    draft.chief_constable.reply = "Good.".into();
    draft.items[1].status = "In progress".into();
    draft.items[1].lead_agency = "SWROCU".into();
    draft.responder.signatory_name = "Clare Moody".into();
    draft.responder.signatory_title = "Police and Crime Commissioner for Avon and Somerset".into();
    let html = crate::render(&draft);
    let document = scraper::Html::parse_fragment(&html);
    let draft = content(draft);
    assert_eq!(content(from_html(&document.tree.root()).draft), draft);
    assert_eq!(content(from_text(&plain::text(&draft)).draft), draft);
}

#[test]
fn a_huge_paste_imports_in_one_pass() {
    let section = "Recommendation 7\nThe force should act.\nResponse\nWe have acted, and we will go on acting.\n";
    let text = format!("Intro.\n{}", section.repeat(5_000));
    let started = std::time::Instant::now();
    let draft = from_text(&text).draft;
    assert_eq!(draft.items.len(), 5_000);
    // Generous even for a debug build: the point is linear, not quadratic, work.
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}

/// Words and marker lines of the kinds real responses have, in any order.
fn any_line() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "force",
        "should",
        "Response",
        "Recommendation",
        "Area",
        "for",
        "improvement",
        "Cause",
        "of",
        "concern",
        "Status:",
        "Lead:",
        "From:",
        "1.",
        "2)",
        "-",
        "•",
        "o",
        "By",
        "12",
        "June",
        "2025,",
        "chief",
        "constables",
        "PCC",
        "response",
        "dated",
        "published",
        "'Title'",
        "https://x.org",
        "This",
        "Commissioner",
        "Jane",
        "Smith",
        "**",
        "the",
        "Chief",
        "Constable's",
        "comments",
        "Reply",
        "to",
        "Areas",
        "Recommendations",
        "website",
    ]);
    prop::collection::vec(word, 1..8).prop_map(|words| words.join(" "))
}

/// Words in lower case and singular, so "Recommendations" is kept as "Recommendation 1".
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            match w.strip_suffix('s') {
                Some(stem) if stem.len() > 3 => stem.to_owned(),
                _ => w,
            }
        })
        .collect()
}

#[test]
fn a_paragraph_longer_than_a_draft_may_hold_makes_no_draft_and_says_so() {
    let line = "word ".repeat(MAX_FIELD_CHARS / 5 + 1);
    let imported = from_text(&format!("Introduction\n{line}"));
    assert_eq!(
        imported.too_large,
        Some(TooLarge::Paragraph {
            number: 2,
            chars: line.trim_end().chars().count()
        })
    );
    assert_eq!(
        imported.too_large.unwrap().to_string(),
        "Paragraph 2 of the text is 200,004 characters long, and one part of a draft holds at most 200,000. Import it in parts; nothing has been changed."
    );
}

#[test]
fn long_lines_with_no_full_stop_are_not_joined_into_one_paragraph_too_long_to_name() {
    let line = "word ".repeat(14_000);
    let imported = from_text(&format!("Introduction\n{line}\n{line}\n{line}\n"));
    let message = imported.too_large.expect("too large").to_string();
    assert_eq!(
        message,
        "The introduction would be 210,012 characters long, and one part of a draft holds at most 200,000. Import it in parts; nothing has been changed."
    );
}

#[test]
fn more_items_than_a_draft_may_hold_make_no_draft_and_say_so() {
    let text: String = (1..=1_001)
        .map(|n| format!("Recommendation {n}\nDo it.\n"))
        .collect();
    assert_eq!(
        from_text(&text).too_large,
        Some(TooLarge::Draft(crate::size::TooLarge::Items(1_001)))
    );
    let text: String = (1..=1_000)
        .map(|n| format!("Recommendation {n}\nDo it.\n"))
        .collect();
    assert_eq!(from_text(&text).too_large, None);
}

#[test]
fn a_part_longer_than_a_draft_may_hold_makes_no_draft_and_says_so() {
    let paragraph = format!("{}.\n", "word ".repeat(10_000).trim_end());
    let text = format!(
        "Recommendation 1\nDo it.\nResponse\n{}",
        paragraph.repeat(5)
    );
    match from_text(&text).too_large {
        Some(TooLarge::Draft(crate::size::TooLarge::Field { name, chars })) => {
            assert_eq!(name, "the response to Recommendation 1");
            assert!(chars > MAX_FIELD_CHARS);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn each_paragraph_is_marked_with_what_it_became() {
    let imported = from_text(&fixture());
    let marks: Vec<(String, Mark)> = imported
        .paragraphs
        .iter()
        .map(|p| (p.text(), p.mark.clone()))
        .collect();
    let mark_of = |start: &str| {
        marks
            .iter()
            .find(|(text, _)| text.starts_with(start))
            .map(|(_, mark)| mark.clone())
            .unwrap_or_else(|| panic!("no paragraph starts {start:?}"))
    };
    // The first line holds the report line and the response heading: it is marked by the first.
    assert_eq!(marks[0].1, Mark::ReportLine);
    assert_eq!(marks[1].1, Mark::Introduction);
    assert_eq!(
        mark_of("Area for improvement 4"),
        Mark::NewItem(ItemKind::AreaForImprovement)
    );
    assert_eq!(mark_of("Response"), Mark::Response);
    assert_eq!(mark_of("- increasing the SOC resource"), Mark::Response);
    assert_eq!(marks.last().unwrap().1, Mark::Closing);
    assert!(imported.paragraphs.iter().all(|p| !p.chosen));
}

#[test]
fn the_recognisers_own_marks_chosen_again_give_the_same_draft() {
    let imported = from_text(&fixture());
    let chosen: Vec<Option<Mark>> = imported
        .paragraphs
        .iter()
        .map(|p| Some(p.mark.clone()))
        .collect();
    let again = with_marks(&imported, &chosen);
    assert_eq!(content(again.draft), content(imported.draft.clone()));
    assert!(again.paragraphs.iter().all(|p| p.chosen));
}

#[test]
fn a_paragraph_marked_as_a_new_item_starts_one_and_the_paragraphs_after_it_follow() {
    let text = "Kent PCC response dated 7 August 2025\nWe welcome the report.\nThe force should review vetting.\nWe have reviewed it.\nRecommendation 2\nDo more.";
    let imported = from_text(text);
    assert_eq!(imported.draft.items.len(), 1);
    let mut chosen = vec![None; imported.paragraphs.len()];
    chosen[2] = Some(Mark::NewItem(ItemKind::AreaForImprovement));
    chosen[3] = Some(Mark::Response);
    let remarked = with_marks(&imported, &chosen);
    let items = &remarked.draft.items;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].kind, ItemKind::AreaForImprovement);
    assert_eq!(items[0].number, "");
    assert_eq!(items[0].text, "The force should review vetting.");
    assert_eq!(items[0].response, "We have reviewed it.");
    assert_eq!(remarked.draft.introduction, "We welcome the report.");
    assert_eq!(
        remarked.paragraphs[4].mark,
        Mark::NewItem(ItemKind::Recommendation)
    );
    assert!(remarked.paragraphs[2].chosen && !remarked.paragraphs[4].chosen);
}

#[test]
fn paragraphs_marked_as_closing_or_signature_go_to_the_end() {
    let text = "Kent PCC response dated 7 August 2025\nJane Smith\nThanks to all.\nRecommendation 1\nDo it.";
    let imported = from_text(text);
    let mut chosen = vec![None; imported.paragraphs.len()];
    chosen[1] = Some(Mark::Signature);
    chosen[2] = Some(Mark::Closing);
    let remarked = with_marks(&imported, &chosen);
    assert_eq!(remarked.draft.responder.signatory_name, "Jane Smith");
    assert_eq!(remarked.draft.closing, "Thanks to all.");
    assert_eq!(remarked.draft.introduction, "");
    assert_eq!(remarked.draft.items[0].text, "Do it.");
}

#[test]
fn a_comments_heading_keeps_the_area_it_names_and_words_before_it_that_are_no_name_stay_text() {
    let area_first = from_text("Valeshire Chief Constable Response\nWe accept.\nFrom: Jane Smith");
    assert_eq!(area_first.draft.chief_constable.comments, "We accept.");
    assert_eq!(
        area_first.draft.chief_constable.attribution,
        "Jane Smith, Valeshire"
    );
    let not_a_name = from_text("'Title' chief Constable's comments\nArea");
    assert_eq!(not_a_name.draft.chief_constable.comments, "");
    assert!(not_a_name
        .draft
        .introduction
        .contains("'Title' chief Constable's comments"));
}

/// What a draft says, without its items' ids: each reading makes new items, with new ids.
fn content(mut draft: Draft) -> Draft {
    for item in &mut draft.items {
        item.id.clear();
    }
    draft
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Choosing every paragraph's own mark changes nothing: the marks say what the reader did.
    #[test]
    fn marks_chosen_as_they_were_read_give_the_same_draft(lines in prop::collection::vec(any_line(), 0..30)) {
        let imported = from_text(&lines.join("\n"));
        let chosen: Vec<Option<Mark>> = imported.paragraphs.iter().map(|p| Some(p.mark.clone())).collect();
        prop_assert_eq!(content(with_marks(&imported, &chosen).draft), content(imported.draft.clone()));
    }

    /// Nothing is dropped: every word of every line is somewhere in the imported draft. The
    /// words of headings and labels ("Response to …", "Status:") may be kept as structure.
    #[test]
    fn every_line_lands_somewhere(lines in prop::collection::vec(any_line(), 0..40)) {
        let text = lines.join("\n");
        let draft = from_text(&text).draft;
        let mut kept = words_of(&plain::text(&draft));
        kept.extend(words_of(&draft.report.link));
        kept.extend(["response", "to", "the", "published", "by", "on", "dated", "status", "lead", "from", "for"].map(String::from));
        // The words a report line leads in with before the title ("Response to the national
        // inspection of …", "… report entitled …") are structure too.
        kept.extend(["of", "inspection", "national", "report", "entitled"].map(String::from));
        // A role's initials stand for its words.
        if matches!(draft.responder.role, Role::Pcc | Role::Pfcc) {
            kept.extend(words_of("Police, Fire and Crime Commissioner"));
        }
        kept.sort();
        // Page numbers and running heads are not text; lines broken mid-sentence are joined.
        for line in super::pdf::tidy(lines::of_text(&text)) {
            // A bullet's mark is its shape, not its words; an answer's label ("Kent Police
            // response:") is structure, and only what follows it is text.
            // A numbered or bulleted label is a label too, and so is one after an item's
            // heading on the same line ("Recommendation 1. Kent Police response").
            let after_heading = match super::words::item_heading(&line.text) {
                Some(super::words::Heading::Item { rest: Some(rest), .. }) => Some(rest),
                _ => None,
            };
            let line = match after_heading.as_deref().unwrap_or(&line.text) {
                text if super::words::response_marker(text).is_some() => {
                    super::words::response_marker(text).unwrap_or_default()
                }
                _ => line.as_field_text(),
            };
            for word in words_of(&line) {
                prop_assert!(kept.binary_search(&word).is_ok(), "{word:?} of {line:?} was dropped:\n{}", plain::text(&draft));
                let _ = &lines;
            }
        }
    }

    /// Never panics, whatever is pasted.
    #[test]
    fn any_text_imports(text in ".{0,400}") {
        let _ = from_text(&text);
    }

    /// Render, then read back as text: the same draft, for drafts of every shape.
    #[test]
    fn a_draft_survives_plain_text_and_back(draft in any_draft()) {
        let back = content(from_text(&plain::text(&draft)).draft);
        let draft = content(draft);
        prop_assert_eq!(&back, &draft, "{}", plain::text(&draft));
    }
}

/// Drafts as people write them: sentences of ordinary words, bullets, items of every kind with
/// optional details. Texts avoid lines that are themselves headings or labels ("Response",
/// "Status: …"), which a plain-text page cannot tell from structure, and closings name the
/// website as published closings do.
fn any_draft() -> impl Strategy<Value = Draft> {
    let sentence = prop::collection::vec(
        prop::sample::select(vec![
            "the",
            "force",
            "has",
            "made",
            "progress",
            "we",
            "will",
            "monitor",
            "this",
            "plan",
            "team",
            "officers",
            "victims",
            "data",
            "quarterly",
            "Constabulary",
            "review",
        ]),
        2..10,
    )
    .prop_map(|words| {
        let mut text = words.join(" ");
        text[..1].make_ascii_uppercase();
        text + "."
    });
    let paragraph =
        (sentence.clone(), any::<bool>())
            .prop_map(|(s, bullet)| if bullet { format!("- {s}") } else { s });
    let field = prop::collection::vec(paragraph, 0..4).prop_map(|lines| lines.join("\n"));
    let text_field =
        prop::collection::vec(sentence.clone(), 1..3).prop_map(|lines| lines.join("\n"));
    let detail = prop::sample::select(vec!["", "In progress", "Complete", "SWROCU", "Not started"]);
    let kind = prop::sample::select(vec![
        ItemKind::CauseOfConcern,
        ItemKind::Recommendation,
        ItemKind::AreaForImprovement,
    ]);
    let item = (
        kind,
        1u32..40,
        text_field,
        field.clone(),
        detail.clone(),
        detail,
        any::<bool>(),
    )
        .prop_map(|(kind, number, text, response, status, lead, by_date)| {
            let mut item = Item::new(kind, number.to_string());
            // An inspectorate's finding never speaks as the office answering it ("We…").
            item.text = text
                .lines()
                .filter(|line| !super::words::speaks_in_the_first_person(line))
                .filter(|line| {
                    !line
                        .split_whitespace()
                        .any(|w| matches!(w, "We" | "we" | "Our" | "our" | "us"))
                })
                .collect::<Vec<_>>()
                .join("\n");
            if item.text.is_empty() {
                item.text = "The force should act.".into();
            }
            if by_date {
                item.text = format!(
                    "By 31 March 2026, chief constables should act.\n{}",
                    item.text
                );
                item.addressee = "chief constables".into();
                item.due = from_calendar(2026, 3, 31);
            }
            item.response = response;
            item.status = status.into();
            item.lead_agency = lead.into();
            item
        });
    let role = prop::sample::select(Role::STANDARD.to_vec());
    let body = prop::sample::select(vec![
        "Kent",
        "Avon & Somerset",
        "West Yorkshire",
        "Dyfed-Powys",
    ]);
    let day = (1u8..29, 1u8..13, 2020i32..2030).prop_map(|(d, m, y)| from_calendar(y, m, d));
    let comments = (field.clone(), any::<bool>(), field.clone());
    let signed = any::<bool>();
    let closing = prop::sample::select(vec![
        "",
        "This response is published on the OPCC website https://opcc.example/",
    ]);
    (
        sentence,
        role,
        body,
        day.clone(),
        day,
        field,
        comments,
        prop::collection::vec(item, 0..6),
        signed,
        closing,
    )
        .prop_map(
            |(
                title,
                role,
                body,
                published,
                dated,
                introduction,
                (comments, attributed, reply),
                items,
                signed,
                closing,
            )| {
                let mut draft = template::new_draft_dated(dated);
                // A title is never a sentence (first-person words, say): such a draft has none.
                let title = title.trim_end_matches('.');
                if !super::title::is_sentence(title) {
                    draft.report.title = title.to_owned();
                }
                draft.report.published = published;
                draft.responder.role = role;
                draft.responder.body = body.into();
                draft.introduction = introduction;
                draft.chief_constable.comments = comments;
                if attributed && !draft.chief_constable.comments.is_empty() {
                    draft.chief_constable.attribution = "Sarah Crew, Chief Constable".into();
                }
                draft.chief_constable.reply = reply;
                draft.items = items;
                if signed {
                    draft.responder.signatory_name = "Clare Moody".into();
                    draft.responder.signatory_title =
                        "Police and Crime Commissioner for Avon and Somerset".into();
                }
                draft.closing = closing.into();
                draft
            },
        )
}

/// Tables as offices paste them: a header naming the findings' column and answer columns (and
/// perhaps a number and other columns), rows of words, with tabs between cells or one cell a
/// line.
fn any_table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>, bool)> {
    let word = prop::sample::select(vec![
        "force",
        "victims",
        "custody",
        "improve",
        "data",
        "quarterly",
        "review",
        "training",
        "officers",
        "published",
        "monthly",
        "plan",
        "partners",
        "record",
        "answer",
    ]);
    let cell = prop::collection::vec(word, 4..12).prop_map(|words| {
        let mut text = words.join(" ");
        text[..1].make_ascii_uppercase();
        text + "."
    });
    let others = prop::collection::vec(
        prop::sample::select(vec![
            "PCC comment",
            "Owner",
            "Notes",
            "Force update",
            "Progress",
        ]),
        1..3,
    );
    (
        prop::sample::select(vec!["Recommendation", "Area for improvement", "AFI"]),
        prop::sample::select(vec!["Response", "Force response", "OPCC response"]),
        others,
        any::<bool>(),
        any::<bool>(),
        1usize..5,
    )
        .prop_flat_map(move |(item, answer, others, numbered, tabs, rows)| {
            let mut header: Vec<String> = Vec::new();
            if numbered {
                header.push("No.".into());
            }
            header.push(item.into());
            header.push(answer.into());
            header.extend(others.into_iter().map(String::from));
            let width = header.len() - usize::from(numbered);
            let row = prop::collection::vec(cell.clone(), width..=width);
            (
                Just(header),
                prop::collection::vec(row, rows..=rows),
                Just(tabs),
            )
        })
        .prop_map(|(header, rows, tabs)| {
            let numbered = header[0] == "No.";
            let rows = rows
                .into_iter()
                .enumerate()
                .map(|(at, mut cells)| {
                    if numbered {
                        cells.insert(0, (at + 1).to_string());
                    }
                    cells
                })
                .collect();
            (header, rows, tabs)
        })
}

proptest! {
    /// Every word of every cell of a pasted table lands in the draft, and the header of every
    /// answer column after the first (the first is the response's own label).
    #[test]
    fn every_word_of_a_pasted_table_lands_in_the_draft((header, rows, tabs) in any_table()) {
        let separator = if tabs { "\t" } else { "\n" };
        let mut text = format!("Introduction words here.\n{}\n", header.join(separator));
        for row in &rows {
            text.push_str(&row.join(separator));
            text.push('\n');
        }
        let draft = from_text(&text).draft;
        prop_assert_eq!(draft.items.len(), rows.len(), "{}", text);
        let mut kept = words_of(&crate::plain::text(&draft));
        kept.sort();
        let answers = header.iter().skip_while(|h| *h == "No.").skip(2);
        let cells = rows.iter().flat_map(|row| row.iter());
        for piece in answers.chain(cells) {
            for word in words_of(piece) {
                prop_assert!(kept.binary_search(&word).is_ok(), "{word:?} of {piece:?} was dropped from:\n{text}\n---\n{}", crate::plain::text(&draft));
            }
        }
    }
}

#[test]
fn a_response_that_says_it_is_published_is_told_with_its_address() {
    let imported = from_text(&fixture());
    assert_eq!(
        imported.says_published.as_deref(),
        Some("https://www.avonandsomerset-pcc.gov.uk/reports-publications/hmicfrs-reports/")
    );
    let imported = from_text("Recommendation 1\nAct.\nResponse\nDone.\n\nThis response was published on our website on 3 May 2024.");
    assert_eq!(imported.says_published.as_deref(), Some(""));
    let imported =
        from_text("Recommendation 1\nAct.\nResponse\nThe report was published on 3 May 2024.");
    assert_eq!(imported.says_published, None);
}

#[test]
fn a_publication_date_given_as_a_month_only_is_left_empty_and_said() {
    let imported = from_text("Response to HMICFRS report: Custody in Wessex\n\nThe report was published in March 2025. I welcome it.");
    assert_eq!(imported.draft.report.published, None);
    assert!(
        imported.missing.iter().any(|line| line == "The report’s publication is given as a month only (March 2025): enter the day it was published."),
        "{:?}",
        imported.missing
    );
}

#[test]
fn a_paragraph_in_the_office_s_voice_answers_the_finding_unless_chosen_as_its_text() {
    let text = "Recommendation 1\nThe force should review its vetting.\nWe have reviewed vetting and trained every supervisor.";
    let imported = from_text(text);
    assert_eq!(
        imported.draft.items[0].response,
        "We have reviewed vetting and trained every supervisor."
    );
    let mut chosen = vec![None; imported.paragraphs.len()];
    chosen[2] = Some(Mark::ItemText);
    let again = with_marks(&imported, &chosen);
    assert_eq!(again.draft.items[0].response, "");
    assert!(again.draft.items[0]
        .text
        .ends_with("trained every supervisor."));
}

#[test]
fn a_recommendation_opening_we_recommend_that_is_dated_and_addressed() {
    let imported = from_text(
        "Recommendation 1: We recommend that, by 31 March 2026, chief constables should act.\n\
         Recommendation 2: We recommend that by 30 June 2026 the College of Policing should publish guidance.\n\
         Recommendation 3: By 31 July 2026 the Home Office should consult.",
    );
    let items = &imported.draft.items;
    assert_eq!(items.len(), 3);
    let dated: Vec<(String, String)> = items
        .iter()
        .map(|item| {
            (
                item.due.map(|d| d.to_string()).unwrap_or_default(),
                item.addressee.clone(),
            )
        })
        .collect();
    assert_eq!(
        dated,
        [
            ("2026-03-31".to_owned(), "chief constables".to_owned()),
            (
                "2026-06-30".to_owned(),
                "the College of Policing".to_owned()
            ),
            ("2026-07-31".to_owned(), "the Home Office".to_owned()),
        ]
    );
}

#[test]
fn a_recommendation_due_within_a_period_names_who_it_is_for() {
    let imported = from_text(
        "Cause of concern 1\nThe force is not answering calls quickly enough.\nRecommendations\nWithin three months, the force should:\n- answer calls promptly.",
    );
    let item = &imported.draft.items[0];
    assert_eq!((item.addressee.as_str(), item.due), ("the force", None));
    assert!(item
        .text
        .ends_with("Within three months, the force should:\n- answer calls promptly."));
}
