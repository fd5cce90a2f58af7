//! The margins at the top and bottom of each part of the preview, as the browser's stylesheet
//! gives them, for the preview to put back the gaps the published page has between its parts.

use drafter_core::margins::Margin;
use leptos::prelude::*;
use std::collections::HashMap;
use web_sys::{Element, Node};

/// The first part with something to show, whose first block is the published page's first.
const FIRST_PART: &str = "rd-part:not(:empty, :not(:empty) ~ rd-part)";

/// The margins at the top and bottom of each kind of part in the current stylesheet, by the
/// tags and classes of the blocks that meet there. Asking the browser forces it to work out
/// the page's style, too slow to do per keystroke.
#[derive(Default)]
pub struct Margins(HashMap<(String, Edge), Margin>);

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Edge {
    Top,
    /// The top of the page's first block, which a stylesheet may set apart.
    TopOfPage,
    Bottom,
}

impl Margins {
    /// The margin at the top of a part and the one at its bottom; none when the part is empty.
    pub fn edges(&mut self, part: &Element) -> Option<(Margin, Margin)> {
        part.first_element_child()?;
        let top = if part.matches(FIRST_PART).unwrap_or(false) {
            Edge::TopOfPage
        } else {
            Edge::Top
        };
        Some((self.margin(part, top), self.margin(part, Edge::Bottom)))
    }

    fn margin(&mut self, part: &Element, edge: Edge) -> Margin {
        let blocks = blocks_at(part, edge);
        let key = blocks
            .iter()
            .map(|block| format!("{} {}", block.tag_name(), block.class_name()))
            .collect::<Vec<_>>()
            .join(">");
        *self
            .0
            .entry((key, edge))
            .or_insert_with(|| margin_at(&blocks, edge))
    }
}

/// The blocks at a part's top (or bottom) edge, outermost first: its first child, that
/// child's first child and so on, as far as nothing comes before them.
fn blocks_at(part: &Element, edge: Edge) -> Vec<Element> {
    let mut blocks = Vec::new();
    let mut parent = part.clone();
    while blocks.len() < 8 {
        let Some(block) = (if edge == Edge::Bottom {
            parent.last_element_child()
        } else {
            parent.first_element_child()
        }) else {
            break;
        };
        let text_beside = |node: Option<Node>| {
            node.and_then(|node| node.text_content())
                .is_some_and(|text| !text.trim().is_empty())
        };
        // Text before the first block (or after the last) keeps its margin from the edge.
        let mut beside = if edge == Edge::Bottom {
            block.next_sibling()
        } else {
            block.previous_sibling()
        };
        while let Some(node) = beside {
            if text_beside(Some(node.clone())) {
                return blocks;
            }
            beside = if edge == Edge::Bottom {
                node.next_sibling()
            } else {
                node.previous_sibling()
            };
        }
        blocks.push(block.clone());
        parent = block;
    }
    blocks
}

/// The margin at an edge as CSS makes it: the margins of the blocks there collapse into one,
/// down to the first block with padding or a border on that side, or laid out on its own.
fn margin_at(blocks: &[Element], edge: Edge) -> Margin {
    let side = if edge == Edge::Bottom {
        "bottom"
    } else {
        "top"
    };
    let mut margin = Margin::default();
    for block in blocks {
        let Some(style) = window().get_computed_style(block).ok().flatten() else {
            break;
        };
        let value = |property: &str| style.get_property_value(property).unwrap_or_default();
        // "12.5px"; JavaScript reads the number, as Rust's float parsing would add to the
        // download.
        let pixels = |property: &str| {
            Some(js_sys::parse_float(&value(property)))
                .filter(|p| p.is_finite())
                .unwrap_or(0.0)
        };
        margin = margin.meet(Margin::of(pixels(&format!("margin-{side}"))));
        let passes_through = pixels(&format!("padding-{side}")) == 0.0
            && pixels(&format!("border-{side}-width")) == 0.0
            && matches!(value("display").as_str(), "block" | "list-item")
            && value("overflow") == "visible";
        if !passes_through {
            break;
        }
    }
    margin
}
