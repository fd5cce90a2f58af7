// Lighthouse scores for the release build, served compressed as a website would serve it:
// performance, accessibility, best practices and SEO, for a phone (Lighthouse's default,
// with its simulated slow network) and for a desktop. Prints the scores and what cost points.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/support.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGET = 95;

const server = await serve(undefined, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
let short = false;
try {
  const rows = [];
  for (const formFactor of ['mobile', 'desktop']) {
    const config = formFactor === 'desktop'
      ? (await import('lighthouse/core/config/desktop-config.js')).default
      : undefined;
    const result = await lighthouse(server.url, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories,
    }, config);
    const { lhr } = result;
    const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    if (scores.some((score) => score < TARGET)) short = true;
    const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
    rows.push({ formFactor, scores, fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') });
    const lost = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    if (lost.length) console.log(`${formFactor}: audits below 90\n${lost.join('\n')}`);
  }
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, target ${TARGET} each`);
  console.log('| form factor | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.formFactor} | ${row.scores.join(' | ')} | ${row.fcp} | ${row.lcp} | ${row.tbt} | ${row.cls} |`);
  }
  if (short) console.log(`\nBelow ${TARGET}: see the audits above.`);
} finally {
  await chrome.kill();
  await server.close();
}
