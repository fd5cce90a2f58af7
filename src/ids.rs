//! Every element id the app gives, in one place: the form's fields (one for each of the core's
//! fields, `drafter_core::checks::Field`), the items' fields and controls, the panels' buttons,
//! and the places the focus moves to. Components, shortcuts, the checks, the outline and the
//! rescue after a crash all take their ids from here.

use drafter_core::checks::{Field, ItemField};

pub const REPORT_TITLE: &str = "report-title";
/// The header's menu button, on a narrow screen.
pub const MENU_BUTTON: &str = "menu-button";
/// The button that unlocks a published response for a correction.
pub const CORRECTION_BUTTON: &str = "correction-button";
pub const INSPECTORATE: &str = "report-inspectorate";
pub const REPORT_PUBLISHED: &str = "report-published";
pub const REPORT_LINK: &str = "report-link";
pub const BODY: &str = "responder-body";
pub const ROLE: &str = "responder-role";
pub const RESPONSE_DATE: &str = "response-date";
pub const SIGNATORY_NAME: &str = "signatory-name";
pub const SIGNATORY_TITLE: &str = "signatory-title";
pub const INTRODUCTION: &str = "introduction";
pub const CC_COMMENTS: &str = "cc-comments";
pub const CC_ATTRIBUTION: &str = "cc-attribution";
pub const CC_REPLY: &str = "cc-reply";
pub const CLOSING: &str = "closing";

pub const ITEMS_HEADING: &str = "items-heading";
pub const ADD_ITEM: &str = "add-item";
pub const UNDO_REMOVAL: &str = "undo-removal";
pub const OUTLINE_SUMMARY: &str = "outline-summary";

pub const COPY_HTML: &str = "copy-html";
pub const DRAFT_PICKER: &str = "draft-picker";
pub const IMPORT_TEXT: &str = "import-text";

pub const HELP_PANEL: &str = "help-panel";
pub const IMPORT_PANEL: &str = "import-dialog";
pub const LIBRARY_PANEL: &str = "drafts-library";
pub const PUBLISH_PANEL: &str = "publish-panel";
pub const CHECKS_BUTTON: &str = "checks-button";
pub const IMPORT_BUTTON: &str = "import-button";
pub const PDF_BUTTON: &str = "pdf-button";
pub const PUBLISH_BUTTON: &str = "publish-button";
pub const LIBRARY_BUTTON: &str = "library-button";
pub const HELP_BUTTON: &str = "help-button";
pub const VERSIONS_PANEL: &str = "versions-panel";
pub const VERSIONS_BUTTON: &str = "versions-button";

/// The input of a field of the whole draft; `None` for an item's, which has an id per item.
pub fn of_field(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::ReportTitle => REPORT_TITLE,
        Field::Inspectorate => INSPECTORATE,
        Field::ReportPublished => REPORT_PUBLISHED,
        Field::ReportLink => REPORT_LINK,
        Field::Body => BODY,
        Field::ResponseDate => RESPONSE_DATE,
        Field::SignatoryName => SIGNATORY_NAME,
        Field::SignatoryTitle => SIGNATORY_TITLE,
        Field::Introduction => INTRODUCTION,
        Field::ChiefConstableComments => CC_COMMENTS,
        Field::ChiefConstableAttribution => CC_ATTRIBUTION,
        Field::ChiefConstableReply => CC_REPLY,
        Field::Closing => CLOSING,
        Field::Item(..) => return None,
    })
}

/// The part of an item's ids that names one of its fields.
pub fn item_part(field: ItemField) -> &'static str {
    match field {
        ItemField::Number => "number",
        ItemField::Addressee => "addressee",
        ItemField::Text => "text",
        ItemField::Response => "response",
        ItemField::Status => "status",
        ItemField::LeadAgency => "lead",
    }
}

/// The id of one of item `key`'s fields or controls ("group" for the item's fieldset).
pub fn item(key: u64, part: &str) -> String {
    format!("item-{key}-{part}")
}

/// The item whose fields hold `element`, if any.
pub fn item_holding(element: &web_sys::Element) -> Option<u64> {
    let group = element.closest("fieldset.item").ok().flatten()?;
    group
        .id()
        .strip_prefix("item-")?
        .strip_suffix("-group")?
        .parse()
        .ok()
}
