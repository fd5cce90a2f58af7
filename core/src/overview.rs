//! The drafts list as an overview of the office's responses: in the order they fall due, the
//! published ones set apart, and which is due next.

use crate::deadline::Deadline;
use crate::life::Stage;
use crate::record::Summary;
use time::Date;

/// How the drafts list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// The draft saved most recently first.
    #[default]
    LastEdited,
    /// The earliest last day to publish first, then drafts without a report date; published
    /// responses after all those still to publish, since nothing about them falls due.
    LastDay,
}

/// The last day to publish the draft's response, once its report's date is known.
pub fn last_day(summary: &Summary) -> Option<Date> {
    summary
        .published
        .and_then(Deadline::for_report)
        .map(|deadline| deadline.last_day)
}

/// The drafts to list, in `order`, with only those not yet published when `unpublished_only`.
pub fn arrange(drafts: &[Summary], order: Order, unpublished_only: bool) -> Vec<Summary> {
    let mut listed: Vec<Summary> = drafts
        .iter()
        .filter(|summary| !unpublished_only || summary.stage != Stage::Published)
        .cloned()
        .collect();
    match order {
        Order::LastEdited => listed.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at)),
        // A stable sort, so drafts due on the same day keep the most recent first.
        Order::LastDay => listed.sort_by_key(|summary| {
            let day = last_day(summary);
            (summary.stage == Stage::Published, day.is_none(), day)
        }),
    }
    listed
}

/// The response not yet published whose last day comes first (overdue ones included).
pub fn due_next(drafts: &[Summary]) -> Option<&Summary> {
    drafts
        .iter()
        .filter(|summary| summary.stage != Stage::Published)
        .filter_map(|summary| Some((last_day(summary)?, summary)))
        .min_by_key(|(day, _)| *day)
        .map(|(_, summary)| summary)
}

/// What each draft is called in the picker of drafts: its area first, where drafts of one
/// report for different areas differ even when the picker shows only the start, then its name,
/// and, where another draft has the same name, when it was last edited (`when` writes a time).
pub fn picker_names(drafts: &[Summary], when: impl Fn(f64) -> String) -> Vec<String> {
    drafts
        .iter()
        .map(|summary| {
            let mut label = match summary.body.as_str() {
                "" => summary.title.clone(),
                area if summary.title.starts_with(area) => summary.title.clone(),
                area => format!("{area}: {}", summary.title),
            };
            let namesake = drafts
                .iter()
                .any(|other| other.id != summary.id && other.title == summary.title);
            if namesake && summary.saved_at > 0.0 {
                label.push_str(&format!(", edited {}", when(summary.saved_at)));
            }
            label
        })
        .collect()
}

/// Whether a draft just saved shows in the drafts list as `first`, the draft at its top,
/// already does: then the list need not be drawn again (its times and revision differ, but
/// nothing it shows at a glance).
pub fn same_at_a_glance(first: &Summary, saved: &Summary) -> bool {
    first.id == saved.id
        && first.title == saved.title
        && first.body == saved.body
        && first.published == saved.published
        && (first.items, first.answered) == (saved.items, saved.answered)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;

    fn summary(id: &str, published: Option<(i32, u8, u8)>, stage: Stage, saved_at: f64) -> Summary {
        Summary {
            id: id.into(),
            title: id.into(),
            body: String::new(),
            published: published.and_then(|(y, m, d)| from_calendar(y, m, d)),
            items: 1,
            answered: 0,
            revision: 1,
            saved_at,
            stage,
            published_on: None,
            record_done: 0,
        }
    }

    fn ids(drafts: &[Summary]) -> Vec<&str> {
        drafts.iter().map(|d| d.id.as_str()).collect()
    }

    fn office() -> Vec<Summary> {
        vec![
            summary("later", Some((2025, 9, 1)), Stage::Drafting, 4.0),
            summary("undated", None, Stage::Drafting, 3.0),
            summary("published", Some((2025, 5, 1)), Stage::Published, 2.0),
            summary("sooner", Some((2025, 6, 12)), Stage::ForSignOff, 1.0),
        ]
    }

    #[test]
    fn by_last_day_the_earliest_comes_first_then_undated_then_published() {
        assert_eq!(
            ids(&arrange(&office(), Order::LastDay, false)),
            ["sooner", "later", "undated", "published"]
        );
        assert_eq!(
            ids(&arrange(&office(), Order::LastEdited, false)),
            ["later", "undated", "published", "sooner"]
        );
    }

    #[test]
    fn unpublished_only_leaves_the_published_out() {
        assert_eq!(
            ids(&arrange(&office(), Order::LastDay, true)),
            ["sooner", "later", "undated"]
        );
    }

    #[test]
    fn due_next_is_the_earliest_unpublished_with_a_date() {
        assert_eq!(due_next(&office()).map(|d| d.id.as_str()), Some("sooner"));
        assert_eq!(due_next(&office()[1..2]), None);
    }

    #[test]
    fn the_last_day_is_the_fifty_sixth() {
        assert_eq!(last_day(&office()[3]), from_calendar(2025, 8, 6));
    }

    #[test]
    fn the_picker_names_each_draft_by_area_then_title_and_tells_namesakes_apart_by_time() {
        let mut kent = summary("a", None, Stage::Drafting, 1.0);
        kent.title = "PEEL 2025".into();
        kent.body = "Kent".into();
        let mut avon = summary("b", None, Stage::Drafting, 2.0);
        avon.title = "PEEL 2025".into();
        avon.body = "Avon & Somerset".into();
        let mut own = summary("c", None, Stage::Drafting, 3.0);
        own.title = "Kent: vetting".into();
        own.body = "Kent".into();
        let mut never_saved = summary("d", None, Stage::Drafting, 0.0);
        never_saved.title = "Kent: vetting".into();
        let when = |at: f64| format!("at {at}");
        assert_eq!(
            picker_names(&[kent, avon, own, never_saved], when),
            [
                "Kent: PEEL 2025, edited at 1",
                "Avon & Somerset: PEEL 2025, edited at 2",
                "Kent: vetting, edited at 3",
                "Kent: vetting",
            ]
        );
    }

    #[test]
    fn a_save_that_changes_nothing_the_list_shows_leaves_the_list_as_it_is() {
        let first = summary("a", Some((2025, 6, 12)), Stage::Drafting, 1.0);
        let mut saved = first.clone();
        saved.revision = 2;
        saved.saved_at = 5.0;
        assert!(same_at_a_glance(&first, &saved));
        for change in [
            |s: &mut Summary| s.title.push('!'),
            |s: &mut Summary| s.body = "Kent".into(),
            |s: &mut Summary| s.published = None,
            |s: &mut Summary| s.items += 1,
            |s: &mut Summary| s.answered += 1,
            |s: &mut Summary| s.id = "b".into(),
        ] {
            let mut changed = saved.clone();
            change(&mut changed);
            assert!(!same_at_a_glance(&first, &changed));
        }
    }
}
