// The text of a PDF as pdf.js reads it: each page's positioned text items, marked when the
// PDF says they are page furniture (an artifact), and the document's own title. Nothing more
// is done here: putting the items into lines, columns and findings is the core's work, in
// Rust. Used by the app (web/pdf/reader.js) and by the corpus dump (core/tests/report_pdfs).

const round = (n) => Math.round(n * 100) / 100;

/** The items of one page, as plain data; `fonts` numbers the document's fonts as they are met. */
export async function pageItems(page, fonts) {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: true });
  const items = [];
  // Marked content nests: an item is furniture when any section around it is an artifact.
  const open = [];
  for (const item of content.items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push(item.tag === 'Artifact');
      continue;
    }
    if (item.type === 'endMarkedContent') {
      open.pop();
      continue;
    }
    if (item.str === undefined || item.str === '') continue;
    const [a, b, c, d, x, y] = item.transform;
    if (!fonts.has(item.fontName)) fonts.set(item.fontName, fonts.size);
    const out = { s: item.str, x: round(x), y: round(y), w: round(item.width), h: round(Math.hypot(c, d) || item.height), f: fonts.get(item.fontName) };
    if (open.includes(true)) out.a = true;
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a < 0 || d < 0) out.r = true;
    if (item.hasEOL) out.e = true;
    items.push(out);
  }
  // The view box may not start at 0, 0: items are given relative to its corner.
  const [left, bottom, right, top] = page.view;
  for (const item of items) {
    item.x = round(item.x - left);
    item.y = round(item.y - bottom);
  }
  return { width: round(right - left), height: round(top - bottom), items };
}

/** The document's own title and creation date, when it gives them. */
export async function documentInfo(pdf) {
  const { info, metadata } = await pdf.getMetadata().catch(() => ({}));
  const title = metadata?.get?.('dc:title') || info?.Title || null;
  return { title: typeof title === 'string' ? title : null, created: info?.CreationDate || null };
}
