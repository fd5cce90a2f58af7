//! The standard HTML parser's tree, standing in for the browser's, for the importer to walk.

use drafter_core::import::html::Markup;

pub struct Parsed<'a>(pub ego_tree::NodeRef<'a, scraper::Node>);

impl Markup for Parsed<'_> {
    fn tag(&self) -> Option<String> {
        self.0
            .value()
            .as_element()
            .map(|e| e.name().to_ascii_lowercase())
    }
    fn text(&self) -> Option<String> {
        self.0.value().as_text().map(|t| t.to_string())
    }
    fn attribute(&self, name: &str) -> Option<String> {
        self.0.value().as_element()?.attr(name).map(str::to_owned)
    }
    fn children(&self) -> Vec<Self> {
        self.0.children().map(Parsed).collect()
    }
}

/// Pasted HTML imported as the app imports it.
#[allow(dead_code)]
pub fn import_html(html: &str) -> drafter_core::import::Imported {
    let document = scraper::Html::parse_document(html);
    drafter_core::import::from_html(&Parsed(document.tree.root()))
}
