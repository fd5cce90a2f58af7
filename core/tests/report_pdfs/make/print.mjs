// Prints a web page to PDF in Chromium, as a person choosing "Save as PDF" would, with the
// page's title as a running head and page numbers at the foot.
// node print.mjs PAGE.html OUT.pdf RUNNING_HEAD
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [page, out, head] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(page).href);
  const small = 'font-size: 8px; width: 100%; margin: 0 1.5cm; font-family: Carlito, sans-serif;';
  await tab.pdf({
    path: out,
    format: 'A4',
    margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}">${head}</div>`,
    footerTemplate: `<div style="${small} text-align: center;"><span class="pageNumber"></span></div>`,
  });
} finally {
  await browser.close();
}
