// The app's Content-Security-Policy: it allows only what the app needs, and the main flows run
// under it with no violation, served, under a sub-path, offline and as the single file on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, openApp, distDir, eventually, preview, appStarted } from './support.mjs';
import { SINGLE_FILE } from '../../scripts/post-build.mjs';
import { fixturePath } from './support.mjs';

const reportPdf = new URL('../../core/tests/report_pdfs/pdf/peel-force.pdf', import.meta.url).pathname;
/** What the page fetches when first needed only: the app's worker, the PDF reader and pdf.js. */
const onDemand = /\/(pdf\/|pdfjs\/|drafter-worker|ask\.js)/;

/** Opens the report's PDF and waits for its findings, or (where it cannot be read) the reason. */
async function openReportPdf(page, { readable = true } = {}) {
  await page.getByRole('button', { name: 'Import text' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a report PDF…' }).click(),
  ]);
  await chooser.setFiles(reportPdf);
  const dialog = page.getByRole('region', { name: 'Import text' });
  if (readable) {
    await dialog.getByText('5 items (0 with a response): Cause of concern, Area for improvement 1, Area for improvement 2, Cause of concern, Area for improvement 3').waitFor({ timeout: 30000 });
  } else {
    await dialog.getByRole('alert').filter({ hasText: 'Reading a PDF needs the app opened from its web address or installed' }).waitFor({ timeout: 30000 });
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();
}

let browser;
let scratch;
before(async () => {
  browser = await launch();
  scratch = await mkdtemp(join(tmpdir(), 'response-drafter-policy-'));
});
after(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** A context whose pages keep every policy violation they meet. */
async function watchedContext() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return context;
}

const violations = (page) => page.evaluate(() => window.policyViolations);

/** Drafting, copying, publishing, importing, the drafts list and help, as a person would. */
async function mainFlows(page, { pdf = true } = {}) {
  await openReportPdf(page, { readable: pdf });
  await page.getByLabel('Report title').fill('PEEL 2025: Kent');
  await page.getByLabel('Date the report was published').fill('12 June 2025');
  await page.getByLabel('Introduction', { exact: true }).fill('We **welcome** it.\n1. one\nWhy.\n2. two\nSee https://opcc.example/plan');
  await preview(page).getByRole('link', { name: 'https://opcc.example/plan' }).waitFor();
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'HTML copied' }).waitFor();

  await page.getByRole('button', { name: 'Publish…' }).click();
  const publish = page.getByRole('region', { name: 'Publish' });
  await publish.getByRole('button', { name: 'Copy Markdown' }).click();
  await publish.getByRole('status').filter({ hasText: 'Markdown copied' }).waitFor();
  await publish.getByLabel('My website’s stylesheet').check();
  await publish.getByLabel('Your website’s CSS').fill('h2 { color: rgb(200, 0, 0); }');
  await eventually(() => preview(page).getByRole('heading', { name: /PCC response/ }).evaluate((h) => getComputedStyle(h).color), 'rgb(200, 0, 0)');
  for (const name of ['Download web page', 'Download Word document']) {
    const [download] = await Promise.all([page.waitForEvent('download'), publish.getByRole('button', { name }).click()]);
    await download.path();
  }
  await publish.getByRole('button', { name: 'Close publish options' }).click();

  await page.getByRole('button', { name: 'Import text' }).click();
  const dialog = page.getByRole('region', { name: 'Import text' });
  await page.getByLabel('Text to import').fill(await readFile(fixturePath, 'utf8'));
  await dialog.getByRole('region', { name: 'How it will look' }).getByRole('heading', { name: /response dated 7 August 2025/ }).waitFor();
  await dialog.getByRole('button', { name: 'Create a new draft from this' }).click();

  await page.getByRole('button', { name: 'All drafts' }).click();
  await page.getByRole('heading', { name: 'Your drafts' }).waitFor();
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('heading', { name: 'Help and guide' }).waitFor();
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

/** The policy is in force: an inline script put into the page is refused and reported. */
async function policyHolds(page) {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ranInjected = true;';
    document.body.append(script);
  });
  await eventually(() => page.evaluate(() => window.policyViolations.length), 1);
  assert.equal(await page.evaluate(() => window.ranInjected), undefined);
  assert.deepEqual(await violations(page), ['script-src-elem blocked inline']);
}

test('the app runs its main flows under its policy, served and under a sub-path', async () => {
  for (const prefix of ['/', '/tools/response-drafter/']) {
    const server = await serve(distDir, { prefix });
    const context = await watchedContext();
    try {
      const requested = [];
      // The page's own requests: the service worker keeps the whole build once the app has
      // settled, which is no part of the first load.
      context.on('request', (request) => { if (!request.serviceWorker()) requested.push(request.url()); });
      const page = await openApp(context, server.url);
      // The PDF reader, pdf.js and the worker are no part of the first load.
      await page.getByRole('status').filter({ hasText: /^Saved$|^Nothing to save/ }).first().waitFor().catch(() => {});
      assert.deepEqual(requested.filter((url) => onDemand.test(url)), [], `under ${prefix}`);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      assert.doesNotMatch(policy, /'unsafe-eval'|\*|https?:/);
      await mainFlows(page);
      assert.ok(requested.some((url) => url.endsWith('/pdfjs/pdf.worker.min.js')), 'pdf.js read the PDF');
      assert.ok(requested.some((url) => url.endsWith('/drafter-worker_bg.wasm')), 'the worker read its text');
      assert.deepEqual(await violations(page), [], `under ${prefix}`);
      assert.deepEqual(page.errors, []);
      await policyHolds(page);
    } finally {
      await context.close();
      await server.close();
    }
  }
});

test('offline, through the service worker, the policy still lets the app run', async () => {
  const dir = await mkdtemp(join(scratch, 'build-'));
  await cp(distDir, dir, { recursive: true });
  const server = await serve(dir);
  const context = await watchedContext();
  try {
    const page = await openApp(context, server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await eventually(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true, 15000);
    // A PDF read once online: its reader is kept for reading offline.
    await openReportPdf(page);
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await appStarted(page);
    await mainFlows(page);
    assert.deepEqual(await violations(page), []);
    await policyHolds(page);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the single file opened from disk runs under its own policy', async () => {
  const file = join(scratch, SINGLE_FILE);
  await cp(join(distDir, SINGLE_FILE), file);
  const context = await watchedContext();
  try {
    const page = await openApp(context, pathToFileURL(file).href);
    assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /'wasm-unsafe-eval' 'sha256-/);
    // Nothing beside it to load the PDF reader from: the app says what to do instead.
    await mainFlows(page, { pdf: false });
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await policyHolds(page);
  } finally {
    await context.close();
  }
});
