//! Every element id the app gives, in one place: the form's fields (whose ids are the core's
//! map of the fields, `drafter_core::field`), the items' fields and controls, the panels'
//! buttons, and the places the focus moves to. Components, shortcuts, the checks, the outline
//! and the rescue after a crash all take their ids from here.

pub use drafter_core::field::ids::*;

/// The header's menu button, on a narrow screen.
pub const MENU_BUTTON: &str = "menu-button";
/// The button that unlocks a published response for a correction.
pub const CORRECTION_BUTTON: &str = "correction-button";
pub const ROLE: &str = "responder-role";

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
pub const CONFLICT_PANEL: &str = "conflict-panel";
/// The conflict notice's button that opens the comparison.
pub const CONFLICT_BUTTON: &str = "conflict-button";
pub const CHECKS_PANEL: &str = "checks-panel";
pub const OUTLINE: &str = "outline";

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
