//! The response as a Word document, for the sign-off round most offices still run by email:
//! real headings (Heading 1 to 3), bulleted and numbered lists, and working links.
//!
//! The WordprocessingML is written here and packed as a stored zip. A general-purpose document
//! crate (docx-rs) did the same for about 230 KB more of compressed download, most of it code
//! for reading documents and for features a response never uses; the tests read the result
//! back with that crate and with the `zip` crate.

use crate::dates::uk_long;
use crate::diff::{self, Budget, Tag};
use crate::markup::{self, ListMark, Paragraph as MarkupParagraph, Span};
use crate::model::{Draft, Item};

const BULLETS: usize = 1;
/// Numbered lists each get their own numbering, from this id up, so each starts at its own
/// first number.
const FIRST_NUMBERED_LIST: usize = 2;

/// The `.docx` file's bytes; with `with_record`, the section 55 record follows on a page of
/// its own, for the office's files (it is never part of what is published).
pub fn document(draft: &Draft, with_record: bool) -> Vec<u8> {
    body(draft, with_record).pack(&properties(draft, &crate::standalone::title(draft)))
}

/// The draft as a Word document in which what changed since `since` is tracked, as Word's
/// own Track Changes would show it, by `author` at `when` (ISO 8601, UTC): paragraphs added
/// or removed whole, and within a changed paragraph the words inserted and deleted, to be
/// accepted or rejected in Word. A changed paragraph's text is written plain. The flag says
/// whether some paragraphs changed too much to compare word by word in good time, and so are
/// tracked as removed and added whole.
pub fn document_with_changes(
    draft: &Draft,
    since: &Draft,
    since_name: &str,
    author: &str,
    when: &str,
) -> (Vec<u8>, bool) {
    let mut now = body(draft, false);
    let before = body(since, false);
    let old: Vec<&str> = before.blocks.iter().map(|b| b.text.as_str()).collect();
    let new: Vec<&str> = now.blocks.iter().map(|b| b.text.as_str()).collect();
    let mut tracker = Tracker {
        author: escape(author),
        when: escape(when),
        next_id: 1,
        budget: Budget::default(),
        replaced_whole: false,
    };
    let mut xml = String::new();
    let (ops, replaced_whole) = diff::slices_or_replaced(&old, &new, &tracker.budget);
    tracker.replaced_whole = replaced_whole;
    for op in ops {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        match op.tag() {
            similar::DiffTag::Equal => {
                for block in &now.blocks[new_range] {
                    xml.push_str(&block.xml());
                }
            }
            _ => {
                // Changed paragraphs paired in order; any left over were added or removed whole.
                let olds = &before.blocks[old_range];
                let news = &now.blocks[new_range];
                for pair in 0..olds.len().max(news.len()) {
                    xml.push_str(&match (olds.get(pair), news.get(pair)) {
                        (Some(old), Some(new)) => tracker.changed(old, new),
                        (Some(old), None) => tracker.removed(old),
                        (None, Some(new)) => tracker.added(new),
                        (None, None) => String::new(),
                    });
                }
            }
        }
    }
    now.blocks = vec![Block {
        properties: String::new(),
        runs: String::new(),
        text: String::new(),
        raw: Some(xml),
    }];
    // Its title says what it is, so it is never taken for the clean copy.
    let title = format!(
        "{}: changes since {since_name}",
        crate::standalone::title(draft)
    );
    (now.pack(&properties(draft, &title)), tracker.replaced_whole)
}

/// The document's paragraphs, from the draft.
fn body(draft: &Draft, with_record: bool) -> Body {
    let mut body = Body::default();
    body.report_line(draft);
    body.heading(1, &draft.responder.heading());
    body.field(&draft.introduction);
    let comments = &draft.chief_constable;
    if !comments.comments.trim().is_empty() {
        body.heading(2, "Chief constable’s comments");
        body.field(&comments.comments);
        body.labelled("From", &comments.attribution);
    }
    if !comments.reply.trim().is_empty() {
        body.heading(2, "Reply to the chief constable’s comments");
        body.field(&comments.reply);
    }
    for item in &draft.items {
        body.item(item);
    }
    body.signature(draft);
    body.field(&draft.closing);
    if with_record {
        body.record_appendix(draft);
    }
    body
}

/// Writes the tracked changes: each with its own id, its author and its time.
struct Tracker {
    author: String,
    when: String,
    next_id: usize,
    /// Shared by every paragraph's comparison, so a long draft is tracked in bounded time.
    budget: Budget,
    replaced_whole: bool,
}

impl Tracker {
    fn mark(&mut self, kind: &str) -> String {
        let id = self.next_id;
        self.next_id += 1;
        format!(
            r#"w:{kind} w:id="{id}" w:author="{}" w:date="{}""#,
            self.author, self.when
        )
    }

    fn inserted(&mut self, text: &str) -> String {
        let mark = self.mark("ins");
        format!(r#"<{mark}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>"#)
    }

    fn deleted(&mut self, text: &str) -> String {
        let mark = self.mark("del");
        format!(r#"<{mark}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>"#)
    }

    /// A paragraph whose mark itself was added or removed.
    fn paragraph(&mut self, kind: &str, properties: &str, runs: &str) -> String {
        let mark = self.mark(kind);
        format!("<w:p><w:pPr>{properties}<w:rPr><{mark}/></w:rPr></w:pPr>{runs}</w:p>")
    }

    fn added(&mut self, block: &Block) -> String {
        let runs = self.inserted(&block.text);
        self.paragraph("ins", &block.properties, &runs)
    }

    fn removed(&mut self, block: &Block) -> String {
        let runs = self.deleted(&block.text);
        self.paragraph("del", &block.properties, &runs)
    }

    /// One paragraph in both, its words compared.
    fn changed(&mut self, old: &Block, new: &Block) -> String {
        let diff = diff::words(old.text.as_str(), new.text.as_str(), &self.budget);
        self.replaced_whole |= diff.replaced_whole;
        // Words of one kind in a row make one run: "warmly " rather than "warmly" and " ".
        let mut pieces: Vec<(Tag, String)> = Vec::new();
        for (tag, text) in diff.runs {
            match pieces.last_mut() {
                Some((last, joined)) if *last == tag => joined.push_str(text),
                _ => pieces.push((tag, text.to_owned())),
            }
        }
        let mut runs = String::new();
        for (tag, text) in pieces {
            runs.push_str(&match tag {
                Tag::Equal => format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#),
                Tag::Inserted => self.inserted(&text),
                Tag::Deleted => self.deleted(&text),
            });
        }
        let properties = match new.properties.as_str() {
            "" => String::new(),
            properties => format!("<w:pPr>{properties}</w:pPr>"),
        };
        format!("<w:p>{properties}{runs}</w:p>")
    }
}

/// The document's title, subject and author, as Word shows them under File, Info.
fn properties(draft: &Draft, title: &str) -> String {
    let subject = match draft.report.title.trim() {
        "" => "Response to an inspection report".to_owned(),
        report => format!("Response to the inspection report ‘{report}’"),
    };
    let author = match draft.responder.signatory_name.trim() {
        "" => draft.responder.who(),
        name => name.to_owned(),
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>"#,
        escape(title),
        escape(&subject),
        escape(&author)
    )
}

/// The document's paragraphs, its links and its numbered lists, as they are written.
#[derive(Default)]
struct Body {
    blocks: Vec<Block>,
    links: Vec<String>,
    /// The first number of each numbered list, in order.
    numbered_lists: Vec<u64>,
}

/// One paragraph: its properties, its runs, and its text (escaped, as written), by which a
/// paragraph is matched with another version's.
struct Block {
    properties: String,
    runs: String,
    text: String,
    /// Paragraphs written out already, as tracked changes are.
    raw: Option<String>,
}

impl Block {
    fn xml(&self) -> String {
        if let Some(raw) = &self.raw {
            return raw.clone();
        }
        let properties = match self.properties.as_str() {
            "" => String::new(),
            properties => format!("<w:pPr>{properties}</w:pPr>"),
        };
        format!("<w:p>{properties}{}</w:p>", self.runs)
    }
}

/// The text of runs: what stands in their `<w:t>` elements, escaped as it is there.
fn text_of(runs: &str) -> String {
    let mut text = String::new();
    let mut rest = runs;
    while let Some(start) = rest.find("<w:t") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let inner = &after[open_end + 1..];
        let Some(close) = inner.find("</w:t>") else {
            break;
        };
        text.push_str(&inner[..close]);
        rest = &inner[close..];
    }
    text
}

impl Body {
    fn paragraph(&mut self, properties: &str, runs: &str) {
        self.blocks.push(Block {
            properties: properties.to_owned(),
            runs: runs.to_owned(),
            text: text_of(runs),
            raw: None,
        });
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.paragraph(
            &format!(r#"<w:pStyle w:val="Heading{level}"/>"#),
            &run(text, ""),
        );
    }

    /// A run linking to `address`: the address goes in the relationships, the run points to it.
    fn link(&mut self, address: &str, text: &str, look: &str) -> String {
        self.links.push(address.to_owned());
        format!(
            r#"<w:hyperlink r:id="rIdLink{}" w:history="1">{}</w:hyperlink>"#,
            self.links.len(),
            run(text, &format!(r#"<w:rStyle w:val="Hyperlink"/>{look}"#))
        )
    }

    fn report_line(&mut self, draft: &Draft) {
        let report = &draft.report;
        let title = report.title.trim();
        if title.is_empty() && report.published.is_none() {
            return;
        }
        let mut runs = String::new();
        if title.is_empty() {
            runs.push_str(&run("Inspection report", ""));
        } else {
            runs.push_str(&run("'", ""));
            match markup::safe_href(&report.link) {
                Some(href) => runs.push_str(&self.link(href, title, "")),
                None => runs.push_str(&run(title, "")),
            }
            runs.push_str(&run("'", ""));
        }
        let mut rest = " published".to_owned();
        if !report.inspectorate.trim().is_empty() {
            rest.push_str(&format!(" by {}", report.inspectorate.trim()));
        }
        if let Some(date) = report.published {
            rest.push_str(&format!(" on {}", uk_long(date)));
        }
        runs.push_str(&run(&rest, ""));
        self.paragraph("", &runs);
    }

    fn item(&mut self, item: &Item) {
        let heading = item.heading();
        if !heading.is_empty() {
            self.heading(2, &heading);
        }
        self.labelled("Addressed to", &item.addressee);
        self.field(&item.text);
        if [&item.lead_agency, &item.status, &item.response]
            .iter()
            .any(|text| !text.trim().is_empty())
        {
            self.heading(3, "Response");
            self.labelled("Lead agency", &item.lead_agency);
            self.labelled("Status", &item.status);
            self.field(&item.response);
        }
    }

    fn labelled(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            let runs = run(&format!("{label}: "), "<w:b/>") + &run(value.trim(), "");
            self.paragraph("", &runs);
        }
    }

    /// The stage, the section 55 record and any corrections, after a page break.
    fn record_appendix(&mut self, draft: &Draft) {
        let life = &draft.life;
        self.paragraph("", r#"<w:r><w:br w:type="page"/></w:r>"#);
        self.heading(1, "Appendix: section 55 record");
        self.labelled("Stage", life.stage().label());
        for (label, value) in life.section_55.lines() {
            self.labelled(label, &value);
        }
        if !life.corrections.is_empty() {
            let days: Vec<String> = life.corrections.iter().map(|day| uk_long(*day)).collect();
            self.labelled("Corrected after publication", &days.join(", "));
        }
    }

    fn signature(&mut self, draft: &Draft) {
        let lines: Vec<String> = [
            &draft.responder.signatory_name,
            &draft.responder.signatory_title,
        ]
        .into_iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(|line| run(line, ""))
        .collect();
        if !lines.is_empty() {
            self.paragraph("", &lines.join("<w:r><w:br/></w:r>"));
        }
    }

    /// A text field: paragraphs, and lists; each numbered list counts from its first number,
    /// so one carried on after a paragraph goes on where it left off.
    fn field(&mut self, text: &str) {
        let mut previous_list = None;
        for MarkupParagraph { list, spans } in markup::paragraphs(text) {
            let runs: String = spans.iter().map(|span| self.span(span)).collect();
            let properties = match list {
                Some(mark) => {
                    let id = match mark {
                        ListMark::Bullet => BULLETS,
                        ListMark::Number(number) => {
                            if !matches!(previous_list, Some(ListMark::Number(_))) {
                                self.numbered_lists.push(number);
                            }
                            FIRST_NUMBERED_LIST + self.numbered_lists.len() - 1
                        }
                    };
                    format!(
                        r#"<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{id}"/></w:numPr>"#
                    )
                }
                None => String::new(),
            };
            previous_list = list;
            self.paragraph(&properties, &runs);
        }
    }

    fn span(&mut self, span: &Span) -> String {
        let mut look = String::new();
        if span.bold {
            look.push_str("<w:b/>");
        }
        if span.italic {
            look.push_str("<w:i/>");
        }
        match span.link.as_deref().and_then(markup::safe_href) {
            Some(href) => self.link(href, &span.text, &look),
            None => run(&span.text, &look),
        }
    }

    fn pack(self, properties: &str) -> Vec<u8> {
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
            self.blocks.iter().map(Block::xml).collect::<String>()
        );
        let links: String = self
            .links
            .iter()
            .enumerate()
            .map(|(index, address)| {
                format!(
                    r#"<Relationship Id="rIdLink{}" Type="{R}/hyperlink" Target="{}" TargetMode="External"/>"#,
                    index + 1,
                    escape(address)
                )
            })
            .collect();
        let relationships = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rIdStyles" Type="{R}/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="{R}/numbering" Target="numbering.xml"/>{links}</Relationships>"#
        );
        let numbered: String = self
            .numbered_lists
            .iter()
            .enumerate()
            .map(|(n, start)| {
                format!(
                    r#"<w:num w:numId="{}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>"#,
                    FIRST_NUMBERED_LIST + n
                )
            })
            .collect();
        let numbering = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">{}{}<w:num w:numId="{BULLETS}"><w:abstractNumId w:val="1"/></w:num>{numbered}</w:numbering>"#,
            list_style(1, "bullet", "•"),
            list_style(2, "decimal", "%1."),
        );
        let parts = [
            ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
            ("_rels/.rels", PACKAGE_RELS.to_owned()),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", relationships),
            ("word/styles.xml", styles()),
            ("word/numbering.xml", numbering),
            ("docProps/core.xml", properties.to_owned()),
        ];
        stored_zip(&parts)
    }
}

/// The checksum zip files use (CRC-32, as in ISO HDLC).
const ZIP_CRC: crc::Crc<u32, crc::Table<1>> =
    crc::Crc::<u32, crc::Table<1>>::new(&crc::CRC_32_ISO_HDLC);

/// A zip archive of `parts`, stored without compression: all a `.docx` needs. (The `zip`
/// crate wrote the same for about 40 KB more of compressed download; it reads these back in
/// the tests.)
fn stored_zip(parts: &[(&str, String)]) -> Vec<u8> {
    fn u16le(out: &mut Vec<u8>, n: usize) {
        out.extend_from_slice(&(n as u16).to_le_bytes());
    }
    fn u32le(out: &mut Vec<u8>, n: usize) {
        out.extend_from_slice(&(n as u32).to_le_bytes());
    }
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in parts {
        let crc = ZIP_CRC.checksum(content.as_bytes()) as usize;
        let offset = out.len();
        // Local header: version 2.0, no flags, stored, a fixed time (1 January 1980).
        for (into, at) in [(&mut out, None), (&mut directory, Some(offset))] {
            u32le(
                into,
                if at.is_some() {
                    0x0201_4b50
                } else {
                    0x0403_4b50
                },
            );
            if at.is_some() {
                u16le(into, 20); // made by
            }
            for field in [20, 0, 0, 0, 0x21] {
                u16le(into, field); // needed, flags, method, time, date
            }
            u32le(into, crc);
            u32le(into, content.len());
            u32le(into, content.len());
            u16le(into, name.len());
            u16le(into, 0); // extra
            if let Some(offset) = at {
                for field in [0, 0, 0] {
                    u16le(into, field); // comment, disk, internal attributes
                }
                u32le(into, 0); // external attributes
                u32le(into, offset);
            }
            into.extend_from_slice(name.as_bytes());
            if at.is_none() {
                into.extend_from_slice(content.as_bytes());
            }
        }
    }
    let directory_at = out.len();
    out.extend_from_slice(&directory);
    u32le(&mut out, 0x0605_4b50);
    for field in [0, 0, parts.len(), parts.len()] {
        u16le(&mut out, field);
    }
    u32le(&mut out, directory.len());
    u32le(&mut out, directory_at);
    u16le(&mut out, 0);
    out
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdDocument" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

/// Normal text in Arial, the three heading levels, list paragraphs and links.
fn styles() -> String {
    let heading = |level: usize, half_points: usize| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="{}"/></w:pPr><w:rPr><w:b/><w:sz w:val="{half_points}"/></w:rPr></w:style>"#,
            level - 1
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>{}{}{}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="1D70B8"/><w:u w:val="single"/></w:rPr></w:style></w:styles>"#,
        heading(1, 36),
        heading(2, 30),
        heading(3, 26)
    )
}

fn list_style(id: usize, format: &str, text: &str) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"#
    )
}

/// A run of text with the given look (`<w:rPr>` content).
fn run(text: &str, look: &str) -> String {
    let properties = if look.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{look}</w:rPr>")
    };
    format!(
        r#"<w:r>{properties}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        escape(text)
    )
}

/// Text safe inside XML: markup characters escaped, and the control characters XML cannot
/// hold at all left out (a pasted one would stop Word opening the file).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::from_calendar;
    use crate::template;
    use std::io::Read;

    fn part(bytes: &[u8], name: &str) -> String {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap_or_else(|_| panic!("{name} in the document"))
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    fn draft() -> Draft {
        let mut draft = template::new_draft_dated(from_calendar(2025, 8, 7));
        draft.report.title = "An inspection".into();
        draft.report.link = "https://hmicfrs.example/report".into();
        draft.report.published = from_calendar(2025, 6, 12);
        draft.responder.body = "Kent".into();
        draft.introduction = "We **welcome** it.\n- one\n- two\n1. first\n2. second".into();
        draft.items[0].text = "Do it.".into();
        draft.items[0].status = "In progress".into();
        draft.items[0].response = "See [the plan](https://opcc.example/plan) & <b>more</b>.".into();
        draft
    }

    #[test]
    fn the_document_has_real_headings_lists_and_links() {
        let bytes = document(&draft(), false);
        let body = part(&bytes, "word/document.xml");
        assert!(
            !body.contains("section 55 record"),
            "no appendix unless asked"
        );
        for expected in [
            r#"<w:pStyle w:val="Heading1"/>"#,
            "Kent PCC response dated 7 August 2025",
            r#"<w:pStyle w:val="Heading2"/>"#,
            "Recommendation 1",
            r#"<w:pStyle w:val="Heading3"/>"#,
            "&lt;b&gt;",
            "<w:numId w:val=\"1\"/>",
            "<w:numId w:val=\"2\"/>",
            "<w:b/>",
        ] {
            assert!(body.contains(expected), "{expected} in {body}");
        }
        let relations = part(&bytes, "word/_rels/document.xml.rels");
        assert!(
            relations.contains("https://opcc.example/plan"),
            "{relations}"
        );
        assert!(
            relations.contains("https://hmicfrs.example/report"),
            "{relations}"
        );
        let styles = part(&bytes, "word/styles.xml");
        assert!(
            styles.contains(r#"w:styleId="Heading1""#)
                && styles.contains(r#"<w:name w:val="heading 1"/>"#),
            "{styles}"
        );
        let numbering = part(&bytes, "word/numbering.xml");
        assert!(
            numbering.contains(r#"<w:numFmt w:val="bullet"/>"#)
                && numbering.contains(r#"<w:numFmt w:val="decimal"/>"#)
        );
        assert!(part(&bytes, "[Content_Types].xml").contains("wordprocessingml.document.main+xml"));
    }

    #[test]
    fn every_part_is_well_formed_xml() {
        let bytes = document(&draft(), false);
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
        for name in names
            .iter()
            .filter(|n| n.ends_with(".xml") || n.ends_with(".rels"))
        {
            let mut text = String::new();
            archive
                .by_name(name)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            let mut reader = quick_xml::Reader::from_str(&text);
            let mut open = 0usize;
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Start(_)) => open += 1,
                    Ok(quick_xml::events::Event::End(_)) => open -= 1,
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(error) => panic!("{name} is not well-formed XML: {error}"),
                }
            }
            assert_eq!(open, 0, "{name}: elements left open");
        }
    }

    #[test]
    fn the_document_carries_its_title_subject_and_author() {
        let mut draft = draft();
        draft.responder.signatory_name = "A <Person>".into();
        let bytes = document(&draft, false);
        let properties = part(&bytes, "docProps/core.xml");
        assert!(properties.contains("<dc:title>Kent PCC response: An inspection</dc:title>"));
        assert!(properties.contains(
            "<dc:subject>Response to the inspection report ‘An inspection’</dc:subject>"
        ));
        assert!(properties.contains("<dc:creator>A &lt;Person&gt;</dc:creator>"));
        assert!(part(&bytes, "_rels/.rels").contains("Target=\"docProps/core.xml\""));
        assert!(part(&bytes, "[Content_Types].xml").contains("/docProps/core.xml"));
        draft.responder.signatory_name.clear();
        let properties = part(&document(&draft, false), "docProps/core.xml");
        assert!(
            properties.contains("<dc:creator>Kent PCC</dc:creator>"),
            "{properties}"
        );
    }

    #[test]
    fn a_numbered_list_carried_on_after_a_paragraph_keeps_its_numbers() {
        let mut draft = draft();
        draft.introduction = String::new();
        draft.items[0].response = "1. first\nWhy.\n2. second\n3. third\n\nThen:\n5) fifth".into();
        let bytes = document(&draft, false);
        let numbering = part(&bytes, "word/numbering.xml");
        let starts: Vec<&str> = numbering
            .split("<w:startOverride w:val=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        assert_eq!(starts, ["1", "2", "5"]);
    }

    #[test]
    fn each_numbered_list_starts_at_its_number_and_hostile_text_stays_text() {
        let mut draft = draft();
        draft.closing = "1. again\n\nBreak.\n\n1. and again \u{7}\u{0}bell".into();
        let bytes = document(&draft, false);
        let numbering = part(&bytes, "word/numbering.xml");
        assert_eq!(
            numbering.matches("<w:startOverride w:val=\"1\"/>").count(),
            3
        );
        let body = part(&bytes, "word/document.xml");
        assert!(
            body.contains("and again bell"),
            "control characters are left out"
        );
    }

    #[test]
    fn a_word_document_reader_opens_it_and_finds_the_headings() {
        let bytes = document(&draft(), false);
        let read = docx_rs::read_docx(&bytes).expect("a valid Word document");
        let styles: Vec<String> = read
            .document
            .children
            .iter()
            .filter_map(|child| match child {
                docx_rs::DocumentChild::Paragraph(p) => {
                    p.property.style.as_ref().map(|s| s.val.clone())
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            styles,
            [
                "Heading1",
                "ListParagraph",
                "ListParagraph",
                "ListParagraph",
                "ListParagraph",
                "Heading2",
                "Heading3"
            ]
        );
        assert!(read.styles.styles.iter().any(|s| s.style_id == "Heading2"));
    }

    #[test]
    fn the_section_55_record_is_an_appendix_on_its_own_page_when_asked() {
        let mut draft = draft();
        draft.life.section_55.invited = crate::life::Step::On(from_calendar(2025, 6, 13).unwrap());
        draft.life.section_55.no_comments = true;
        draft.life.publish(
            from_calendar(2025, 8, 1).unwrap(),
            "https://opcc.example/r&s",
        );
        draft
            .life
            .record_correction(from_calendar(2025, 9, 2).unwrap());
        let body = part(&document(&draft, true), "word/document.xml");
        let appendix = &body[body.find(r#"<w:br w:type="page"/>"#).expect("a page break")..];
        for expected in [
            "Appendix: section 55 record",
            "Published",
            "Chief constable invited to comment: ",
            "13 June 2025",
            "None: the chief constable had no comments",
            "1 August 2025, at https://opcc.example/r&amp;s",
            "Copy sent to the Home Secretary: ",
            "Not yet",
            "Corrected after publication: ",
            "2 September 2025",
        ] {
            assert!(appendix.contains(expected), "{expected} in {appendix}");
        }
    }

    /// The words of each kind of run in a document as a word processor reads it: kept,
    /// inserted and deleted (the reader keeps deleted words to itself: their text is read from
    /// the XML), with the authors of the changes.
    fn tracked(bytes: &[u8]) -> (Vec<String>, Vec<String>, Vec<String>, Vec<String>) {
        use docx_rs::{DeleteChild, InsertChild, ParagraphChild, RunChild};
        let read = docx_rs::read_docx(bytes).expect("a valid Word document");
        let (mut kept, mut inserted, mut deleted, mut authors) = (vec![], vec![], vec![], vec![]);
        let text = |run: &docx_rs::Run| -> String {
            run.children
                .iter()
                .map(|child| match child {
                    RunChild::Text(t) => t.text.clone(),
                    _ => String::new(),
                })
                .collect()
        };
        for child in &read.document.children {
            let docx_rs::DocumentChild::Paragraph(p) = child else {
                continue;
            };
            for child in &p.children {
                match child {
                    ParagraphChild::Run(run) => kept.push(text(run)),
                    ParagraphChild::Insert(insert) => {
                        authors.push(insert.author.clone());
                        for child in &insert.children {
                            if let InsertChild::Run(run) = child {
                                inserted.push(text(run));
                            }
                        }
                    }
                    ParagraphChild::Delete(delete) => {
                        authors.push(delete.author.clone());
                        let runs = delete
                            .children
                            .iter()
                            .filter(|c| matches!(c, DeleteChild::Run(_)));
                        deleted.extend(runs.map(|_| String::new()));
                    }
                    _ => {}
                }
            }
        }
        let body = part(bytes, "word/document.xml");
        let words: Vec<String> = body
            .split("<w:delText xml:space=\"preserve\">")
            .skip(1)
            .map(|rest| rest[..rest.find("</w:delText>").unwrap()].to_owned())
            .collect();
        assert_eq!(words.len(), deleted.len(), "every deletion read back");
        (kept, inserted, words, authors)
    }

    #[test]
    fn changes_since_a_version_are_real_tracked_changes() {
        let before = draft();
        let mut now = before.clone();
        now.introduction = "We **warmly welcome** it.\n- one\n- two\n1. first\n2. second".into();
        now.items[0].response = "See the plan & act on it.".into();
        now.items
            .push(Item::new(crate::ItemKind::AreaForImprovement, "2"));
        now.items[1].text = "Forces should train staff.".into();
        let (bytes, _) = document_with_changes(
            &now,
            &before,
            "an earlier version",
            "Policy officer",
            "2025-08-07T10:00:00Z",
        );
        let (kept, inserted, deleted, authors) = tracked(&bytes);
        // Within changed paragraphs, the words; a new item's heading and text, whole.
        assert_eq!(
            inserted,
            [
                "warmly ",
                "act on it.",
                "Area for improvement 2",
                "Forces should train staff."
            ]
        );
        assert_eq!(deleted, ["&lt;b&gt;more&lt;/b&gt;."]);
        assert!(
            kept.iter()
                .any(|k| k.contains("Kent PCC response dated 7 August 2025")),
            "unchanged paragraphs stay as they were"
        );
        assert!(authors.iter().all(|a| a == "Policy officer") && !authors.is_empty());
        let body = part(&bytes, "word/document.xml");
        assert!(body.contains(r#"w:date="2025-08-07T10:00:00Z""#));
        // Unchanged paragraphs keep their look: headings and lists.
        assert!(body.contains(r#"<w:pStyle w:val="Heading1"/>"#));
        assert!(body.contains(r#"<w:numId w:val="1"/>"#));
        // Its title says what it is, so it is never taken for the clean copy.
        assert!(part(&bytes, "docProps/core.xml")
            .contains(": changes since an earlier version</dc:title>"));
    }

    #[test]
    fn the_same_draft_has_no_tracked_changes() {
        let (bytes, _) = document_with_changes(
            &draft(),
            &draft(),
            "an earlier version",
            "A",
            "2025-08-07T10:00:00Z",
        );
        let (_, inserted, deleted, _) = tracked(&bytes);
        assert!(inserted.is_empty() && deleted.is_empty());
        assert_eq!(
            part(&bytes, "word/document.xml"),
            part(&document(&draft(), false), "word/document.xml")
        );
    }
}
