//! A response's life after the writing: the stage it has reached, the record of the steps
//! section 55 of the Police Act 1996 asks for besides the text, and the corrections made
//! once it was published.

use crate::dates::uk_long;
use crate::deadline::{days, Deadline, Standing};
use serde::{Deserialize, Serialize};
use time::Date;

/// Where a response has got to, in the order an office takes it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Drafting,
    WithChiefConstable,
    ForSignOff,
    Published,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Drafting,
        Stage::WithChiefConstable,
        Stage::ForSignOff,
        Stage::Published,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Stage::Drafting => "Drafting",
            Stage::WithChiefConstable => "With the chief constable",
            Stage::ForSignOff => "For sign-off",
            Stage::Published => "Published",
        }
    }

    /// A stable word for forms and element ids.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Drafting => "drafting",
            Stage::WithChiefConstable => "with-chief-constable",
            Stage::ForSignOff => "for-sign-off",
            Stage::Published => "published",
        }
    }

    pub fn from_code(code: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.code() == code)
    }
}

/// One step of the record: not done yet, done on a day, or ticked as done before the record
/// kept dates (drafts from format 2), so that no tick is lost and no date is made up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    NotYet,
    On(#[serde(with = "crate::dates::iso_date")] Date),
    DateNotRecorded,
}

impl Step {
    pub fn is_done(self) -> bool {
        self != Step::NotYet
    }

    pub fn date(self) -> Option<Date> {
        match self {
            Step::On(date) => Some(date),
            _ => None,
        }
    }

    /// The step as a date field sets it: a date, or nothing.
    pub fn from_date(date: Option<Date>) -> Step {
        date.map_or(Step::NotYet, Step::On)
    }

    fn describe(self) -> String {
        match self {
            Step::NotYet => "Not yet".to_owned(),
            Step::On(date) => uk_long(date),
            Step::DateNotRecorded => "Done (date not recorded)".to_owned(),
        }
    }
}

/// Section 55(4)-(6): what was done, and when, besides writing the response.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Section55 {
    /// (4): the chief constable was invited to comment on the report.
    pub invited: Step,
    /// (4): the chief constable's comments came in.
    pub comments_received: Step,
    /// The chief constable said they had no comments to make.
    pub no_comments: bool,
    /// (5): the response, with any comments, was published.
    pub published: Step,
    /// The address of the published page.
    pub address: String,
    /// (6): a copy went to HMICFRS.
    pub sent_to_inspectorate: Step,
    /// (6): a copy went to the Home Secretary.
    pub sent_to_home_secretary: Step,
}

/// The number of steps in the record.
pub const STEPS: usize = 5;

impl Section55 {
    /// How many of the five steps are done.
    pub fn done(&self) -> usize {
        [
            self.invited.is_done(),
            self.comments_received.is_done() || self.no_comments,
            self.published.is_done(),
            self.sent_to_inspectorate.is_done(),
            self.sent_to_home_secretary.is_done(),
        ]
        .into_iter()
        .filter(|done| *done)
        .count()
    }

    /// "4 of 5 done".
    pub fn progress(&self) -> String {
        format!("{} of {STEPS} done", self.done())
    }

    /// Each step as a label and what the record says of it, for a document or a list.
    pub fn lines(&self) -> Vec<(&'static str, String)> {
        let comments = if self.no_comments && !self.comments_received.is_done() {
            "None: the chief constable had no comments".to_owned()
        } else {
            self.comments_received.describe()
        };
        let mut published = self.published.describe();
        if !self.address.trim().is_empty() {
            published.push_str(&format!(", at {}", self.address.trim()));
        }
        vec![
            (
                "Chief constable invited to comment",
                self.invited.describe(),
            ),
            ("Chief constable’s comments received", comments),
            ("Response published", published),
            ("Copy sent to HMICFRS", self.sent_to_inspectorate.describe()),
            (
                "Copy sent to the Home Secretary",
                self.sent_to_home_secretary.describe(),
            ),
        ]
    }
}

/// The stage, the record and the corrections, kept with the draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Life {
    pub stage: Stage,
    pub section_55: Section55,
    /// Days on which the published response was corrected, oldest first.
    #[serde(with = "crate::dates::iso_dates")]
    pub corrections: Vec<Date>,
}

impl Life {
    /// The stage, one truth with the record: a response the record says was published is
    /// published, whatever stage was chosen before.
    pub fn stage(&self) -> Stage {
        if self.section_55.published.is_done() {
            Stage::Published
        } else {
            self.stage
        }
    }

    pub fn is_published(&self) -> bool {
        self.stage() == Stage::Published
    }

    /// Moves the response to a stage before publication. One that was published is so no
    /// longer: the record's publication step is cleared with it (its corrections stay).
    pub fn set_stage(&mut self, stage: Stage) {
        debug_assert!(
            stage != Stage::Published,
            "publishing needs its date: publish()"
        );
        if stage == Stage::Published {
            return;
        }
        self.stage = stage;
        self.section_55.published = Step::NotYet;
    }

    /// Sets the record's publication step, as its date field does: a date publishes the
    /// response; clearing it takes the response back to sign-off.
    pub fn set_published_step(&mut self, step: Step) {
        self.section_55.published = step;
        if step.is_done() {
            self.stage = Stage::Published;
        } else if self.stage == Stage::Published {
            self.stage = Stage::ForSignOff;
        }
    }

    /// The stored stage made to agree with the record, as [`Life::stage`] reads it: for a
    /// life put together from parts (a merge).
    pub fn settled(mut self) -> Life {
        self.stage = self.stage();
        self
    }

    /// The day the response was published, once it is.
    pub fn published_on(&self) -> Option<Date> {
        self.is_published()
            .then(|| self.section_55.published.date())
            .flatten()
    }

    /// Marks the response published on `date` at `address`.
    pub fn publish(&mut self, date: Date, address: &str) {
        self.stage = Stage::Published;
        self.section_55.published = Step::On(date);
        self.section_55.address = address.trim().to_owned();
    }

    /// Notes a correction made on `today` to the published response, once a day.
    pub fn record_correction(&mut self, today: Date) {
        if self.corrections.last() != Some(&today) {
            self.corrections.push(today);
        }
    }
}

/// Where a published response stood against its deadline: "Published on 1 August 2025, 51 days
/// after the report (last day 6 August 2025)", or late by so many days.
pub fn publication_summary(published_on: Date, deadline: Option<Deadline>) -> String {
    let on = uk_long(published_on);
    let Some(deadline) = deadline else {
        return format!("Published on {on}");
    };
    let last = uk_long(deadline.last_day);
    match deadline.standing(published_on) {
        Standing::Late { days_over } => format!(
            "Published on {on}: late by {} (last day {last})",
            days(days_over)
        ),
        Standing::InTime { .. } => {
            let after = (published_on - deadline.published).whole_days();
            let after = match after {
                0 => "the day the report was published".to_owned(),
                n if n < 0 => format!("{} before the report", days(-n)),
                n => format!("{} after the report", days(n)),
            };
            format!("Published on {on}, {after} (last day {last})")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::date;

    #[test]
    fn the_record_counts_five_steps_and_no_comments_is_a_step_done() {
        let mut record = Section55::default();
        assert_eq!(record.progress(), "0 of 5 done");
        record.invited = Step::On(date(2025, 6, 13));
        record.no_comments = true;
        record.published = Step::On(date(2025, 8, 1));
        record.sent_to_inspectorate = Step::DateNotRecorded;
        assert_eq!(record.progress(), "4 of 5 done");
        record.sent_to_home_secretary = Step::On(date(2025, 8, 2));
        assert_eq!(record.done(), STEPS);
    }

    #[test]
    fn the_record_reads_as_lines_for_a_document() {
        let mut life = Life::default();
        life.section_55.invited = Step::On(date(2025, 6, 13));
        life.section_55.no_comments = true;
        life.publish(date(2025, 8, 1), " https://opcc.example/response ");
        let lines = life.section_55.lines();
        assert_eq!(lines[0].1, "13 June 2025");
        assert_eq!(lines[1].1, "None: the chief constable had no comments");
        assert_eq!(
            lines[2].1,
            "1 August 2025, at https://opcc.example/response"
        );
        assert_eq!(lines[3].1, "Not yet");
        assert_eq!(life.published_on(), Some(date(2025, 8, 1)));
    }

    #[test]
    fn the_date_of_publication_in_the_record_publishes_the_response() {
        let mut life = Life::default();
        life.set_published_step(Step::On(date(2025, 8, 1)));
        assert_eq!(life.stage(), Stage::Published);
        assert_eq!(life.published_on(), Some(date(2025, 8, 1)));
        // Cleared again, it is no longer published: back to sign-off.
        life.set_published_step(Step::NotYet);
        assert_eq!(life.stage(), Stage::ForSignOff);
        assert_eq!(life.published_on(), None);
    }

    #[test]
    fn a_record_that_says_published_is_published_whatever_stage_was_stored() {
        // As an older draft, or one put together from two copies, may hold them.
        let mut life = Life {
            stage: Stage::Drafting,
            ..Life::default()
        };
        life.section_55.published = Step::On(date(2025, 8, 1));
        assert!(life.is_published());
        assert_eq!(life.published_on(), Some(date(2025, 8, 1)));
        assert_eq!(life.clone().settled().stage, Stage::Published);
    }

    #[test]
    fn a_stage_before_publication_unpublishes_and_keeps_the_corrections() {
        let mut life = Life::default();
        life.publish(date(2025, 8, 1), "https://opcc.example/r");
        life.record_correction(date(2025, 9, 1));
        life.set_stage(Stage::ForSignOff);
        assert_eq!(life.stage(), Stage::ForSignOff);
        assert_eq!(life.published_on(), None);
        assert_eq!(life.corrections, vec![date(2025, 9, 1)]);
        assert_eq!(life.section_55.address, "https://opcc.example/r");
    }

    #[test]
    fn a_response_marked_published_before_dates_were_kept_stays_published() {
        let life = Life {
            stage: Stage::Published,
            ..Life::default()
        };
        assert!(life.is_published());
        assert_eq!(life.published_on(), None);
    }

    #[test]
    fn a_correction_is_recorded_once_a_day() {
        let mut life = Life::default();
        life.record_correction(date(2025, 9, 1));
        life.record_correction(date(2025, 9, 1));
        life.record_correction(date(2025, 9, 3));
        assert_eq!(life.corrections, vec![date(2025, 9, 1), date(2025, 9, 3)]);
    }

    #[test]
    fn publication_is_summed_up_against_the_deadline() {
        let deadline = Deadline::for_report(date(2025, 6, 12));
        assert_eq!(
            publication_summary(date(2025, 8, 1), deadline),
            "Published on 1 August 2025, 50 days after the report (last day 6 August 2025)"
        );
        assert_eq!(
            publication_summary(date(2025, 8, 9), deadline),
            "Published on 9 August 2025: late by 3 days (last day 6 August 2025)"
        );
        assert_eq!(
            publication_summary(date(2025, 6, 12), deadline),
            "Published on 12 June 2025, the day the report was published (last day 6 August 2025)"
        );
        assert_eq!(
            publication_summary(date(2025, 8, 1), None),
            "Published on 1 August 2025"
        );
    }

    #[test]
    fn a_life_reads_back_exactly_and_an_empty_one_from_nothing() {
        let mut life = Life::default();
        life.publish(date(2025, 8, 1), "https://opcc.example/r");
        life.section_55.sent_to_inspectorate = Step::DateNotRecorded;
        life.record_correction(date(2025, 9, 1));
        let json = serde_json::to_string(&life).unwrap();
        assert_eq!(serde_json::from_str::<Life>(&json).unwrap(), life);
        assert_eq!(serde_json::from_str::<Life>("{}").unwrap(), Life::default());
    }

    #[test]
    fn stages_go_to_codes_and_back() {
        for stage in Stage::ALL {
            assert_eq!(Stage::from_code(stage.code()), Some(stage));
        }
        assert_eq!(Stage::from_code("done"), None);
    }
}
