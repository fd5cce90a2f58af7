"""A report's blocks as a flat OpenDocument text (.fodt) for LibreOffice to print to PDF.

Set as the inspectorate sets its reports: A4, Carlito (metrically the same as Calibri),
justified and hyphenated British English, a running head and a page number on every page
after the cover, bordered boxes, footnotes, two-column sections, frames beside the text and
tables.
"""

from xml.sax.saxutils import escape

STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
    <style:text-properties style:font-name="Carlito" fo:font-size="11pt" fo:language="en" fo:country="GB"
      fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm" fo:line-height="115%"/>
    <style:text-properties fo:hyphenate="true"/>
  </style:style>
  <style:style style:name="Heading_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
    <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-size="20pt" fo:color="#1d4f91" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Heading_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
    <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#1d4f91" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Heading_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3">
    <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Spaced" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:letter-spacing="0.12cm" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Boxed" style:family="paragraph" style:parent-style-name="Body">
    <style:paragraph-properties fo:text-align="start" fo:background-color="#e8eef7" fo:border="0.6pt solid #1d4f91"
      fo:padding="0.25cm" fo:margin-left="0.2cm" fo:margin-right="0.2cm" fo:margin-bottom="0cm" style:join-border="true"/>
  </style:style>
  <style:style style:name="BoxedHeading" style:family="paragraph" style:parent-style-name="Boxed">
    <style:paragraph-properties fo:keep-with-next="always"/>
    <style:text-properties fo:font-weight="bold" fo:font-size="12pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Cover_Title" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="4cm" fo:margin-bottom="0.6cm"/>
    <style:text-properties fo:font-size="28pt" fo:color="#1d4f91" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Cover_Line" style:family="paragraph">
    <style:paragraph-properties fo:margin-bottom="0.3cm"/>
    <style:text-properties fo:font-size="14pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph">
    <style:text-properties fo:font-size="9pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph">
    <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph">
    <style:text-properties fo:font-size="10pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="CellHead" style:family="paragraph">
    <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Side" style:family="paragraph">
    <style:text-properties fo:font-size="9.5pt" fo:hyphenate="false"/>
  </style:style>
  <text:list-style style:name="Bullets">
    <text:list-level-style-bullet text:level="1" text:bullet-char="•">
      <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
      </style:list-level-properties>
    </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Numbers">
    <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
      <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-1.0cm" fo:margin-left="1.0cm"/>
      </style:list-level-properties>
    </text:list-level-style-number>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="Page">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm"
      fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
    <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="TwoColumns" style:family="section">
    <style:section-properties text:dont-balance-text-columns="false">
      <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
    </style:section-properties>
  </style:style>
  <style:style style:name="SideFrame" style:family="graphic">
    <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit"
      style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right"
      style:horizontal-rel="paragraph" fo:background-color="#f1f1f1" fo:border="0.5pt solid #888888"
      fo:padding="0.2cm" fo:margin-left="0.4cm"/>
  </style:style>
  <style:style style:name="Table" style:family="table">
    <style:table-properties style:width="16.6cm" table:align="margins"/>
  </style:style>
  <style:style style:name="TableCell" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="CoverPage" style:family="paragraph" style:parent-style-name="Cover_Title" style:master-page-name="First"/>
  <style:style style:name="AfterCover" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="Standard">
    <style:paragraph-properties style:page-number="1"/>
  </style:style>
  <style:style style:name="FirstHeading" style:family="paragraph" style:parent-style-name="Heading_1" style:master-page-name="Standard">
    <style:paragraph-properties style:page-number="1"/>
  </style:style>
  <style:style style:name="BreakBefore" style:family="paragraph" style:parent-style-name="Heading_1">
    <style:paragraph-properties fo:break-before="page"/>
  </style:style>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="First" style:page-layout-name="Page"/>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
    <style:header><text:p text:style-name="Header">{running_head}</text:p></style:header>
    <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
</office:master-styles>
"""

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
"""


def inline(text, notes=None):
    """Text with its footnote, if any, at the end."""
    out = escape(text)
    if notes:
        out += (
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{escape(notes)}</text:p>'
            "</text:note-body></text:note>"
        )
    return out


class Writer:
    def __init__(self):
        self.out = []
        self.frames = 0
        self.tables = 0
        self.after_cover = False

    def para(self, style, text, note=None):
        # The first paragraph after the cover starts the numbered pages.
        if not self.after_cover and style == "Body":
            style = "AfterCover"
            self.after_cover = True
        self.out.append(f'<text:p text:style-name="{style}">{inline(text, note)}</text:p>')

    def heading(self, level, text):
        style = f"Heading_{level}"
        if not self.after_cover:
            self.after_cover = True
            self.out.append(f'<text:h text:style-name="FirstHeading" text:outline-level="{level}">'
                            f'{escape(text)}</text:h>')
            return
        self.out.append(f'<text:h text:style-name="{style}" text:outline-level="{level}">{escape(text)}</text:h>')

    def block(self, block, style="Body"):
        kind = block[0]
        if kind == "cover":
            _, title, lines = block
            self.out.append(f'<text:p text:style-name="CoverPage">{escape(title)}</text:p>')
            for line in lines:
                self.out.append(f'<text:p text:style-name="Cover_Line">{escape(line)}</text:p>')
        elif kind in ("h1", "h2", "h3"):
            self.heading(int(kind[1]), block[1])
        elif kind == "spaced":
            self.out.append(f'<text:p text:style-name="Spaced">{escape(block[1])}</text:p>')
        elif kind == "p":
            self.para(style, block[1], block[2] if len(block) > 2 else None)
        elif kind == "bh":
            self.para("BoxedHeading", block[1])
        elif kind in ("bullets", "numbered"):
            list_style = "Bullets" if kind == "bullets" else "Numbers"
            self.out.append(f'<text:list text:style-name="{list_style}">')
            for item in block[1]:
                self.out.append(f'<text:list-item><text:p text:style-name="{style}">{escape(item)}</text:p></text:list-item>')
            self.out.append("</text:list>")
        elif kind == "box":
            for inner in block[1]:
                self.block(inner, "Boxed")
        elif kind == "columns":
            self.out.append('<text:section text:style-name="TwoColumns" text:name="Columns%d">' % len(self.out))
            for inner in block[1]:
                self.block(inner, style)
            self.out.append("</text:section>")
        elif kind == "sidebar":
            self.frames += 1
            inner = Writer()
            inner.after_cover = True
            for b in block[1]:
                inner.block(b, "Side")
            self.out.append(
                f'<text:p text:style-name="{style}"><draw:frame draw:style-name="SideFrame" draw:name="Side{self.frames}" '
                'text:anchor-type="paragraph" svg:width="5.2cm" draw:z-index="0">'
                '<draw:text-box fo:min-height="1cm">' + "".join(inner.out) + "</draw:text-box></draw:frame></text:p>"
            )
        elif kind == "table":
            _, header, rows = block
            self.tables += 1
            self.out.append(f'<table:table table:name="Table{self.tables}" table:style-name="Table">')
            self.out.append(f'<table:table-column table:number-columns-repeated="{len(header)}"/>')
            for row, cell_style in [(header, "CellHead")] + [(r, "Cell") for r in rows]:
                self.out.append("<table:table-row>")
                for cell in row:
                    paras = "".join(f'<text:p text:style-name="{cell_style}">{escape(line)}</text:p>' for line in cell.split("\n"))
                    self.out.append(f'<table:table-cell table:style-name="TableCell" office:value-type="string">{paras}</table:table-cell>')
                self.out.append("</table:table-row>")
            self.out.append("</table:table>")
        elif kind == "break":
            self.out.append('<text:p text:style-name="BreakBefore"/>')
        else:
            raise ValueError(kind)


def fodt(report):
    writer = Writer()
    for block in report.blocks:
        writer.block(block)
    meta = f"<dc:title>{escape(report.meta_title)}</dc:title>" if report.meta_title else ""
    return (
        HEAD
        + f"<office:meta>{meta}<meta:initial-creator>Inspectorate</meta:initial-creator></office:meta>"
        + STYLES.replace("{running_head}", escape(report.running_head))
        + "<office:body><office:text>"
        + "\n".join(writer.out)
        + "</office:text></office:body></office:document>\n"
    )
