// Dumps the text items pdf.js reads from each PDF given, as the app reads them, to JSON beside
// the corpus: the native tests read these, so they need neither pdf.js nor a browser.
// node dump.mjs OUT_DIR FILE.pdf...
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// pdf.js 5 uses Promise.withResolvers, which Node 20 lacks.
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new Promise((yes, no) => { resolve = yes; reject = no; });
  return { promise, resolve, reject };
};
const here = fileURLToPath(new URL('.', import.meta.url));
const pdfjs = await import(join(here, '../../../../node_modules/pdfjs-dist/legacy/build/pdf.mjs'));
const { pageItems, documentInfo } = await import(join(here, '../../../../web/pdf/extract.js'));

const [out, ...files] = process.argv.slice(2);
for (const file of files) {
  const data = new Uint8Array(await readFile(file));
  const pdf = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  const fonts = new Map();
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n += 1) pages.push(await pageItems(await pdf.getPage(n), fonts));
  const document = { info: await documentInfo(pdf), pages };
  const name = basename(file, '.pdf');
  // One page a line: small enough to read in a diff, and far smaller than indented JSON.
  const text = `{"info":${JSON.stringify(document.info)},"pages":[\n${pages.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
  await writeFile(join(out, `${name}.json`), text);
  await pdf.destroy();
  console.log(`${name}: ${pdf.numPages} pages, ${pages.reduce((n, p) => n + p.items.length, 0)} items`);
}
