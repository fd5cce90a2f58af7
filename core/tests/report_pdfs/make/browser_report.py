"""The PEEL report printed by a browser: written as a web page, expected findings beside it."""

import json
import sys
from pathlib import Path

from corpus import peel
from web_page import page

out = Path(sys.argv[1])
report = peel("peel-browser", "Eastfield Police", "2025-09-25", 5)
(out / "peel-browser.html").write_text(page(report), encoding="utf-8")
expected = {"title": report.title, "published": report.published, "findings": report.findings}
(out / "peel-browser.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
