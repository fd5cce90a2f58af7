// Benchmark of reading a report's PDF in the browser (run by scripts/bench.sh after the main
// benchmark, on the same release build): a 101-page report chosen through "Open a report
// PDF…", timed to its findings shown, the first time (pdf.js and the worker fetched) and
// again; the main thread's longest task while it is read; and what the reader costs to fetch
// on first use. Prints figures against today's targets; it does not pass or fail.
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, distDir, openApp } from '../tests/e2e/support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const report = join(root, 'bench', 'report-100-pages.pdf');
const onDemand = /\/(pdf\/[^/]+|pdfjs\/[^/]+|drafter-worker[^/]*)$/;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Chooses the report and waits for its findings; resolves to the time taken and the longest task. */
async function read(page) {
  await page.evaluate(() => {
    window.longest = 0;
    window.observer?.disconnect();
    window.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    });
    window.observer.observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Import text' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a report PDF…' }).click(),
  ]);
  const started = Date.now();
  await chooser.setFiles(report);
  const panel = page.getByRole('region', { name: 'Import text' });
  await panel.getByText(/^\d+ items \(0 with a response\)/).waitFor({ timeout: 120000 });
  const took = Date.now() - started;
  const pages = (await panel.getByRole('status').filter({ hasText: /^Read from/ }).innerText()).match(/(\d+) pages read/)[1];
  const items = (await panel.getByText(/^\d+ items \(0 with a response\)/).innerText()).match(/^(\d+)/)[1];
  // Tasks are reported after they end: a frame later, all are in.
  await page.waitForTimeout(200);
  const longest = await page.evaluate(() => window.longest);
  const steps = await page.evaluate(() => {
    const found = performance.getEntriesByType('measure').filter((m) => /^(pdf|worker): /.test(m.name));
    performance.clearMeasures();
    return found.map((m) => `${m.name} ${m.duration.toFixed(0)} ms`).join(', ');
  });
  console.log(`steps on the main thread: ${steps}`);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  return { took, longest, pages, items };
}

const app = await serve(distDir);
const browser = await launch();
const rows = [];
try {
  for (const throttle of [1, 4]) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const fetched = new Map();
    context.on('response', async (response) => {
      if (onDemand.test(new URL(response.url()).pathname)) fetched.set(new URL(response.url()).pathname, response.url());
    });
    const page = await openApp(context, app.url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const at = throttle === 1 ? 'normal CPU' : `${throttle}× CPU throttling`;
    const first = await read(page);
    const again = await read(page);
    rows.push([`read ${first.pages} pages, first use (${at})`, `${(first.took / 1000).toFixed(2)} s, ${first.items} findings`, throttle === 1 ? `< 3 s: ${first.took < 3000 ? 'met' : 'NOT met'}` : '']);
    rows.push([`read ${again.pages} pages again (${at})`, `${(again.took / 1000).toFixed(2)} s`, '']);
    const limit = throttle === 1 ? 50 : 100;
    for (const [when, run] of [['first use', first], ['again', again]]) {
      rows.push([`longest main-thread task while reading, ${when} (${at})`, `${run.longest.toFixed(0)} ms`, `≤ ${limit} ms: ${run.longest <= limit ? 'met' : 'NOT met'}`]);
    }
    if (throttle === 1) {
      let raw = 0;
      let gzip = 0;
      for (const path of [...fetched.keys()].sort()) {
        const body = await readFile(join(distDir, path.slice(path.indexOf('/', 0) + 1).replace(/^.*?\/(pdf\/|pdfjs\/|drafter-worker)/, '$1')));
        const zipped = gzipSync(body, { level: 9 }).length;
        raw += body.length;
        gzip += zipped;
        rows.push([`first use fetches: ${path.split('/').slice(-2).join('/')}`, `${kb(body.length)} raw, ${kb(zipped)} gzip`, '']);
      }
      rows.push(['first use fetches in all (none of it on the first load)', `${kb(raw)} raw, ${kb(gzip)} gzip`, '']);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
console.log('\nReading a report PDF');
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
