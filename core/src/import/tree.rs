//! Pasted HTML as data: the browser parses it (running none of its scripts) and the page
//! sends the tree to the worker, which reads it as it reads any markup. Flat, each node's
//! children by their places after it, so that no depth of nesting is too deep to send, and no
//! tree a message makes can loop or share a node.

use serde::{Deserialize, Serialize};

use super::html::Markup;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tree {
    pub nodes: Vec<TreeNode>,
}

/// An element (with its tag, and its link if it has one) or a text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TreeNode {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<u32>,
}

impl Tree {
    /// Adds a node under `parent` (none for the root); returns its place.
    pub fn push(&mut self, parent: Option<usize>, node: TreeNode) -> usize {
        let at = self.nodes.len();
        self.nodes.push(node);
        if let Some(parent) = parent.and_then(|p| self.nodes.get_mut(p)) {
            parent.children.push(at as u32);
        }
        at
    }

    /// The tree with every child that is not after its parent, or is some other node's child
    /// already, taken out: what is left is a tree, however the message was made.
    pub fn checked(mut self) -> Tree {
        let mut taken = vec![false; self.nodes.len()];
        for at in 0..self.nodes.len() {
            let children = std::mem::take(&mut self.nodes[at].children);
            self.nodes[at].children = children
                .into_iter()
                .filter(|&child| {
                    let child = child as usize;
                    let fits = child > at && child < taken.len() && !taken[child];
                    if fits {
                        taken[child] = true;
                    }
                    fits
                })
                .collect();
        }
        self
    }

    /// The root, to read.
    pub fn root(&self) -> Option<TreeRef<'_>> {
        (!self.nodes.is_empty()).then_some(TreeRef { tree: self, at: 0 })
    }
}

#[derive(Clone, Copy)]
pub struct TreeRef<'a> {
    tree: &'a Tree,
    at: usize,
}

impl Markup for TreeRef<'_> {
    fn tag(&self) -> Option<String> {
        self.tree.nodes[self.at].tag.clone()
    }

    fn text(&self) -> Option<String> {
        self.tree.nodes[self.at].text.clone()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        (name == "href")
            .then(|| self.tree.nodes[self.at].href.clone())
            .flatten()
    }

    fn children(&self) -> Vec<Self> {
        self.tree.nodes[self.at]
            .children
            .iter()
            .map(|&at| TreeRef {
                tree: self.tree,
                at: at as usize,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(tag: &str) -> TreeNode {
        TreeNode {
            tag: Some(tag.to_owned()),
            ..TreeNode::default()
        }
    }

    fn text(words: &str) -> TreeNode {
        TreeNode {
            text: Some(words.to_owned()),
            ..TreeNode::default()
        }
    }

    #[test]
    fn a_tree_sent_as_data_imports_as_the_markup_it_was_made_from() {
        let mut tree = Tree::default();
        let body = tree.push(None, element("body"));
        let heading = tree.push(Some(body), element("h2"));
        tree.push(Some(heading), text("Recommendation 1"));
        let paragraph = tree.push(Some(body), element("p"));
        tree.push(
            Some(paragraph),
            text("By 31 March 2026, chief constables should act."),
        );
        let sent: Tree = serde_json::from_str(&serde_json::to_string(&tree).unwrap()).unwrap();
        let imported = crate::import::from_html(&sent.checked().root().unwrap());
        assert_eq!(imported.draft.items.len(), 1);
        assert_eq!(imported.draft.items[0].addressee, "chief constables");
    }

    #[test]
    fn children_that_would_loop_or_be_shared_are_taken_out() {
        let tree = Tree {
            nodes: vec![
                TreeNode {
                    children: vec![0, 1, 1, 2, 99],
                    ..element("body")
                },
                TreeNode {
                    children: vec![0, 2],
                    ..element("p")
                },
                text("words"),
            ],
        }
        .checked();
        assert_eq!(tree.nodes[0].children, [1, 2]);
        assert!(tree.nodes[1].children.is_empty());
        // Read whole, and ends.
        let imported = crate::import::from_html(&tree.root().unwrap());
        assert_eq!(imported.draft.introduction, "words");
    }
}
