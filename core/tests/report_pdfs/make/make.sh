#!/usr/bin/env bash
# Makes the corpus of report PDFs and dumps the text pdf.js reads from each. Needs LibreOffice
# (with hyphen-en-gb and fonts-crosextra-carlito), Chromium and node_modules; the results are
# committed, so the tests need none of these.
#   core/tests/report_pdfs/make/make.sh
set -euo pipefail
# British hyphenation and the Calibri-metric font the reports are set in, if missing.
if ! dpkg -s hyphen-en-gb fonts-crosextra-carlito >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends hyphen-en-gb fonts-crosextra-carlito
fi
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
root=$(cd "$corpus/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$root/node_modules/.bin:$PATH"

python3 "$here/corpus.py" "$work"
mkdir -p "$corpus/pdf" "$corpus/items" "$corpus/expected"
for source in "$work"/*.fodt; do
  name=$(basename "$source" .fodt)
  tagged=$(cat "$work/$name.tagged")
  # A profile of its own, so a LibreOffice the person has open is left alone.
  soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"$tagged\"}}" \
    --outdir "$work/out" "$source" >/dev/null 2>&1
  cp "$work/out/$name.pdf" "$corpus/pdf/"
  cp "$work/$name.expected.json" "$corpus/expected/"
done
# One printed by a browser, as a person would save a web page of the report.
python3 "$here/browser_report.py" "$work"
node "$here/print.mjs" "$work/peel-browser.html" "$corpus/pdf/peel-browser.pdf" "PEEL 2023–25: Eastfield Police"
node "$here/print.mjs" "$work/thematic-browser.html" "$corpus/pdf/thematic-browser.pdf" "The police response to stalking"
cp "$work/peel-browser.expected.json" "$work/thematic-browser.expected.json" "$corpus/expected/"
node "$here/dump.mjs" "$corpus/items" "$corpus"/pdf/*.pdf

# The benchmark's long report.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
  --outdir "$work/bench" "$work/bench/report-100-pages.fodt" >/dev/null 2>&1
cp "$work/bench/report-100-pages.pdf" "$root/bench/"

# Files that are not a report to read, each for its own message.
mkdir -p "$corpus/bad"
source="$work/peel-force.fodt"
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"inspect"}}' \
  --outdir "$work/locked" "$source" >/dev/null 2>&1
cp "$work/locked/peel-force.pdf" "$corpus/bad/password.pdf"
# Fonts that do not say which letters they print: the text-to-letter maps renamed away.
python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); open(sys.argv[2], "wb").write(d.replace(b"/ToUnicode", b"/ToUnicodX"))' \
  "$corpus/pdf/vetting-revisit.pdf" "$corpus/bad/garbled.pdf"
# Pictures of pages, as a scanner makes them.
node "$here/print.mjs" "$here/scanned.html" "$corpus/bad/scanned.pdf" ""
# A PDF's first bytes, then nothing a reader can use.
python3 -c 'import sys, random; random.seed(7); open(sys.argv[1], "wb").write(b"%PDF-1.7\n" + bytes(random.randrange(256) for _ in range(20000)))' "$corpus/bad/damaged.pdf"
printf 'Minutes of the meeting held on 3 March 2025.\n' > "$corpus/bad/not-a-pdf.pdf"
node "$here/dump.mjs" "$corpus/bad" "$corpus/bad/garbled.pdf" "$corpus/bad/scanned.pdf"
