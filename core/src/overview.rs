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
}
