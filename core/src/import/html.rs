//! HTML pasted from a web page or Word, as lines: headings, paragraphs, list items and links
//! are kept; styles, classes, scripts, comments (Word's conditional ones too) and empty spans
//! go. The HTML is parsed by whoever calls this (the browser's own parser in the app, a
//! standard parser in tests); this module only walks the tree.

use super::lines::{classify, collapse_spaces, Line, LineKind};
use super::words::{item_heading, Heading, KIND_NAMES};
use crate::markup::safe_href;
use crate::model::ItemKind;

/// A node of parsed HTML.
pub trait Markup: Sized {
    /// The element's name in lower case; `None` for text, comments and the like.
    fn tag(&self) -> Option<String>;
    /// The text of a text node.
    fn text(&self) -> Option<String>;
    fn attribute(&self, name: &str) -> Option<String>;
    fn children(&self) -> Vec<Self>;
}

/// Elements whose content is never text of the response.
const SKIPPED: [&str; 17] = [
    "script", "style", "head", "title", "meta", "link", "template", "noscript", "svg", "math",
    "iframe", "object", "button", "input", "select", "textarea", "xml",
];

/// Elements that stand on lines of their own.
const BLOCKS: [&str; 35] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "address",
    "caption",
    "hr",
];

/// The lines of the document or fragment under `root`.
pub fn lines<N: Markup>(root: &N) -> Vec<Line> {
    let mut walk = Walk::default();
    walk.children(root);
    walk.flush();
    walk.lines
}

#[derive(Default)]
struct Walk {
    lines: Vec<Line>,
    current: String,
    /// What the line being gathered is, from the elements around it.
    kind: Option<LineKind>,
    /// For each list the walk is inside: whether it is numbered, and the items so far.
    lists: Vec<(bool, usize)>,
    /// Inside `<pre>`, where a new line in the text is a new line on the page.
    preformatted: usize,
    /// Inside a link, whose words stay on one line whatever breaks them.
    in_link: usize,
    /// How many elements deep the walk is.
    depth: usize,
}

/// Below this depth the walk gathers text alone, keeping no structure, so that no nesting of
/// pasted HTML can run the walk out of stack.
const DEEPEST: usize = 200;

impl Walk {
    fn children<N: Markup>(&mut self, node: &N) {
        if self.depth >= DEEPEST {
            self.flat_text(node);
            return;
        }
        self.depth += 1;
        for child in node.children() {
            self.node(&child);
        }
        self.depth -= 1;
    }

    /// The text under `node`, read without recursion, each element's words apart.
    fn flat_text<N: Markup>(&mut self, node: &N) {
        let mut stack = node.children();
        stack.reverse();
        while let Some(next) = stack.pop() {
            if let Some(text) = next.text() {
                self.current.push_str(&text);
            } else if next
                .tag()
                .is_some_and(|tag| !SKIPPED.contains(&tag.as_str()))
            {
                self.current.push(' ');
                stack.extend(next.children().into_iter().rev());
            }
        }
    }

    fn node<N: Markup>(&mut self, node: &N) {
        if let Some(text) = node.text() {
            if self.preformatted > 0 && self.in_link == 0 {
                for (index, line) in text.split('\n').enumerate() {
                    if index > 0 {
                        self.flush();
                    }
                    self.current.push_str(line);
                }
            } else {
                self.current.push_str(&text);
            }
            return;
        }
        let Some(tag) = node.tag() else {
            return;
        };
        let tag = tag.as_str();
        if SKIPPED.contains(&tag) {
            return;
        }
        if self.in_link > 0 {
            // A line break or block inside a link is a space between its words.
            self.current.push(' ');
            self.children(node);
            return;
        }
        match tag {
            "br" => self.flush(),
            "a" => self.link(node),
            "ul" | "ol" => {
                self.flush();
                self.lists.push((tag == "ol", 0));
                self.children(node);
                self.flush();
                self.lists.pop();
            }
            "li" => {
                self.flush();
                let kind = match self.lists.last_mut() {
                    Some((true, count)) => {
                        *count += 1;
                        LineKind::Numbered(count.to_string())
                    }
                    _ => LineKind::Bullet,
                };
                self.block(node, Some(kind));
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.block(node, Some(LineKind::Heading)),
            "table" => self.table(node),
            "pre" => {
                self.preformatted += 1;
                self.block(node, None);
                self.preformatted -= 1;
            }
            _ if BLOCKS.contains(&tag) => self.block(node, None),
            _ => self.children(node),
        }
    }

    /// A table of items (a column of recommendations or areas for improvement, one of
    /// responses, and perhaps timescale, lead and status): each row becomes an item, written
    /// as the lines the reader knows. Any other table is read cell by cell.
    fn table<N: Markup>(&mut self, table: &N) {
        self.flush();
        let rows = rows_of(table);
        let columns = rows
            .first()
            .filter(|_| rows.len() > 1)
            .and_then(|header| Columns::of(header));
        let Some(columns) = columns else {
            self.block(table, None);
            return;
        };
        for (index, row) in rows[1..].iter().enumerate() {
            self.item_row(index + 1, row, &columns);
        }
    }

    fn item_row<N: Markup>(&mut self, row_number: usize, row: &[N], columns: &Columns) {
        let cell_lines = |column: Option<usize>| -> Vec<Line> {
            let Some(cell) = column.and_then(|c| row.get(c)) else {
                return Vec::new();
            };
            let mut walk = Walk {
                depth: self.depth,
                ..Walk::default()
            };
            walk.children(cell);
            walk.flush();
            walk.lines
        };
        let cell_text = |column: Option<usize>| -> String {
            cell_lines(column)
                .iter()
                .map(|line| line.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut text = cell_lines(Some(columns.item));
        if text.is_empty() && cell_text(columns.response).is_empty() {
            return;
        }
        // The item's own heading or number in its cell, else the row's number.
        let mut kind = columns.kind.clone();
        let mut number = row_number.to_string();
        let written_number = cell_text(columns.number);
        if !written_number.is_empty() {
            number = written_number.trim_end_matches(['.', ')']).to_owned();
        }
        if let Some(first) = text.first().cloned() {
            match (item_heading(&first.text), &first.kind) {
                (
                    Some(Heading::Item {
                        kind: named,
                        number: written,
                        rest,
                    }),
                    _,
                ) => {
                    kind = named;
                    if !written.is_empty() {
                        number = written;
                    }
                    match rest {
                        Some(rest) => text[0] = Line::new(LineKind::Text, rest),
                        None => {
                            text.remove(0);
                        }
                    }
                }
                (_, LineKind::Numbered(written)) => {
                    number = written.clone();
                    text[0] = Line::new(LineKind::Text, first.text.clone());
                }
                _ => {}
            }
        }
        self.lines.push(Line::new(
            LineKind::Heading,
            format!("{} {number}", kind.label()),
        ));
        let timescale = cell_text(columns.timescale);
        let due = !timescale.is_empty() && crate::dates::parse_uk(&timescale).is_some();
        if due {
            self.lines
                .push(Line::new(LineKind::Text, format!("Due: {timescale}")));
        }
        for (label, column) in [("Lead agency", columns.lead), ("Status", columns.status)] {
            let value = cell_text(column);
            if !value.is_empty() {
                self.lines
                    .push(Line::new(LineKind::Text, format!("{label}: {value}")));
            }
        }
        self.lines.extend(text);
        if !due && !timescale.is_empty() {
            self.lines
                .push(Line::new(LineKind::Text, format!("Timescale: {timescale}")));
        }
        self.lines.push(Line::new(LineKind::Text, "Response"));
        self.lines.extend(cell_lines(columns.response));
        // Every other column is part of the answer, under its header: nothing pasted is lost.
        for (column, header) in &columns.others {
            let lines = cell_lines(Some(*column));
            if let Some((first, rest)) = lines.split_first() {
                self.lines.push(Line::new(
                    first.kind.clone(),
                    format!("{header}: {}", first.text),
                ));
                self.lines.extend(rest.iter().cloned());
            }
        }
    }

    fn block<N: Markup>(&mut self, node: &N, kind: Option<LineKind>) {
        self.flush();
        let outer = std::mem::replace(&mut self.kind, kind);
        self.children(node);
        self.flush();
        self.kind = outer;
    }

    /// A link as the editor writes it, when its address can be published; else its words.
    fn link<N: Markup>(&mut self, node: &N) {
        let before = self.current.len();
        self.in_link += 1;
        self.children(node);
        self.in_link -= 1;
        let words = collapse_spaces(&self.current[before..]);
        let href = node.attribute("href").unwrap_or_default();
        let Some(address) = safe_href(href.trim()) else {
            return;
        };
        self.current.truncate(before);
        let bare = address.strip_prefix("mailto:").unwrap_or(address);
        if words.is_empty() || words == address || words == bare {
            self.current.push_str(&format!(" {bare} "));
        } else {
            self.current.push_str(&format!("[{words}]({address})"));
        }
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.current);
        let line = match &self.kind {
            // Inside a list item or heading the shape is the element's, not the text's.
            Some(kind) => {
                let text = collapse_spaces(&text);
                (!text.is_empty()).then(|| Line::new(kind.clone(), text))
            }
            None => classify(&text),
        };
        if let Some(line) = line {
            self.lines.push(line);
        }
        // A list item that runs on after a nested list continues as plain text.
        if matches!(self.kind, Some(LineKind::Bullet | LineKind::Numbered(_))) {
            self.kind = Some(LineKind::Text);
        }
    }
}

/// The rows of a table, each a list of its cells, through its head, bodies and foot.
fn rows_of<N: Markup>(table: &N) -> Vec<Vec<N>> {
    let mut rows = Vec::new();
    let mut stack = vec![table.children()];
    while let Some(mut nodes) = stack.pop() {
        // Children are taken from the front, in document order.
        nodes.reverse();
        while let Some(node) = nodes.pop() {
            match node.tag().as_deref() {
                Some("tr") => rows.push(
                    node.children()
                        .into_iter()
                        .filter(|cell| matches!(cell.tag().as_deref(), Some("td" | "th")))
                        .collect(),
                ),
                Some("thead" | "tbody" | "tfoot") => {
                    nodes.reverse();
                    stack.push(nodes);
                    stack.push(node.children());
                    break;
                }
                _ => {}
            }
        }
    }
    rows
}

/// Which column of an items table holds what.
struct Columns {
    item: usize,
    kind: ItemKind,
    response: Option<usize>,
    timescale: Option<usize>,
    lead: Option<usize>,
    status: Option<usize>,
    number: Option<usize>,
    /// Any other column, with its header: kept with the answer.
    others: Vec<(usize, String)>,
}

impl Columns {
    /// The columns a header row names; `None` when it is not the head of a table of items.
    fn of<N: Markup>(header: &[N]) -> Option<Columns> {
        let names: Vec<String> = header
            .iter()
            .map(|cell| text_of(cell).to_lowercase())
            .collect();
        let find = |words: &[&str]| {
            names
                .iter()
                .position(|name| words.iter().any(|word| name.contains(word)))
        };
        let (item, kind) = names.iter().enumerate().find_map(|(index, name)| {
            KIND_NAMES
                .iter()
                .find(|(singular, _, _)| {
                    name.contains(singular) && name.split_whitespace().count() <= 5
                })
                .map(|(_, _, kind)| (index, kind()))
        })?;
        let response = names.iter().enumerate().position(|(index, name)| {
            index != item
                && [
                    "response", "position", "update", "action", "progress", "comment",
                ]
                .iter()
                .any(|word| name.contains(word))
        });
        response?;
        let number = names.iter().position(|name| {
            matches!(
                name.trim().trim_end_matches(['.', ':']),
                "no" | "number" | "#" | "ref" | "reference"
            )
        });
        let timescale = find(&["timescale", "deadline", "due", "target date", "by when"]);
        let lead = find(&["lead", "owner", "responsible"]);
        let status = find(&["status", "rag"]);
        let placed = [Some(item), response, timescale, lead, status, number];
        let others = header
            .iter()
            .enumerate()
            .filter(|(index, _)| !placed.contains(&Some(*index)))
            .map(|(index, cell)| (index, collapse_spaces(&text_of(cell))))
            .collect();
        Some(Columns {
            item,
            kind,
            response,
            timescale,
            lead,
            status,
            number,
            others,
        })
    }
}

/// The words under `node`, read without recursion, on one line.
fn text_of<N: Markup>(node: &N) -> String {
    let mut out = String::new();
    let mut stack = node.children();
    stack.reverse();
    while let Some(next) = stack.pop() {
        if let Some(text) = next.text() {
            out.push_str(&text);
        } else {
            out.push(' ');
            stack.extend(next.children().into_iter().rev());
        }
    }
    collapse_spaces(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Node};

    /// The standard HTML parser's tree, as the browser's would be.
    impl Markup for ego_tree::NodeRef<'_, Node> {
        fn tag(&self) -> Option<String> {
            self.value()
                .as_element()
                .map(|e| e.name().to_ascii_lowercase())
        }
        fn text(&self) -> Option<String> {
            self.value().as_text().map(|t| t.to_string())
        }
        fn attribute(&self, name: &str) -> Option<String> {
            self.value().as_element()?.attr(name).map(str::to_owned)
        }
        fn children(&self) -> Vec<Self> {
            ego_tree::NodeRef::children(self).collect()
        }
    }

    pub fn parse(html: &str) -> Vec<Line> {
        let document = Html::parse_document(html);
        lines(&document.tree.root())
    }

    fn texts(html: &str) -> Vec<String> {
        parse(html).into_iter().map(|l| l.as_field_text()).collect()
    }

    #[test]
    fn paragraphs_headings_lists_and_links_are_kept() {
        let html = "<h2>Area for improvement 1</h2><p>The force <b>should</b> act.</p>\
            <ul><li>one</li><li>two <a href='https://example.org/x'>report</a></li></ul>\
            <ol><li>first</li><li>second</li></ol><p>See <a href='https://example.org'>https://example.org</a></p>";
        assert_eq!(
            texts(html),
            [
                "Area for improvement 1",
                "The force should act.",
                "- one",
                "- two [report](https://example.org/x)",
                "1. first",
                "2. second",
                "See https://example.org",
            ]
        );
        assert_eq!(parse(html)[0].kind, LineKind::Heading);
    }

    #[test]
    fn styles_scripts_comments_and_empty_spans_go() {
        let html = "<html><head><style>p{color:red}</style><title>x</title></head><body>\
            <script>alert(1)</script><!-- a comment --><p class='MsoNormal' style='margin:0'>\
            <span style='x'></span>Kept<span> </span>text<o:p></o:p></p><p><span></span></p></body></html>";
        assert_eq!(texts(html), ["Kept text"]);
    }

    #[test]
    fn word_lists_and_conditional_comments_become_bullets() {
        let html = "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->\
            <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>\
            <span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>\
            <![endif]>increasing the SOC resource<o:p></o:p></p>\
            <p class=MsoListParagraphCxSpLast><![if !supportLists]><span>1.<span>&nbsp;&nbsp; </span></span><![endif]>numbered<o:p></o:p></p>";
        assert_eq!(
            texts(html),
            ["- increasing the SOC resource", "1. numbered"]
        );
    }

    #[test]
    fn unsafe_links_keep_their_words_only() {
        let html = "<p><a href='javascript:alert(1)'>click</a> and <a href='mailto:a@b.org'>a@b.org</a></p>";
        assert_eq!(texts(html), ["click and a@b.org"]);
    }

    #[test]
    fn line_breaks_and_table_cells_make_lines() {
        let html =
            "<p>one<br>two</p><table><tr><td>Recommendation 1</td><td>Response</td></tr></table>";
        assert_eq!(texts(html), ["one", "two", "Recommendation 1", "Response"]);
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        assert_eq!(
            texts("<pre>Recommendation 1\n- one\n\nResponse</pre><p>a\nb</p>"),
            ["Recommendation 1", "- one", "Response", "a b"]
        );
    }

    #[test]
    fn nested_lists_keep_each_item() {
        let html = "<ul><li>outer<ul><li>inner</li></ul>after</li></ul>";
        assert_eq!(texts(html), ["- outer", "- inner", "after"]);
    }

    #[test]
    fn a_line_break_or_block_inside_a_link_is_a_space_in_its_words() {
        assert_eq!(
            texts("<p>Hello <a href=\"https://example.org\">a<br>b</a></p>"),
            ["Hello [a b](https://example.org)"]
        );
        assert_eq!(
            texts("<p>Read <a href='https://example.org/r'>the full<br>report</a> now</p>"),
            ["Read [the full report](https://example.org/r) now"]
        );
        assert_eq!(
            texts("<a href='https://example.org'><div><p>one</p><ul><li>two</li></ul></div></a>"),
            ["[one two](https://example.org)"]
        );
    }

    #[test]
    fn deeply_nested_html_is_read_without_running_out_of_stack() {
        let depth = 5_000;
        let html = format!(
            "{}deep text{}",
            "<span>".repeat(depth),
            "</span>".repeat(depth)
        );
        assert_eq!(texts(&html), ["deep text"]);
        let html = format!(
            "{}<p>inner</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        assert_eq!(texts(&html), ["inner"]);
    }
}
