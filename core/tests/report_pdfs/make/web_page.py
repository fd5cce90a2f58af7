"""A report's blocks as a web page, for a browser to print to PDF as a person would."""

from html import escape


def block_html(block):
    kind = block[0]
    if kind == "cover":
        _, title, lines = block
        return f'<section class="cover"><h1>{escape(title)}</h1>' + "".join(f"<p>{escape(l)}</p>" for l in lines) + "</section>"
    if kind in ("h1", "h2", "h3"):
        return f"<{kind}>{escape(block[1])}</{kind}>"
    if kind == "spaced":
        return f'<h2 class="spaced">{escape(block[1])}</h2>'
    if kind == "bh":
        return f"<h3>{escape(block[1])}</h3>"
    if kind == "p":
        note = f'<sup>1</sup><span class="note">1 {escape(block[2])}</span>' if len(block) > 2 else ""
        return f"<p>{escape(block[1])}{note}</p>"
    if kind == "bullets":
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in block[1]) + "</ul>"
    if kind == "numbered":
        return "<ol>" + "".join(f"<li>{escape(i)}</li>" for i in block[1]) + "</ol>"
    if kind == "box":
        return '<div class="box">' + "".join(block_html(b) for b in block[1]) + "</div>"
    if kind == "columns":
        return '<div class="columns">' + "".join(block_html(b) for b in block[1]) + "</div>"
    if kind == "sidebar":
        return '<aside>' + "".join(block_html(b) for b in block[1]) + "</aside>"
    if kind == "table":
        _, header, rows = block
        head = "".join(f"<th>{escape(c)}</th>" for c in header)
        body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    if kind == "break":
        return '<div style="break-after: page"></div>'
    raise ValueError(kind)


STYLE = """
body { font-family: Carlito, sans-serif; font-size: 11pt; line-height: 1.3; hyphens: auto; text-align: justify; }
.cover { break-after: page; padding-top: 6cm; }
.cover h1 { font-size: 28pt; color: #1d4f91; font-weight: normal; }
h1 { font-size: 20pt; color: #1d4f91; font-weight: normal; break-after: avoid; }
h2 { font-size: 15pt; color: #1d4f91; break-after: avoid; }
h3 { font-size: 12pt; break-after: avoid; }
.box { border: 1px solid #1d4f91; background: #e8eef7; padding: 0.3cm; margin: 0.3cm 0; break-inside: avoid; text-align: left; }
.columns { columns: 2; column-gap: 0.8cm; }
aside { float: right; width: 5cm; margin-left: 0.4cm; border: 1px solid #888; padding: 0.2cm; font-size: 9.5pt; text-align: left; }
.note { display: block; font-size: 8pt; }
sup { font-size: 7pt; }
table { border-collapse: collapse; text-align: left; }
td, th { border: 1px solid #000; padding: 0.1cm; vertical-align: top; font-size: 10pt; }
.spaced { letter-spacing: 0.3em; }
"""


def page(report):
    body = "".join(block_html(b) for b in report.blocks)
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(report.meta_title)}</title>'
            f"<style>{STYLE}</style></head><body>{body}</body></html>\n")
