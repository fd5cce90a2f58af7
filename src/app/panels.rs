//! Which of the page's panels are open: the drafts list, the import, publishing, help, the
//! outline and the comparison of two tabs' versions. Each panel is given its own flag; only
//! the page and the shortcuts see them all.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Panels {
    pub library: RwSignal<bool>,
    pub import: RwSignal<bool>,
    pub publish: RwSignal<bool>,
    pub help: RwSignal<bool>,
    pub outline: RwSignal<bool>,
    /// This tab's version and another tab's, side by side, when both changed the draft.
    pub conflict: RwSignal<bool>,
    /// The open draft's earlier versions.
    pub versions: RwSignal<bool>,
    /// A report's PDF chosen or dropped, for the import panel to read.
    pub pdf: RwSignal<Option<web_sys::File>, LocalStorage>,
}

impl Panels {
    /// Opens the import panel to read a report's PDF.
    pub fn read_pdf(&self, file: web_sys::File) {
        self.pdf.set(Some(file));
        self.import.set(true);
    }

    pub fn new() -> Panels {
        Panels {
            library: RwSignal::new(false),
            import: RwSignal::new(false),
            publish: RwSignal::new(false),
            help: RwSignal::new(false),
            outline: RwSignal::new(false),
            conflict: RwSignal::new(false),
            versions: RwSignal::new(false),
            pdf: RwSignal::new_local(None),
        }
    }
}
