//! A text field as Markdown, written from the same made-safe events as its HTML, so that a
//! Markdown renderer (even one that lets raw HTML through) shows what the preview shows and
//! nothing more: every character that Markdown or HTML would read as markup is escaped, and
//! link addresses are the ones the HTML links to, encoded so they cannot end their link early.

use crate::markup;
use pulldown_cmark::{Event, Tag, TagEnd};

/// The field's Markdown: blocks separated by blank lines, lists kept together.
pub fn field(text: &str) -> String {
    markup::with_safe_events(text, |events| {
        let mut writer = Writer::default();
        for event in events {
            writer.event(event);
        }
        writer.out
    })
}

/// A container whose blocks are written with a prefix on every line.
enum Container {
    Quote,
    List {
        /// The next item's number; `None` for bullets.
        next: Option<u64>,
        marker: char,
        /// Items hold paragraphs, so blank lines go between them.
        loose: bool,
        items: usize,
    },
    Item {
        width: usize,
    },
}

/// What has been written inside a container that holds blocks (the field, a quote, an item).
#[derive(Default)]
struct Holder {
    has_content: bool,
    /// The marker of the list just written here, so that a list straight after it uses
    /// another and stays a list of its own.
    last_list_marker: Option<char>,
}

#[derive(Default)]
struct Writer {
    out: String,
    containers: Vec<Container>,
    /// The field itself, then one for each quote and item open.
    holders: Vec<Holder>,
    /// The next text starts a line of its own, where Markdown reads `#`, `>`, `-`, `1.` and the
    /// like as the start of a block.
    at_line_start: bool,
    /// For each open link, its address, written at its end.
    links: Vec<String>,
}

impl Writer {
    fn holder(&mut self) -> &mut Holder {
        if self.holders.is_empty() {
            self.holders.push(Holder::default());
        }
        self.holders.last_mut().expect("a holder")
    }

    /// Whether blocks in the innermost holder are kept apart by a blank line.
    fn blank_between_blocks(&self) -> bool {
        match self.containers.last() {
            Some(Container::Item { .. }) => self.enclosing_list_is_loose(),
            _ => true,
        }
    }

    fn enclosing_list_is_loose(&self) -> bool {
        self.containers.iter().rev().find_map(|c| match c {
            Container::List { loose, .. } => Some(*loose),
            _ => None,
        }) == Some(true)
    }

    fn prefix(&self) -> String {
        let mut prefix = String::new();
        for container in &self.containers {
            match container {
                Container::Quote => prefix.push_str("> "),
                Container::Item { width } => prefix.push_str(&" ".repeat(*width)),
                Container::List { .. } => {}
            }
        }
        prefix
    }

    fn new_line(&mut self, blank: bool) {
        self.out.push('\n');
        if blank {
            self.out.push_str(self.prefix().trim_end());
            self.out.push('\n');
        }
        let prefix = self.prefix();
        self.out.push_str(&prefix);
        self.at_line_start = true;
    }

    /// Starts a block in the innermost holder: on the line already begun for it (after a
    /// quote's `>` or an item's marker), or on a new line after what the holder holds.
    fn start_block(&mut self) {
        let blank = self.blank_between_blocks();
        if self.holder().has_content {
            self.new_line(blank);
        }
        self.holder().has_content = true;
        self.at_line_start = true;
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(Tag::Paragraph) => {
                if let Some(Container::Item { .. }) = self.containers.last() {
                    self.mark_list_loose();
                }
                self.start_block();
                self.holder().last_list_marker = None;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.start_block();
                self.holder().last_list_marker = None;
                self.out.push_str("> ");
                self.containers.push(Container::Quote);
                self.holders.push(Holder::default());
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.containers.pop();
                self.holders.pop();
            }
            Event::Start(Tag::List(start)) => {
                self.start_block();
                let marker = match (start, self.holder().last_list_marker) {
                    (None, Some('-')) => '*',
                    (None, _) => '-',
                    (Some(_), Some('.')) => ')',
                    (Some(_), _) => '.',
                };
                self.holder().last_list_marker = Some(marker);
                self.containers.push(Container::List {
                    next: start,
                    marker,
                    loose: false,
                    items: 0,
                });
            }
            Event::End(TagEnd::List(_)) => {
                self.containers.pop();
            }
            Event::Start(Tag::Item) => self.start_item(),
            Event::End(TagEnd::Item) => {
                self.containers.pop();
                self.holders.pop();
            }
            Event::Rule => {
                self.start_block();
                self.holder().last_list_marker = None;
                self.out.push_str("* * *");
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => self.inline("*"),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => self.inline("**"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.inline("[");
                self.links.push(dest_url.to_string());
            }
            Event::End(TagEnd::Link) => {
                if let Some(address) = self.links.pop() {
                    self.inline(&format!("]({})", link_address(&address)));
                }
            }
            Event::Text(text) => {
                let escaped = escape(&text, self.at_line_start);
                if !escaped.is_empty() {
                    self.inline(&escaped);
                }
            }
            Event::SoftBreak | Event::HardBreak => self.inline(" "),
            _ => {}
        }
    }

    fn mark_list_loose(&mut self) {
        if let Some(Container::List { loose, .. }) = self
            .containers
            .iter_mut()
            .rev()
            .find(|c| matches!(c, Container::List { .. }))
        {
            *loose = true;
        }
    }

    fn start_item(&mut self) {
        let prefix_blank = self.enclosing_list_is_loose();
        let Some(Container::List {
            next,
            marker,
            items,
            ..
        }) = self.containers.last_mut()
        else {
            return;
        };
        let first = *items == 0;
        *items += 1;
        let mark = match next {
            Some(number) => {
                *number += 1;
                format!("{}{marker} ", *number - 1)
            }
            None => format!("{marker} "),
        };
        if !first {
            self.new_line(prefix_blank);
        }
        self.out.push_str(&mark);
        self.containers.push(Container::Item { width: mark.len() });
        self.holders.push(Holder::default());
        self.at_line_start = true;
    }

    /// Writes inline markup or escaped text on the current line.
    fn inline(&mut self, text: &str) {
        self.holder().has_content = true;
        self.out.push_str(text);
        self.at_line_start = false;
    }
}

/// Text with everything escaped that Markdown or HTML would read as markup, on one line.
/// At the start of a line, the characters that would open a block are escaped too.
pub fn escape(text: &str, at_line_start: bool) -> String {
    let text = if at_line_start {
        text.trim_start()
    } else {
        text
    };
    let mut out = String::with_capacity(text.len() + 8);
    if at_line_start {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && text[digits..].starts_with(['.', ')']) {
            out.push_str(&text[..digits]);
            out.push('\\');
            return out + &escape(&text[digits..], false);
        }
        if text.starts_with(['#', '>', '+', '-', '=', '|', ':']) {
            out.push('\\');
        }
    }
    for (at, c) in text.char_indices() {
        match c {
            // Besides CommonMark's own, the characters of common extensions: tables, struck
            // text, maths, superscripts and heading attributes.
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' | '|' | '!' | '{' | '}' | '$' | '^' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if starts_entity(&text[at..]) => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether `text` (starting with `&`) would be read as an HTML character reference.
fn starts_entity(text: &str) -> bool {
    let name = text[1..].trim_start_matches('#');
    let length = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    length > 0 && name[length..].starts_with(';')
}

/// A link's address, safe inside `(…)`: brackets, angle brackets, spaces, quotes and
/// backslashes percent-encoded, and anything that would read as a character reference escaped.
pub fn link_address(address: &str) -> String {
    let mut out = String::with_capacity(address.len() + 8);
    for (at, c) in address.char_indices() {
        match c {
            '(' | ')' | '<' | '>' | ' ' | '"' | '\'' | '\\' | '`' | '[' | ']' => {
                out.push_str(&format!("%{:02X}", c as u32))
            }
            '&' if starts_entity(&address[at..]) => out.push_str("\\&"),
            c if c.is_control() || c.is_whitespace() => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmark(markdown: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
        html
    }

    /// The field's Markdown, rendered by a CommonMark renderer, is the field's HTML.
    fn same_page(text: &str) {
        // Line breaks and spaces between tags read the same in HTML.
        let normal = |html: String| {
            html.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace("> <", "><")
        };
        let ours = normal(markup::to_html(text));
        let theirs = normal(cmark(&field(text)));
        assert_eq!(
            theirs,
            ours,
            "text {text:?} wrote Markdown {:?}",
            field(text)
        );
    }

    #[test]
    fn markdown_renders_to_the_fields_html() {
        for text in [
            "One.\nTwo.",
            "We **welcome** *this*, see [the plan](https://example.org/plan).",
            "Actions:\n- one\n- two\nAfter.",
            "1. one\nExplained.\n2. two\n3. three",
            "3) three\nWhy.\n4) four",
            "- a\n  - nested\n- b",
            "- a\n\n- loose b",
            "> quoted\n> more",
            "# not a heading\n\n+ plus\n\n1986. was a year",
            "Cost £2.\n\nA > B and C < D, 5 * 3 = 15_000 \\ done",
            "Mail info@example.org or https://example.org/a_b",
            "- one\n\n* other list",
            "&amp; &copy; &#60; & done",
            "***",
            "<div>\nblock html\n</div>",
            "`code` and ~~struck~~ and | pipes |",
        ] {
            same_page(text);
        }
    }

    #[test]
    fn a_backslash_cannot_undo_the_escaping_of_a_tag() {
        let markdown = field("\\<img src=x onerror=alert(1)>");
        assert!(!cmark(&markdown).contains("<img"), "{markdown}");
    }

    #[test]
    fn a_link_address_cannot_end_its_link() {
        let markdown = field("[x](https://example.org/%29%3Cscript%3E)");
        assert!(!cmark(&markdown).contains("<script"), "{markdown}");
        assert_eq!(
            link_address("https://example.org/)<script>alert(1)</script>"),
            "https://example.org/%29%3Cscript%3Ealert%281%29%3C/script%3E"
        );
    }

    #[test]
    fn unsafe_links_images_and_definitions_stay_text() {
        for text in [
            "[x](javascript:alert(1))",
            "![x](https://example.org/x.png)",
            "[x]: javascript:alert(1)\n\n[x]",
            "[x](data:text/html,hi) [y](vbscript:x) [z](file:///etc/passwd)",
        ] {
            let html = cmark(&field(text));
            assert!(!html.contains("<img"), "{text} → {html}");
            for scheme in ["javascript:", "data:", "vbscript:", "file:"] {
                assert!(
                    !html.contains(&format!("href=\"{scheme}")),
                    "{text} → {html}"
                );
            }
        }
    }
}
