//! Every output held to one safety standard: hostile text in every field of a draft never
//! becomes active content in the HTML fragment, the standalone page, the Markdown (rendered by a
//! lenient CommonMark renderer that lets raw HTML through, as some websites do), the plain
//! text or the Word document.

use drafter_core::dates::from_calendar;
use drafter_core::markup::safe_href;
use drafter_core::{
    docx, markdown, plain, render_with, standalone, template, Draft, Item, ItemKind,
    PublishOptions, Role,
};
use scraper::{Html, Node};
use std::io::Read;

fn payloads() -> Vec<String> {
    include_str!("hostile/payloads.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(decode)
        .collect()
}

/// `{NL}` is a new line and `{U+XXXX}` a character by its code.
fn decode(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("{NL}") {
            out.push('\n');
            rest = after;
        } else if let Some(code) = rest
            .strip_prefix("{U+")
            .and_then(|r| r.get(..4).filter(|_| r[4..].starts_with('}')))
        {
            out.push(char::from_u32(u32::from_str_radix(code, 16).unwrap()).unwrap());
            rest = &rest[8..];
        } else {
            out.push('{');
            rest = &rest[1..];
        }
    }
    out + rest
}

/// The fields a person can type into, each given `text` in turn.
const FIELDS: [&str; 20] = [
    "report title",
    "inspectorate",
    "report link",
    "body",
    "role in own words",
    "signatory name",
    "signatory title",
    "introduction",
    "chief constable's comments",
    "comments from",
    "reply",
    "item kind in own words",
    "item number",
    "addressed to",
    "item text",
    "response",
    "status",
    "lead agency",
    "closing",
    "published page address",
];

fn draft_with(field: &str, text: &str) -> Draft {
    let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
    draft.report.title = "A report".into();
    draft.report.published = from_calendar(2025, 6, 12);
    draft.report.link = "https://example.org/report".into();
    draft.items = vec![Item::new(ItemKind::Recommendation, "1")];
    draft.items[0].text = "The force should act.".into();
    draft.items[0].response = "We have.".into();
    let item = &mut draft.items[0];
    let text = text.to_owned();
    match field {
        "report title" => draft.report.title = text,
        "inspectorate" => draft.report.inspectorate = text,
        "report link" => draft.report.link = text,
        "body" => draft.responder.body = text,
        "role in own words" => draft.responder.role = Role::Other(text),
        "signatory name" => draft.responder.signatory_name = text,
        "signatory title" => draft.responder.signatory_title = text,
        "introduction" => draft.introduction = text,
        "chief constable's comments" => draft.chief_constable.comments = text,
        "comments from" => {
            draft.chief_constable.comments = "Comments.".into();
            draft.chief_constable.attribution = text;
        }
        "reply" => draft.chief_constable.reply = text,
        "item kind in own words" => item.kind = ItemKind::Custom(text),
        "item number" => item.number = text,
        "addressed to" => item.addressee = text,
        "item text" => item.text = text,
        "response" => item.response = text,
        "status" => item.status = text,
        "lead agency" => item.lead_agency = text,
        "closing" => draft.closing = text,
        "published page address" => draft.life.section_55.address = text,
        other => panic!("no field {other}"),
    }
    draft
}

/// Elements a published response is made of, and those of the standalone page's frame.
const ELEMENTS: [&str; 22] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "blockquote",
    "hr",
    "br",
    "time",
    "section",
    "div",
    "main",
    "html",
    "body",
];
const PAGE_FRAME: [&str; 4] = ["head", "meta", "title", "style"];
const ATTRIBUTES: [&str; 4] = ["href", "start", "datetime", "class"];
const PAGE_ATTRIBUTES: [&str; 6] = ["lang", "charset", "name", "content", "http-equiv", "title"];

/// The first piece of active content in `html`, as a browser would parse it: an element other
/// than those a response is made of, an attribute other than its own, or a link whose address
/// is not a web or mail address.
fn active_content(html: &str, page: bool) -> Option<String> {
    let parsed = if page {
        Html::parse_document(html)
    } else {
        Html::parse_fragment(html)
    };
    for node in parsed.tree.nodes() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        let name = element.name();
        let framed = page && PAGE_FRAME.contains(&name);
        if !ELEMENTS.contains(&name) && !framed {
            return Some(format!("a <{name}> element"));
        }
        for (attribute, value) in element.attrs() {
            let allowed = ATTRIBUTES.contains(&attribute)
                || (framed || name == "html") && PAGE_ATTRIBUTES.contains(&attribute);
            if !allowed {
                return Some(format!("{attribute}=\"{value}\" on <{name}>"));
            }
            if attribute == "href" && safe_href(value) != Some(value) {
                return Some(format!("a link to {value:?}"));
            }
            if attribute == "class"
                && !value
                    .split(' ')
                    .all(|c| c.starts_with("rd-") || c == "page")
            {
                return Some(format!("class {value:?}"));
            }
            if attribute == "http-equiv" && !value.eq_ignore_ascii_case("Content-Security-Policy") {
                return Some(format!("http-equiv {value:?}"));
            }
        }
    }
    if page {
        let styles = parsed
            .select(&scraper::Selector::parse("style").unwrap())
            .count();
        let metas = parsed
            .select(&scraper::Selector::parse("meta").unwrap())
            .count();
        if styles != 1 || metas != 4 {
            return Some(format!("{styles} stylesheets and {metas} meta elements"));
        }
    }
    None
}

fn markdown_as_html(markdown: &str) -> String {
    let mut html = String::new();
    let parser = pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::all());
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

/// Word's elements a response uses; anything else (fields, embedded objects, other documents
/// pulled in) would be active content.
const WORD_ELEMENTS: [&str; 19] = [
    "w:document",
    "w:body",
    "w:p",
    "w:pPr",
    "w:pStyle",
    "w:numPr",
    "w:ilvl",
    "w:numId",
    "w:r",
    "w:rPr",
    "w:t",
    "w:br",
    "w:b",
    "w:i",
    "w:rStyle",
    "w:hyperlink",
    "w:sectPr",
    "w:pgSz",
    "w:pgMar",
];

fn word_problem(bytes: &[u8]) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    for name in names {
        let mut xml = String::new();
        archive.by_name(&name).ok()?.read_to_string(&mut xml).ok()?;
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            let element = match reader.read_event() {
                Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => e,
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => continue,
                Err(error) => return Some(format!("{name} is not well-formed: {error}")),
            };
            let tag = String::from_utf8_lossy(element.name().as_ref()).into_owned();
            if name == "word/document.xml" && !WORD_ELEMENTS.contains(&tag.as_str()) {
                return Some(format!("<{tag}> in {name}"));
            }
            if tag == "Relationship" {
                let attribute = |key: &str| -> Option<String> {
                    let found = element.try_get_attribute(key).ok().flatten()?;
                    let raw = String::from_utf8_lossy(&found.value).into_owned();
                    quick_xml::escape::unescape(&raw)
                        .ok()
                        .map(|v| v.into_owned())
                };
                if attribute("TargetMode").as_deref() == Some("External") {
                    let target = attribute("Target").unwrap_or_default();
                    if safe_href(&target) != Some(target.as_str()) {
                        return Some(format!("a link to {target:?} in {name}"));
                    }
                }
            }
        }
        if name == "docProps/core.xml" {
            let elements = xml.matches("<dc:").count() + xml.matches("<cp:").count();
            if elements != 5 {
                return Some(format!("{elements} elements in {name}"));
            }
        }
    }
    None
}

#[test]
fn no_hostile_text_becomes_active_content_in_any_output() {
    let payloads = payloads();
    assert!(payloads.len() >= 150, "{} payloads", payloads.len());
    let options = [
        PublishOptions::default(),
        PublishOptions {
            class_hooks: true,
            first_heading: 3,
            ..PublishOptions::default()
        },
    ];
    let mut tries = 0;
    let mut problems = Vec::new();
    for payload in &payloads {
        for field in FIELDS {
            let draft = draft_with(field, payload);
            let mut check = |output: &str, problem: Option<String>| {
                tries += 1;
                if let Some(problem) = problem {
                    problems.push(format!("{output}, {field}, {payload:?}: {problem}"));
                }
            };
            for o in &options {
                check("HTML", active_content(&render_with(&draft, o), false));
                check(
                    "standalone page",
                    active_content(&standalone::page(&draft, o), true),
                );
                let md = markdown::markdown(&draft, o);
                check("Markdown", active_content(&markdown_as_html(&md), false));
            }
            // Plain text is pasted where HTML is not read; still, nothing in it may be a
            // control character that a terminal or editor would act on.
            let text = plain::readable(&draft);
            check(
                "plain text",
                text.chars()
                    .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
                    .map(|c| format!("control character {c:?}")),
            );
            check("Word", word_problem(&docx::document(&draft, true)));
        }
    }
    println!(
        "{tries} tries ({} payloads × {} fields × 8 outputs): {} problems",
        payloads.len(),
        FIELDS.len(),
        problems.len()
    );
    assert!(
        problems.is_empty(),
        "{} of {tries} tries gave active content; the first:\n{}",
        problems.len(),
        problems[..problems.len().min(15)].join("\n")
    );
}

#[test]
fn the_checker_finds_active_content() {
    assert!(active_content("<p>x</p><img src=x onerror=alert(1)>", false).is_some());
    assert!(active_content("<a href=\"javascript:alert(1)\">x</a>", false).is_some());
    assert!(active_content("<p onclick=\"x\">x</p>", false).is_some());
    assert!(active_content(
        "<p>&lt;script&gt;</p><a href=\"https://x.org\">x</a>",
        false
    )
    .is_none());
    assert!(markdown_as_html("\\\\<img src=x>").contains("<img"));
}
