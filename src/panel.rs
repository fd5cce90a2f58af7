//! The page's panels: which are open and in what order, the button that opens each, and the
//! one frame they share. Escape closes the panel opened last, and closing a panel takes the
//! focus back to its button.

use crate::ids;
use crate::platform::focus::{close_panel, focus_when_opened, forget_focus};
use leptos::prelude::*;

/// Every panel of the page, each knowing its frame's names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PanelKind {
    Help,
    Library,
    Import,
    Publish,
    Versions,
    /// This tab's version and another tab's, side by side, when both changed the draft.
    Conflict,
    Checks,
    /// The outline's list of parts: a disclosure rather than a framed panel, closed by Escape
    /// like the others.
    Outline,
}

impl PanelKind {
    pub const ALL: [PanelKind; 8] = [
        PanelKind::Help,
        PanelKind::Library,
        PanelKind::Import,
        PanelKind::Publish,
        PanelKind::Versions,
        PanelKind::Conflict,
        PanelKind::Checks,
        PanelKind::Outline,
    ];

    /// The control that opens the panel, where the focus goes back when it closes.
    pub fn button_id(self) -> &'static str {
        match self {
            PanelKind::Help => ids::HELP_BUTTON,
            PanelKind::Library => ids::LIBRARY_BUTTON,
            PanelKind::Import => ids::IMPORT_BUTTON,
            PanelKind::Publish => ids::PUBLISH_BUTTON,
            PanelKind::Versions => ids::VERSIONS_BUTTON,
            PanelKind::Conflict => ids::CONFLICT_BUTTON,
            PanelKind::Checks => ids::CHECKS_BUTTON,
            PanelKind::Outline => ids::OUTLINE_SUMMARY,
        }
    }

    pub fn section_id(self) -> &'static str {
        match self {
            PanelKind::Help => ids::HELP_PANEL,
            PanelKind::Library => ids::LIBRARY_PANEL,
            PanelKind::Import => ids::IMPORT_PANEL,
            PanelKind::Publish => ids::PUBLISH_PANEL,
            PanelKind::Versions => ids::VERSIONS_PANEL,
            PanelKind::Conflict => ids::CONFLICT_PANEL,
            PanelKind::Checks => ids::CHECKS_PANEL,
            PanelKind::Outline => ids::OUTLINE,
        }
    }

    fn heading_id(self) -> &'static str {
        match self {
            PanelKind::Help => "help-heading",
            PanelKind::Library => "drafts-library-heading",
            PanelKind::Import => "import-heading",
            PanelKind::Publish => "publish-heading",
            PanelKind::Versions => "versions-heading",
            PanelKind::Conflict => "conflict-heading",
            PanelKind::Checks => "checks-heading",
            PanelKind::Outline => "outline-heading",
        }
    }

    pub fn heading(self) -> &'static str {
        match self {
            PanelKind::Help => "Help and guide",
            PanelKind::Library => "Your drafts",
            PanelKind::Import => "Import text",
            PanelKind::Publish => "Publish",
            PanelKind::Versions => "Versions of this draft",
            PanelKind::Conflict => "Your version and the other tab’s",
            PanelKind::Checks => "Checks",
            PanelKind::Outline => "Outline",
        }
    }

    /// What the panel's own close button says.
    pub fn close_label(self) -> &'static str {
        match self {
            PanelKind::Help => "Close help",
            PanelKind::Library => "Close drafts list",
            PanelKind::Import => "Cancel",
            PanelKind::Publish => "Close publish options",
            PanelKind::Versions => "Close versions",
            PanelKind::Conflict => "Close",
            PanelKind::Checks => "Close checks",
            PanelKind::Outline => "Close the outline",
        }
    }

    fn class(self) -> &'static str {
        match self {
            PanelKind::Help => "help",
            PanelKind::Library => "library",
            PanelKind::Import => "import-dialog",
            PanelKind::Publish => "publish",
            PanelKind::Versions => "versions-panel",
            PanelKind::Conflict => "conflict-panel",
            PanelKind::Checks => "checks",
            PanelKind::Outline => "outline",
        }
    }
}

/// Which panels are open, and the order they were opened in. Each has its own flag, which the
/// page and the panel itself read; the order follows the flags, whoever sets them.
#[derive(Clone, Copy)]
pub struct Panels {
    pub library: RwSignal<bool>,
    pub import: RwSignal<bool>,
    pub publish: RwSignal<bool>,
    pub help: RwSignal<bool>,
    pub outline: RwSignal<bool>,
    pub conflict: RwSignal<bool>,
    pub versions: RwSignal<bool>,
    pub checks: RwSignal<bool>,
    /// The open panels, the one opened last at the end.
    opened: RwSignal<Vec<PanelKind>>,
    /// A report's PDF chosen or dropped, for the import panel to read.
    pub pdf: RwSignal<Option<web_sys::File>, LocalStorage>,
}

impl Panels {
    pub fn new() -> Panels {
        let panels = Panels {
            library: RwSignal::new(false),
            import: RwSignal::new(false),
            publish: RwSignal::new(false),
            help: RwSignal::new(false),
            outline: RwSignal::new(false),
            conflict: RwSignal::new(false),
            versions: RwSignal::new(false),
            checks: RwSignal::new(false),
            opened: RwSignal::new(Vec::new()),
            pdf: RwSignal::new_local(None),
        };
        for kind in PanelKind::ALL {
            let open = panels.flag(kind);
            Effect::new(move |_| {
                let now_open = open.get();
                panels
                    .opened
                    .update(|opened| opened_order(opened, kind, now_open));
            });
        }
        provide_context(panels);
        panels
    }

    pub fn flag(&self, kind: PanelKind) -> RwSignal<bool> {
        match kind {
            PanelKind::Help => self.help,
            PanelKind::Library => self.library,
            PanelKind::Import => self.import,
            PanelKind::Publish => self.publish,
            PanelKind::Versions => self.versions,
            PanelKind::Conflict => self.conflict,
            PanelKind::Checks => self.checks,
            PanelKind::Outline => self.outline,
        }
    }

    /// The open panel opened last.
    pub fn last_opened(&self) -> Option<PanelKind> {
        self.opened.with_untracked(|opened| opened.last().copied())
    }

    /// Closes `kind` and takes the focus back to its button.
    pub fn close(&self, kind: PanelKind) {
        close_panel(self.flag(kind), kind.button_id());
    }

    /// Opens the import panel to read a report's PDF.
    pub fn read_pdf(&self, file: web_sys::File) {
        self.pdf.set(Some(file));
        self.import.set(true);
    }
}

/// Keeps `opened` in the order the panels were opened as `kind` opens or closes.
fn opened_order(opened: &mut Vec<PanelKind>, kind: PanelKind, open: bool) {
    let was_open = opened.contains(&kind);
    if open && !was_open {
        opened.push(kind);
    } else if !open && was_open {
        opened.retain(|other| *other != kind);
    }
}

/// The frame every panel shares: a labelled region with its heading, brought into view and
/// given the focus as it opens, unless it `focuses_itself` (the import's text box takes it).
/// With `close_at_top`, the close button stands beside the heading, for a panel long enough
/// that its foot is far away.
#[component]
pub fn Panel(
    kind: PanelKind,
    #[prop(optional)] close_at_top: bool,
    #[prop(optional)] focuses_itself: bool,
    children: Children,
) -> impl IntoView {
    let panels = expect_context::<Panels>();
    let frame = NodeRef::<leptos::html::Section>::new();
    if !focuses_itself {
        focus_when_opened(frame);
    }
    let heading = view! { <h2 id=kind.heading_id()>{kind.heading()}</h2> };
    let top = if close_at_top {
        view! {
            <div class="panel-top">
                {heading}
                <button type="button" class="close" on:click=move |_| panels.close(kind)>{kind.close_label()}</button>
            </div>
        }
        .into_any()
    } else {
        heading.into_any()
    };
    view! {
        <section id=kind.section_id() class=kind.class() aria-labelledby=kind.heading_id() tabindex="-1" node_ref=frame>
            {top}
            {children()}
        </section>
    }
}

/// The close button at a panel's foot.
#[component]
pub fn CloseButton(kind: PanelKind) -> impl IntoView {
    let panels = expect_context::<Panels>();
    view! {
        <button type="button" class="close" on:click=move |_| panels.close(kind)>{kind.close_label()}</button>
    }
}

/// A button that opens and closes a panel, saying which and whether it is open.
#[component]
pub fn PanelButton(kind: PanelKind, children: Children) -> impl IntoView {
    let open = expect_context::<Panels>().flag(kind);
    view! {
        <button
            type="button"
            id=kind.button_id()
            aria-expanded=move || open.get().to_string()
            aria-controls=kind.section_id()
            on:click=move |_| {
                // Opened from its button, a panel closes back to its button.
                forget_focus();
                open.update(|open| *open = !*open);
            }
        >
            {children()}
        </button>
    }
}
