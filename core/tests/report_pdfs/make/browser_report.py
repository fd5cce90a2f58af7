"""The PEEL report printed by a browser: written as a web page, expected findings beside it."""

import json
import sys
from pathlib import Path

from corpus import peel, summary_and_full
from web_page import page

out = Path(sys.argv[1])
peel_report = peel("peel-browser", "Eastfield Police", "2025-09-25", 5)
thematic = summary_and_full()
thematic.name = "thematic-browser"
for report in (peel_report, thematic):
    (out / f"{report.name}.html").write_text(page(report), encoding="utf-8")
    expected = {"title": report.title, "published": report.published, "findings": report.findings}
    (out / f"{report.name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
