//! Every field of a draft, in one place: its name, its text, its place in words and the id of
//! its box in the form. The checks, the comparisons, the merge, the page's state, the rescue
//! after a crash and the form's ids all go by this map, so a field added to the draft is added
//! here (and to the model and the form) and nowhere else.

use crate::model::{Draft, Item};

/// The ids of the form's boxes for the draft's own fields (an item's are made from its key).
pub mod ids {
    pub const REPORT_TITLE: &str = "report-title";
    pub const INSPECTORATE: &str = "report-inspectorate";
    pub const REPORT_PUBLISHED: &str = "report-published";
    pub const REPORT_LINK: &str = "report-link";
    pub const BODY: &str = "responder-body";
    pub const RESPONSE_DATE: &str = "response-date";
    pub const SIGNATORY_NAME: &str = "signatory-name";
    pub const SIGNATORY_TITLE: &str = "signatory-title";
    pub const INTRODUCTION: &str = "introduction";
    pub const CC_COMMENTS: &str = "cc-comments";
    pub const CC_ATTRIBUTION: &str = "cc-attribution";
    pub const CC_REPLY: &str = "cc-reply";
    pub const CLOSING: &str = "closing";
}

/// A field of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemField {
    Number,
    Addressee,
    Text,
    Response,
    Status,
    LeadAgency,
}

/// A field of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    ReportTitle,
    Inspectorate,
    ReportPublished,
    ReportLink,
    Body,
    ResponseDate,
    SignatoryName,
    SignatoryTitle,
    Introduction,
    ChiefConstableComments,
    ChiefConstableAttribution,
    ChiefConstableReply,
    /// An item, by its place in the draft.
    Item(usize, ItemField),
    Closing,
}

impl ItemField {
    /// In the form's order.
    pub const ALL: [ItemField; 6] = [
        ItemField::Number,
        ItemField::Addressee,
        ItemField::Text,
        ItemField::Response,
        ItemField::Status,
        ItemField::LeadAgency,
    ];

    pub fn text(self, item: &Item) -> &str {
        match self {
            ItemField::Number => &item.number,
            ItemField::Addressee => &item.addressee,
            ItemField::Text => &item.text,
            ItemField::Response => &item.response,
            ItemField::Status => &item.status,
            ItemField::LeadAgency => &item.lead_agency,
        }
    }

    pub fn text_mut(self, item: &mut Item) -> &mut String {
        match self {
            ItemField::Number => &mut item.number,
            ItemField::Addressee => &mut item.addressee,
            ItemField::Text => &mut item.text,
            ItemField::Response => &mut item.response,
            ItemField::Status => &mut item.status,
            ItemField::LeadAgency => &mut item.lead_agency,
        }
    }

    /// Whether the field holds paragraphs of prose, not a line.
    pub fn is_prose(self) -> bool {
        matches!(self, ItemField::Text | ItemField::Response)
    }

    /// The words before an item's name that name this field of it ("The response to").
    pub fn label(self) -> &'static str {
        match self {
            ItemField::Number => "The number of",
            ItemField::Addressee => "Who is addressed in",
            ItemField::Text => "What the report says in",
            ItemField::Response => "The response to",
            ItemField::Status => "The status of",
            ItemField::LeadAgency => "The lead agency for",
        }
    }

    /// The end of the field's id in the form, after its item's ("item-7-response").
    pub fn id_part(self) -> &'static str {
        match self {
            ItemField::Number => "number",
            ItemField::Addressee => "addressee",
            ItemField::Text => "text",
            ItemField::Response => "response",
            ItemField::Status => "status",
            ItemField::LeadAgency => "lead",
        }
    }
}

impl Field {
    /// The fields of the draft outside its items, in the form's order (the items' fields
    /// come between the chief constable's and the closing).
    pub const WHOLE_DRAFT: [Field; 13] = [
        Field::ReportTitle,
        Field::Inspectorate,
        Field::ReportPublished,
        Field::ReportLink,
        Field::Body,
        Field::ResponseDate,
        Field::SignatoryName,
        Field::SignatoryTitle,
        Field::Introduction,
        Field::ChiefConstableComments,
        Field::ChiefConstableAttribution,
        Field::ChiefConstableReply,
        Field::Closing,
    ];

    /// The id of the field's box in the form; `None` for an item's, whose ids are its item's.
    pub fn id(self) -> Option<&'static str> {
        Some(match self {
            Field::ReportTitle => ids::REPORT_TITLE,
            Field::Inspectorate => ids::INSPECTORATE,
            Field::ReportPublished => ids::REPORT_PUBLISHED,
            Field::ReportLink => ids::REPORT_LINK,
            Field::Body => ids::BODY,
            Field::ResponseDate => ids::RESPONSE_DATE,
            Field::SignatoryName => ids::SIGNATORY_NAME,
            Field::SignatoryTitle => ids::SIGNATORY_TITLE,
            Field::Introduction => ids::INTRODUCTION,
            Field::ChiefConstableComments => ids::CC_COMMENTS,
            Field::ChiefConstableAttribution => ids::CC_ATTRIBUTION,
            Field::ChiefConstableReply => ids::CC_REPLY,
            Field::Closing => ids::CLOSING,
            Field::Item(..) => return None,
        })
    }

    /// Whether the field holds paragraphs of prose (merged sentence by sentence), not a line.
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            Field::Introduction
                | Field::ChiefConstableComments
                | Field::ChiefConstableReply
                | Field::Closing
        ) || matches!(self, Field::Item(_, part) if part.is_prose())
    }

    /// The field's text; `None` for a date, which is not text.
    pub fn text(self, draft: &Draft) -> Option<&str> {
        Some(match self {
            Field::ReportTitle => &draft.report.title,
            Field::Inspectorate => &draft.report.inspectorate,
            Field::ReportLink => &draft.report.link,
            Field::Body => &draft.responder.body,
            Field::SignatoryName => &draft.responder.signatory_name,
            Field::SignatoryTitle => &draft.responder.signatory_title,
            Field::Introduction => &draft.introduction,
            Field::ChiefConstableComments => &draft.chief_constable.comments,
            Field::ChiefConstableAttribution => &draft.chief_constable.attribution,
            Field::ChiefConstableReply => &draft.chief_constable.reply,
            Field::Closing => &draft.closing,
            Field::Item(index, part) => part.text(draft.items.get(index)?),
            Field::ReportPublished | Field::ResponseDate => return None,
        })
    }

    pub fn text_mut(self, draft: &mut Draft) -> Option<&mut String> {
        Some(match self {
            Field::ReportTitle => &mut draft.report.title,
            Field::Inspectorate => &mut draft.report.inspectorate,
            Field::ReportLink => &mut draft.report.link,
            Field::Body => &mut draft.responder.body,
            Field::SignatoryName => &mut draft.responder.signatory_name,
            Field::SignatoryTitle => &mut draft.responder.signatory_title,
            Field::Introduction => &mut draft.introduction,
            Field::ChiefConstableComments => &mut draft.chief_constable.comments,
            Field::ChiefConstableAttribution => &mut draft.chief_constable.attribution,
            Field::ChiefConstableReply => &mut draft.chief_constable.reply,
            Field::Closing => &mut draft.closing,
            Field::Item(index, part) => part.text_mut(draft.items.get_mut(index)?),
            Field::ReportPublished | Field::ResponseDate => return None,
        })
    }
}

/// Every text field of `draft` with its text, in the form's order.
pub fn text_fields(draft: &Draft) -> Vec<(Field, &str)> {
    let items = draft.items.iter().enumerate().flat_map(|(index, item)| {
        ItemField::ALL.map(|part| (Field::Item(index, part), part.text(item)))
    });
    let whole = |fields: &[Field]| -> Vec<(Field, &str)> {
        fields
            .iter()
            .filter_map(|field| Some((*field, field.text(draft)?)))
            .collect()
    };
    let (before, closing) = Field::WHOLE_DRAFT.split_at(Field::WHOLE_DRAFT.len() - 1);
    let mut fields = whole(before);
    fields.extend(items);
    fields.extend(whole(closing));
    fields
}

/// The field as a sentence names it, e.g. "the response to Recommendation 3".
pub fn place(draft: &Draft, field: Field) -> String {
    let item_name = |index: usize| {
        draft
            .items
            .get(index)
            .map(Item::heading)
            .filter(|heading| !heading.is_empty())
            .unwrap_or_else(|| format!("item {}", index + 1))
    };
    match field {
        Field::ReportTitle => "the report title".to_owned(),
        Field::Inspectorate => "the inspectorate".to_owned(),
        Field::ReportPublished => "the date the report was published".to_owned(),
        Field::ReportLink => "the link to the report".to_owned(),
        Field::Body => "the area or body responding".to_owned(),
        Field::ResponseDate => "the date of the response".to_owned(),
        Field::SignatoryName => "the name it is signed by".to_owned(),
        Field::SignatoryTitle => "the signatory’s title".to_owned(),
        Field::Introduction => "the introduction".to_owned(),
        Field::ChiefConstableComments => "the chief constable’s comments".to_owned(),
        Field::ChiefConstableAttribution => "who the comments are from".to_owned(),
        Field::ChiefConstableReply => "your reply to the chief constable".to_owned(),
        Field::Closing => "the closing".to_owned(),
        Field::Item(index, part) => {
            let name = item_name(index);
            match part {
                ItemField::Number => format!("the number of {name}"),
                ItemField::Addressee => format!("who {name} is addressed to"),
                ItemField::Text => format!("what the report says in {name}"),
                ItemField::Response => format!("the response to {name}"),
                ItemField::Status => format!("the status of {name}"),
                ItemField::LeadAgency => format!("the lead agency for {name}"),
            }
        }
    }
}

/// The field's place as a heading or list entry names it, e.g. "The response to
/// Recommendation 3".
pub fn label(draft: &Draft, field: Field) -> String {
    crate::prose::capitalise(&place(draft, field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemKind;

    fn two_items() -> Draft {
        let mut draft = crate::template::new_draft();
        draft.items = vec![
            Item::new(ItemKind::Recommendation, "1"),
            Item::new(ItemKind::AreaForImprovement, "2"),
        ];
        draft
    }

    #[test]
    fn every_text_field_reads_and_writes_the_same_text() {
        let mut draft = two_items();
        let fields: Vec<Field> = text_fields(&draft).into_iter().map(|(f, _)| f).collect();
        // Eleven of the draft's own (its two dates are not text), and six an item.
        assert_eq!(fields.len(), 11 + 2 * ItemField::ALL.len());
        for (n, field) in fields.iter().enumerate() {
            *field.text_mut(&mut draft).unwrap() = format!("text {n}");
        }
        for (n, (field, text)) in text_fields(&draft).into_iter().enumerate() {
            assert_eq!(text, format!("text {n}"), "{field:?}");
        }
        // Each field is its own: no two share a place in the draft, or an id.
        let texts: std::collections::HashSet<_> = text_fields(&draft)
            .into_iter()
            .map(|(_, t)| t.to_owned())
            .collect();
        assert_eq!(texts.len(), fields.len());
        let ids: std::collections::HashSet<_> =
            Field::WHOLE_DRAFT.iter().filter_map(|f| f.id()).collect();
        assert_eq!(ids.len(), Field::WHOLE_DRAFT.len());
    }

    #[test]
    fn text_fields_keep_the_form_order_and_dates_are_not_text() {
        let draft = two_items();
        let fields: Vec<Field> = text_fields(&draft).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields[0], Field::ReportTitle);
        assert_eq!(fields.last(), Some(&Field::Closing));
        assert_eq!(
            fields[fields.len() - 2],
            Field::Item(1, ItemField::LeadAgency)
        );
        assert!(!fields.contains(&Field::ReportPublished));
        assert_eq!(Field::ResponseDate.text(&draft), None);
        assert_eq!(Field::Item(5, ItemField::Text).text(&draft), None);
    }
}
