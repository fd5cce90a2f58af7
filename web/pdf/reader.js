// Reading a report's PDF in the browser: nothing is sent anywhere. Loaded only when a PDF is
// first opened (see index.html), with pdf.js: neither is part of the first load. pdf.js only
// extracts each page's positioned text (extract.js); the app's worker (ask.js) lays it out and
// finds the findings.

import { documentInfo, pageItems } from './extract.js';

/** Larger than any inspection report (the longest run to a few megabytes). */
export const LARGEST_FILE = 100 * 1024 * 1024;
/** A report of more pages than this is read no further; the note says so. */
export const MOST_PAGES = 1000;

/** A failure the app explains to the person: `kind` says which. */
class Unreadable extends Error {
  constructor(kind, detail = '') {
    super(detail || kind);
    this.kind = kind;
  }
}

let pdfjs;
async function loadPdfjs() {
  if (!pdfjs) {
    pdfjs = await import('../pdfjs/pdf.min.js');
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('../pdfjs/pdf.worker.min.js', import.meta.url).href;
  }
  return pdfjs;
}

/**
 * The PDF's text as JSON (the core's `Document`), page by page. `onProgress(page, pages)` is
 * called after each page; aborting `signal` stops the reading.
 */
export async function readPdf(file, onProgress, signal) {
  if (file.size > LARGEST_FILE) throw new Unreadable('too-large', String(file.size));
  const bytes = new Uint8Array(await file.arrayBuffer());
  // "%PDF-" near the start: anything else is not a PDF, whatever its name says.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new Unreadable('not-pdf');
  const lib = await loadPdfjs().catch((error) => { throw new Unreadable('unavailable', String(error)); });
  const task = lib.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  const cancel = () => task.destroy();
  signal?.addEventListener('abort', cancel, { once: true });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    if (signal?.aborted) throw new Unreadable('cancelled');
    if (error?.name === 'PasswordException') throw new Unreadable('password');
    throw new Unreadable('damaged', String(error?.message ?? error));
  }
  try {
    const total = Math.min(pdf.numPages, MOST_PAGES);
    const fonts = new Map();
    const pages = [];
    let unreadable = 0;
    for (let number = 1; number <= total; number += 1) {
      if (signal?.aborted) throw new Unreadable('cancelled');
      try {
        const page = await pdf.getPage(number);
        pages.push(JSON.stringify(await pageItems(page, fonts)));
        page.cleanup();
      } catch (error) {
        if (signal?.aborted) throw new Unreadable('cancelled');
        // A damaged page is left out; the others are still read.
        unreadable += 1;
        pages.push('{"width":0,"height":0,"items":[]}');
      }
      onProgress?.(number, total);
    }
    if (unreadable === total) throw new Unreadable('damaged', 'no page could be read');
    const info = await documentInfo(pdf);
    return { json: `{"info":${JSON.stringify(info)},"pages":[${pages.join(',')}]}`, pages: total, of: pdf.numPages, unreadable };
  } finally {
    signal?.removeEventListener('abort', cancel);
    await pdf.destroy();
  }
}
