//! The light text markup of free-text fields, turned into safe HTML.
//!
//! People type the way they would in an email: a new line starts a new paragraph, lines
//! starting with `-`, `*`, `•` or `1.` make lists, `[text](address)` and bare addresses make
//! links, `*italic*` and `**bold**`. Everything else is shown as written: HTML typed into a
//! field is text, and only http, https and mailto addresses ever become links.

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream};

/// Markers that word processors and web pages paste in place of a typed `-`.
const PASTED_BULLETS: [char; 5] = ['•', '◦', '▪', '●', '·'];

/// Renders a free-text field as an HTML fragment; empty when the text is blank.
pub fn to_html(text: &str) -> String {
    with_safe_events(text, |events| {
        let mut html = String::with_capacity(text.len() + text.len() / 4);
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        html
    })
}

/// Hands `use_events` the field's parsed text as every output writes it: made safe, with
/// empty elements removed. Each output starts from these, so none can show more than another.
pub fn with_safe_events<R>(text: &str, use_events: impl FnOnce(Vec<Event<'_>>) -> R) -> R {
    let source = normalise_bullets(text);
    let parser = TextMergeStream::new(Parser::new_ext(&source, Options::empty()));
    use_events(remove_empty_elements(make_safe(parser)))
}

/// A field as readable plain text: a line per paragraph or list item, bullets as `- ` and
/// numbers as `1. `, emphasis dropped, and each link's address after its words.
pub fn to_plain(text: &str) -> String {
    with_safe_events(text, plain_from_events)
}

fn plain_from_events(events: Vec<Event<'_>>) -> String {
    let mut out = String::new();
    // For each open list, the next item's number (`None` for bullets).
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut link: Option<(String, usize)> = None;
    for event in events {
        match event {
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => match lists.last_mut() {
                Some(Some(number)) => {
                    out.push_str(&format!("{number}. "));
                    *number += 1;
                }
                _ => out.push_str("- "),
            },
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some((dest_url.to_string(), out.len()))
            }
            Event::End(TagEnd::Link) => {
                if let Some((address, from)) = link.take() {
                    let words = &out[from..];
                    let bare = address.strip_prefix("mailto:").unwrap_or(&address);
                    if words != address && words != bare {
                        out.push_str(&format!(" ({bare})"));
                    }
                }
            }
            Event::Text(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            _ => {}
        }
    }
    out.trim_end().to_owned()
}

/// A stretch of text with one look: emphasis, and the address it links to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub link: Option<String>,
}

/// How a list item is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListMark {
    Bullet,
    /// The item's own number: a list that carries on after a paragraph starts where it left off.
    Number(u64),
}

/// A paragraph or list item of a field with its spans, for documents other than HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// `None` for a paragraph; for a list item, its bullet or number.
    pub list: Option<ListMark>,
    pub spans: Vec<Span>,
}

/// A field's paragraphs and list items with their emphasis and links, made safe as for HTML.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    with_safe_events(text, paragraphs_from_events)
}

fn paragraphs_from_events(events: Vec<Event<'_>>) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    // For each open list, the next item's number (`None` for bullets).
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut look = Span::default();
    let mut in_item = false;
    for event in events {
        match event {
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                in_item = true;
                let mark = lists.last_mut().map(|next| match next {
                    Some(number) => {
                        *number += 1;
                        ListMark::Number(*number - 1)
                    }
                    None => ListMark::Bullet,
                });
                out.push(Paragraph {
                    list: mark,
                    spans: Vec::new(),
                });
            }
            Event::End(TagEnd::Item) => in_item = false,
            Event::Start(Tag::Paragraph) if !in_item => out.push(Paragraph {
                list: None,
                spans: Vec::new(),
            }),
            Event::Start(Tag::Strong) => look.bold = true,
            Event::End(TagEnd::Strong) => look.bold = false,
            Event::Start(Tag::Emphasis) => look.italic = true,
            Event::End(TagEnd::Emphasis) => look.italic = false,
            Event::Start(Tag::Link { dest_url, .. }) => look.link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => look.link = None,
            Event::Text(text) => {
                if out.is_empty() {
                    out.push(Paragraph {
                        list: None,
                        spans: Vec::new(),
                    });
                }
                let paragraph = out.last_mut().expect("a paragraph to add to");
                paragraph.spans.push(Span {
                    text: text.into_string(),
                    ..look.clone()
                });
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(paragraph) = out.last_mut() {
                    paragraph.spans.push(Span {
                        text: " ".into(),
                        ..look.clone()
                    });
                }
            }
            _ => {}
        }
    }
    out.retain(|p| p.spans.iter().any(|s| !s.text.trim().is_empty()));
    out
}

/// A paragraph or list item of a field, as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub is_list_item: bool,
    pub text: String,
}

/// The paragraphs and list items a field shows, as plain text without markup.
pub fn blocks(text: &str) -> Vec<Block> {
    with_safe_events(text, blocks_from_events)
}

fn blocks_from_events(events: Vec<Event<'_>>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for event in events {
        match event {
            Event::Start(Tag::Paragraph) if blocks.last().is_some_and(|b| b.text.is_empty()) => {}
            Event::Start(tag @ (Tag::Paragraph | Tag::Item)) => blocks.push(Block {
                is_list_item: matches!(tag, Tag::Item),
                text: String::new(),
            }),
            Event::Text(text) => match blocks.last_mut() {
                Some(block) => block.text.push_str(&text),
                None => blocks.push(Block {
                    is_list_item: false,
                    text: text.into_string(),
                }),
            },
            Event::SoftBreak => blocks
                .iter_mut()
                .last()
                .into_iter()
                .for_each(|b| b.text.push(' ')),
            _ => {}
        }
    }
    blocks.retain(|block| !block.text.trim().is_empty());
    blocks
}

/// How a link came to be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkForm {
    /// `[words](address)` or `<address>`.
    Named,
    /// An address written out in the text, which becomes a link to itself.
    Bare,
    /// `www.…` with no `https://`, which stays plain text.
    NoScheme,
}

/// A link as the person wrote it, whether or not it can be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenLink {
    pub form: LinkForm,
    pub text: String,
    pub address: String,
}

/// Every link written in a field, in order, including those that will not work.
pub fn links(text: &str) -> Vec<WrittenLink> {
    let source = normalise_bullets(text);
    let mut found = Vec::new();
    let mut open: Option<WrittenLink> = None;
    for event in TextMergeStream::new(Parser::new_ext(&source, Options::empty())) {
        match event {
            Event::Start(Tag::Link {
                dest_url,
                link_type,
                ..
            })
            | Event::Start(Tag::Image {
                dest_url,
                link_type,
                ..
            }) => {
                let form = match link_type {
                    LinkType::Autolink | LinkType::Email => LinkForm::Bare,
                    _ => LinkForm::Named,
                };
                open = Some(WrittenLink {
                    form,
                    text: String::new(),
                    address: dest_url.trim().to_owned(),
                });
            }
            Event::End(TagEnd::Link | TagEnd::Image) => found.extend(open.take()),
            Event::Text(text) | Event::Code(text) => match &mut open {
                Some(link) => link.text.push_str(&text),
                None => find_bare_links(&text, &mut found),
            },
            _ => {}
        }
    }
    found
}

fn find_bare_links(text: &str, found: &mut Vec<WrittenLink>) {
    let mut finder = linkify::LinkFinder::new();
    finder.url_must_have_scheme(false);
    for link in finder.links(text) {
        let written = link.as_str().to_owned();
        let form = match link.kind() {
            linkify::LinkKind::Url if !written.contains("://") => {
                if !written.to_ascii_lowercase().starts_with("www.") {
                    continue;
                }
                LinkForm::NoScheme
            }
            _ => LinkForm::Bare,
        };
        let address = match link.kind() {
            linkify::LinkKind::Email => format!("mailto:{written}"),
            _ => written.clone(),
        };
        found.push(WrittenLink {
            form,
            text: written,
            address,
        });
    }
}

/// `text` with its first bare `address` shown as `words` instead, written in the fields'
/// markup (`[words](address)`), so the person never has to type it; `None` when the words are
/// empty or the address does not stand bare in the text.
pub fn name_link(text: &str, address: &str, words: &str) -> Option<String> {
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.is_empty() || address.is_empty() {
        return None;
    }
    // Brackets and backslashes in the words would end the link's text early.
    let mut escaped = String::with_capacity(words.len());
    for c in words.chars() {
        if matches!(c, '[' | ']' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    let bare = text.match_indices(address).find(|(at, _)| {
        let before = text[..*at].chars().next_back();
        let after = text[at + address.len()..].chars().next();
        // Not the address of a link already named, nor part of a longer address.
        !matches!(before, Some('(' | '<' | '/' | '.'))
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '/')
    })?;
    let at = bare.0;
    Some(format!(
        "{}[{escaped}]({address}){}",
        &text[..at],
        &text[at + address.len()..]
    ))
}

/// The address to link to, if it is one a published page may link to.
pub fn safe_href(address: &str) -> Option<&str> {
    let address = address.trim();
    let (scheme, rest) = address.split_once(':')?;
    let allowed = ["http", "https", "mailto"]
        .iter()
        .any(|allowed| scheme.eq_ignore_ascii_case(allowed));
    let has_target = match scheme.to_ascii_lowercase().as_str() {
        "mailto" => rest.contains('@'),
        _ => rest.starts_with("//") && rest.len() > 2,
    };
    let clean = !address.chars().any(|c| c.is_whitespace() || c.is_control());
    (allowed && has_target && clean).then_some(address)
}

fn normalise_bullets(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut after_list_item = false;
    let mut after_paragraph = false;
    for line in text.lines() {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        let body = match body.strip_prefix(PASTED_BULLETS) {
            Some(rest) => format!("- {}", rest.trim_start()),
            None => body.to_owned(),
        };
        let is_list_item = starts_list_item(&body);
        // A new line starts a paragraph, after a list too: without a blank line Markdown
        // would carry the line on inside the last item.
        if after_list_item && !is_list_item && indent.is_empty() && !body.is_empty() {
            out.push('\n');
        }
        // A numbered line after a paragraph starts a list, at its own number: Markdown lets
        // only a list starting at 1 break into a paragraph, so "2." would run on as text.
        if after_paragraph && is_list_item && indent.is_empty() {
            out.push('\n');
        }
        after_paragraph =
            !is_list_item && !body.is_empty() && (indent.is_empty() || !after_list_item);
        after_list_item = match (body.is_empty(), indent.is_empty()) {
            (true, _) => false,
            // An indented line carries on the item above it.
            (false, false) => after_list_item || is_list_item,
            (false, true) => is_list_item,
        };
        out.push_str(indent);
        out.push_str(&body);
        out.push('\n');
    }
    out
}

/// A line with a pasted bullet (`•` and the like) written as Markdown's `- `.
pub fn bullets_as_markdown(line: &str) -> String {
    match line.trim_start().strip_prefix(PASTED_BULLETS) {
        Some(rest) => format!("- {}", rest.trim_start()),
        None => line.to_owned(),
    }
}

/// Whether a line opens a list item, empty or not: `- `, `* `, `+ `, `1. ` or `1) `.
pub fn starts_list_item(line: &str) -> bool {
    let opens = |rest: &str| rest.is_empty() || rest.starts_with(char::is_whitespace);
    if let Some(rest) = line.strip_prefix(['-', '*', '+']) {
        return opens(rest);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=9).contains(&digits) && line[digits..].strip_prefix(['.', ')']).is_some_and(opens)
}

/// Rewrites the parsed text so that it can only produce the small set of elements a
/// published response uses, and never markup or links the person did not mean.
fn make_safe<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    // Which open links were kept, so their ends match.
    let mut links_kept: Vec<bool> = Vec::new();
    // The innermost open block, to tell a line break inside a paragraph from one in a list.
    let mut blocks: Vec<bool> = Vec::new();
    for event in events {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Paragraph => {
                    blocks.push(true);
                    out.push(Event::Start(Tag::Paragraph));
                }
                Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                    let keep = safe_href(&dest_url).is_some();
                    links_kept.push(keep);
                    // A link's title is left out: the HTML writer does not escape quotes in
                    // it, and a published response has no use for one.
                    if keep {
                        out.push(Event::Start(Tag::Link {
                            link_type: LinkType::Inline,
                            dest_url: CowStr::from(dest_url.trim().to_owned()),
                            title: CowStr::Borrowed(""),
                            id: CowStr::Borrowed(""),
                        }));
                    }
                }
                Tag::Item | Tag::BlockQuote(_) | Tag::List(_) => {
                    blocks.push(false);
                    out.push(Event::Start(tag));
                }
                Tag::Emphasis | Tag::Strong => out.push(Event::Start(tag)),
                // Anything else this parser is not asked to produce; keep its contents only.
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Paragraph => {
                    blocks.pop();
                    trim_trailing_newline(&mut out);
                    out.push(Event::End(TagEnd::Paragraph));
                }
                TagEnd::Link | TagEnd::Image => {
                    let kept = links_kept.pop() == Some(true);
                    out.extend(kept.then_some(Event::End(TagEnd::Link)));
                }
                TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::List(_) => {
                    blocks.pop();
                    out.push(Event::End(end));
                }
                TagEnd::Emphasis | TagEnd::Strong => out.push(Event::End(end)),
                _ => {}
            },
            Event::SoftBreak | Event::HardBreak => {
                if blocks.last() == Some(&true) {
                    out.push(Event::End(TagEnd::Paragraph));
                    out.push(Event::Start(Tag::Paragraph));
                } else {
                    out.push(Event::SoftBreak);
                }
            }
            Event::Text(text) if links_kept.iter().any(|kept| *kept) => {
                out.push(Event::Text(text));
            }
            Event::Text(text) => link_bare_addresses(text, &mut out),
            Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.push(Event::Text(text));
            }
            Event::Rule => out.push(Event::Rule),
            // Footnotes, task lists and maths are not enabled, so never arrive.
            _ => {}
        }
    }
    out
}

/// Turns web and email addresses written out in running text into links.
fn link_bare_addresses<'a>(text: CowStr<'a>, out: &mut Vec<Event<'a>>) {
    let finder = linkify::LinkFinder::new();
    let mut rest_start = 0;
    for link in finder.links(&text) {
        let href = match link.kind() {
            linkify::LinkKind::Email => format!("mailto:{}", link.as_str()),
            _ => link.as_str().to_owned(),
        };
        if safe_href(&href).is_none() {
            continue;
        }
        if link.start() > rest_start {
            out.push(Event::Text(CowStr::from(
                text[rest_start..link.start()].to_owned(),
            )));
        }
        out.push(Event::Start(Tag::Link {
            link_type: LinkType::Inline,
            dest_url: CowStr::from(href),
            title: CowStr::Borrowed(""),
            id: CowStr::Borrowed(""),
        }));
        out.push(Event::Text(CowStr::from(link.as_str().to_owned())));
        out.push(Event::End(TagEnd::Link));
        rest_start = link.end();
    }
    if rest_start == 0 {
        out.push(Event::Text(text));
    } else if rest_start < text.len() {
        out.push(Event::Text(CowStr::from(text[rest_start..].to_owned())));
    }
}

/// Block HTML and code keep the line break that ended them; a paragraph does not need it.
fn trim_trailing_newline(out: &mut [Event<'_>]) {
    if let Some(Event::Text(text)) = out.last_mut() {
        if text.ends_with('\n') {
            *text = CowStr::from(text.trim_end_matches('\n').to_owned());
        }
    }
}

/// Drops elements left with nothing in them (an empty bullet, a paragraph of spaces), and
/// gives a link with no words its own address to read.
fn remove_empty_elements(mut events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    events.retain(|event| !matches!(event, Event::Text(text) if text.is_empty()));
    loop {
        let before = events.len();
        let mut kept: Vec<Event<'_>> = Vec::with_capacity(events.len());
        for event in events {
            let closes_empty = match (&kept.last(), &event) {
                (Some(Event::Start(Tag::Link { .. })), Event::End(TagEnd::Link)) => {
                    if let Some(Event::Start(Tag::Link { dest_url, .. })) = kept.last() {
                        let text = Event::Text(dest_url.clone());
                        kept.push(text);
                    }
                    false
                }
                (Some(Event::Start(start)), Event::End(end)) => start.to_end() == *end,
                _ => false,
            };
            if closes_empty {
                kept.pop();
            } else {
                kept.push(event);
            }
        }
        events = kept;
        if events.len() == before {
            return events;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_paragraphs_and_list_items_without_markup() {
        let found =
            blocks("Our plan:\n\n- **first** step\n- see [the plan](https://x.org)\n\nDone.");
        let texts: Vec<(bool, &str)> = found
            .iter()
            .map(|b| (b.is_list_item, b.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![
                (false, "Our plan:"),
                (true, "first step"),
                (true, "see the plan"),
                (false, "Done.")
            ]
        );
    }

    #[test]
    fn a_new_line_starts_a_new_block() {
        assert_eq!(blocks("One.\nTwo.").len(), 2);
        assert!(blocks(" \n ").is_empty());
    }

    #[test]
    fn links_lists_named_bare_and_broken_links() {
        let found = links(
            "Read [the report](https://a.org/r), [here](example.com), https://b.org, \
             www.c.gov.uk and <https://d.org>. Mail info@e.org.",
        );
        let summary: Vec<(LinkForm, &str, &str)> = found
            .iter()
            .map(|l| (l.form, l.text.as_str(), l.address.as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (LinkForm::Named, "the report", "https://a.org/r"),
                (LinkForm::Named, "here", "example.com"),
                (LinkForm::Bare, "https://b.org", "https://b.org"),
                (LinkForm::NoScheme, "www.c.gov.uk", "www.c.gov.uk"),
                (LinkForm::Bare, "https://d.org", "https://d.org"),
                (LinkForm::Bare, "info@e.org", "mailto:info@e.org"),
            ]
        );
    }

    #[test]
    fn plain_domain_names_in_text_are_not_links() {
        assert!(links("We met gov.uk colleagues and signed v1.2 of the plan.").is_empty());
    }

    #[test]
    fn blank_text_gives_nothing() {
        assert_eq!(to_html(""), "");
        assert_eq!(to_html("  \n\n  \n"), "");
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(to_html("One.\n\nTwo."), "<p>One.</p>\n<p>Two.</p>\n");
    }

    #[test]
    fn a_single_new_line_starts_a_new_paragraph() {
        assert_eq!(to_html("One.\nTwo."), "<p>One.</p>\n<p>Two.</p>\n");
        assert_eq!(to_html("One.\r\nTwo."), "<p>One.</p>\n<p>Two.</p>\n");
    }

    #[test]
    fn dash_star_and_pasted_bullets_make_lists() {
        let expected = "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n";
        assert_eq!(to_html("- one\n- two"), expected);
        assert_eq!(to_html("* one\n* two"), expected);
        assert_eq!(to_html("• one\n•\ttwo"), expected);
    }

    #[test]
    fn a_list_can_follow_a_line_of_text_directly() {
        assert_eq!(
            to_html("Actions:\n- one\n- two"),
            "<p>Actions:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
        );
    }

    #[test]
    fn numbered_lines_make_an_ordered_list() {
        assert_eq!(
            to_html("1. one\n2. two"),
            "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"
        );
    }

    #[test]
    fn a_numbered_list_carried_on_after_a_paragraph_starts_at_its_number() {
        assert_eq!(
            to_html("1. First point\nWhy it matters.\n2. Second point"),
            "<ol>\n<li>First point</li>\n</ol>\n<p>Why it matters.</p>\n<ol start=\"2\">\n<li>Second point</li>\n</ol>\n"
        );
    }

    #[test]
    fn a_list_starting_mid_way_keeps_its_numbers() {
        assert_eq!(
            to_html("3. Third\nExplained.\n4. Fourth\n5. Fifth"),
            "<ol start=\"3\">\n<li>Third</li>\n</ol>\n<p>Explained.</p>\n<ol start=\"4\">\n<li>Fourth</li>\n<li>Fifth</li>\n</ol>\n"
        );
    }

    #[test]
    fn numbers_with_a_bracket_make_lists_too() {
        assert_eq!(
            to_html("1) one\nA note.\n2) two"),
            "<ol>\n<li>one</li>\n</ol>\n<p>A note.</p>\n<ol start=\"2\">\n<li>two</li>\n</ol>\n"
        );
        assert_eq!(
            to_plain("1) one\nA note.\n2) two"),
            "1. one\nA note.\n2. two"
        );
    }

    #[test]
    fn a_bullet_after_a_paragraph_is_unchanged_by_numbering() {
        assert_eq!(
            to_html("Steps:\n- one\nNote.\n- two"),
            "<p>Steps:</p>\n<ul>\n<li>one</li>\n</ul>\n<p>Note.</p>\n<ul>\n<li>two</li>\n</ul>\n"
        );
    }

    #[test]
    fn links_and_emphasis() {
        assert_eq!(
            to_html("See [the plan](https://example.org/plan) **now** or *later*."),
            "<p>See <a href=\"https://example.org/plan\">the plan</a> <strong>now</strong> or <em>later</em>.</p>\n"
        );
    }

    #[test]
    fn bare_addresses_become_links() {
        assert_eq!(
            to_html("Published at https://example.org/a_b_c."),
            "<p>Published at <a href=\"https://example.org/a_b_c\">https://example.org/a_b_c</a>.</p>\n"
        );
        assert_eq!(
            to_html("Write to opcc@example.org"),
            "<p>Write to <a href=\"mailto:opcc@example.org\">opcc@example.org</a></p>\n"
        );
    }

    #[test]
    fn typed_html_is_shown_as_text() {
        let html = to_html("<script>alert('x')</script>\n\nHello <b onmouseover=x>there</b>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert!(html.contains("&lt;script&gt;alert("), "{html}");
        assert!(
            html.contains("&lt;b onmouseover=x&gt;there&lt;/b&gt;"),
            "{html}"
        );
    }

    #[test]
    fn unsafe_link_schemes_are_refused() {
        for address in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java&#9;script:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "/relative/page",
            "//evil.example",
        ] {
            let html = to_html(&format!("[click]({address})"));
            assert!(!html.contains("<a"), "{address} became {html}");
            assert!(html.contains("click"), "{address} lost its text: {html}");
        }
        let autolink = to_html("<javascript:alert(1)>");
        assert!(!autolink.contains("<a"), "{autolink}");
    }

    #[test]
    fn a_link_title_cannot_add_attributes() {
        assert_eq!(
            to_html("[x](https://example.org/ 'x\" onmouseover=\"alert(1)')"),
            "<p><a href=\"https://example.org/\">x</a></p>\n"
        );
    }

    #[test]
    fn images_become_links_not_requests() {
        assert_eq!(
            to_html("![logo](https://example.org/logo.png)"),
            "<p><a href=\"https://example.org/logo.png\">logo</a></p>\n"
        );
    }

    #[test]
    fn headings_and_code_are_plain_paragraphs() {
        assert_eq!(to_html("# Big"), "<p>Big</p>\n");
        assert_eq!(to_html("Title\n---"), "<p>Title</p>\n");
        assert_eq!(to_html("    indented text"), "<p>indented text</p>\n");
        assert_eq!(to_html("a `b` c"), "<p>a b c</p>\n");
    }

    #[test]
    fn ampersands_are_escaped_once() {
        assert_eq!(
            to_html("Avon & Somerset &amp; more"),
            "<p>Avon &amp; Somerset &amp; more</p>\n"
        );
    }

    #[test]
    fn empty_bullets_and_empty_link_text_leave_no_empty_elements() {
        assert_eq!(
            to_html("- one\n-\n- two"),
            "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
        );
        assert_eq!(to_html("-\n-"), "");
        assert_eq!(
            to_html("[](https://example.org)"),
            "<p><a href=\"https://example.org\">https://example.org</a></p>\n"
        );
    }

    #[test]
    fn safe_href_accepts_web_and_mail_addresses_only() {
        assert!(safe_href("https://example.org").is_some());
        assert!(safe_href("HTTP://example.org").is_some());
        assert!(safe_href("mailto:a@example.org").is_some());
        assert!(safe_href("https://").is_none());
        assert!(safe_href("https://exa mple.org").is_none());
        assert!(safe_href("ftp://example.org").is_none());
        assert!(safe_href("example.org").is_none());
    }

    #[test]
    fn a_line_after_a_list_starts_a_paragraph_of_its_own() {
        assert_eq!(
            to_html("We are:\n- one\n- two\nAfter the list."),
            "<p>We are:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>After the list.</p>\n"
        );
        assert_eq!(
            to_html("1. one\nAfter."),
            "<ol>\n<li>one</li>\n</ol>\n<p>After.</p>\n"
        );
        assert_eq!(
            to_html("- one\n  still one"),
            "<ul>\n<li>one\nstill one</li>\n</ul>\n"
        );
    }

    #[test]
    fn plain_text_keeps_lists_numbers_and_link_addresses() {
        assert_eq!(
            to_plain("We are:\n- **one**\n- [two](https://example.org/two)\n\n1. first\n2. see https://example.org\nEnd."),
            "We are:\n- one\n- two (https://example.org/two)\n1. first\n2. see https://example.org\nEnd."
        );
        assert_eq!(to_plain("<b>typed</b> & kept"), "<b>typed</b> & kept");
    }

    #[test]
    fn paragraphs_carry_lists_emphasis_and_links() {
        let found = paragraphs("One **bold** *it*\n- [link](https://example.org)\n1. first");
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].list, None);
        assert_eq!(
            found[0].spans,
            [
                Span {
                    text: "One ".into(),
                    ..Span::default()
                },
                Span {
                    text: "bold".into(),
                    bold: true,
                    ..Span::default()
                },
                Span {
                    text: " ".into(),
                    ..Span::default()
                },
                Span {
                    text: "it".into(),
                    italic: true,
                    ..Span::default()
                },
            ]
        );
        assert_eq!(found[1].list, Some(ListMark::Bullet));
        assert_eq!(
            found[1].spans[0].link.as_deref(),
            Some("https://example.org")
        );
        assert_eq!(found[2].list, Some(ListMark::Number(1)));
        assert!(paragraphs("[x](javascript:alert(1))")[0]
            .spans
            .iter()
            .all(|s| s.link.is_none()));
    }

    #[test]
    fn a_bare_address_is_named_with_the_words_given() {
        let text = "Read it at https://example.org/report. Then https://example.org/report again.";
        let named = name_link(text, "https://example.org/report", " the  full report ").unwrap();
        assert_eq!(
            named,
            "Read it at [the full report](https://example.org/report). Then https://example.org/report again."
        );
        assert_eq!(
            to_html(&named),
            "<p>Read it at <a href=\"https://example.org/report\">the full report</a>. Then <a href=\"https://example.org/report\">https://example.org/report</a> again.</p>\n"
        );
    }

    #[test]
    fn naming_a_link_skips_named_links_and_escapes_brackets() {
        let text = "[Plan](https://example.org/p) and https://example.org/p";
        let named = name_link(text, "https://example.org/p", "the [draft] plan").unwrap();
        assert_eq!(
            named,
            "[Plan](https://example.org/p) and [the \\[draft\\] plan](https://example.org/p)"
        );
        assert!(to_html(&named).contains(">the [draft] plan</a>"));
        assert_eq!(name_link(text, "https://example.org/p", "  "), None);
        assert_eq!(
            name_link("nothing here", "https://example.org/p", "words"),
            None
        );
        assert_eq!(
            name_link(
                "https://example.org/pages",
                "https://example.org/p",
                "words"
            ),
            None,
            "not part of a longer address"
        );
    }
}
