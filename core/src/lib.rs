//! The pure core of Response Drafter: the draft model, the text markup of its free-text
//! fields, and the renderer of the published page. No browser code lives here.

pub mod calendar;
pub mod checks;
pub mod compare;
pub mod dates;
pub mod deadline;
pub mod diff;
pub mod docx;
pub mod draft_file;
pub mod field;
pub mod file_name;
pub mod history;
pub mod identity;
pub mod import;
pub mod life;
pub mod lineage;
pub mod margins;
pub mod markdown;
pub mod markup;
pub mod merge;
pub mod model;
pub mod overview;
pub mod page_style;
pub mod plain;
pub mod prose;
pub mod protocol;
pub mod record;
pub mod render;
pub mod shortcuts;
pub mod size;
pub mod standalone;
pub mod store;
pub mod template;

pub use model::{
    ChiefConstableComments, Draft, Item, ItemKind, Life, PublishOptions, Report, Responder, Role,
};
pub use record::{Record, SCHEMA_VERSION};
pub use render::{render, render_with};
