//! A PDF's text as pdf.js reads it: each page's positioned text items, as data. The browser
//! (web/pdf/extract.js) and the corpus dump write it; everything after is read here.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    #[serde(default)]
    pub info: Info,
    pub pages: Vec<Page>,
}

/// What the PDF says of itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Info {
    /// The title in its metadata, which is often a file name or missing.
    #[serde(default)]
    pub title: Option<String>,
    /// When the PDF was made ("D:20250612093000Z"): not when the report was published.
    #[serde(default)]
    pub created: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

/// A run of text in one font, placed on the page. Positions are in points from the page's
/// lower left corner; `y` is the baseline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Item {
    #[serde(rename = "s")]
    pub text: String,
    pub x: f32,
    pub y: f32,
    #[serde(rename = "w")]
    pub width: f32,
    /// The font size.
    #[serde(rename = "h")]
    pub size: f32,
    /// The font, numbered through the document in the order met.
    #[serde(rename = "f", default)]
    pub font: u32,
    /// Marked in the PDF as page furniture (a running head, a page number).
    #[serde(rename = "a", default, skip_serializing_if = "is_false")]
    pub artifact: bool,
    /// Set at an angle (a stamp, a rotated label): not part of the text's flow.
    #[serde(rename = "r", default, skip_serializing_if = "is_false")]
    pub rotated: bool,
    /// pdf.js saw the end of a line after it.
    #[serde(rename = "e", default, skip_serializing_if = "is_false")]
    pub end_of_line: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl Document {
    /// All the text of the document, for saying whether it has any.
    pub fn characters(&self) -> usize {
        self.pages
            .iter()
            .flat_map(|page| &page.items)
            .map(|item| item.text.trim().chars().count())
            .sum()
    }
}
