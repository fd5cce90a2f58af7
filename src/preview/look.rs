//! How the preview looks: the published page's own stylesheet for the response heading's
//! level, or the website's pasted in, and a phone's width.

use leptos::prelude::*;

/// What the preview adds to the published page's stylesheet: its shadow root's edge, and the
/// parts it lays out each on its own.
const PREVIEW_STYLE: &str = include_str!("../../style/preview.css");

/// The preview's plain stylesheet: the published page's, for the response heading's level.
pub fn page_style(first_heading: u8) -> String {
    format!(
        "{PREVIEW_STYLE}{}",
        drafter_core::page_style::stylesheet(first_heading)
    )
}

/// How the preview looks: its stylesheet (the plain one, or the website's pasted in) and width.
#[derive(Clone, Copy)]
pub struct PreviewLook {
    pub site_css: RwSignal<String>,
    pub use_site_css: RwSignal<bool>,
    pub mobile: RwSignal<bool>,
}

impl PreviewLook {
    pub fn new() -> PreviewLook {
        let site_css = crate::platform::storage::site_css();
        PreviewLook {
            use_site_css: RwSignal::new(!site_css.trim().is_empty()),
            site_css: RwSignal::new(site_css),
            mobile: RwSignal::new(false),
        }
    }

    /// The stylesheet the preview shows the page with, its response heading at `first_heading`.
    pub fn stylesheet(&self, first_heading: u8) -> String {
        if self.use_site_css.get() {
            self.site_css.get()
        } else {
            page_style(first_heading)
        }
    }
}
